package org.w3id.unld.parse;

import org.junit.jupiter.api.Test;
import org.w3id.unld.model.Session;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The cover of an Official Records supplement: no masthead, its fields on the cover. */
class OfficialRecordsCoverTest {

    @Test
    void aScannedCoverGivesTheSymbolTheOrganTheSessionAndTheTitleWithoutThePeriod() {
        TextLines cover = TextLines.of(String.join("\n", "REPORT", "",
                "REPORT OF THE SECURITY COUNCIL 16 July 1968-15 July 1969 GENERAL ASSEMBLY OFFICIAL RECORDS : TWENTY-FOURTH "
                        + "SESSION SUPPLEMENT No. 2 (A/7602) New York, 1969", "", "NOTE Symbols of United Nations documents are …"));
        OfficialRecordsCover c = OfficialRecordsCover.find(cover).orElseThrow();
        assertEquals("A/7602", c.symbol());
        assertEquals("General Assembly", c.organ());
        assertEquals(new Session("General Assembly", 24, null), c.session());
        assertEquals("REPORT OF THE SECURITY COUNCIL", c.title(), "the page's running head and the period covered are not the title");
        assertEquals(List.of("A/7602"), c.masthead().symbols());
    }

    @Test
    void aFrenchCoverOverSeveralLines() {
        TextLines cover = TextLines.of(String.join("\n", "RAPPORT DU", "", "CONSEIL DE SÉCURITÉ,", "", "16 juin 1984-15 juin 1985", "",
                "ASSEMBLÉE GÉNÉRALE", "", "DOCUMENTS OFFICIELS: QUARANTIÈME SESSION SUPPLÉMENT N° 2 (A/40/2)", "", "NATIONS UNIES New York, 1988"));
        OfficialRecordsCover c = OfficialRecordsCover.find(cover).orElseThrow();
        assertEquals("A/40/2", c.symbol());
        assertEquals(new Session("General Assembly", 40, null), c.session());
        assertEquals("RAPPORT DU CONSEIL DE SÉCURITÉ", c.title());
        assertEquals(10, c.end(), "the text goes on at the first line after the supplement line");
    }

    @Test
    void aCoverSinceTheNinetiesPrintsTheSymbolUnderTheSupplementAndTheTitleUnderTheImprint() {
        TextLines cover = TextLines.of(String.join("\n", "Assemblée générale Documents officiels Soixante- treizième session Supplément nº  38",
                "", "A/73/38", "", "Nations Unies · New York, 2018", "",
                "Rapport du Comité pour l’élimination de la discrimination à l’égard des femmes", "", "Soixante-septième session", "",
                "(3-21 juillet 2017)", "", "ISSN 0255-0989"));
        OfficialRecordsCover c = OfficialRecordsCover.find(cover).orElseThrow();
        assertEquals("A/73/38", c.symbol());
        assertEquals("General Assembly", c.organ());
        assertEquals(new Session("General Assembly", 73, null), c.session());
        assertEquals("Rapport du Comité pour l’élimination de la discrimination à l’égard des femmes", c.title());
        assertEquals(8, c.end(), "the sessions the report covers are not the title");
    }

    @Test
    void aDocumentThatCitesAnOfficialRecordsSupplementIsNoCover() {
        TextLines letter = TextLines.of(String.join("\n", "Letter dated 3 May 1990 from the Secretary-General",
                "I have the honour to refer to the report of the Council (Official Records of the General Assembly, Forty-fourth Session, "
                        + "Supplement No. 2 (A/44/2)), which …"));
        assertTrue(OfficialRecordsCover.find(letter).isEmpty());
        TextLines capitals = TextLines.of(String.join("\n", "Letter dated 3 May 1970 from the Permanent Representative of Chile",
                "I have the honour to draw your attention to the views that my Government expressed at length, in the general debate "
                        + "and in the Committee, on the questions that the Council's annual report raises, and which are recorded in",
                "GENERAL ASSEMBLY OFFICIAL RECORDS: TWENTY-FOURTH SESSION SUPPLEMENT No. 2 (A/7602)."));
        assertTrue(OfficialRecordsCover.find(capitals).isEmpty(), "the form of a cover, cited after a paragraph of text");
    }
}
