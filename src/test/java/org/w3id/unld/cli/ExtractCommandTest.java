package org.w3id.unld.cli;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.unld.testing.TestResources;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.w3id.unld.cli.CommandLineTest.unld;

/** {@code unld extract}: one document to standard output, or a folder of them to one JSON file each. */
class ExtractCommandTest {
    @TempDir
    Path temp;

    @Test
    void aFolderGivesOneJsonPerDocumentAtItsRelativePathExactlyAsTheSingleFileFormPrintsIt() throws Exception {
        Path in = Files.createDirectories(temp.resolve("in/part/documents"));
        Files.copy(TestResources.REFERENCE_DOCUMENT, in.resolve("reference.txt"));
        Files.writeString(temp.resolve("in/top.md"), Files.readString(TestResources.REFERENCE_DOCUMENT));
        Files.writeString(in.resolve("reference.txt.expected.json"), "{}"); // not a document: left alone
        Path out = temp.resolve("out");

        var run = unld("extract", temp.resolve("in").toString(), "--out", out.toString());

        assertEquals(0, run.exit(), run.err());
        assertEquals("", run.err());
        assertEquals(List.of("part/documents/reference.txt.json", "top.md.json"), filesUnder(out));
        var single = unld("extract", in.resolve("reference.txt").toString());
        assertEquals(single.out(), Files.readString(out.resolve("part/documents/reference.txt.json")));
    }

    @Test
    void aRejectedDocumentWritesNoJsonIsReportedWithItsReasonAndTheOthersGoOn() throws Exception {
        Path in = Files.createDirectories(temp.resolve("in"));
        Files.writeString(in.resolve("a-empty.txt"), "");
        Files.writeString(in.resolve("b-shopping-list.txt"), "Shopping list\n\nEggs, flour, milk.\nCall the plumber on Tuesday.\n");
        Files.copy(TestResources.REFERENCE_DOCUMENT, in.resolve("c-reference.txt"));
        Path out = temp.resolve("out");

        var run = unld("extract", in.toString(), "--out", out.toString());

        assertEquals(Unld.REJECTED, run.exit());
        assertEquals(List.of("c-reference.txt.json"), filesUnder(out));
        List<String> reported = run.err().lines().toList();
        assertEquals(2, reported.size(), run.err());
        assertTrue(reported.get(0).startsWith(in.resolve("a-empty.txt") + ": empty file"), reported.get(0));
        assertTrue(reported.get(1).matches("\\Q" + in.resolve("b-shopping-list.txt") + "\\E(:\\d+)?: .+"), reported.get(1));
        assertFalse(run.err().contains("\tat "), "no stack trace");
    }

    @Test
    void oneFileWithOutIsWrittenUnderItsName() throws Exception {
        Path reference = TestResources.REFERENCE_DOCUMENT;
        Path out = temp.resolve("out");

        var run = unld("extract", reference.toString(), "--out", out.toString());

        assertEquals(0, run.exit(), run.err());
        assertEquals("", run.out());
        assertEquals(unld("extract", reference.toString()).out(), Files.readString(out.resolve(reference.getFileName() + ".json")));
    }

    @Test
    void aFolderWithoutOutIsAUsageError() {
        var run = unld("extract", temp.toString());
        assertEquals(Unld.USAGE, run.exit());
        assertTrue(run.err().startsWith("unld: extract on a folder needs --out"), run.err());
    }

    @Test
    void theHelpExplainsTheFolderFormAndTheGraphFacts() {
        var run = unld("extract", "--help");
        assertEquals(0, run.exit());
        assertTrue(run.out().contains("--out=OUTDIR") && run.out().contains("folder"), run.out());
        assertTrue(run.out().contains("--graph-facts") && run.out().contains("signatories"), run.out());
    }

