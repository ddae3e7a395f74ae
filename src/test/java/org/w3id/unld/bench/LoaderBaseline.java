package org.w3id.unld.bench;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The ingest benchmark's baseline: TDB2's own bulk loader ({@link LoaderFactory#createLoader}, the phased
 * loader that {@code tdb2.tdbloader} uses by default) loading an N-Quads file into a fresh TDB2 database.
 * {@code LoaderBaseline QUADS.nq DIR} (DIR must not exist) prints {@code loaded N quads in S s}.
 */
public final class LoaderBaseline {
    private LoaderBaseline() {
    }

    public static void main(String[] args) throws Exception {
        Path quads = Path.of(args[0]);
        Path dir = Path.of(args[1]);
        if (Files.exists(dir)) {
            throw new IllegalArgumentException(dir + " exists: the loader baseline loads into a fresh database");
        }
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(dir.toString());
        long t0 = System.nanoTime();
        DataLoader loader = LoaderFactory.createLoader(dsg, (fmt, a) -> { });
        loader.startBulk();
        try {
            loader.load(quads.toString());
            loader.finishBulk();
        } catch (RuntimeException e) {
            loader.finishException(e);
            throw e;
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf(Locale.ROOT, "loaded %d quads in %.2f s%n", loader.countQuads(), seconds);
        TDBInternal.expel(dsg, true);
        // The loader leaves non-daemon threads behind on failure; on success, exit plainly.
        System.exit(0);
    }
}
