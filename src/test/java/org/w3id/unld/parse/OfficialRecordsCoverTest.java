package org.w3id.unld.parse;

import org.junit.jupiter.api.Test;
import org.w3id.unld.model.Session;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
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
        assertEquals(List.of("A/7602"), c.masthead(List.of()).symbols());
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
    void aSpanishCoverUnderItsSymbolListsTheSessionsTheReportCoversUnderItsTitle() {
        TextLines cover = TextLines.of(String.join("\n", "A/66/53", "Naciones Unidas", "Informe del Consejo", "de Derechos Humanos",
                "16º período de sesiones", "(28 de febrero a 25 de marzo de 2011)", "17º período de sesiones", "(30 de mayo a 17 de junio de 2011)",
                "14º período extraordinario de sesiones", "(23 de diciembre de 2010)", "Asamblea General", "Documentos Oficiales",
                "Sexagésimo sexto período de sesiones", "Suplemento Nº 53 (A/66/53)"));
        OfficialRecordsCover c = OfficialRecordsCover.find(cover).orElseThrow();
        assertEquals("A/66/53", c.symbol());
        assertEquals(new Session("General Assembly", 66, null), c.session());
        assertEquals("Informe del Consejo de Derechos Humanos", c.title());
    }

    @Test
    void aCoverOfTheFiftiesPrintsNoSymbolAfterItsSupplementAndAScanSpecksItsOrgan() {
        TextLines cover = TextLines.of("UNITED NATIONS REPORT of the NINTH SESSION of the COMMISSION ON HUMAN RIGHTS (GENEVA, 7 APRIL TO "
                + "30 MAY 1953) ECONOMIC AND SOCIAL COUNCIL OFFICIAL RECORDS: SIXTEENTH SESSION SUPPLEMENT No. 8 NEW YORK E/2447");
        OfficialRecordsCover c = OfficialRecordsCover.find(cover).orElseThrow();
        assertNull(c.symbol());
        assertEquals(List.of("E/2447"), c.masthead(List.of("E/2447")).symbols(), "the symbol printed elsewhere stays");
        assertEquals(new Session("Economic and Social Council", 16, null), c.session());
        assertEquals("REPORT of the NINTH SESSION of the COMMISSION ON HUMAN RIGHTS", c.title());
        OfficialRecordsCover specked = OfficialRecordsCover.find(TextLines.of("REPORT OF THE FIFTEENTH SESSION ECONOMIC. AND SOCIAL "
                + "COUNCIL' I , . OFFICIAL RECORDS: THIRTY-SECOND SESSION / \\ l ' .SUPPLEMENT No. 7 · GENEVA")).orElseThrow();
        assertEquals("Economic and Social Council", specked.organ());
        assertEquals(32, specked.session().number());
        OfficialRecordsCover garbled = OfficialRecordsCover.find(TextLines.of("T/1964 ' ' ~ . REPORT OF THE UNITED NATIONS VISITING "
                + "MISSION TO PALAU, 1992 TRUSTEESHIP COUNCIL OFFICIAL RECORDS: FIFIY-NINTH SESSION (May-June 1992) SUPPLEMENT No. 1 ~ "
                + "UNITED NATIONS")).orElseThrow();
        assertEquals("Trusteeship Council", garbled.organ());
        assertNull(garbled.session(), "a session whose ordinal the scan garbled has no number to give");
        assertEquals("REPORT OF THE UNITED NATIONS VISITING MISSION TO PALAU, 1992", garbled.title());
    }

    @Test
    void thePeriodCoveredIsNotTheTitlesWhateverItsFormButTheSessionAReportIsAboutIs() {
        OfficialRecordsCover covering = OfficialRecordsCover.find(TextLines.of("REPORT OF THE SECURITY COUNCIL TO THE GENERAL ASSEMBLY "
                + "Covering the period from 16 July 1955 to 15 July 1956 GENERAL ASSEMBLY OFFICIAL RECORDS: ELEVENTH SESSION SUPPLEMENT "
                + "No. 2 (A/3157)")).orElseThrow();
        assertEquals("REPORT OF THE SECURITY COUNCIL TO THE GENERAL ASSEMBLY", covering.title());
        OfficialRecordsCover glued = OfficialRecordsCover.find(TextLines.of("REPORT OF THE SECURITY COUNCIL 16 June1989-15 June1990 "
                + "GENERAL ASSEMBLY OFFICIAL RECORDS: FORTY-FIFTH SESSION SUPPLEMENT No. 2 (A/45/2)")).orElseThrow();
        assertEquals("REPORT OF THE SECURITY COUNCIL", glued.title());
        OfficialRecordsCover about = OfficialRecordsCover.find(TextLines.of(String.join("\n", "COMISIÓN DE DERECHOS HUMANOS",
                "INFORME SOBRE EL 48° PERIODO DE SESIONES", "CONSEJO ECONÓMICO Y SOCIAL", "DOCUMENTOS OFICIALES, 1992",
                "SUPLEMENTO No. 2 (E/1992/22)"))).orElseThrow();
        assertEquals("INFORME SOBRE EL 48° PERIODO DE SESIONES", about.title());
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
