package org.w3id.unld.store;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.w3id.unld.map.MappedDocument;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A batch is one write transaction: what it puts is seen by nobody until it commits, and by everybody after, text index included. */
class BatchTest extends OpenStore {
    static final String SEARCH = "PREFIX text: <http://jena.apache.org/text#> SELECT ?s { ?s text:query '%s' }";

    static MappedDocument document(String symbol, String title, String... labels) {
        Node doc = NodeFactory.createURI("http://example.org/id/document/" + symbol);
        Graph g = GraphFactory.createDefaultGraph();
        g.add(doc, DCTerms.title.asNode(), NodeFactory.createLiteralString(title));
        g.add(doc, DCTerms.identifier.asNode(), NodeFactory.createLiteralString(symbol));
        for (String label : labels) {
            g.add(doc, RDFS.label.asNode(), NodeFactory.createLiteralLang(label, "en"));
        }
        return new MappedDocument(doc, NodeFactory.createURI("http://example.org/graph/document/" + symbol), g);
    }

    long count(String sparql) {
        return Txn.calculateRead(store.dataset(), () ->
                QueryExec.dataset(store.dataset()).query(sparql).select().materialize().rewindable().size());
    }

    long countFromAnotherThread(String sparql) throws Exception {
        return CompletableFuture.supplyAsync(() -> count(sparql)).get();
    }

    @Test
    void whatABatchPutsIsSeenByReadersOnlyOnceItCommits() throws Exception {
        try (DocumentStore.Batch batch = store.begin()) {
            batch.put(document("A/1", "Oceans and the law of the sea"));
            batch.put(document("A/2", "Cooperation with regional organizations"));
            assertEquals(2, batch.documents());
            assertEquals(4, batch.triples());
            assertEquals(0, countFromAnotherThread("SELECT * { GRAPH ?g { ?s ?p ?o } }"));
            assertEquals(0, countFromAnotherThread(String.format(SEARCH, "oceans")));
            batch.commit();
        }
        assertEquals(2, store.graphCount());
        assertEquals(1, count(String.format(SEARCH, "oceans")));
        assertEquals(1, count(String.format(SEARCH, "regional")));
    }

    @Test
    void aBatchClosedWithoutCommitStoresNothingNotEvenInTheTextIndex() {
        store.replace(List.of(document("A/1", "Oceans and the law of the sea")));
        try (DocumentStore.Batch batch = store.begin()) {
            batch.put(document("A/1", "Questions relating to refugees"));
            batch.put(document("A/2", "Cooperation with regional organizations"));
        }
        assertEquals(1, store.graphCount());
        assertEquals(1, count(String.format(SEARCH, "oceans")));
        assertEquals(0, count(String.format(SEARCH, "refugees")));
        assertEquals(0, count(String.format(SEARCH, "regional")));
        // The store takes the next batch as usual.
        store.replace(List.of(document("A/2", "Cooperation with regional organizations")));
        assertEquals(1, count(String.format(SEARCH, "regional")));
    }

    @Test
    void aDocumentPutTwiceInOneBatchEndsAsItsLastVersion() {
        try (DocumentStore.Batch batch = store.begin()) {
            batch.put(document("A/1", "First version", "kept label", "dropped label"));
            batch.put(document("A/1", "Second version", "kept label", "new label"));
            batch.commit();
        }
        assertEquals(1, store.graphCount());
        assertEquals(4, store.quadCount());
        assertEquals(0, count(String.format(SEARCH, "first")));
        assertEquals(0, count(String.format(SEARCH, "dropped")));
        assertEquals(1, count(String.format(SEARCH, "second")));
        assertEquals(1, count(String.format(SEARCH, "kept")));
        assertEquals(1, count(String.format(SEARCH, "new")));
    }

    @Test
    void storingAnUnchangedDocumentAgainChangesNothing() {
        MappedDocument d = document("A/1", "Oceans and the law of the sea", "a label");
        store.replace(List.of(d));
        store.replace(List.of(document("A/1", "Oceans and the law of the sea", "a label")));
        assertEquals(3, store.quadCount());
        // One hit, not two: the text index was not given the unchanged literals again.
        assertEquals(1, count(String.format(SEARCH, "oceans")));
        assertEquals(1, count(String.format(SEARCH, "label")));
    }

    @Test
    void aGraphWithBlankNodesIsReplacedWhole() {
        MappedDocument d = document("A/1", "Oceans");
        d.graph().add(d.document(), RDFS.seeAlso.asNode(), NodeFactory.createBlankNode());
        store.replace(List.of(d));
        MappedDocument again = document("A/1", "Oceans");
        again.graph().add(again.document(), RDFS.seeAlso.asNode(), NodeFactory.createBlankNode());
        store.replace(List.of(again));
        assertEquals(3, store.quadCount(), "the old blank node went with the old graph");
        assertEquals(1, count(String.format(SEARCH, "oceans")));
    }

    @Test
    void aFinishedBatchCannotCommitAgain() {
        DocumentStore.Batch batch = store.begin();
        batch.put(document("A/1", "Oceans"));
        batch.commit();
        batch.close();
        assertTrue(store.graphCount() == 1);
        org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class, batch::commit);
    }
}
