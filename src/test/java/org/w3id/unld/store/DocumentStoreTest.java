package org.w3id.unld.store;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.junit.jupiter.api.Test;
import org.w3id.unld.map.MappedDocument;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DocumentStoreTest extends OpenStore {

    static MappedDocument document(String symbol, String title) {
        Node doc = NodeFactory.createURI("http://example.org/id/document/" + symbol);
        Node graph = NodeFactory.createURI("http://example.org/graph/document/" + symbol);
        Graph g = GraphFactory.createDefaultGraph();
        g.add(doc, DCTerms.title.asNode(), NodeFactory.createLiteralString(title));
        g.add(doc, DCTerms.identifier.asNode(), NodeFactory.createLiteralString(symbol));
        return new MappedDocument(doc, graph, g);
    }

    long count(String sparql) {
        return Txn.calculateRead(store.dataset(), () ->
                QueryExec.dataset(store.dataset()).query(sparql).select().materialize().rewindable().size());
    }

    @Test
    void anEmptyStoreSaysSo() {
        assertTrue(store.isEmpty());
        assertEquals(0, store.graphCount());
    }

    @Test
    void eachDocumentIsANamedGraphAndTheDefaultGraphIsTheirUnion() {
        store.replace(List.of(document("A/1", "First"), document("A/2", "Second")));
        assertEquals(2, store.graphCount());
        assertEquals(4, store.quadCount());
        assertEquals(2, count("SELECT ?s { ?s <http://purl.org/dc/terms/title> ?t }"));
    }

    @Test
    void storingADocumentAgainReplacesItsGraph() {
        store.replace(List.of(document("A/1", "Old title")));
        store.replace(List.of(document("A/1", "New title")));
        assertEquals(1, store.graphCount());
        assertEquals(0, count("SELECT * { ?s ?p 'Old title' }"));
        assertEquals(1, count("SELECT * { ?s ?p 'New title' }"));
    }

    @Test
    void removingADocumentLeavesTheOthers() {
        store.replace(List.of(document("A/1", "First"), document("A/2", "Second")));
        assertTrue(store.remove(NodeFactory.createURI("http://example.org/graph/document/A/1")));
        assertEquals(1, store.graphCount());
        assertEquals(1, count("SELECT * { ?s ?p 'Second' }"));
    }

    @Test
    void theTextIndexFollowsReplacements() {
        String search = "PREFIX text: <http://jena.apache.org/text#> SELECT ?s { ?s text:query 'sport' }";
        store.replace(List.of(document("A/1", "Building a better world through sport")));
        assertEquals(1, count(search));
        store.replace(List.of(document("A/1", "Prevention of armed conflict")));
        assertEquals(0, count(search));
        assertEquals(1, count("PREFIX text: <http://jena.apache.org/text#> SELECT ?s { ?s text:query 'armed conflict' }"));
    }

    @Test
    void aFailedBatchStoresNothing() {
        MappedDocument good = document("A/1", "Good");
        MappedDocument broken = new MappedDocument(good.document(), NodeFactory.createURI("http://example.org/graph/2"), null);
        try {
            store.replace(List.of(good, broken));
        } catch (NullPointerException expected) {
            // the second document has no graph: the transaction aborts
        }
        assertFalse(store.graphCount() > 0, "the first document of the failed batch must not be stored");
    }
}
