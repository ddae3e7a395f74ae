package org.w3id.unld.serve;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.unld.bench.ScaledCorpus;
import org.w3id.unld.store.DocumentStore;
import org.w3id.unld.store.FusekiConfiguration;
import org.w3id.unld.store.Ingest;
import org.w3id.unld.store.IngestSummary;
import org.w3id.unld.store.Outcome;
import org.w3id.unld.store.Pipeline;
import org.w3id.unld.store.StoreLocation;
import org.w3id.unld.testing.TestResources;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Queries through the server while an ingest writes into the same store: no query fails, and every
 * query sees each document whole (all its triples) or not at all.
 */
class ConcurrentIngestTest {
    static final String BASE = "http://localhost:3030/";
    /** Document graphs only: the linkset graphs are shared by all documents and change with each batch. */
    static final String PER_GRAPH = "SELECT ?g (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } FILTER(CONTAINS(STR(?g), \"/graph/document/\")) } GROUP BY ?g";

    @TempDir
    Path temp;

    @Test
    void readersSeeEveryDocumentAllOrNothingWhileAnIngestRuns() throws Exception {
        List<Path> files = ScaledCorpus.write(TestResources.CORPUS, temp.resolve("corpus"), 300);
        // What each document's graph holds once stored (later files of the same document replace earlier ones).
        Pipeline pipeline = new Pipeline(BASE);
        Map<String, Long> finalSize = new HashMap<>();
        Map<String, List<Long>> anySize = new HashMap<>();
        for (Path f : files) {
            if (pipeline.process(f) instanceof Outcome.Accepted a) {
                finalSize.put(a.document().graphName().getURI(), (long) a.document().graph().size());
                anySize.computeIfAbsent(a.document().graphName().getURI(), k -> new ArrayList<>()).add((long) a.document().graph().size());
            }
        }

        try (UnldServer server = UnldServer.create(FusekiConfiguration.load(null, new StoreLocation(temp.resolve("db")))).port(0).build().start()) {
            String endpoint = "http://localhost:" + server.port() + "/sparql";
            AtomicBoolean ingesting = new AtomicBoolean(true);
            AtomicInteger queries = new AtomicInteger();
            ConcurrentLinkedQueue<String> problems = new ConcurrentLinkedQueue<>();
            ExecutorService readers = Executors.newFixedThreadPool(4);
            List<Future<?>> running = new ArrayList<>();
            for (int r = 0; r < 4; r++) {
                running.add(readers.submit(() -> {
                    // Bounded in count as well as by the ingest's end.
                    for (int i = 0; i < 10_000 && ingesting.get(); i++) {
                        try (QueryExecutionHTTP qe = QueryExecutionHTTP.service(endpoint).query(PER_GRAPH).build()) {
                            qe.execSelect().forEachRemaining((QuerySolution row) -> {
                                String g = row.getResource("g").getURI();
                                long n = row.getLiteral("n").getLong();
                                if (!anySize.getOrDefault(g, List.of()).contains(n)) {
                                    problems.add(g + " seen with " + n + " triples; whole it has " + anySize.get(g));
                                }
                            });
                            queries.incrementAndGet();
                        } catch (RuntimeException e) {
                            problems.add("query failed: " + e);
                        }
                    }
                }));
            }
            IngestSummary summary = Ingest.create(pipeline, DocumentStore.over(server.dataset())).batchSize(16).build().run(files);
            ingesting.set(false);
            for (Future<?> f : running) {
                f.get();
            }
            readers.shutdown();

            assertTrue(problems.isEmpty(), () -> problems.size() + " problems, first: " + problems.peek());
            assertTrue(queries.get() > 10, "the readers should have queried during the ingest: " + queries.get());
            assertTrue(summary.stored() >= finalSize.size(), "every accepted document is stored: " + summary);
            try (QueryExecutionHTTP qe = QueryExecutionHTTP.service(endpoint).query(PER_GRAPH).build()) {
                Map<String, Long> seen = new HashMap<>();
                qe.execSelect().forEachRemaining(row -> seen.put(row.getResource("g").getURI(), row.getLiteral("n").getLong()));
                assertEquals(finalSize, seen, "after the ingest every document has its final graph");
            }
        }
    }
}
