package org.w3id.unld.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.unld.testing.TestResources;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.w3id.unld.cli.CommandLineTest.unld;

class IngestCommandTest {
    @TempDir
    Path temp;

    @Test
    void aFolderWithTheReferenceDocumentAnEmptyFileAndABinaryFileStoresOneAndReportsTwo() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("in"));
        Files.copy(TestResources.REFERENCE_DOCUMENT, folder.resolve("reference.txt"));
        Files.writeString(folder.resolve("empty.txt"), "");
        byte[] binary = new byte[4096];
        for (int i = 0; i < binary.length; i++) {
            binary[i] = (byte) (i * 31 + 7);
        }
        Files.write(folder.resolve("image.bin"), binary);

        var run = unld("ingest", "--db", temp.resolve("db").toString(), folder.toString());

        assertEquals(Unld.REJECTED, run.exit(), run.out() + run.err());
        assertTrue(run.out().startsWith("read 3 files: stored 1 document"), run.out());
        List<String> rejected = run.out().lines().filter(l -> l.startsWith("  rejected ")).toList();
        assertEquals(2, rejected.size(), run.out());
        assertTrue(rejected.get(0).contains("empty.txt: "), rejected.get(0));
        assertTrue(rejected.get(1).contains("image.bin: "), rejected.get(1));
        assertFalse(run.out().contains("Exception") || run.err().contains("\tat "), "no stack trace");
    }

    @Test
    void aDocumentWithAnAgendaItemWithoutSessionIsStoredAndItsWarningListedWithItsFile() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("in"));
        Path file = Files.copy(TestResources.AGENDA_ITEM_WITHOUT_SESSION, folder.resolve("A_HRC_PRST_OS_14_2.txt"));

        var run = unld("ingest", "--db", temp.resolve("db").toString(), "--no-dump", folder.toString());

        assertEquals(0, run.exit(), "a warning is no rejection: " + run.out() + run.err());
        assertTrue(run.out().startsWith("read 1 file: stored 1 document"), run.out());
        assertTrue(run.out().lines().findFirst().orElseThrow().endsWith(", rejected 0, 1 warning"), run.out());
        List<String> warnings = run.out().lines().filter(l -> l.startsWith("  warning ")).toList();
        assertEquals(1, warnings.size(), run.out());
        assertTrue(warnings.get(0).startsWith("  warning " + file + ": document <"), warnings.get(0));
        assertTrue(warnings.get(0).contains("/agenda-item/5> unld:session: The document does not print this agenda item's organ or session"),
                warnings.get(0));
    }

    @Test
    void theSameFolderIngestedTwiceLeavesOneGraphPerDocument() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("in"));
        Files.copy(TestResources.REFERENCE_DOCUMENT, folder.resolve("reference.txt"));
        String db = temp.resolve("db").toString();
        assertEquals(0, unld("ingest", "--db", db, folder.toString()).exit());
        var again = unld("ingest", "--db", db, folder.toString());
        assertEquals(0, again.exit(), again.out());
        assertTrue(again.out().startsWith("read 1 file: stored 1 document (0 new, 1 replacing a stored version"), again.out());
    }

    @Test
    void aCopyNamedAfterASymbolReplacesTheDocumentAndSaysSo() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("copies"));
        Path sample = Path.of("src", "main", "resources", "unld", "samples", "A_73_716.txt");
        Files.copy(sample, folder.resolve("A_73_716.txt"));
        Files.copy(sample, folder.resolve("A_73_716 (draft copy).txt"));
        var run = unld("ingest", "--db", temp.resolve("db-copies").toString(), "--no-dump", folder.toString());
        assertEquals(0, run.exit(), run.out());
        assertTrue(run.out().startsWith("read 2 files: stored 2 documents (1 new, 1 replacing a stored version"), run.out());
        assertTrue(run.out().contains("  warning " + folder.resolve("A_73_716 (draft copy).txt") + ": the symbol A/73/716 was read from the file name"),
                run.out());
        assertFalse(run.out().contains("  warning " + folder.resolve("A_73_716.txt") + ": the symbol"), run.out());
    }

    @Test
    void ingestCompactsTheStoreWhenMoreThanHalfOfItIsSupersededBlocks() throws Exception {
        Path folder = CompactCommandTest.copyOfSevenTexts(temp.resolve("in"));
        Path db = temp.resolve("db");
        // One document per transaction: each copies the index blocks it changes, and leaves the old ones behind.
        var run = unld("ingest", "--db", db.toString(), "--no-dump", "--batch-size", "1", folder.toString());
        assertEquals(0, run.exit(), run.out() + run.err());
        List<String> lines = run.out().lines().toList();
        assertTrue(lines.get(0).startsWith("read 7 files: stored 7 documents"), run.out());
        assertTrue(lines.get(1).startsWith("compacted the store (superseded blocks were "), run.out());
        assertTrue(lines.get(1).contains("): Data-0001 → Data-0002: ") && lines.get(1).contains(", freed "), run.out());
        assertTrue(run.err().contains("compact: copying the live data of Data-0001"), run.err());
        assertEquals(List.of("Data-0002", "tdb.lock"), CompactCommandTest.list(db.resolve("tdb2")));
        assertEquals(7, CompactCommandTest.StoreState.of(db).answers().get(
                "SELECT ?doc ?symbol { ?doc unld:symbol ?symbol } ORDER BY ?doc ?symbol").lines().count() - 1);
    }

    @Test
    void ingestLeavesTheStoreAsItIsWhenLittleOfItIsSuperseded() throws Exception {
        Path folder = CompactCommandTest.copyOfSevenTexts(temp.resolve("in"));
        Path db = temp.resolve("db");
        // One transaction: the blocks it copies are its own, changed in place.
        var run = unld("ingest", "--db", db.toString(), "--no-dump", folder.toString());
        assertEquals(0, run.exit(), run.out() + run.err());
        assertFalse(run.out().contains("compacted"), run.out());
        assertFalse(run.err().contains("compact:"), run.err());
        assertEquals(List.of("Data-0001", "tdb.lock"), CompactCommandTest.list(db.resolve("tdb2")));
        assertFalse(CompactCommandTest.StoreState.of(db).space().worthCompacting());
    }

    @Test
    void noCompactLeavesEvenAMostlySupersededStoreAsItIs() throws Exception {
        Path folder = CompactCommandTest.copyOfSevenTexts(temp.resolve("in"));
        Path db = temp.resolve("db");
        var run = unld("ingest", "--db", db.toString(), "--no-dump", "--no-compact", "--batch-size", "1", folder.toString());
        assertEquals(0, run.exit(), run.out() + run.err());
        assertFalse(run.out().contains("compacted"), run.out());
        assertEquals(List.of("Data-0001", "tdb.lock"), CompactCommandTest.list(db.resolve("tdb2")));
        assertTrue(CompactCommandTest.StoreState.of(db).space().worthCompacting(), "without --no-compact it would have compacted");
    }
}
