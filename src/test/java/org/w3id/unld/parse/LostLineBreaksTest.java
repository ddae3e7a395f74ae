package org.w3id.unld.parse;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3id.unld.model.DocumentType;
import org.w3id.unld.model.Extraction;
import org.w3id.unld.model.ExtractionJson;
import org.w3id.unld.model.RejectedDocumentException;
import org.w3id.unld.model.Session;
import org.w3id.unld.model.SourceText;
import org.w3id.unld.testing.TestResources;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A copy that lost its line breaks parses like the well-formed document: a whole letter on one line, a masthead
 * whose fields run together, a joint General Assembly / Security Council masthead whose session and year are
 * printed in any arrangement.
 */
class LostLineBreaksTest {
    private static final String JOINT_LETTER = """
            United Nations A/65/714–S/2011/61

            General Assembly
            Security Council
            Distr.: General
            9 February 2011

            Original: English

            General Assembly Security Council
            Sixty-fifth session Sixty-sixth year
            Agenda item 38
            The situation in the occupied territories of Azerbaijan

            Letter dated 8 February 2011 from the Permanent Representative of Azerbaijan to the United Nations addressed to the Secretary-General

            I have the honour to transmit herewith a letter.

            (Signed) Agshin Mehdiyev
            Ambassador
            Permanent Representative
            """;

    private static Extraction extract(String text) throws RejectedDocumentException {
        return new DocumentParser().parse(new SourceText("letter.txt", "text/plain", "0".repeat(64), text)).extraction();
    }

    @ParameterizedTest
    @ValueSource(strings = {"as printed", "session and year under the organ lines", "session and year on lines of their own",
            "organs and distribution on one line", "everything on one line", "distribution and date run together"})
    void aJointLetterGivesTheSameFactsInEveryLayout(String layout) throws Exception {
        String text = switch (layout) {
            case "as printed" -> JOINT_LETTER;
            case "session and year under the organ lines" -> JOINT_LETTER.replace("General Assembly Security Council\nSixty", "Sixty");
            case "session and year on lines of their own" -> JOINT_LETTER.replace("General Assembly Security Council\nSixty-fifth session Sixty-sixth year",
                    "Sixty-fifth session\nSixty-sixth year");
            case "organs and distribution on one line" -> JOINT_LETTER.replace("General Assembly\nSecurity Council\nDistr.: General",
                    "General Assembly Security Council Distr.: General");
            case "everything on one line" -> String.join(" ", JOINT_LETTER.split("\\s+"));
            case "distribution and date run together" -> JOINT_LETTER.replace("Distr.: General\n9 February 2011\n\nOriginal: English",
                    "Distr.: General9 February 2011Original: English");
            default -> throw new IllegalArgumentException(layout);
        };
        Extraction e = extract(text);
        assertEquals(List.of("A/65/714", "S/2011/61"), e.symbols(), layout);
        assertEquals(List.of("General Assembly", "Security Council"), e.organs(), layout);
        assertEquals("General", e.distribution(), layout);
        assertEquals(LocalDate.of(2011, 2, 9), e.date(), layout);
        assertEquals("en", e.originalLanguage(), layout);
        assertEquals(List.of(new Session("General Assembly", 65, null), new Session("Security Council", 66, null)), e.sessions(), layout);
        assertEquals(1, e.agendaItems().size(), layout);
        assertEquals("38", e.agendaItems().get(0).number(), layout);
        assertEquals(65, e.agendaItems().get(0).session(), layout);
        assertEquals("The situation in the occupied territories of Azerbaijan", e.agendaItems().get(0).title(), layout);
        assertEquals(DocumentType.LETTER, e.documentType(), layout);
        assertEquals("Letter dated 8 February 2011 from the Permanent Representative of Azerbaijan to the United Nations addressed to the Secretary-General",
                e.title(), layout);
        assertEquals("Agshin Mehdiyev", e.sender().name(), layout);
        assertEquals("Permanent Representative", e.sender().role(), layout);
    }

    @Test
    void theIssuesRunTogetherMastheadIsRead() throws Exception {
        Extraction e = extract("United Nations A/67/512\nGeneral Assembly Distr.: General2 October 2012Original: English\n"
                + "Sixty-seventh session\nAgenda item 69\nPromotion and protection of human rights\n\n"
                + "Letter dated 1 October 2012 from the Permanent Representative of Armenia to the United Nations addressed to the Secretary-General\n\n"
                + "I have the honour to enclose a statement.\n");
        assertEquals("General", e.distribution());
        assertEquals(LocalDate.of(2012, 10, 2), e.date());
        assertEquals("en", e.originalLanguage());
        assertEquals(List.of(new Session("General Assembly", 67, null)), e.sessions());
        assertEquals(DocumentType.LETTER, e.documentType());
    }

    @Test
    void theReferenceDocumentOnOneLineGivesItsExpectedExtractionButForTheFieldsThatNeedLines() throws Exception {
        String text = Files.readString(TestResources.REFERENCE_DOCUMENT, StandardCharsets.UTF_8);
        String oneLine = String.join(" ", text.replace("**", "").split("\\s+")).strip();
        assertFalse(oneLine.contains("\n"));
        JsonObject expected = JsonParser.parseString(Files.readString(TestResources.REFERENCE_EXPECTED,
                StandardCharsets.UTF_8)).getAsJsonObject();
        JsonObject actual = ExtractionJson.toJson(extract(oneLine)).getAsJsonObject();
        // Where one item's title ends and the next begins, and where an annex's heading ends, only the lines told.
        Set<String> needLines = Set.of("agendaItems", "annexes");
        for (String field : expected.keySet()) {
            if (!needLines.contains(field)) {
                assertEquals(expected.get(field), actual.get(field), field);
            }
        }
        JsonElement items = actual.get("agendaItems");
        assertEquals(7, items.getAsJsonArray().size(), "seven agenda items, with their numbers");
    }

    @Test
    void aOneLineNoteVerbaleWithALanguageVersionAndACapitalHeadingIsRead() throws Exception {
        Extraction e = extract("United Nations A/64/999 Distr.: General 24 March 2010 English Original: French General Assembly "
                + "Sixty-fourth session Agenda item 111 (h) Elections to fill vacancies NOTE VERBALE DATED 18 MARCH 2010 FROM THE "
                + "PERMANENT MISSION OF SWITZERLAND TO THE UNITED NATIONS ADDRESSED TO THE SECRETARY-GENERAL The Permanent Mission "
                + "of Switzerland to the United Nations presents its compliments to the Secretary-General and has the honour to inform him.");
        assertEquals(LocalDate.of(2010, 3, 24), e.date());
        assertEquals("fr", e.originalLanguage());
        assertEquals(List.of(new Session("General Assembly", 64, null)), e.sessions());
        assertEquals("111(h)", e.agendaItems().get(0).number());
        assertEquals("Elections to fill vacancies", e.agendaItems().get(0).title());
        assertEquals(DocumentType.NOTE_VERBALE, e.documentType());
        assertEquals("Switzerland", e.sender().country());
    }

    @Test
    void aWellFormedTextIsLeftAsItIs() {
        assertEquals(JOINT_LETTER, LostLineBreaks.restore(JOINT_LETTER));
        String wordDerived = "Ministerial declaration of the high-level segment of the 2021 session of the Economic and Social Council "
                + "x".repeat(500) + "\n\nThe next paragraph.";
        assertTrue(!LostLineBreaks.lost(wordDerived), "a long first paragraph without masthead fields is not a lost masthead");
        assertTrue(!LostLineBreaks.lost("Having considered the report of the Secretary-General1 and the related report\nof the Committee"));
    }
}
