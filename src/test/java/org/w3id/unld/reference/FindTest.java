package org.w3id.unld.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.w3id.unld.model.Mention;
import org.w3id.unld.testing.SharedCorpus;
import org.w3id.unld.testing.TestResources;

class FindTest {

    private final Gazetteer gazetteer = Gazetteer.standard();

    private List<String> keys(String text) {
        return gazetteer.find(text).stream().map(Found::key).collect(Collectors.toList());
    }

    @Test
    void theReferenceDocumentNamesAzerbaijanArmeniaAndUnesco() throws IOException {
        String text = Files.readString(TestResources.REFERENCE_DOCUMENT, StandardCharsets.UTF_8);
        List<Found> found = gazetteer.find(text);
        Set<String> keys = found.stream().map(Found::key).collect(Collectors.toSet());
        assertTrue(keys.containsAll(Set.of("AZE", "ARM", "unesco")), keys.toString());
        assertTrue(keys.containsAll(Set.of("general-assembly", "security-council", "secretary-general", "unhcr")), keys.toString());
        assertSpansAreExact(text, found);
        Found first = found.stream().filter(f -> f.key().equals("AZE")).findFirst().orElseThrow();
        assertEquals("Azerbaijan", first.text());
        assertEquals(new Mention(Mention.Kind.COUNTRY, "AZE", "Azerbaijan"), first.toMention());
    }

    @Test
    void theFormalNameIsFoundAsOneMention() {
        List<Found> found = gazetteer.find("the President of the Republic of Azerbaijan, Ilham Aliyev");
        assertEquals(1, found.size());
        assertEquals("Republic of Azerbaijan", found.get(0).text());
        assertEquals(21, found.get(0).start());
        assertEquals("AZE", found.get(0).key());
    }

    @Test
    void theLongestNameWins() {
        assertEquals(List.of("PNG", "GNB", "GNQ", "GIN"), keys("Papua New Guinea, Guinea-Bissau, Equatorial Guinea and Guinea"));
        assertEquals(List.of("unhcr"), keys("the United Nations High Commissioner for Refugees"));
        assertEquals(List.of("COD", "COG"), keys("the Democratic Republic of the Congo and the Republic of the Congo"));
        assertEquals(List.of("SSD", "SDN"), keys("South Sudan and the Sudan"));
        assertEquals(List.of("monusco"), keys("United Nations Organization Stabilization Mission in the Democratic Republic of the Congo"));
    }

    @Test
    void namesAreWholeWords() {
        assertEquals(List.of("NGA"), keys("Nigeria"));
        assertEquals(List.of(), keys("Azerbaijani people, Armenians"));
        assertEquals(List.of("AZE", "ARM", "AZE", "ARM"), keys("the Azerbaijan-Armenia border; Azerbaijan's and Armenia’s"));
    }

    @Test
    void wordsInLowerCaseAreNotCountries() {
        assertEquals(List.of(), keys("a turkey, a chad, the river jordan, guinea pigs, georgia"));
        assertEquals(List.of("TCD", "JOR", "TUR", "GEO"), keys("Chad, Jordan, Turkey, Georgia"));
    }

    @Test
    void acronymsMatchOnlyInCapitals() {
        assertEquals(List.of(), keys("those who were there; Unesco"));
        assertEquals(List.of("who", "unesco"), keys("WHO and UNESCO"));
    }

    @Test
    void headingsInCapitalsAndTitleCaseMatch() {
        assertEquals(List.of("AZE", "general-assembly"), keys("LETTER FROM AZERBAIJAN TO THE GENERAL ASSEMBLY"));
        assertEquals(List.of("AZE"), keys("Permanent Mission Of The Republic Of Azerbaijan"));
    }

    @Test
    void lineBreaksDiacriticsAndApostrophesInsideANameDoNotMatter() {
        assertEquals(List.of("AZE"), keys("the Republic of\nAzerbaijan"));
        assertEquals(List.of("CIV", "CIV", "CIV"), keys("Côte d’Ivoire, Côte d'Ivoire, Cote d'Ivoire"));
        assertEquals(List.of("TUR"), keys("Türkiye"));
    }

    @Test
    void ignoredPhrasesNameNothing() {
        assertEquals(List.of(), keys("piracy in the Gulf of Guinea and around Lake Chad"));
        assertEquals(List.of("GBR"), keys("Northern Ireland is part of the United Kingdom"));
        assertEquals(List.of(), keys("the Under-Secretary-General and the Deputy Secretary-General"));
        assertEquals(List.of("african-union"), keys("the Peace and Security Council of the African Union"));
    }

    @Test
    void aTitleOfAnotherBodyIsNotTheUnitedNationsTitle() {
        assertEquals(List.of("league-of-arab-states"), keys("the Secretary-General of the League of Arab States"));
        assertEquals(List.of("oas"), keys("the General Assembly of the Organization of American States"));
        assertEquals(List.of("unctad"), keys("the Secretary-General of UNCTAD"));
        assertEquals(List.of("secretary-general"), keys("the Secretary-General of the United Nations"));
        assertEquals(List.of("secretary-general"), keys("the Secretary-General of the Organization, António Guterres"));
        assertEquals(List.of("secretariat", "united-nations"), keys("the Secretariat of the United Nations"));
        assertEquals(List.of(), keys("the Secretariat of the Pacific Community"));
    }

    @Test
    @Tag("corpus")
    void mentionsComeInTextOrderWithoutOverlapsAcrossTheCorpus() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(SharedCorpus.corpus().resolve("text/word-derived"))) {
            files = walk.filter(p -> p.toString().endsWith(".txt")).sorted().limit(60).collect(Collectors.toList());
        }
        assertEquals(60, files.size());
        int total = 0;
        for (Path file : files) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            List<Found> found = gazetteer.find(text);
            assertSpansAreExact(text, found);
            total += found.size();
        }
        assertTrue(total > 500, "the corpus names many countries and bodies: " + total);
    }

    private static void assertSpansAreExact(String text, List<Found> found) {
        int previousEnd = 0;
        for (Found f : found) {
            assertTrue(f.start() >= previousEnd, "overlap or disorder at " + f);
            assertEquals(text.substring(f.start(), f.end()), f.text());
            assertTrue(f.start() == 0 || !Character.isLetterOrDigit(text.charAt(f.start() - 1)), "word start " + f);
            assertTrue(f.end() == text.length() || !Character.isLetterOrDigit(text.charAt(f.end()))
                    || !Character.isLetterOrDigit(text.charAt(f.end() - 1)), "word end " + f);
            previousEnd = f.end();
        }
    }
}
