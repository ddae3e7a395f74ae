package org.w3id.unld.cli;

import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.unld.dump.Tools;
import org.w3id.unld.store.DocumentStore;
import org.w3id.unld.store.FusekiConfiguration;
import org.w3id.unld.store.PatchMark;
import org.w3id.unld.store.StoreLocation;
import org.w3id.unld.store.StoreSpace;
import org.w3id.unld.testing.TestResources;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.w3id.unld.cli.CommandLineTest.unld;

/**
 * {@code unld compact}: a store with superseded blocks (ingested one document per transaction, then every document
 * replaced by an edited version) comes out smaller, answers every query as before, and dumps byte for byte the same.
 */
class CompactCommandTest {
    /** A word only the edited versions have, so that the text index must have followed the replacements. */
    static final String EDITED = "Compactionmarker";

    private static final String PREFIXES = """
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX text: <http://jena.apache.org/text#>
            PREFIX unld: <https://w3id.org/unld/ontology#>
            """;

    /** What the store answers, compared before and after: counts, a few queries in a fixed order, full-text searches. */
    private static final List<String> QUERIES = List.of(
            "SELECT (COUNT(*) AS ?quads) { GRAPH ?g { ?s ?p ?o } }",
            "SELECT ?g (COUNT(*) AS ?quads) { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g",
            "SELECT ?doc ?title { ?doc dcterms:title ?title } ORDER BY ?doc ?title",
            "SELECT ?doc ?symbol { ?doc unld:symbol ?symbol } ORDER BY ?doc ?symbol",
            "SELECT ?s ?label { ?s a unld:Organ ; rdfs:label ?label } ORDER BY ?s ?label",
            "SELECT ?s { ?s text:query '" + EDITED + "' } ORDER BY ?s",
            "SELECT ?s { ?s text:query 'General Assembly' } ORDER BY ?s");

    @TempDir
    Path temp;

    /** The seven General Assembly texts of the test corpus (corpus/extra). */
    static Path copyOfSevenTexts(Path folder) throws IOException {
        Files.createDirectories(folder);
        try (Stream<Path> files = Files.list(TestResources.CORPUS.resolve("extra"))) {
            for (Path f : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                Files.copy(f, folder.resolve(f.getFileName()));
            }
        }
        return folder;
    }

