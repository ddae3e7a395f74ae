package org.w3id.unld.dump;

import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.params.StoreParams;
import org.apache.jena.tdb2.params.StoreParamsBuilder;
import org.w3id.unld.store.StoreErrors;
import org.w3id.unld.store.StoreLocation;

/**
 * TDB2 caches up to a million nodes by default: more than a small heap holds (Jena's own {@code tdb2.tdbdump}
 * runs out of a 256 MB heap on a store of 5 million quads). A process that opens a store only to dump it calls
 * {@link #connect} first: TDB2 keeps one connection per location, so the dataset that the Fuseki configuration
 * then assembles is this one, with node caches sized to the heap (one entry per 16 KB of heap, at most TDB2's
 * default). The nodes of unld's stores are large: titles, and each document's full text of ~10 KB; at one
 * entry per 2 KB the caches of a 100,000-document store filled a 256 MB heap (1.3 KB a node on average).
 * Stores opened elsewhere (server, ingest) keep TDB2's defaults.
 */
public final class HeapSizedStore {
    private static final long HEAP_PER_NODE = 16_384;
    private static final int MIN_NODES = 10_000;

    private HeapSizedStore() {
    }

    public static void connect(StoreLocation store) {
        StoreParams defaults = StoreParams.getDftStoreParams();
        int nodes = nodeCache(Runtime.getRuntime().maxMemory(), defaults.getNodeId2NodeCacheSize());
        StoreParams params = StoreParamsBuilder.create(defaults)
                .nodeId2NodeCacheSize(nodes)
                .node2NodeIdCacheSize(Math.min(nodes, defaults.getNode2NodeIdCacheSize()))
                .build();
        try {
            DatabaseMgr.connectDatasetGraph(Location.create(store.tdb2()), params);
        } catch (RuntimeException e) {
            throw StoreErrors.explain(store, e);
        }
    }

    static int nodeCache(long heap, int ceiling) {
        return (int) Math.max(MIN_NODES, Math.min(ceiling, heap / HEAP_PER_NODE));
    }
}
