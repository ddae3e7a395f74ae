package org.w3id.unld.store;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphMemFactory;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.OWL;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.unld.map.Iris;
import org.w3id.unld.map.Linksets;
import org.w3id.unld.testing.SharedCorpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The whole shared corpus (plain text, Markdown, PDF) ingested into one store, and what the store then
 * holds: the figures of docs/STATS.md, printed and written to target/corpus-stats.txt. One ingest, one
 * test: it takes minutes. The figures are checked against lower bounds that say the extraction still
 * works at scale, and the linksets against what the document graphs call for, recomputed from scratch.
 */
@Tag("corpus")
class CorpusStatisticsTest {
    static final String BASE = "http://localhost:3030/";

    @TempDir
    Path db;

    /** The documents of the corpus: text, Markdown and PDF files, not the conventions nor the expected extractions. */
    static List<Path> corpusFiles() {
        Path corpus = SharedCorpus.require(SharedCorpus.CORPUS);
        return Ingest.expand(List.of(corpus), null).stream()
                .filter(f -> f.toString().matches(".*\\.(txt|md|pdf)$"))
                .filter(f -> !f.getFileName().toString().equals("EXTRACTION-CONVENTIONS.md"))
                .toList();
    }

    @Test
    void theCorpusGivesCitationsCountriesEventsAndConsistentLinksets() throws IOException {
        List<Path> files = corpusFiles();
        try (DocumentStore store = DocumentStore.open(FusekiConfiguration.load(null, new StoreLocation(db)))) {
            IngestSummary summary = Ingest.create(new Pipeline(BASE), store).build().run(files);
            StoreStatistics stats = StoreStatistics.of(store.dataset());

            StringBuilder report = new StringBuilder();
            report.append("files: ").append(files.size()).append(", stored: ").append(summary.stored())
                    .append(", rejected: ").append(summary.rejected().size()).append('\n');
            stats.lines().forEach(l -> report.append(l).append('\n'));
            summary.rejected().forEach(r -> report.append("rejected ").append(r.describe()).append('\n'));
            System.out.print(report);
            Files.createDirectories(Path.of("target"));
            Files.writeString(Path.of("target", "corpus-stats.txt"), report, StandardCharsets.UTF_8);

            assertTrue(files.size() > 1500, "the corpus has its 1,500-odd documents: " + files.size());
            assertTrue(summary.rejected().size() * 50 < files.size(), "fewer than 2 % rejected:\n" + report);
            assertTrue(stats.documentsCiting() * 10 > stats.documents() * 8, "most documents cite another:\n" + report);
            assertTrue(stats.citedSymbols() > 3500, report::toString);
            assertTrue(stats.citedInStore() > 400, "documents of the corpus cite each other:\n" + report);
            assertTrue(stats.linkedCountries() > 180, report::toString);
            assertTrue(stats.events() > 200 && stats.eventSeries() > 20, report::toString);
            assertTrue(stats.persons() > 30, report::toString);
            assertEquals(Set.of(Linksets.GEONAMES, Linksets.UNBIS, Linksets.UNDOCS, Linksets.WIKIDATA), stats.linksByLinkset().keySet());

            assertEquals(calledFor(store.dataset()), stored(store.dataset()),
                    "the linkset graphs hold exactly the links the document graphs call for");
            assertEquals(0, sameAsInDocumentGraphs(store.dataset()), "links live in the linkset graphs only");
        }
    }

    private static Set<String> stored(DatasetGraph ds) {
        return Txn.calculateRead(ds, () -> {
            Set<String> out = new TreeSet<>();
            ds.find(Node.ANY, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> {
                if (!Iris.isDocumentGraph(q.getGraph())) {
                    out.add(q.toString());
                }
            });
            return out;
        });
    }

    private static Set<String> calledFor(DatasetGraph ds) {
        return Txn.calculateRead(ds, () -> {
            Graph inputs = GraphMemFactory.createDefaultGraph();
            for (Node p : Linksets.INPUTS) {
                ds.find(Node.ANY, Node.ANY, p, Node.ANY).forEachRemaining(q -> {
                    if (Iris.isDocumentGraph(q.getGraph())) {
                        inputs.add(q.asTriple());
                    }
                });
            }
            Set<String> out = new TreeSet<>();
            for (Quad q : new Linksets(BASE).links(inputs)) {
                out.add(q.toString());
            }
            return out;
        });
    }

    private static long sameAsInDocumentGraphs(DatasetGraph ds) {
        return Txn.calculateRead(ds, () -> {
            long n = 0;
            for (Iterator<Quad> it = ds.find(Node.ANY, Node.ANY, OWL.sameAs.asNode(), Node.ANY); it.hasNext(); ) {
                if (Iris.isDocumentGraph(it.next().getGraph())) {
                    n++;
                }
            }
            return n;
        });
    }
}
