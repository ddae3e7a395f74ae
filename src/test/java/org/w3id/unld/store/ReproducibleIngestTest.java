package org.w3id.unld.store;

import org.apache.jena.graph.Node;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.unld.cli.Unld;
import org.w3id.unld.dump.DumpSet;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Same input, same triples, byte-identical dumps — the journal included: two fresh stores that ingest the same files
 * in the same order, in batches of the same size, make the same patches (ids and changes; only the time in each
 * header differs), and so dumps whose every file, the description that names the last patch and the checksums
 * included, are byte for byte the same.
 */
class ReproducibleIngestTest {
    @TempDir
    Path temp;

    @Test
    void twoStoresThatIngestTheSameFilesHaveTheSamePatchesAndTheSameDump() throws IOException, URISyntaxException {
        Path corpus = samples(temp.resolve("corpus"));
        Path one = temp.resolve("one");
        Path two = temp.resolve("two");
        // Batches of 3 documents: several patches, each following the one before it.
        assertTrue(Unld.run("ingest", "--batch-size", "3", "--db", one.toString(), corpus.toString()) <= Unld.REJECTED);
        assertTrue(Unld.run("ingest", "--batch-size", "3", "--db", two.toString(), corpus.toString()) <= Unld.REJECTED);

        List<Node> ids = patchIds(one);
        assertTrue(ids.size() > 1, "the ingest made several patches: " + ids);
        assertEquals(ids, patchIds(two), "the same patch ids");
        assertEquals(ids.size(), ids.stream().distinct().count(), "no two patches of a journal share an id");
        assertEquals(withoutTime(one), withoutTime(two), "the same patches, but for the time they were made");

        Path dumpsOne = new StoreLocation(one).dumps();
        Path dumpsTwo = new StoreLocation(two).dumps();
        assertArrayEquals(Files.readAllBytes(dumpsOne.resolve(DumpSet.CHECKSUMS)), Files.readAllBytes(dumpsTwo.resolve(DumpSet.CHECKSUMS)),
                "the same SHA256SUMS, the description's line included");
        List<String> names = fileNames(dumpsOne);
        assertTrue(names.contains(DumpSet.DESCRIPTION), "the dump has its description: " + names);
        assertEquals(names, fileNames(dumpsTwo));
        for (String name : names) {
            assertEquals(-1L, Files.mismatch(dumpsOne.resolve(name), dumpsTwo.resolve(name)), name + " is byte for byte the same");
        }
    }

    private static Path samples(Path corpus) throws IOException, URISyntaxException {
        Files.createDirectories(corpus);
        Path shipped = Path.of(ReproducibleIngestTest.class.getResource("/unld/samples").toURI());
        try (Stream<Path> files = Files.list(shipped)) {
            for (Path f : files.filter(f -> !f.getFileName().toString().equals("SOURCES.md")).toList()) {
                Files.copy(f, corpus.resolve(f.getFileName()));
            }
        }
        return corpus;
    }

    private static List<Node> patchIds(Path db) {
        PatchJournal journal = PatchJournal.of(new StoreLocation(db));
        return journal.entries().stream().map(e -> journal.header(e).getId()).toList();
    }

    /** Each patch's text without its {@code time} header line. */
    private static List<String> withoutTime(Path db) throws IOException {
        PatchJournal journal = PatchJournal.of(new StoreLocation(db));
        List<String> out = new java.util.ArrayList<>();
        for (PatchJournal.Entry e : journal.entries()) {
            String text = Files.readString(e.file());
            assertTrue(text.contains("H " + PatchJournal.TIME + " "), "the patch has its time");
            out.add(text.replaceAll("(?m)^H " + PatchJournal.TIME + " .*\\n", ""));
        }
        return out;
    }

    private static List<String> fileNames(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile).map(f -> f.getFileName().toString()).sorted().toList();
        }
    }
}
