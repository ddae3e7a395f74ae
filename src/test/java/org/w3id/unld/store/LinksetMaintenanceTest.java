package org.w3id.unld.store;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphMemFactory;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.unld.map.DocumentMapper;
import org.w3id.unld.map.Iris;
import org.w3id.unld.map.Linksets;
import org.w3id.unld.map.MappedDocument;
import org.w3id.unld.map.TestDocuments;
import org.w3id.unld.model.DocumentType;
import org.w3id.unld.model.Extraction;
import org.w3id.unld.model.Mention;
import org.w3id.unld.model.ParsedDocument;
import org.w3id.unld.model.SymbolSource;
import org.w3id.unld.reference.Gazetteer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The linkset graphs hold exactly the links that the resources of the document graphs present call for,
 * whatever the order in which documents were stored, replaced and removed.
 */
class LinksetMaintenanceTest {
    static final String BASE = "http://localhost:3030/";
    static final DocumentMapper MAPPER = new DocumentMapper(BASE, Gazetteer.standard(), "0.1.0");
    static final String ARMENIA_IN_WIKIDATA = "id/country/arm sameAs http://www.wikidata.org/entity/Q399";

    @TempDir
    Path db;
    DocumentStore store;

    @BeforeEach
    void open() {
        store = DocumentStore.open(FusekiConfiguration.load(null, new StoreLocation(db.resolve("a"))));
    }

    @AfterEach
    void close() {
        store.close();
    }

    static MappedDocument mentioning(String symbol, String... iso3) {
        Extraction e = new Extraction(List.of(symbol), SymbolSource.MASTHEAD, List.of(), null, null, null, List.of(), List.of(),
                DocumentType.REPORT, "Report " + symbol, null, List.of(), List.of(), List.of(), List.of(), null);
        List<Mention> mentions = new ArrayList<>();
        for (String c : iso3) {
            mentions.add(new Mention(Mention.Kind.COUNTRY, c, c));
        }
        return MAPPER.map(new ParsedDocument(TestDocuments.text(symbol.replace('/', '_') + ".txt", symbol), e, List.of(), List.of(), mentions, List.of()));
    }

    /** The quads of the linkset graphs, as "subject predicate object" lines under the base. */
    static Set<String> stored(DocumentStore s) {
        return Txn.calculateRead(s.dataset(), () -> {
            Set<String> out = new TreeSet<>();
            for (Node g : s.linksetGraphs()) {
                s.dataset().find(g, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> out.add(line(q)));
            }
            return out;
        });
    }

    /** What the links should be: the linksets computed from scratch over the union of the document graphs. */
    static Set<String> calledFor(DocumentStore s) {
        return Txn.calculateRead(s.dataset(), () -> {
            Graph union = GraphMemFactory.createDefaultGraph();
            for (Iterator<Node> it = s.dataset().listGraphNodes(); it.hasNext(); ) {
                Node g = it.next();
                if (Iris.isDocumentGraph(g)) {
                    s.dataset().getGraph(g).find().forEachRemaining(union::add);
                }
            }
            Set<String> out = new TreeSet<>();
            new Linksets(BASE).links(union).forEach(q -> out.add(line(q)));
            return out;
        });
    }

    static String line(Quad q) {
        String p = q.getPredicate().getLocalName();
        return q.getSubject().getURI().replace(BASE, "") + " " + p + " " + q.getObject().getURI();
    }

    static Node graph(String symbol) {
        return NodeFactory.createURI(BASE + "graph/document/" + symbol);
    }

    @Test
    void aLinkStaysWhileAnyDocumentDescribesItsResource() {
        store.replace(List.of(mentioning("A/1/1", "ARM"), mentioning("A/1/2", "ARM", "AZE")));
        assertTrue(stored(store).contains(ARMENIA_IN_WIKIDATA));
        assertTrue(store.remove(graph("A/1/1")));
        assertTrue(stored(store).contains(ARMENIA_IN_WIKIDATA), "A/1/2 still names Armenia");
        store.replace(List.of(mentioning("A/1/2", "AZE")));
        assertFalse(stored(store).contains(ARMENIA_IN_WIKIDATA), "no document names Armenia any more");
        assertTrue(stored(store).contains("id/country/aze sameAs http://www.wikidata.org/entity/Q227"));
        assertEquals(calledFor(store), stored(store));
        store.remove(graph("A/1/2"));
        assertEquals(Set.of(), stored(store));
    }

    @Test
    void eachTargetHasItsNamedGraph() {
        store.replace(List.of(mentioning("A/1/1", "ARM")));
        assertEquals(Set.of(BASE + "graph/linkset/geonames", BASE + "graph/linkset/unbis", BASE + "graph/linkset/undocs",
                        BASE + "graph/linkset/wikidata"),
                store.linksetGraphs().stream().map(Node::getURI).collect(java.util.stream.Collectors.toSet()));
        assertEquals(1, store.graphCount(), "linkset graphs are not documents");
        assertTrue(stored(store).contains("id/document/A/1/1 seeAlso https://undocs.org/A/1/1"));
    }

    @Test
    void theLinksetsAreTheSameWhateverTheOrderOfWrites(@TempDir Path other) {
        List<MappedDocument> docs = List.of(mentioning("A/1/1", "ARM", "FRA"), mentioning("A/1/2", "ARM"), mentioning("A/1/3", "AZE", "FRA"),
                MAPPER.map(TestDocuments.reference()));
        store.replace(docs);
        store.remove(graph("A/1/2"));
        store.replace(List.of(mentioning("A/1/1", "FRA")));
        try (DocumentStore second = DocumentStore.open(FusekiConfiguration.load(null, new StoreLocation(other)))) {
            for (int i = docs.size() - 1; i >= 0; i--) {
                if (i != 1) {
                    second.replace(List.of(i == 0 ? mentioning("A/1/1", "FRA") : docs.get(i)));
                }
            }
            assertEquals(stored(second), stored(store));
            assertEquals(calledFor(store), stored(store));
            assertFalse(stored(store).contains(ARMENIA_IN_WIKIDATA), stored(store)::toString);
        }
    }
}
