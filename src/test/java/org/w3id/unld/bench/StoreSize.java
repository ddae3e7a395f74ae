package org.w3id.unld.bench;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.w3id.unld.store.StoreSpace;

import java.nio.file.Path;

/**
 * {@code StoreSize TDB2-FOLDER}: the current generation of a TDB2 database (unld's {@code <db>/tdb2}, or one the
 * loader baseline made) as {@link StoreSpace} measures it: {@code generation=Data-0001 bytes=N superseded=N}.
 */
public final class StoreSize {
    private StoreSize() {
    }

    public static void main(String[] args) {
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(Path.of(args[0]).toString());
        StoreSpace space = StoreSpace.of(dsg);
        System.out.printf("generation=%s bytes=%d superseded=%d%n", space.generation().getFileName(), space.bytes(), space.superseded());
        TDBInternal.expel(dsg, true);
    }
}
