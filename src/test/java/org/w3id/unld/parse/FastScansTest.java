package org.w3id.unld.parse;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.w3id.unld.read.SourceReader;
import org.w3id.unld.testing.TestResources;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The parser's fast scans find what the patterns they stand in front of would find, over the text of every
 * text document the tests carry (src/test/resources/corpus) and a few edge cases: a scan that skips a place
 * where the pattern matches would lose facts without any golden test noticing on the documents at hand.
 * {@link FastScansOverTheCorpusTest} checks the same over every 25th document of the shared corpus. Checked
 * here: the character classes, symbols at slashes, sentence starts, line normalisation and line starts, the
 * lines with an event word and the event words of a paragraph, and the word before a place.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FastScansTest {
    private final List<String> texts = new ArrayList<>();

    /** The documents whose text the scans are checked on. */
    List<Path> documents() throws IOException {
        try (Stream<Path> s = Files.walk(TestResources.CORPUS)) {
            return s.filter(p -> p.toString().endsWith(".txt") || p.toString().endsWith(".md"))
                    .filter(p -> !p.getFileName().toString().equals("SOURCES.md")).sorted().toList();
        }
    }

    @BeforeAll
    void readDocuments() throws Exception {
        SourceReader reader = new SourceReader();
        for (Path file : documents()) {
            texts.add(reader.read(file).text());
        }
        assertTrue(texts.size() > 30, "the documents are there: " + texts.size());
    }

    @Test
    void characterClassesAreThoseOfRegularExpressions() {
        Pattern space = Pattern.compile("\\s");
        Pattern boundary = Pattern.compile("\\b");
        for (int i = 0; i <= Character.MAX_VALUE; i++) {
            char c = (char) i;
            String s = String.valueOf(c);
            // A word character is one that \b sees a boundary before, after a space.
            assertEquals(boundary.matcher(" " + c).find(), CharClass.isWord(c), () -> "word " + (int) c);
            assertEquals(space.matcher(s).matches(), CharClass.isSpace(c), () -> "space " + (int) c);
            assertEquals(Character.isUpperCase(c), (CharClass.of(c) & CharClass.UPPER) != 0, () -> "upper " + (int) c);
        }
    }

    @Test
    void symbolsAreFoundAtSlashesAsByTheWholePattern() {
        List<String> extra = List.of("and/or S/2020/1 paras/3 (S/PRST/1997/34) A/67/824–S/2013/211 s/2020/5 x.A/1 UNEP/GC.27/17*",
                "/A/1 A//1 A/ ./A/1 _A/1 A/RES/1514 (XV) E/CN.4/2005/L.10/Add.1");
        for (String text : withExtra(extra)) {
            assertEquals(byFind(text), bySlashes(text), () -> "symbols differ in " + text.substring(0, Math.min(80, text.length())));
        }
    }

    @Test
    void sentencesStartWhereTheSentenceEndPatternSays() {
        Pattern sentenceEnd = Pattern.compile("[.;:!?]\\s+(?=[\\p{Lu}(\"“‘])");
        for (String text : withExtra(List.of("End. Next; (Then) x.  “Quoted” a.\nB ends? Yes! no. lower"))) {
            List<Integer> ends = new ArrayList<>();
            Matcher m = sentenceEnd.matcher(text);
            while (m.find()) {
                ends.add(m.end());
            }
            for (int at = 0; at < text.length(); at += 97) {
                int expected = 0;
                for (int e : ends) {
                    if (e <= at) {
                        expected = e;
                    }
                }
                assertEquals(expected, CitationFinder.sentenceStart(text, at), "sentence start before " + at);
            }
        }
    }

    @Test
    void normalisedLinesAreThoseOfTheCharacterByCharacterRules() {
        for (String text : withExtra(List.of("a  b\n a\na \n**Annex**\nsoft\u00ADhyphen\nno\u00A0break\n\tTab\n# Heading\n<!-- c -->\nplain line"))) {
            TextLines lines = TextLines.of(text);
            char[] chars = text.toCharArray();
            for (int i = 0; i < lines.size(); i++) {
                assertEquals(TextLines.normalizeEachCharacter(chars, lines.start(i), lines.end(i)), lines.get(i));
            }
        }
    }

    @Test
    void lineStartsAreToldFromTheSourceAsFromTheNormalisedLine() {
        for (String text : withExtra(List.of("Annex\n  Annex I\n**Annex**\nAn\u00ADnex\nAnnexes\nANNEX\nEnclosure\nAnn"))) {
            TextLines fresh = TextLines.of(text);
            TextLines normalised = TextLines.of(text);
            for (int i = 0; i < normalised.size(); i++) {
                normalised.get(i);
                for (String prefix : List.of("Annex", "ANNEX", "Enclosure")) {
                    assertEquals(normalised.startsWith(i, prefix), fresh.startsWith(i, prefix), "line " + i + " " + prefix);
                }
            }
        }
    }

    @Test
    void everyLineWhereTheEventPatternMatchesIsALineWithAnEventWord() {
        for (String text : withExtra(List.of("the Summit held\nSide Event on x\n(Conference) round-table Workshop\nMeetings"))) {
            TextLines lines = TextLines.of(text);
            java.util.Set<Integer> found = new java.util.HashSet<>();
            for (int line : EventCandidates.eventWordLines(lines, 0)) {
                found.add(line);
            }
            for (int i = 0; i < lines.size(); i++) {
                if (EventCandidates.HEAD.matcher(lines.get(i)).find()) {
                    assertTrue(found.contains(i), "line " + i + " has an event word: " + lines.get(i));
                }
            }
        }
    }

    @Test
    void everyMatchOfTheEventPatternStartsWhereTheParagraphScanLooks() {
        for (String text : withExtra(List.of("the Summit held, Side Event on x, (Conference) round-table Workshop; Meetings, SESSION"))) {
            java.util.regex.Matcher head = EventCandidates.HEAD.matcher(text);
            char[] chars = text.toCharArray();
            while (head.find()) {
                assertEquals(head.start(), EventCandidates.nextEventWord(chars, head.start()), "an event word at " + head.start() + ": " + head.group());
            }
        }
    }

    @Test
    void theEventWordsOfAParagraphAreTheMatchesOfTheEventPattern() {
        for (String text : withExtra(List.of("the Summit held, Side Event on x, (Conference) round-table Workshop; Meetings, SESSION",
                "Conferences conference-room xSummit Summit_ talks talk Talks."))) {
            List<EventCandidates.Head> found = new ArrayList<>();
            Matcher head = EventCandidates.HEAD.matcher(text);
            while (head.find()) {
                found.add(new EventCandidates.Head(head.start(), head.end()));
            }
            assertEquals(found, EventCandidates.heads(text), () -> "event words in " + text.substring(0, Math.min(80, text.length())));
        }
    }

    @Test
    void aPlaceWordBeforeIsWhatThePatternOfInAtFromSaysItIs() {
        Pattern wordBefore = Pattern.compile("\\b(?:[Ii]n|[Aa]t|[Ff]rom)\\s+$");
        for (String text : withExtra(List.of("in Baku, At  Geneva, xin Rome, from\nKabul, _in Paris, in,Lima"))) {
            for (int start = 1; start < text.length(); start++) {
                String window = text.substring(Math.max(0, start - 8), start);
                assertEquals(wordBefore.matcher(window).find(), TextMentions.placeWordBefore(text, start), "before " + start + ": " + window);
            }
        }
    }

    @Test
    void everyCapitalAfterAPlaceWordIsACandidateOfThePlaceScan() {
        for (String text : withExtra(List.of("in Baku, At  Geneva, xin Rome, from\nKabul, FROM Lima, In\tQuito, at \u00A0Oslo"))) {
            for (int start = 2; start < text.length(); start++) {
                if (Character.isUpperCase(text.charAt(start)) && TextMentions.placeWordBefore(text, start)) {
                    assertTrue(TextMentions.mayFollowPlaceWord(CharClass.of(text.charAt(start - 2)), CharClass.of(text.charAt(start - 1)),
                            CharClass.of(text.charAt(start))), "a place may start at " + start + ": " + text.substring(start - 2, start + 1));
                }
            }
        }
    }

    @Test
    void aHoldingVerbIsFoundAtTheEndOfTheTextBeforeANameAsThePatternFindsIt() {
        String spaces = " ".repeat(40);
        for (String text : withExtra(List.of("They decided to organize the ", "the organization of" + spaces + "the ",
                "decided" + spaces + "to hold a ", "and agreed to\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\nconvene an ",
                "which was held ", "the convocation of an ", "xheld the "))) {
            for (int end = 1; end <= text.length(); end += end < 200 ? 1 : 5) {
                String before = text.substring(Math.max(0, end - 80), end);
                assertEquals(EventHolding.HOLD_BEFORE.matcher(before).find(), EventHolding.endsWithHoldingVerb(before), "before: " + before);
            }
        }
    }

    @Test
    void anotherBodyIsFoundInASentenceAsThePatternFindsIt() {
        List<String> edges = List.of("the Economic Commission for Africa, in its resolution", "Subcommission Boards UNCommittee",
                "its Governing Board", "Fund", "the Court", "xForum Forumx Forum_");
        for (String text : withExtra(edges)) {
            // Every span of the short edge cases; spans of a sentence's length (what lastOrganOfSentence passes) in the corpus texts.
            int step = edges.contains(text) ? 1 : 211;
            for (int from = 0; from < text.length(); from += step) {
                for (int to = from; to <= Math.min(text.length(), from + 300); to += step == 1 ? 1 : 13) {
                    java.util.regex.Matcher m = CitationFinder.OTHER_BODY.matcher(text);
                    m.region(from, to);
                    assertEquals(m.find(), CitationFinder.namesOtherBody(text, from, to), "between " + from + " and " + to);
                }
            }
        }
    }

    @Test
    void aCitationHeadIsFoundNearItsWordAsThePatternFindsIt() {
        for (String text : withExtra(List.of("General Assembly resolution 78/10 and its decision 5/1, Council resolutions 1 and 2",
                "the Security  Council resolution 2231 (2015); xits resolution 3/4; resolution and Assembly decision 7/8",
                "Economic and Social Council resolutions ES-10/21"))) {
            java.util.regex.Matcher expected = CitationFinder.HEAD.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
            java.util.regex.Matcher actual = CitationFinder.HEAD.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
            for (String w : List.of("resolution", "decision")) {
                for (int word = text.indexOf(w); word >= 0; word = text.indexOf(w, word + 1)) {
                    int from = Math.max(0, word - 64);
                    int to = Math.min(text.length(), word + 64);
                    expected.region(from, to);
                    boolean found = expected.find();
                    assertEquals(found, CitationFinder.headNear(actual, text, from, to), "at " + word);
                    if (found) {
                        assertEquals(expected.start(), actual.start(), "start at " + word);
                        assertEquals(expected.end(), actual.end(), "end at " + word);
                    }
                }
            }
        }
    }

    private List<String> withExtra(List<String> extra) {
        List<String> all = new ArrayList<>(extra);
        all.addAll(texts);
        return all;
    }

    private static List<String> byFind(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = SymbolGrammar.SYMBOL.matcher(text);
        while (m.find()) {
            out.add(m.start() + " " + m.group());
        }
        return out;
    }

    private static List<String> bySlashes(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = SymbolGrammar.SYMBOL.matcher(text);
        int from = 0;
        while (SymbolGrammar.findSymbol(m, text, from)) {
            out.add(m.start() + " " + m.group());
            from = m.end();
        }
        return out;
    }
}
