package org.w3id.unld.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.unld.dump.BackgroundDumps;
import org.w3id.unld.dump.PublishedDumps;
import org.w3id.unld.dump.SyntheticDocuments;
import org.w3id.unld.dump.Tools;
import org.w3id.unld.store.DocumentStore;
import org.w3id.unld.store.FusekiConfiguration;
import org.w3id.unld.store.StoreLocation;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.w3id.unld.cli.CommandLineTest.unld;

class DumpCommandTest {
    @TempDir
    Path temp;

    Path storeWithSampleDocuments() {
        Path db = temp.resolve("db");
        try (DocumentStore store = DocumentStore.open(FusekiConfiguration.load(null, new StoreLocation(db)))) {
            store.replace(SyntheticDocuments.sample());
        }
        return db;
    }

    @Test
    void dumpWritesTheSetIntoOutAndListsIt() {
        Path db = storeWithSampleDocuments();
        Path out = temp.resolve("out");
        var run = unld("dump", "--db", db.toString(), "--out", out.toString());
        assertEquals(0, run.exit(), run.out() + run.err());
        assertTrue(run.out().startsWith("dumped 60 triples (74 quads) modified "), run.out());
        for (var e : PublishedDumps.list(out)) {
            assertTrue(run.out().contains(e.name()), e.name() + " missing from " + run.out());
        }
        assertTrue(PublishedDumps.list(out).size() >= 8, run.out());
        Tools.Run check = Tools.sha256sumCheck(out);
        assertEquals(0, check.exit(), check.out() + check.err());
    }

    @Test
    void withoutOutItRewritesTheDumpsTheServerPublishes() {
        Path db = storeWithSampleDocuments();
        var run = unld("dump", "--db", db.toString(), "--base", SyntheticDocuments.BASE);
        assertEquals(0, run.exit(), run.out() + run.err());
        assertFalse(PublishedDumps.list(new StoreLocation(db).dumps()).isEmpty());
    }

    @Test
    void anOutThatIsAFileIsAUsageErrorOnOneLine() throws Exception {
        Path file = Files.writeString(temp.resolve("file"), "x");
        var run = unld("dump", "--db", temp.resolve("db").toString(), "--out", file.toString());
        assertEquals(Unld.USAGE, run.exit());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().startsWith("unld: --out "), run.err());
    }

    @Test
    void ingestRewritesTheDumpsUnlessToldNotTo() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("in"));
        Files.writeString(folder.resolve("empty.txt"), "");
        Path db = temp.resolve("db");
        var skipped = unld("ingest", "--db", db.toString(), "--no-dump", folder.toString());
        assertFalse(skipped.out().contains("dumps:"), skipped.out());
        assertTrue(PublishedDumps.list(new StoreLocation(db).dumps()).isEmpty());

        var run = unld("ingest", "--db", db.toString(), folder.toString());
        assertTrue(run.out().contains("dumps: "), run.out());
        assertFalse(PublishedDumps.list(new StoreLocation(db).dumps()).isEmpty());
    }

    @Test
    void dumpingTheStoresOwnDumpsAfterAnIngestWithoutThemLeavesNothingForServeToRewrite() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("in"));
        Files.writeString(folder.resolve("letter.txt"), "United Nations A/80/1\nGeneral Assembly\nDistr.: General\n1 May 2025\n"
                + "Original: English\n\nLetter dated 1 May 2025 from the Permanent Representative of Chile to the United Nations"
                + " addressed to the Secretary-General\n\nI have the honour to write.\n");
        Path db = temp.resolve("db");
        unld("ingest", "--db", db.toString(), "--no-dump", folder.toString());
        StoreLocation location = new StoreLocation(db);
        assertTrue(BackgroundDumps.isStale(location), "an ingest without dumps leaves them out of date");
        unld("dump", "--db", db.toString(), "--out", temp.resolve("elsewhere").toString());
        assertTrue(BackgroundDumps.isStale(location), "dumps written elsewhere are not the store's");
        var run = unld("dump", "--db", db.toString());
        assertEquals(0, run.exit(), run.out() + run.err());
        assertFalse(BackgroundDumps.isStale(location), "the store's own dumps are now up to date");
    }
}
