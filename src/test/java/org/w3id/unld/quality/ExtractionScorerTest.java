package org.w3id.unld.quality;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.unld.quality.ExtractionScorer.DocumentScore;
import org.w3id.unld.quality.ExtractionScorer.FieldScore;
import org.w3id.unld.quality.ExtractionScorer.Scoring;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The scoring rules of {@link ExtractionScorer}, each on a small hand-made pair of extractions. */
class ExtractionScorerTest {
    /** A letter with every kind of field filled, the expected side of most cases below. */
    static final String LETTER = """
            {
              "symbols": ["A/80/100", "S/2025/200"],
              "symbolSource": "masthead",
              "organs": ["General Assembly", "Security Council"],
              "distribution": "General",
              "date": "2025-03-04",
              "originalLanguage": "en",
              "sessions": [{"organ": "General Assembly", "number": 80}],
              "agendaItems": [{"organ": "General Assembly", "session": 80, "number": "31", "title": "Prevention of armed conflict"}],
              "documentType": "letter",
              "title": "Letter dated 3 March 2025 from the Permanent Representative of Ruritania addressed to the Secretary-General",
              "sender": {"name": "Ann Smith", "title": "Ambassador", "role": "Permanent Representative", "country": "Ruritania"},
              "addressee": {"role": "Secretary-General"},
              "sponsors": [],
              "annexes": [{"title": "Statement", "author": null, "place": null, "date": null}],
              "events": []
            }""";

    @TempDir
    Path temp;

    @Test
    void anExactMatchScoresOneOnEveryFieldAndMeetingIsNotCountedWhereNeitherSideHasOne() {
        DocumentScore d = score(LETTER, LETTER);
        assertEquals(ExtractionScorer.FIELDS.size() - 1, d.fields().size());
        assertTrue(d.fields().stream().noneMatch(f -> f.field().equals("meeting")));
        d.fields().forEach(f -> assertEquals(1.0, f.score(), f.field()));
        assertEquals(0, d.fields().stream().mapToInt(FieldScore::invented).sum());
        assertFalse(d.rejected());
    }

    @Test
    void oneWrongScalarScoresZeroOnThatFieldOnly() {
        Map<String, FieldScore> s = byField(score(LETTER, with(LETTER, "date", "\"2025-03-05\"")));
        assertEquals(0.0, s.get("date").score());
        assertEquals(0, s.get("date").invented(), "a wrong value where the text gives one is wrong, not invented");
        s.values().stream().filter(f -> !f.field().equals("date")).forEach(f -> assertEquals(1.0, f.score(), f.field()));
        assertEquals(14.0 / 15, mean(s), 1e-9);
    }

    @Test
    void aListScoresTheF1OfItsItemsEachComparedWhole() {
        String expected = with(LETTER, "symbols", "[\"A/80/100\", \"S/2025/200\", \"A/80/101\"]");
        String actual = with(LETTER, "symbols", "[\"A/80/100\", \"S/2025/200\", \"A/80/999\", \"A/80/998\"]");
        // precision 2/4, recall 2/3: F1 = 2 * 2 / (3 + 4)
        assertEquals(4.0 / 7, byField(score(expected, actual)).get("symbols").score(), 1e-9);
        String otherSession = with(LETTER, "agendaItems",
                "[{\"organ\": \"General Assembly\", \"session\": 79, \"number\": \"31\", \"title\": \"Prevention of armed conflict\"}]");
        assertEquals(0.0, byField(score(LETTER, otherSession)).get("agendaItems").score(), "one member wrong makes the item wrong");
    }

    @Test
    void aRepeatedItemMustBeFoundAsOften() {
        String expected = with(LETTER, "sponsors", "[\"Chile\", \"Chile\"]");
        String actual = with(LETTER, "sponsors", "[\"Chile\"]");
        assertEquals(2.0 / 3, byField(score(expected, actual)).get("sponsors").score(), 1e-9);
    }

