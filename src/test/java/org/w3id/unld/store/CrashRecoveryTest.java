package org.w3id.unld.store;

import org.w3id.unld.vocab.Prov;

import org.w3id.unld.dump.DumpSet;

import org.apache.jena.riot.RDFDataMgr;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.unld.bench.ScaledCorpus;
import org.w3id.unld.cli.Unld;
import org.w3id.unld.testing.SharedCorpus;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code kill -9} of an ingest in the middle of a large batch, then a restart: the store opens, every
 * document is wholly present or absent, the same ingest run again completes, and the store ends equal to
 * a clean run's: its dump files are byte for byte the clean run's.
 */
@Tag("corpus")
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

        List<Node> beforeRerun = patchIds(crashed);
        List<Node> cleanPatches = patchIds(clean);
        if (DOCUMENTS / 2 == Ingest.DEFAULT_BATCH_SIZE) {
            // The same first batch as the clean run's: the same patch (ids are made from the changes).
            assertEquals(cleanPatches.subList(0, beforeRerun.size()), beforeRerun,
                    "the batches committed before the kill are the clean run's first patches, id for id");
        }
        assertTrue(Unld.run("ingest", "--db", crashed.toString(), corpus.toString()) <= Unld.REJECTED);
        List<Node> afterRerun = patchIds(crashed);
        System.out.println("CrashRecoveryTest: clean run's journal " + cleanPatches.size() + " patches, before the rerun "
                + beforeRerun.size() + ", after it " + afterRerun.size() + (cleanPatches.equals(afterRerun) ? ": the same" : ": another history"));
        assertSameDumps(clean.resolve("dumps"), crashed.resolve("dumps"), cleanPatches.equals(afterRerun));
    }

    private static List<Node> patchIds(Path db) {
        PatchJournal journal = PatchJournal.of(new StoreLocation(db));
        return journal.entries().stream().map(e -> journal.header(e).getId()).toList();
    }

    /**
     * Every data file the rerun's dump wrote is, byte for byte, the file of the clean run's dump. So are the
     * description and the checksums when the two journals hold the same patches. They need not: the rerun puts again
     * the documents of the batch that committed before the kill, and where that batch holds two files of one document
     * (ScaledCorpus's copies can share a symbol), putting the earlier one back and then the later one is a real patch
     * that the clean run never made, though it leaves the store as it was. Then the descriptions differ only in the
     * last patch each store committed (the one they name), and the checksums only in the description's line.
     */
    private static void assertSameDumps(Path expected, Path actual, boolean sameHistory) throws IOException {
        List<String> names = fileNames(expected);
        assertTrue(names.stream().anyMatch(n -> n.endsWith(".nq.gz")), "the clean run wrote an N-Quads dump: " + names);
        assertEquals(names, fileNames(actual), "the rerun's dump has the clean run's files");
        for (String name : names) {
            if (sameHistory) {
                assertEquals(-1L, Files.mismatch(expected.resolve(name), actual.resolve(name)),
                        "after the rerun, with the clean run's patches, " + name + " equals the clean run's");
            } else if (name.equals(DumpSet.DESCRIPTION)) {
                assertTrue(withoutLastPatch(expected.resolve(name)).isIsomorphicWith(withoutLastPatch(actual.resolve(name))),
                        "after the rerun, the description equals the clean run's but for the last patch");
            } else if (name.equals(DumpSet.CHECKSUMS)) {
                assertEquals(dataChecksums(expected.resolve(name)), dataChecksums(actual.resolve(name)));
            } else {
                assertEquals(-1L, Files.mismatch(expected.resolve(name), actual.resolve(name)),
                        "after the rerun, " + name + " equals the clean run's");
            }
        }
    }

    private static Graph withoutLastPatch(Path description) {
        Graph g = RDFDataMgr.loadGraph(description.toUri().toString());
        g.remove(Node.ANY, Prov.wasDerivedFrom, Node.ANY);
        return g;
    }

    private static List<String> dataChecksums(Path sums) throws IOException {
        return Files.readAllLines(sums).stream().filter(l -> !l.endsWith("  " + DumpSet.DESCRIPTION)).toList();
    }

    private static List<String> fileNames(Path folder) throws IOException {
        try (var files = Files.list(folder)) {
            return files.filter(Files::isRegularFile).map(f -> f.getFileName().toString()).sorted().toList();
        }
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

    /**
     * Starts the ingest in another JVM and kills it (SIGKILL) once a batch is committed and the next one is
     * half written. Batches of half the documents: for 10,000, the default batch size.
     */
    private static void killMidway(Path db, Path corpus) throws Exception {
        Process ingest = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Unld.class.getName(),
                "ingest", "--no-dump", "--progress-every", "1", "--batch-size", String.valueOf(Math.max(1, DOCUMENTS / 2)), "--db", db.toString(), corpus.toString())
                .redirectErrorStream(true).start();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(ingest.getInputStream()))) {
            String line;
            while ((line = lines.readLine()) != null) {
                // "ingest: 7600/10000 files processed, 5000 stored": some batches committed and the next one half
                // written into its open transaction.
                if (line.startsWith("ingest: ") && stored(line) > 0 && processed(line) > DOCUMENTS * 3 / 4) {
                    break;
                }
            }
            ingest.destroyForcibly();
            assertTrue(ingest.waitFor(60, TimeUnit.SECONDS));
            assertEquals(137, ingest.exitValue(), "the ingest should have been killed, not have finished");
        }
    }

    private static int processed(String progressLine) {
        return Integer.parseInt(progressLine.replaceAll("^ingest: (\\d+)/.*", "$1"));
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
}
