package org.w3id.unld.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.unld.testing.TestResources;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.w3id.unld.cli.CommandLineTest.unld;

class StatsCommandTest {
    @TempDir
    Path temp;

    @Test
    void theStatsOfAStoreWithTheReferenceDocumentCountItsEntitiesAndLinks() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("in"));
        Files.copy(TestResources.REFERENCE_DOCUMENT, folder.resolve("reference.txt"));
        String db = temp.resolve("db").toString();
        assertEquals(0, unld("ingest", "--db", db, folder.toString()).exit());

        var run = unld("stats", "--db", db);

        assertEquals(0, run.exit(), run.out() + run.err());
        assertEquals(List.of(
                "documents: 1",
                "  Letter: 1",
                "documents citing a document: 0",
                "distinct cited symbols: 0",
                "cited documents in the store: 0",
                "countries mentioned: 2",
                "linked countries: 2",
                "organs, organizations and offices linked to Wikidata: 5",
                "events: 1",
                "conferences and summits: 1",
                "event series: 1",
                "persons: 2",
                "places: 1",
                "links: 11",
                "  geonames: 2",
                "  unbis: 2",
                "  wikidata: 7"), run.out().lines().toList());
    }

    @Test
    void theQueriesBehindTheFiguresArePrintedOnRequest() throws Exception {
        var run = unld("stats", "--db", temp.resolve("empty").toString(), "--queries");
        assertEquals(0, run.exit(), run.out() + run.err());
        assertTrue(run.out().startsWith("documents: 0\n"), run.out());
        assertTrue(run.out().contains("# distinct cited symbols\nSELECT (COUNT(DISTINCT ?c) AS ?n)"), run.out());
        assertTrue(run.out().contains("PREFIX unld: <https://w3id.org/unld/ontology#>"), run.out());
    }
}