    @Test
    void withGraphFactsTheConventionsFieldsComeFirstUnchangedAndTheParsersOtherDecisionsFollow() {
        String document = TestResources.REFERENCE_DOCUMENT.toString();
        JsonObject plain = JsonParser.parseString(unld("extract", document).out()).getAsJsonObject();
        var run = unld("extract", "--graph-facts", document);
        assertEquals(0, run.exit(), run.err());
        JsonObject facts = JsonParser.parseString(run.out()).getAsJsonObject();

        List<String> keys = List.copyOf(facts.keySet());
        assertEquals(List.copyOf(plain.keySet()), keys.subList(0, plain.size()));
        assertEquals(List.of("relatedDocuments", "signatories", "citations", "mentions"), keys.subList(plain.size(), keys.size()));
        assertEquals(new JsonArray(), facts.get("relatedDocuments"), "a document without symbol names no other");
        // The lone signer signs in the sender's post, for the sender's State: the block prints no country.
        assertEquals(JsonParser.parseString("""
                [{"name": "Tofiq Musayev", "title": "Ambassador", "role": "Permanent Representative", "country": "Azerbaijan"}]"""),
                facts.get("signatories"));
        assertEquals(new JsonArray(), facts.get("citations"));
        JsonObject event = facts.getAsJsonArray("events").get(0).getAsJsonObject();
        assertEquals("conference", event.get("kind").getAsString());
        assertEquals(JsonParser.parseString("""
                {"series": "International Conference on “The Right to Return: Advancing Justice for Azerbaijanis Expelled from Armenia”",
                 "ordinal": 2}"""), event.get("edition"));
        event.remove("kind");
        event.remove("edition");
        facts.remove("relatedDocuments");
        facts.remove("signatories");
        facts.remove("citations");
        facts.remove("mentions");
        assertEquals(plain, facts, "the conventions' fields keep their values");
    }

    @Test
    void withGraphFactsAnEventIsAConferenceOrAnotherEventAndTheCitedSymbolsAreListed() {
        var run = unld("extract", "--graph-facts", TestResources.CORPUS.resolve("extra/A_RES_80_1.txt").toString());
        assertEquals(0, run.exit(), run.err());
        JsonObject facts = JsonParser.parseString(run.out()).getAsJsonObject();
        JsonObject event = facts.getAsJsonArray("events").get(0).getAsJsonObject();
        assertEquals("meeting of the Committee on Relations with the Host Country", event.get("name").getAsString());
        assertEquals("other", event.get("kind").getAsString());
        assertTrue(event.get("edition").isJsonNull());
        assertEquals(JsonParser.parseString("[\"A/80/L.2/Rev.1\"]"), facts.get("citations"));
        assertEquals(new JsonArray(), facts.get("signatories"), "a resolution is signed by no one");
    }

    @Test
    void withGraphFactsAnAddendumNamesTheDocumentItAddsTo() throws Exception {
        Path addendum = temp.resolve("A_79_900_Add.1.txt"); // no symbol in the text: the file name's
        Files.copy(TestResources.REFERENCE_DOCUMENT, addendum);
        var run = unld("extract", "--graph-facts", addendum.toString());
        assertEquals(0, run.exit(), run.err());
        assertEquals(JsonParser.parseString("[{\"relation\": \"addendum-to\", \"symbol\": \"A/79/900\"}]"),
                JsonParser.parseString(run.out()).getAsJsonObject().get("relatedDocuments"));
    }

    @Test
    void withoutGraphFactsTheJsonHasTheConventionsFieldsAlone() {
        String out = unld("extract", TestResources.REFERENCE_DOCUMENT.toString()).out();
        for (String beyond : List.of("relatedDocuments", "signatories", "citations", "mentions", "kind", "edition")) {
            assertFalse(out.contains("\"" + beyond + "\""), beyond);
        }
    }

    private static List<String> filesUnder(Path folder) throws Exception {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).map(p -> folder.relativize(p).toString().replace('\\', '/')).sorted().toList();
        }
    }
}
