package org.w3id.unld.store;

import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.w3id.unld.map.MappedDocument;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.w3id.unld.store.DocumentStoreTest.document;

/**
 * What a TDB2 generation holds and what it has left behind ({@link StoreSpace}), and what a compaction
 * ({@link DocumentStore#compact()}) does with it.
 */
class StoreSpaceTest extends OpenStore {
    static final String SEARCH = "PREFIX text: <http://jena.apache.org/text#> SELECT ?s { ?s text:query 'conflict' }";

    static List<MappedDocument> documents(int n) {
        List<MappedDocument> documents = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            documents.add(document("A/" + i, "Prevention of armed conflict, report number " + i));
        }
        return documents;
    }

    long count(String sparql) {
        return Txn.calculateRead(store.dataset(), () ->
                QueryExec.dataset(store.dataset()).query(sparql).select().materialize().rewindable().size());
    }

    @Test
    void aStoreWrittenInOneTransactionIsAlmostAllLiveAndMeasuredAsDuCountsIt() {
        store.replace(documents(2000));
        StoreSpace space = store.space().orElseThrow();
        assertEquals(db.resolve("tdb2").resolve("Data-0001"), space.generation());
        assertTrue(space.supersededShare() < 0.1, space.toString());
        assertFalse(space.worthCompacting());
        long du = diskUsage(space.generation());
        assertTrue(Math.abs(space.bytes() - du) < du / 10, "measured " + space.bytes() + ", du " + du);
    }

    @Test
    void everyTransactionLeavesTheBlocksItCopiedBehind() {
        for (MappedDocument d : documents(20)) {
            store.replace(List.of(d));
        }
        StoreSpace space = store.space().orElseThrow();
        assertTrue(space.worthCompacting(), space.toString());
        assertTrue(space.superseded() < space.bytes());
    }

    @Test
    void compactionCopiesWhatIsLiveIntoANewGenerationDeletesTheOldAndTheStoreGoesOn() throws IOException {
        for (MappedDocument d : documents(20)) {
            store.replace(List.of(d));
        }
        long quads = store.quadCount();
        var mark = store.lastPatch();
        StoreSpace before = store.space().orElseThrow();

        Compaction compaction = store.compact();

        assertEquals(before, compaction.before());
        assertEquals(db.resolve("tdb2").resolve("Data-0002"), compaction.after().generation());
        assertEquals(compaction.after(), store.space().orElseThrow());
        assertFalse(Files.exists(before.generation()), "the old generation is deleted");
        assertTrue(compaction.after().bytes() < before.bytes() - before.superseded() * 9 / 10,
                "about the live part is left: " + before + " → " + compaction.after());
        assertEquals(before.bytes() - compaction.after().bytes(), compaction.freed());
        assertEquals(quads, store.quadCount());
        assertEquals(mark, store.lastPatch());
        assertEquals(20, count(SEARCH), "the text index is TDB2's neighbour, untouched and still right");

        store.replace(List.of(document("B/1", "Another conflict")));
        assertEquals(21, count(SEARCH), "writes go on into the new generation");
        store.close();
        store = DocumentStore.open(FusekiConfiguration.load(null, new StoreLocation(db)));
        assertEquals(quads + 2, store.quadCount());
        assertEquals(21, count(SEARCH));
        assertEquals(db.resolve("tdb2").resolve("Data-0002"), store.space().orElseThrow().generation());
    }

    @Test
    void aStoreInATransactionOrOverADatasetOpenedElsewhereIsNotCompacted() {
        store.replace(documents(3));
        try (DocumentStore.Batch batch = store.begin()) {
            assertThrows(IllegalStateException.class, store::compact);
        }
        assertThrows(IllegalStateException.class, () -> DocumentStore.over(store.dataset()).compact());
        assertEquals(db.resolve("tdb2").resolve("Data-0001"), store.space().orElseThrow().generation());
    }

    static long diskUsage(Path folder) {
        ProcessBuilder pb = new ProcessBuilder("du", "-s", "-B1", ".").directory(folder.toFile());
        try {
            Process p = pb.start();
            String out = new String(p.getInputStream().readAllBytes());
            assertEquals(0, p.waitFor());
            return Long.parseLong(out.split("\\s+")[0]);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