    @Test
    void stringsAreComparedInNfcWithWhiteSpaceCollapsedAndANullMemberIsAnAbsentOne() {
        String expected = with(with(LETTER, "title", "\"Letter from the Minister for Foreign Affairs of Côte d'Ivoire\""),
                "sessions", "[{\"organ\": \"General Assembly\", \"number\": 80, \"kind\": null}]");
        String actual = with(with(LETTER, "title", "\"  Letter from the Minister\\nfor Foreign\\u00a0Affairs of Co\\u0302te d'Ivoire \""),
                "sessions", "[{\"organ\": \"General Assembly\", \"number\": 80}]");
        Map<String, FieldScore> s = byField(score(expected, actual));
        assertEquals(1.0, s.get("title").score());
        assertEquals(1.0, s.get("sessions").score());
    }

    @Test
    void anObjectScoresTheMeanOfItsSubFields() {
        String actual = with(LETTER, "sender", "{\"name\": \"Ann Smith\", \"title\": \"Ambassador\", \"role\": null, \"country\": \"Ruritania\"}");
        FieldScore sender = byField(score(LETTER, actual)).get("sender");
        assertEquals(0.75, sender.score());
        assertEquals(0, sender.invented());
    }

    @Test
    void aWholeObjectMissingOrInventedScoresZero() {
        String noSender = with(LETTER, "sender", "null");
        assertEquals(0.0, byField(score(LETTER, noSender)).get("sender").score());
        FieldScore invented = byField(score(noSender, LETTER)).get("sender");
        assertEquals(0.0, invented.score());
        assertEquals(4, invented.invented(), "each sub-field with a value");
    }

    @Test
    void aValueWhereTheExpectedIsNullOrAnItemWhereItsListIsEmptyIsInvented() {
        String expected = with(with(with(LETTER, "distribution", "null"), "events", "[]"), "sender",
                "{\"name\": \"Ann Smith\", \"title\": null, \"role\": null, \"country\": null}");
        String actual = with(with(with(LETTER, "distribution", "\"General\""), "events",
                "[{\"name\": \"Summit\", \"startDate\": null, \"endDate\": null, \"place\": null}, "
                        + "{\"name\": \"Conference\", \"startDate\": null, \"endDate\": null, \"place\": \"Geneva\"}]"), "sender",
                "{\"name\": \"Ann Smith\", \"title\": \"Ambassador\", \"role\": null, \"country\": null}");
        Map<String, FieldScore> s = byField(score(expected, actual));
        assertEquals(new FieldScore("distribution", 0, 1), s.get("distribution"));
        assertEquals(new FieldScore("events", 0, 2), s.get("events"));
        assertEquals(new FieldScore("sender", 0.75, 1), s.get("sender"));
        String extraSymbol = with(LETTER, "symbols", "[\"A/80/100\", \"S/2025/200\", \"A/80/999\"]");
        assertEquals(0, byField(score(LETTER, extraSymbol)).get("symbols").invented(), "an extra item beside expected ones costs precision only");
    }

    @Test
    void aMissingActualScoresZeroOnEveryFieldExpectedNonEmptyAndCountsAsRejected() {
        DocumentScore d = ExtractionScorer.score("part", "doc", json(LETTER), null);
        assertTrue(d.rejected());
        Map<String, FieldScore> s = byField(d);
        assertEquals(1.0, s.get("sponsors").score());
        assertEquals(1.0, s.get("events").score());
        s.values().stream().filter(f -> !List.of("sponsors", "events").contains(f.field()))
                .forEach(f -> assertEquals(0.0, f.score(), f.field()));
        assertEquals(2.0 / 15, mean(s), 1e-9);
    }

    @Test
    void aMeetingCountsWhereEitherSideHasOne() {
        String meeting = with(LETTER, "meeting", "{\"number\": \"9000\", \"date\": \"2025-03-04\", \"time\": \"10 a.m.\", "
                + "\"place\": \"New York\", \"president\": \"Mr. Smith\"}");
        assertEquals(0.0, byField(score(meeting, LETTER)).get("meeting").score());
        assertEquals(new FieldScore("meeting", 0, 5), byField(score(LETTER, meeting)).get("meeting"));
        assertEquals(1.0, byField(score(meeting, meeting)).get("meeting").score());
    }

