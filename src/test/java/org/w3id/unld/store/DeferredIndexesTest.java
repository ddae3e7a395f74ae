package org.w3id.unld.store;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.store.tupletable.TupleTable;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.vocabulary.DCTerms;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A batch into an empty store writes the primary quad index alone and fills the others from it before it commits;
 * the store it leaves is the store a batch writing every index would leave.
 */
class DeferredIndexesTest extends OpenStore {
    private TupleTable quads() {
        DatasetGraph tdb = ((DatasetGraphWrapper) store.dataset()).getWrapped();
        return TDBInternal.getDatasetGraphTDB(tdb).getQuadTable().getNodeTupleTable().getTupleTable();
    }

    /** Tuples in each quad index, in a read transaction. */
    private long[] indexSizes() {
        return Txn.calculateRead(store.dataset(), () -> {
            TupleTable t = quads();
            long[] sizes = new long[t.numIndexes()];
            for (int i = 0; i < sizes.length; i++) {
                sizes[i] = t.getIndex(i).size();
            }
            return sizes;
        });
    }

    @Test
    void aBatchIntoAnEmptyStoreFillsEveryIndexBeforeItCommits() {
        try (DocumentStore.Batch batch = store.begin()) {
            assertNull(quads().getIndex(1), "the secondary indexes wait for the commit");
            batch.put(BatchTest.document("A/1", "Oceans and the law of the sea", "oceans"));
            batch.put(BatchTest.document("A/2", "Cooperation with regional organizations"));
            batch.commit();
        }
        long[] sizes = indexSizes();
        assertEquals(5, sizes[0]);
        for (long size : sizes) {
            assertEquals(sizes[0], size, "every index holds every quad");
        }
        // Looked up by predicate and by object (secondary indexes), as by graph (the primary one).
        Node title = DCTerms.title.asNode();
        assertEquals(2, Txn.calculateRead(store.dataset(), () -> store.dataset().stream(Node.ANY, Node.ANY, title, Node.ANY).count()));
        assertTrue(Txn.calculateRead(store.dataset(), () -> store.dataset().contains(Node.ANY, Node.ANY, Node.ANY,
                org.apache.jena.graph.NodeFactory.createLiteralString("A/2"))));
    }

    @Test
    void aBatchIntoAnEmptyStoreClosedWithoutCommitLeavesItEmptyWithEveryIndex() {
        try (DocumentStore.Batch batch = store.begin()) {
            batch.put(BatchTest.document("A/1", "Oceans and the law of the sea"));
        }
        assertEquals(0, store.graphCount());
        Txn.executeRead(store.dataset(), () -> {
            for (int i = 0; i < quads().numIndexes(); i++) {
                assertNotNull(quads().getIndex(i));
            }
        });
        store.replace(List.of(BatchTest.document("A/2", "Cooperation with regional organizations")));
        long[] sizes = indexSizes();
        assertEquals(2, sizes[0]);
        for (long size : sizes) {
            assertEquals(sizes[0], size);
        }
    }

    @Test
    void aBatchIntoAStoreThatHoldsQuadsWritesEveryIndexAsItGoes() {
        store.replace(List.of(BatchTest.document("A/1", "Oceans and the law of the sea")));
        try (DocumentStore.Batch batch = store.begin()) {
            assertNotNull(quads().getIndex(1));
            batch.put(BatchTest.document("A/2", "Cooperation with regional organizations"));
            batch.commit();
        }
        long[] sizes = indexSizes();
        assertEquals(4, sizes[0]);
        for (long size : sizes) {
            assertEquals(sizes[0], size);
        }
    }
}