    /**
     * The seven texts ingested one per transaction, then each replaced by a version with a sentence more: fourteen
     * transactions, each copying the index blocks it changes, so that most of the store is superseded blocks.
     */
    Path storeWithSupersededBlocks() throws IOException {
        Path folder = copyOfSevenTexts(temp.resolve("in"));
        String db = temp.resolve("db").toString();
        var first = unld("ingest", "--db", db, "--no-dump", "--no-compact", "--batch-size", "1", folder.toString());
        assertEquals(0, first.exit(), first.out() + first.err());
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.toList()) {
                Files.writeString(f, Files.readString(f) + "\n\nThis version adds a sentence with the word " + EDITED + ".\n");
            }
        }
        var again = unld("ingest", "--db", db, "--no-dump", "--no-compact", "--batch-size", "1", folder.toString());
        assertEquals(0, again.exit(), again.out() + again.err());
        assertTrue(again.out().startsWith("read 7 files: stored 7 documents (0 new, 7 replacing a stored version"), again.out());
        return temp.resolve("db");
    }

    @Test
    void aCompactedStoreIsSmallerAnswersTheSameAndDumpsTheSameBytes() throws Exception {
        Path db = storeWithSupersededBlocks();
        StoreState before = StoreState.of(db);
        assertTrue(before.space().worthCompacting(), "the store was made to be mostly superseded blocks: " + before.space());
        assertEquals(7, before.answers().get(QUERIES.get(5)).lines().filter(l -> l.contains("<http")).count(),
                "the edited versions are indexed: " + before.answers().get(QUERIES.get(5)));
        long diskBefore = diskUsage(db.resolve("tdb2"));
        Path dumpBefore = dump(db, "dump-before");

        var run = unld("compact", "--db", db.toString(), "--progress-every", "1");

        assertEquals(0, run.exit(), run.out() + run.err());
        assertTrue(run.out().startsWith("compacted " + new StoreLocation(db).tdb2() + ": Data-0001 → Data-0002: "), run.out());
        assertTrue(run.out().contains(", freed "), run.out());
        assertTrue(run.err().startsWith("compact: copying the live data of Data-0001 ("), run.err());
        assertEquals(List.of("Data-0002", "tdb.lock"), list(db.resolve("tdb2")), "the old generation is deleted");
        long diskAfter = diskUsage(db.resolve("tdb2"));
        assertTrue(diskAfter < diskBefore / 2, "du: " + diskBefore + " bytes before, " + diskAfter + " after");

        StoreState after = StoreState.of(db);
        assertTrue(after.space().bytes() < before.space().bytes() - before.space().superseded() / 2, before.space() + " → " + after.space());
        assertFalse(after.space().worthCompacting(), after.space().toString());
        assertEquals(before.answers(), after.answers());
        assertEquals(before.lastPatch(), after.lastPatch(), "the mark of the last patch (in TDB2's prefix table) is copied too");
        assertTrue(after.lastPatch().isPresent());

        Path dumpAfter = dump(db, "dump-after");
        assertEquals(list(dumpBefore), list(dumpAfter));
        for (String name : list(dumpBefore)) {
            assertArrayEquals(Files.readAllBytes(dumpBefore.resolve(name)), Files.readAllBytes(dumpAfter.resolve(name)), name);
        }
        assertEquals(0, Tools.sha256sumCheck(dumpAfter).exit());
    }

    @Test
    void aStoreHeldByAnotherProcessIsNotCompactedAndTheMessageSaysWhy() throws Exception {
        Path db = temp.resolve("db");
        Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "org.w3id.unld.store.StoreLockTest", db.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try {
            assertEquals("open", new BufferedReader(new InputStreamReader(holder.getInputStream())).readLine());
            List<String> generations = list(db.resolve("tdb2"));

            var run = unld("compact", "--db", db.toString());

            assertEquals(Unld.USAGE, run.exit(), run.out() + run.err());
            assertEquals(1, run.err().lines().count(), run.err());
            assertTrue(run.err().startsWith("unld: the store " + new StoreLocation(db).folder() + " is in use by process " + holder.pid()),
                    run.err());
            assertTrue(run.err().contains("stop it first"), run.err());
            assertEquals("", run.out());
            assertEquals(generations, list(db.resolve("tdb2")), "nothing written");
        } finally {
            holder.getOutputStream().close();
            assertTrue(holder.waitFor(30, TimeUnit.SECONDS));
        }
    }

    @Test
    void aFolderWithoutAStoreIsAUsageErrorOnOneLine() {
        var run = unld("compact", "--db", temp.resolve("nothing").toString());
        assertEquals(Unld.USAGE, run.exit());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().startsWith("unld: no store in "), run.err());
        assertFalse(Files.exists(temp.resolve("nothing").resolve("tdb2")), "no empty store is made");
    }

    /** What a store answers and how its space is used, read with the store open and closed again. */
    record StoreState(StoreSpace space, Map<String, String> answers, Optional<PatchMark> lastPatch) {
        static StoreState of(Path db) {
            try (DocumentStore store = DocumentStore.open(FusekiConfiguration.load(null, new StoreLocation(db)))) {
                Map<String, String> answers = new LinkedHashMap<>();
                for (String query : QUERIES) {
                    answers.put(query, Txn.calculateRead(store.dataset(), () -> {
                        ByteArrayOutputStream out = new ByteArrayOutputStream();
                        ResultSetFormatter.outputAsTSV(out, ResultSet.adapt(QueryExec.dataset(store.dataset()).query(PREFIXES + query).select()));
                        return out.toString(java.nio.charset.StandardCharsets.UTF_8);
                    }));
                }
                return new StoreState(store.space().orElseThrow(), answers, store.lastPatch());
            }
        }
    }

    private Path dump(Path db, String name) {
        Path out = temp.resolve(name);
        var run = unld("dump", "--db", db.toString(), "--out", out.toString());
        assertEquals(0, run.exit(), run.out() + run.err());
        return out;
    }

    /** What {@code du} counts: the blocks the files take, not their lengths (TDB2's mapped files are sparse). */
    static long diskUsage(Path folder) {
        Tools.Run du = Tools.run(folder, Map.of(), "du", "-s", "-B1", ".");
        assertEquals(0, du.exit(), du.err());
        return Long.parseLong(du.out().split("\\s+")[0]);
    }

    static List<String> list(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }
}
