package org.w3id.unld.bench;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.w3id.unld.store.DocumentStore;
import org.w3id.unld.store.FusekiConfiguration;
import org.w3id.unld.store.StoreLocation;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code StoreQuads DB OUT.nq}: writes every quad of an unld store as N-Quads — the quads that ingest
 * produced, for the loader baseline to load.
 */
public final class StoreQuads {
    private StoreQuads() {
    }

    public static void main(String[] args) throws Exception {
        try (DocumentStore store = DocumentStore.open(FusekiConfiguration.load(null, new StoreLocation(Path.of(args[0]))));
             OutputStream out = new BufferedOutputStream(Files.newOutputStream(Path.of(args[1])), 1 << 16)) {
            DatasetGraph ds = store.dataset();
            Txn.executeRead(ds, () -> RDFDataMgr.writeQuads(out, ds.find()));
        }
    }
}
