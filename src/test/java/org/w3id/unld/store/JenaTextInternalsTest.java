package org.w3id.unld.store;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.text.DatasetGraphText;
import org.apache.jena.query.text.TextDocProducerTriples;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.unld.map.MappedDocument;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link DocumentStore} writes quads to TDB2 and entities to the Lucene index itself, through jena-text's
 * internals ({@link DatasetGraphText#getWrapped()}, {@link DatasetGraphText#getTextIndex()}, the
 * {@link TextDocProducerTriples} monitor, {@code TextQueryFuncs.entityFromQuad}), skipping the text dataset's
 * per-quad look-ups. These tests fail when a new Jena changes what those internals are or do: the dataset of
 * config.ttl must still be a text dataset over TDB2, and a store written directly must answer every search as
 * one written through the text dataset's own API.
 */
class JenaTextInternalsTest {
    static final List<String> WORDS = List.of("sport", "armed", "conflict", "refugees", "development", "annex", "peace");

    @TempDir
    Path temp;

    @Test
    void theConfiguredDatasetIsATextDatasetOverTdb2FedByTheTripleProducer() {
        DatasetGraph dataset = FusekiConfiguration.load(null, new StoreLocation(temp.resolve("db"))).assembleDataset();
        try {
            assertTrue(dataset instanceof DatasetGraphText, () -> "config.ttl assembles a " + dataset.getClass());
            DatasetGraphText text = (DatasetGraphText) dataset;
            assertTrue(text.getMonitor() instanceof TextDocProducerTriples, () -> "the text dataset's monitor is " + text.getMonitor());
            assertTrue(text.getTextIndex() != null, "the text dataset has its index");
            assertTrue(TDBInternal.isTDB2(text.getWrapped()), () -> "the text dataset wraps " + text.getWrapped().getClass());
            assertTrue(DocumentStore.over(dataset).writesDirectly(), "so DocumentStore writes TDB2 and the index directly");
        } finally {
            dataset.close();
        }
    }

    @Test
    void writingDirectlyIndexesWhatTheTextDatasetWouldIndexAndUnindexesWhatItWouldUnindex() {
        List<MappedDocument> first = List.of(
                BatchTest.document("A/1", "Sport for development and peace", "sport and peace"),
                BatchTest.document("A/2", "Prevention of armed conflict"),
                BatchTest.document("A/3", "Questions relating to refugees", "annex on refugees"));
        List<MappedDocument> second = List.of(
                BatchTest.document("A/1", "Sport for development", "sport"),
                BatchTest.document("A/2", "Situation of refugees"));

        DocumentStore direct = DocumentStore.open(FusekiConfiguration.load(null, new StoreLocation(temp.resolve("direct"))));
        DatasetGraph throughApi = FusekiConfiguration.load(null, new StoreLocation(temp.resolve("api"))).assembleDataset();
        try {
            assertTrue(direct.writesDirectly());
            direct.replace(first);
            putThroughTheTextDataset(throughApi, first);
            assertEquals(hits(throughApi), hits(direct.dataset()));
            assertEquals(2, hits(direct.dataset()).get("refugees").size(), () -> "A/3's title and label: " + hits(direct.dataset()));

            direct.replace(second);
            putThroughTheTextDataset(throughApi, second);
            assertEquals(hits(throughApi), hits(direct.dataset()));
            assertEquals(3, hits(direct.dataset()).get("refugees").size(), "A/2's new title is searched, and A/3 is still there");
            assertEquals(0, hits(direct.dataset()).get("conflict").size(), "A/2's old title is searched no more");
            assertEquals(0, hits(direct.dataset()).get("peace").size(), "nor are A/1's old title and label");
        } finally {
            direct.close();
            throughApi.close();
        }
    }

    /** What a user's SPARQL Update would do: replace each graph through the text dataset, quad by quad. */
    private static void putThroughTheTextDataset(DatasetGraph dataset, List<MappedDocument> documents) {
        Txn.executeWrite(dataset, () -> {
            for (MappedDocument d : documents) {
                dataset.deleteAny(d.graphName(), Node.ANY, Node.ANY, Node.ANY);
                Graph g = d.graph();
                g.find().forEach(t -> dataset.add(d.graphName(), t.getSubject(), t.getPredicate(), t.getObject()));
            }
        });
    }

    /** For each word, the subjects and literals the text index gives. */
    private static Map<String, TreeSet<String>> hits(DatasetGraph dataset) {
        Map<String, TreeSet<String>> hits = new TreeMap<>();
        Txn.executeRead(dataset, () -> {
            for (String word : WORDS) {
                TreeSet<String> found = new TreeSet<>();
                QueryExec.dataset(dataset).query("PREFIX text: <http://jena.apache.org/text#> "
                        + "SELECT ?s ?literal { (?s ?score ?literal) text:query '" + word + "' }").select()
                        .forEachRemaining(b -> found.add(b.get("s") + " " + b.get("literal")));
                hits.put(word, found);
            }
        });
        return hits;
    }
}
