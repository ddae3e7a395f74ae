package org.w3id.unld.parse;

import org.junit.jupiter.api.Test;
import org.w3id.unld.model.Annex;
import org.w3id.unld.model.Author;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AnnexParserTest {

    @Test
    void anAnnexClosedByNameRoleAndPlaceAndDateHasThemAll() {
        TextLines lines = TextLines.of(String.join("\n",
                "Annex to the letter dated 27 December 2024 from the Permanent Representative of Azerbaijan to the United Nations "
                        + "addressed to the Secretary-General", "", "Address to the participants", "", "I wish success to the conference.",
                "", "H.E. Mr. Ilham Aliyev", "President of the Republic of Azerbaijan", "Baku, 5 December 2024"));
        assertEquals(List.of(new Annex("Annex to the letter dated 27 December 2024 from the Permanent Representative of Azerbaijan "
                        + "to the United Nations addressed to the Secretary-General",
                new Author("Ilham Aliyev", "President of the Republic of Azerbaijan"), "Baku", LocalDate.of(2024, 12, 5))),
                AnnexParser.parse(lines, 0));
    }

    @Test
    void aWrappedAnnexHeadingIsJoinedAndItsCaptionIsNot() {
        TextLines lines = TextLines.of(String.join("\n",
                "Annex to the letter dated 27 December 2024 from the Permanent ", "Representative of Azerbaijan to the United Nations "
                        + "addressed to the ", "Secretary-General", "", "Address to the participants"));
        assertEquals("Annex to the letter dated 27 December 2024 from the Permanent Representative of Azerbaijan to the United Nations "
                + "addressed to the Secretary-General", AnnexParser.parse(lines, 0).get(0).title());
    }

    @Test
    void numberedAnnexesAndEnclosuresAreEachOneAnnex() {
        TextLines lines = TextLines.of(String.join("\n", "Annex I", "Organization charts", "", "Annex II", "Map", "", "Enclosure", ""));
        assertEquals(List.of("Annex I", "Annex II", "Enclosure"), AnnexParser.parse(lines, 0).stream().map(Annex::title).toList());
    }

    @Test
    void tableOfContentsLinesAreNoAnnexes() {
        TextLines lines = TextLines.of(String.join("\n", "Contents", "General Assembly . . . . . . . . . . . 37", "Annex",
                "Organization charts . . . . . . . . . . . . . 39", "", "Summary", "", "Annex", "", "Organization charts"));
        assertEquals(1, AnnexParser.parse(lines, 0).size());
    }

    @Test
    void anAnnexSignedInTheLastSentenceHasPlaceDateAndFirstSignatory() {
        TextLines lines = TextLines.of(String.join("\n", "Annex I", "Declaration", "we hereby issue and sign this document in",
                "San Salvador, on 17 August 1993.", "(Signed ) Schafik Jorge HANDAL (Signed ) José Eduardo SANCHO CASTAÑEDA"));
        Annex a = AnnexParser.parse(lines, 0).get(0);
        assertEquals(new Author("Schafik Jorge HANDAL", null), a.author());
        assertEquals("San Salvador", a.place());
        assertEquals(LocalDate.of(1993, 8, 17), a.date());
    }

    @Test
    void anAnnexClosedByABodysNameHasThatBodyAsAuthor() {
        TextLines lines = TextLines.of(String.join("\n", "Annex II", "Statement", "We shall continue.", "San Salvador, 16 August 1993",
                "FMLN POLITICAL COMMITTEE"));
        assertEquals(new Author("FMLN POLITICAL COMMITTEE", null), AnnexParser.parse(lines, 0).get(0).author());
    }

    @Test
    void frenchAndSpanishAnnexHeadingsEndWithTheSendersMission() {
        TextLines es = TextLines.of(String.join("\n", "Anexo de la carta de fecha 3 de mayo de 2007 dirigida al",
                "Presidente del Comité por el Representante Permanente de Chile", "ante las Naciones Unidas",
                "Nota verbal de fecha 2 de mayo de 2007", "Texto."));
        assertEquals("Anexo de la carta de fecha 3 de mayo de 2007 dirigida al Presidente del Comité por el Representante "
                + "Permanente de Chile ante las Naciones Unidas", AnnexParser.parse(es, 0).get(0).title());
        TextLines fr = TextLines.of(String.join("\n", "Annexe", "Déclaration du Ministère", "", "Annexe II", "Carte"));
        assertEquals(List.of("Annexe", "Annexe II"), AnnexParser.parse(fr, 0).stream().map(Annex::title).toList());
    }

    @Test
    void theWordsAnnexIToTheInsideASentenceAreNoAnnex() {
        TextLines lines = TextLines.of(String.join("\n", "(e) Report on national greenhouse gas inventory data from Parties included in",
                "Annex I to the Convention for the period 1990–2012;", "(f) Annual compilation and accounting report."));
        assertEquals(List.of(), AnnexParser.parse(lines, 0));
    }
}
