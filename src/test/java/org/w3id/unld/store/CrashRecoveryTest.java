package org.w3id.unld.store;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.unld.bench.ScaledCorpus;
import org.w3id.unld.cli.Unld;
import org.w3id.unld.testing.SharedCorpus;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code kill -9} of an ingest in the middle of a large batch, then a restart: the store opens, every
 * document is wholly present or absent, the same ingest run again completes, and the store ends equal to
 * a clean run's.
 */
class CrashRecoveryTest {
    /** Documents in the batch; 10,000 by default, {@code -Dunld.crash.documents=N} to change. */
    static final int DOCUMENTS = Integer.getInteger("unld.crash.documents", 10_000);

    @TempDir
    Path temp;

    @Test
    void aKilledIngestLeavesWholeDocumentsAndARerunEqualsACleanRun() throws Exception {
        Path corpus = temp.resolve("corpus");
        ScaledCorpus.write(SharedCorpus.require(SharedCorpus.CORPUS), corpus, DOCUMENTS);
        Path clean = temp.resolve("clean");
        Path crashed = temp.resolve("crashed");

        assertTrue(Unld.run("ingest", "--db", clean.toString(), corpus.toString()) <= Unld.REJECTED,
                "the clean run stores the documents (and reports the few the shapes reject)");

        killMidway(crashed, corpus);

        Map<Node, Graph> cleanGraphs = graphs(clean);
        try (DocumentStore store = DocumentStore.open(FusekiConfiguration.load(null, new StoreLocation(crashed)))) {
            DatasetGraph ds = store.dataset();
            int present = Txn.calculateRead(ds, () -> {
                int n = 0;
                for (var it = ds.listGraphNodes(); it.hasNext(); ) {
                    Node g = it.next();
                    if (!org.w3id.unld.map.Iris.isDocumentGraph(g)) {
                        continue; // linksets follow the documents present; the rerun's equality below covers them
                    }
                    n++;
                    Graph expected = cleanGraphs.get(g);
                    assertTrue(expected != null, "a graph the clean run does not have: " + g);
                    Graph stored = ds.getGraph(g);
                    if (!expected.isIsomorphicWith(stored)) {
                        // Two files of the batch can be the same document: before the crash the earlier one's
                        // graph may be stored whole; then it must be exactly what that file maps to.
                        assertTrue(asMappedFromItsSource(stored, corpus), "a partial document graph survived the crash: " + g);
                    }
                }
                return n;
            });
            long documents = cleanGraphs.keySet().stream().filter(org.w3id.unld.map.Iris::isDocumentGraph).count();
            assertTrue(present > 0 && present < documents,
                    "the kill should land midway: " + present + " of " + documents + " documents stored");
        }

        assertTrue(Unld.run("ingest", "--db", crashed.toString(), corpus.toString()) <= Unld.REJECTED);
        assertEquals(sortedQuads(clean), sortedQuads(crashed), "after the rerun the store equals the clean run's");
    }

    /** The graph is exactly what the pipeline makes of the file its provenance names. */
    private static boolean asMappedFromItsSource(Graph stored, Path corpus) {
        Node name = NodeFactory.createURI("http://schema.org/name");
        List<Triple> source = stored.find(Node.ANY, name, Node.ANY)
                .filterKeep(t -> t.getSubject().isURI() && t.getSubject().getURI().endsWith("#source")).toList();
        if (source.size() != 1) {
            return false;
        }
        Outcome o = new Pipeline("http://localhost:3030/").process(corpus.resolve(source.get(0).getObject().getLiteralLexicalForm()));
        return o instanceof Outcome.Accepted a && a.document().graph().isIsomorphicWith(stored);
    }

    /** Starts the ingest in another JVM and kills it (SIGKILL) once some batches are committed. */
    private static void killMidway(Path db, Path corpus) throws Exception {
        Process ingest = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Unld.class.getName(),
                "ingest", "--progress-every", "1", "--db", db.toString(), corpus.toString())
                .redirectErrorStream(true).start();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(ingest.getInputStream()))) {
            String line;
            while ((line = lines.readLine()) != null) {
                // "ingest: 1234/10000 files processed, 1200 stored": kill at about a third of the way.
                if (line.startsWith("ingest: ") && stored(line) > DOCUMENTS / 3) {
                    break;
                }
            }
            ingest.destroyForcibly();
            assertTrue(ingest.waitFor(60, TimeUnit.SECONDS));
            assertEquals(137, ingest.exitValue(), "the ingest should have been killed, not have finished");
        }
    }

    private static int stored(String progressLine) {
        return Integer.parseInt(progressLine.replaceAll(".*, (\\d+) stored.*", "$1"));
    }

    private static Map<Node, Graph> graphs(Path db) {
        Map<Node, Graph> graphs = new HashMap<>();
        try (DocumentStore store = DocumentStore.open(FusekiConfiguration.load(null, new StoreLocation(db)))) {
            DatasetGraph ds = store.dataset();
            Txn.executeRead(ds, () -> ds.listGraphNodes().forEachRemaining(g -> {
                Graph copy = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
                ds.getGraph(g).find().forEachRemaining(copy::add);
                graphs.put(g, copy);
            }));
        }
        return graphs;
    }

    private static List<String> sortedQuads(Path db) {
        List<String> quads = new ArrayList<>();
        try (DocumentStore store = DocumentStore.open(FusekiConfiguration.load(null, new StoreLocation(db)))) {
            DatasetGraph ds = store.dataset();
            Txn.executeRead(ds, () -> ds.find().forEachRemaining(q -> quads.add(q.toString())));
        }
        quads.sort(null);
        return quads;
    }
}
