import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.w3id.unld.dump.HeapSizedStore;
import org.w3id.unld.store.StoreLocation;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.file.Path;

/**
 * The in-process baseline of bench/dump.sh: Jena's own streaming N-Quads writer over every quad of the store,
 * unsorted, to stdout, in one read transaction — what tdb2.tdbdump does — with the same heap-sized TDB2 caches
 * as unld dump (tdb2.tdbdump's default caches do not fit a 256 MB heap).
 *
 * usage: java -cp target/unld.jar:CLASSES JenaDumpBaseline DB
 */
public class JenaDumpBaseline {
    public static void main(String[] args) throws Exception {
        StoreLocation store = new StoreLocation(Path.of(args[0]));
        HeapSizedStore.connect(store);
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(store.tdb2().toString());
        OutputStream out = new BufferedOutputStream(System.out, 1 << 16);
        Txn.executeRead(dsg, () -> {
            StreamRDF writer = StreamRDFWriter.getWriterStream(out, RDFFormat.NQUADS);
            writer.start();
            dsg.find().forEachRemaining(writer::quad);
            writer.finish();
        });
        out.flush();
    }
}