    @Test
    void addresseesOfIdenticalLettersAreAListAndOneAddresseeCountsAsAListOfOneAgainstThem() {
        String identical = with(LETTER, "addressee", "[{\"role\": \"Secretary-General\"}, {\"role\": \"President of the Security Council\"}]");
        assertEquals(1.0, byField(score(identical, identical)).get("addressee").score());
        assertEquals(2.0 / 3, byField(score(identical, LETTER)).get("addressee").score(), 1e-9);
        assertEquals(0.0, byField(score(LETTER, with(LETTER, "addressee", "{\"role\": \"President of the General Assembly\"}")))
                .get("addressee").score());
    }

    @Test
    void aSampleFolderPairsExpectedWithDocumentsAndReportsPerFieldAndPerPart() throws Exception {
        Path sample = temp.resolve("sample");
        Path actual = temp.resolve("actual");
        write(sample.resolve("part-a/expected/X.txt.expected.json"), LETTER);
        write(sample.resolve("part-a/expected/Y.txt.expected.json"), LETTER);
        write(sample.resolve("part-b/expected/Z.txt.expected.json"), LETTER);
        write(actual.resolve("part-a/documents/X.txt.json"), LETTER);
        write(actual.resolve("part-b/documents/Z.txt.json"), with(LETTER, "date", "null"));
        write(actual.resolve("part-b/documents/stray.txt.json"), LETTER);

        Scoring scoring = ExtractionScorer.scoreFolders(sample, actual);

        assertEquals(List.of("part-a/expected/X.txt", "part-a/expected/Y.txt", "part-b/expected/Z.txt"),
                scoring.documents().stream().map(DocumentScore::name).toList());
        assertEquals(List.of(false, true, false), scoring.documents().stream().map(DocumentScore::rejected).toList());
        assertEquals(1, scoring.unpairedActualFiles());
        QualityReport report = new QualityReport(scoring);
        assertEquals((15 + 2 + 14) / 45.0, report.overall().accuracy(), 1e-9);
        assertEquals(1, report.overall().rejected());
        assertEquals(1, report.overall().perfect());
        assertEquals(1.0 / 3, report.field("date").accuracy(), 1e-9);
        assertEquals((15 + 2) / 30.0, report.part("part-a").accuracy(), 1e-9);
        assertEquals(14 / 15.0, report.part("part-b").accuracy(), 1e-9);
        String text = report.text(sample, actual);
        assertTrue(text.contains("Field accuracy   0.6889"), text);
        assertTrue(text.lines().anyMatch(l -> l.matches("date\\s+3\\s+0\\.3333\\s+1\\s+0")), text);
        assertTrue(text.lines().anyMatch(l -> l.matches("meeting\\s+0\\s+-\\s+0\\s+0")), text);
        assertTrue(text.lines().anyMatch(l -> l.matches("part-a\\s+2\\s+1\\s+0\\.5667\\s+0")), text);
        String markdown = report.markdown();
        assertTrue(markdown.startsWith("**Field accuracy 0.6889**"), markdown);
        assertTrue(markdown.contains("| part-b | 1 | 0 | 0.9333 | 0 |"), markdown);
    }

    @Test
    void filesAtTheTopArePairedAtTheSamePathAndBelongToPartDot() {
        assertEquals(Path.of("A.txt.json"), ExtractionScorer.actualFor(Path.of("A.txt.expected.json")));
        assertEquals(Path.of("p/q/A.txt.json"), ExtractionScorer.actualFor(Path.of("p/q/A.txt.expected.json")));
        assertEquals(".", ExtractionScorer.partOf(Path.of("A.txt.expected.json")));
        assertEquals("p", ExtractionScorer.partOf(Path.of("p/q/A.txt.expected.json")));
    }

    private static DocumentScore score(String expected, String actual) {
        return ExtractionScorer.score("part", "doc", json(expected), json(actual));
    }

    private static Map<String, FieldScore> byField(DocumentScore d) {
        return d.fields().stream().collect(Collectors.toMap(FieldScore::field, f -> f));
    }

    private static double mean(Map<String, FieldScore> scores) {
        return scores.values().stream().mapToDouble(FieldScore::score).average().orElseThrow();
    }

    private static JsonObject json(String text) {
        return JsonParser.parseString(text).getAsJsonObject();
    }

    /** The JSON with one member replaced (or added). */
    private static String with(String json, String member, String value) {
        JsonObject o = json(json);
        o.add(member, JsonParser.parseString(value));
        return o.toString();
    }

    private static void write(Path file, String text) throws Exception {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
