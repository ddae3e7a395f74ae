package org.w3id.unld.store;

import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.store.tupletable.TupleTable;
import org.apache.jena.tdb2.sys.TDBInternal;

import java.util.Iterator;

/**
 * What TDB2's sequential loader does for an empty quad table, inside one write transaction: the quads go into the
 * primary index (GSPO) alone, and each other index is filled from it, one after the other, before the transaction
 * commits. Every B+tree is then written in one run instead of six interleaved (the loader, loading the 10,000-document
 * store's quads, used a fifth less CPU than the basic loader, which adds each quad to every index as a batch did). It
 * is transactional under a crash as the basic loader is (Jena's documentation: "only the basic and sequential loader
 * are fully transactional"): the indexes are detached in memory only, and the commit comes after they are filled.
 *
 * <p>While the indexes are detached, a look-up that needs one of them scans the primary index (TDB2's
 * {@link TupleTable#find} falls back to it): right, but slow. So only a batch that holds the store to itself (an
 * ingest, which holds its lock: no reader in another thread) defers them, and it {@link #restore fills} them before it
 * reads by subject, predicate or object (its relinking); it reads by graph alone before that, with the primary index.
 */
final class DeferredIndexes {
    private final TupleTable table;
    private final TupleIndex[] secondary;
    private boolean attached;

    private DeferredIndexes(TupleTable table, TupleIndex[] secondary) {
        this.table = table;
        this.secondary = secondary;
    }

    /**
     * Detaches the quad table's secondary indexes when it holds no quad; in a write transaction. Null when the table
     * holds quads, or the dataset is not TDB2.
     */
    static DeferredIndexes detachIfEmpty(DatasetGraph tdb) {
        if (!TDBInternal.isTDB2(tdb)) {
            return null;
        }
        DatasetGraphTDB storage = TDBInternal.getDatasetGraphTDB(tdb);
        TupleTable table = storage.getQuadTable().getNodeTupleTable().getTupleTable();
        if (!table.isEmpty() || table.numIndexes() < 2) {
            return null;
        }
        TupleIndex[] secondary = new TupleIndex[table.numIndexes() - 1];
        for (int i = 1; i < table.numIndexes(); i++) {
            secondary[i - 1] = table.getIndex(i);
            table.setTupleIndex(i, null);
        }
        return new DeferredIndexes(table, secondary);
    }

    /** Fills each secondary index from the primary one and attaches it again: before the commit, in the transaction. */
    void restore() {
        if (attached) {
            return;
        }
        try {
            for (TupleIndex index : secondary) {
                Iterator<Tuple<NodeId>> all = table.getIndex(0).all();
                while (all.hasNext()) {
                    index.add(all.next());
                }
            }
        } finally {
            reattach();
        }
    }

    /**
     * Attaches the secondary indexes as they are: after {@link #restore}, or when the transaction aborts (the
     * abort discards what the primary index was given; the others were given nothing).
     */
    void reattach() {
        if (!attached) {
            attached = true;
            for (int i = 0; i < secondary.length; i++) {
                table.setTupleIndex(i + 1, secondary[i]);
            }
        }
    }
}
