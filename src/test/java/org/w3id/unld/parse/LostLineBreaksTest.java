package org.w3id.unld.parse;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3id.unld.model.AgendaItem;
import org.w3id.unld.model.DocumentType;
import org.w3id.unld.model.SymbolSource;
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
import static org.junit.jupiter.api.Assertions.assertNull;
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
    void aFrenchResolutionOnOneLineKeepsItsHeadingBracketsNumberAndPreambleApart() throws Exception {
        Extraction e = extract("A NATIONS UNIES Assemblée générale Distr. GÉNÉRALE A/RES/50/164 1er février 1996 Cinquantième session "
                + "Point 107 de l'ordre du jour RÉSOLUTION ADOPTÉE PAR L'ASSEMBLÉE GÉNÉRALE [sur le rapport de la Troisième Commission "
                + "(A/50/630)] 50/164. Amélioration de la situation des femmes au Secrétariat L'Assemblée générale, Rappelant les "
                + "Articles 1 et 101 de la Charte des Nations Unies, Rappelant également l'Article 8 de la Charte, qui dispose qu'aucune "
                + "restriction ne sera imposée par l'Organisation à l'accès des hommes et des femmes.");
        assertEquals(DocumentType.RESOLUTION, e.documentType());
        assertEquals("Amélioration de la situation des femmes au Secrétariat", e.title());
        assertEquals("107", e.agendaItems().get(0).number());
        assertNull(e.agendaItems().get(0).title(), "the heading that says who adopted it is not the item's title");
    }

    @Test
    void aClimateDraftsConclusionsOnOneLineLeaveTheTitleItsItemRepeats() throws Exception {
        Extraction e = extract("United Nations FCCC/SBI/2017/L.10 Distr.: Limited 17 May 2017 Original: English Subsidiary Body for "
                + "Implementation Forty-sixth session Bonn, 8–18 May 2017 Agenda item 15 Arrangements for intergovernmental meetings "
                + "Arrangements for intergovernmental meetings Draft conclusions proposed by the Chair 1. The Subsidiary Body for "
                + "Implementation (SBI) took note of document FCCC/SBI/2017/5.");
        assertEquals("Arrangements for intergovernmental meetings", e.title());
        assertEquals("Arrangements for intergovernmental meetings", e.agendaItems().get(0).title());
    }

    @Test
    void anOrganRunIntoTheSymbolAndALanguageRunIntoTheHeadingAreApart() throws Exception {
        Extraction e = extract("Naciones Unidas\nConsejo de SeguridadS/2017/68\nDistr. general\n25 de enero de 2017\nEspañol\n"
                + "Original: inglésCarta de fecha 24 de enero de 2017 dirigida al Presidente del Consejo de Seguridad por el Representante "
                + "Permanente de la República Islámica del Irán ante las Naciones Unidas\n"
                + "Siguiendo instrucciones de mi Gobierno, deseo señalar a su atención lo siguiente:\n");
        assertEquals(List.of("S/2017/68"), e.symbols());
        assertEquals(List.of("Security Council"), e.organs());
        assertEquals("en", e.originalLanguage());
        assertEquals(DocumentType.LETTER, e.documentType());
        assertEquals("Carta de fecha 24 de enero de 2017 dirigida al Presidente del Consejo de Seguridad por el Representante "
                + "Permanente de la República Islámica del Irán ante las Naciones Unidas", e.title(), "the first sentence is not the heading's");
    }

    @Test
    void aMeetingOfPartiesAndItsPlaceAndDatesRunIntoTheMastheadAreLinesOfTheirOwn() {
        String restored = LostLineBreaks.restore("BC UNEP/CHW.7/33 Distr.: General 25 January 2005 Original: English Conference of the "
                + "Parties to the Basel Convention on the Control of Transboundary Movements of Hazardous Wastes and Their Disposal "
                + "Seventh meeting Geneva, 25–29 October 2004 Report of the Conference of the Parties I. Opening of the meeting 1. "
                + "The seventh meeting of the Conference of the Parties to the Basel Convention was held at the Palais des Nations.");
        List<String> lines = List.of(restored.split("\n"));
        assertTrue(lines.contains("Seventh meeting"), restored);
        assertTrue(lines.contains("Geneva, 25–29 October 2004"), restored);
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
    void aScannedMastheadsDebrisBetweenItsFieldsIsNoWordAndAHeadingInCapitalsKeepsItsDate() throws Exception {
        // A rule and a stamp, as a scanner reads them, between the organ, "Distr." and its word.
        Extraction e = extract("1\\ UNITED NATIONS Security Council _r_J..__._.^.. ..__ . _-^_._-,. Distr. -;..-it..~^=^_..- ~-_ -^ -, "
                + "=t-..-g-fr:T^r-' - GENERAL S/1995/123 3 March 1995 ORIGINAL: ENGLISH LETTER DATED 2 MARCH 1995 FROM THE "
                + "SECRETARY-GENERAL ADDRESSED TO THE PRESIDENT OF THE SECURITY COUNCIL I have the honour to refer to resolution "
                + "900 (1994) and to inform the Council of the steps taken since.");
        assertEquals(List.of("Security Council"), e.organs());
        assertEquals("General", e.distribution());
        assertEquals(LocalDate.of(1995, 3, 3), e.date());
        assertEquals(DocumentType.LETTER, e.documentType());
        assertEquals("LETTER DATED 2 MARCH 1995 FROM THE SECRETARY-GENERAL ADDRESSED TO THE PRESIDENT OF THE SECURITY COUNCIL", e.title());
        assertEquals("Secretary-General", e.sender().role());
        assertEquals("President of the Security Council", e.addressees().get(0).role());
    }

    @Test
    void aOneLineMastheadOfAnExecutiveBoardGivesTheBoardItsSessionItemAndCompilationTitle() throws Exception {
        Extraction e = extract("United Nations DP/2010/2 Executive Board of the United Nations Development Programme and of the United "
                + "Nations Population Fund Distr.: General 12 October 2009 Original: English 09-12345 (E) 121009 121009 *0912345* "
                + "First regular session 2010 18 to 22 January 2010, New York Item 1 of the provisional agenda Organizational matters "
                + "Decisions adopted by the Executive Board during 2009 Contents Number Page First regular session 2009 2009/1 "
                + "Working methods of the Executive Board ........ 3");
        String board = "Executive Board of the United Nations Development Programme and of the United Nations Population Fund";
        assertEquals(List.of("DP/2010/2"), e.symbols());
        assertEquals(List.of(board), e.organs());
        assertEquals("General", e.distribution());
        assertEquals(LocalDate.of(2009, 10, 12), e.date());
        assertEquals(List.of(new Session(board, 1, null)), e.sessions());
        assertEquals("1", e.agendaItems().get(0).number());
        assertEquals("Organizational matters", e.agendaItems().get(0).title());
        assertEquals(DocumentType.DECISION, e.documentType());
        assertEquals("Decisions adopted by the Executive Board during 2009", e.title());
    }

    @Test
    void aSpanishCouncilRecordsFrontPageOnOneLineGivesItsMeeting() throws Exception {
        Extraction e = extract("Naciones Unidas S/PV.7001 Consejo de Seguridad Provisional Sexagésimo octavo año 7001ª sesión Jueves 4 de "
                + "julio de 2013, a las 10.00 horas Nueva York Presidente: Sr. Juan Pérez . . . . . . . . (Uruguay) Miembros: Argentina "
                + ". . . . . . . . Australia . . . . . . . . Orden del día La situación en el Oriente Medio Se abre la sesión a las 10.05 horas.");
        assertEquals(List.of("Security Council"), e.organs());
        assertEquals(LocalDate.of(2013, 7, 4), e.date());
        assertEquals(List.of(new Session("Security Council", 68, null)), e.sessions());
        assertEquals(DocumentType.MEETING_RECORD, e.documentType());
        assertEquals("7001", e.meeting().number());
        assertEquals("10.00 horas", e.meeting().time());
        assertEquals("Nueva York", e.meeting().place());
    }

    @Test
    void aTreatyBodysConcludingObservationsAreTitledBelowTheStandingHeadingAndTheBodyRunIntoItsSessionIsSplit() throws Exception {
        Extraction e = extract("Distr.\n\nGÉNÉRALE\n\nCRC/C/15/Add.200\n\n3 février 2003\n\nFRANÇAIS\n\nOriginal : ANGLAIS\n\n"
                + "COMITÉ DES DROITS DE L'ENFANTTrente-deuxième session\n\n"
                + "EXAMEN DES RAPPORTS PRÉSENTÉS PAR LES ÉTATS PARTIES EN APPLICATION DE L'ARTICLE 44 DE LA CONVENTION\n\n"
                + "Observations finales du Comité des droits de l'enfant : Exempleland\n\n"
                + "1. Le Comité a examiné le deuxième rapport périodique d'Exempleland à ses 850e et 851e séances.\n");
        assertEquals(List.of(new Session("Committee on the Rights of the Child", 32, null)), e.sessions());
        assertEquals("Observations finales du Comité des droits de l'enfant : Exempleland", e.title());
        assertEquals(DocumentType.OTHER, e.documentType());
    }

    @Test
    void aOneLineSpanishReportOfACommissionGivesItsSessionItemAndTitleWhereTheTitleRepeatsTheItems() throws Exception {
        Extraction e = extract("Naciones Unidas E/CN.9/2010/4 Consejo Económico y Social Distr. general 5 de enero de 2010 Español "
                + "Original: inglés Comisión de Población y Desarrollo 43 período de sesiones 12 a 16 de abril de 2010 Tema 4 b) del "
                + "programa provisional* Debate general: migración internacional y desarrollo Migración internacional y desarrollo "
                + "Informe del Secretario General Resumen El presente informe se ha preparado en cumplimiento de la resolución 2009/1.");
        assertEquals(List.of(new Session("Commission on Population and Development", 43, null)), e.sessions());
        assertEquals("4(b)", e.agendaItems().get(0).number());
        assertEquals("Debate general: migración internacional y desarrollo", e.agendaItems().get(0).title());
        assertEquals(DocumentType.REPORT, e.documentType());
        assertEquals("Migración internacional y desarrollo", e.title());
    }

    @Test
    void aOneLineClimateConventionNoteInSpanishGivesItsBodySessionAndItem() throws Exception {
        Extraction e = extract("1 NACIONES UNIDAS Convención Marco sobre el Cambio Climático Distr. GENERAL FCCC/SBSTA/1998/3 2 de marzo "
                + "de 1998 ESPAÑOL Original: INGLES ORGANO SUBSIDIARIO DE ASESORAMIENTO CIENTIFICO Y TECNOLOGICO Octavo período de "
                + "sesiones Bonn, 2 a 12 de junio de 1998 Tema 5 del programa provisional CUESTIONES METODOLOGICAS Nota de la secretaría "
                + "I. INTRODUCCION 1. En su séptimo período de sesiones, el Órgano Subsidiario pidió a la secretaría una nota.");
        String body = "Subsidiary Body for Scientific and Technological Advice";
        assertEquals("General", e.distribution());
        assertEquals(LocalDate.of(1998, 3, 2), e.date());
        assertEquals(List.of(new Session(body, 8, null)), e.sessions());
        assertEquals(List.of(new AgendaItem(body, 8, "5", "CUESTIONES METODOLOGICAS")), e.agendaItems());
        assertEquals(DocumentType.NOTE, e.documentType());
    }

    @Test
    void aWebCopysCellSlashesAndFootnoteReferencesAreNoPartOfTheFields() throws Exception {
        Extraction e = extract("United Nations / ECE/TRANS/WP.29/999\n/ Economic and Social Council / Distr.: General\n3 May 2017\n"
                + "Original: English\n\nEconomic Commission for Europe\n\nInland Transport Committee\n\n"
                + "Working Party on Road Traffic Safety\n\nSeventy-fourth session\n\nGeneva, 18-21 September 2017\n\n"
                + "Item 1 of the provisional agenda[*]\n\nAdoption of the agenda\n\n"
                + "Annotated provisional agenda for the seventy-fourth session[1],[2]\n\nI. Provisional agenda\n\n1. Adoption of the agenda.\n");
        assertEquals(List.of("ECE/TRANS/WP.29/999"), e.symbols());
        assertEquals(List.of("Economic and Social Council"), e.organs());
        assertEquals("General", e.distribution());
        assertEquals(List.of(new AgendaItem("Working Party on Road Traffic Safety", 74, "1", "Adoption of the agenda")), e.agendaItems());
        assertEquals(DocumentType.AGENDA, e.documentType());
        assertEquals("Annotated provisional agenda for the seventy-fourth session", e.title());
    }

    @Test
    void aTreatyBodyMastheadRunTogetherIsSplitAndWithoutItsTreatyPrintsNoOrgan() throws Exception {
        Extraction e = extract("Distr.\n\nGENERAL\n\nCCPR/C/ESP/CO/512 de mayo de 2009\n\nESPAÑOLOriginal: INGLÉS\n\n"
                + "COMITÉ DE DERECHOS HUMANOS95º período de sesionesNueva York, 16 de marzo a 3 de abril de 2009\n\n"
                + "EXAMEN DE LOS INFORMES PRESENTADOS POR LOS ESTADOS PARTES DE CONFORMIDAD CON EL ARTÍCULO 40 DEL PACTO\n\n"
                + "Observaciones finales del Comité de Derechos Humanos\n\nESPAÑA\n\n1. El Comité examinó el quinto informe periódico.\n");
        assertEquals(List.of("CCPR/C/ESP/CO/5"), e.symbols());
        assertEquals(LocalDate.of(2009, 5, 12), e.date());
        assertEquals("en", e.originalLanguage());
        assertEquals(List.of(), e.organs());
        assertEquals(List.of(new Session("Human Rights Committee", 95, null)), e.sessions());
        assertEquals("Observaciones finales del Comité de Derechos Humanos", e.title());
    }

    @Test
    void aCouncilRecordsFrontPageOnOneLineGivesItsSymbolYearMeetingAndAgendaItem() throws Exception {
        Extraction e = extract("1 United Nations Security Council Seventy-third year S/PV.8300 Provisional 8300th meeting Tuesday, 3 July "
                + "2018, 10 a.m. New York President: Mr Example... (Sweden) Members: Bolivia... Mr. Inchauste China... Mr. Wu Haitao "
                + "United States of America... Mrs. Haley Agenda The situation in Somalia Report of the Secretary-General on Somalia "
                + "(S/2018/600) This record contains the text of speeches delivered in English.");
        assertEquals(List.of("S/PV.8300"), e.symbols());
        assertEquals(SymbolSource.MASTHEAD, e.symbolSource());
        assertEquals(List.of(new Session("Security Council", 73, null)), e.sessions());
        assertEquals("Example", e.meeting().president());
        assertEquals("New York", e.meeting().place());
        assertEquals(List.of("The situation in Somalia"), e.agendaItems().stream().map(AgendaItem::title).toList());
    }

    @Test
    void aOneLineLetterEndsItsHeadingAtTheAddresseeAndItsBodyAtTheSignature() throws Exception {
        Extraction e = extract("UNITED NATIONS S Security Council Distr. GENERAL S/1997/411 26 May 1997 ORIGINAL: ENGLISH "
                + "LETTER DATED 23 MAY 1997 FROM THE PERMANENT OBSERVER OF THE ORGANIZATION OF AFRICAN UNITY TO THE UNITED NATIONS "
                + "ADDRESSED TO THE PRESIDENT OF THE SECURITY COUNCIL Further to my letter of 2 May, the Council of Ministers met. "
                + "I should be grateful if you would circulate this letter. (Signed) Amara ESSY Ambassador Permanent Observer of the "
                + "Organization of African Unity 97-13750 (E) 270597 /... S/1997/411 English Page 2 Annex 1 Communiqué of the "
                + "Central Organ The Central Organ met in Addis Ababa.");
        assertEquals("LETTER DATED 23 MAY 1997 FROM THE PERMANENT OBSERVER OF THE ORGANIZATION OF AFRICAN UNITY TO THE UNITED "
                + "NATIONS ADDRESSED TO THE PRESIDENT OF THE SECURITY COUNCIL", e.title());
        assertEquals("PRESIDENT OF THE SECURITY COUNCIL", e.addressees().get(0).role().toUpperCase(java.util.Locale.ROOT));
        assertEquals("Amara ESSY", e.sender().name());
        assertEquals("Ambassador", e.sender().title());
        assertEquals(List.of("Annex 1"), e.annexes().stream().map(a -> a.title()).toList());
    }

    @Test
    void aOneLineLetterInMixedCaseEndsItsHeadingAtTheSecondAddressee() throws Exception {
        Extraction e = extract("United Nations A/ES-10/999 S/2011/999 General Assembly Security Council Distr.: General "
                + "2 April 2011 Original: English General Assembly Tenth emergency special session Agenda item 5 Illegal "
                + "Israeli actions Security Council Sixty-sixth year Identical letters dated 1 April 2011 from the Permanent "
                + "Observer of Palestine to the United Nations addressed to the Secretary-General and the President of the "
                + "Security Council This is the third letter we have sent this week.");
        assertEquals(List.of("A/ES-10/999", "S/2011/999"), e.symbols());
        assertEquals("Identical letters dated 1 April 2011 from the Permanent Observer of Palestine to the United Nations "
                + "addressed to the Secretary-General and the President of the Security Council", e.title());
        assertEquals(2, e.addressees().size());
    }

    @Test
    void aTypewriterMastheadInFrenchOrSpanishRunTogetherIsRead() throws Exception {
        Extraction es = extract("NACIONES\nUNIDAS\nASAMBLEA\nGENERAL\nDistr. GENERAL A/33/401 2 octubre 1978 ESPAÑOL ORIGINAL: INGLES\n"
                + "Trigésimo tercer período de sesiones Tema 21 del programa provisional* CUESTION DE CHIPRE Carta de fecha "
                + "29 de septiembre de 1978 dirigida al Secretario General por el Representante Permanente de Chipre ante las "
                + "Naciones Unidas Tengo el honor de transmitirle una carta.");
        assertEquals("General", es.distribution());
        assertEquals(LocalDate.of(1978, 10, 2), es.date());
        assertEquals("en", es.originalLanguage());
        assertEquals(List.of("General Assembly"), es.organs());
        assertEquals(List.of(new Session("General Assembly", 33, null)), es.sessions());
        assertEquals("21", es.agendaItems().get(0).number());
        assertEquals("CUESTION DE CHIPRE", es.agendaItems().get(0).title());
        assertEquals(DocumentType.LETTER, es.documentType());
        assertEquals("Chipre", es.sender().country());

        Extraction fr = extract("NATIONS UNIES\nAssemblée générale\nDistr. GENERALE A/33/402 3 octobre 1978 FRANCAIS ORIGINAL : "
                + "RUSSE\nTrente-troisième session Point 21 de l'ordre du jour provisoire* QUESTION DE CHYPRE Note verbale datée "
                + "du 2 octobre 1978, adressée au Secrétaire général par la Mission permanente de la République socialiste "
                + "soviétique d'Ukraine auprès de l'Organisation des Nations Unies La Mission permanente de la République "
                + "socialiste soviétique d'Ukraine a l'honneur de transmettre une déclaration.");
        assertEquals(LocalDate.of(1978, 10, 3), fr.date());
        assertEquals("ru", fr.originalLanguage());
        assertEquals(List.of(new Session("General Assembly", 33, null)), fr.sessions());
        assertEquals("QUESTION DE CHYPRE", fr.agendaItems().get(0).title());
        assertEquals(DocumentType.NOTE_VERBALE, fr.documentType());
        assertEquals("République socialiste soviétique d'Ukraine", fr.sender().country());
    }

    @Test
    void aWellFormedTextIsLeftAsItIs() {
        assertEquals(JOINT_LETTER, LostLineBreaks.restore(JOINT_LETTER));
        String wordDerived = "Ministerial declaration of the high-level segment of the 2021 session of the Economic and Social Council "
                + "x".repeat(500) + "\n\nThe next paragraph.";
        assertTrue(!LostLineBreaks.lost(wordDerived), "a long first paragraph without masthead fields is not a lost masthead");
        assertTrue(!LostLineBreaks.lost("Having considered the report of the Secretary-General1 and the related report\nof the Committee"));
    }

    @Test
    void aCouncilResolutionsHeadingStartsALine() throws RejectedDocumentException {
        Extraction e = extract("UNITED NATIONS S Security Council Distr. GENERAL S/RES/1244 (1999) 10 June 1999 RESOLUTION 1244 (1999) "
                + "Adopted by the Security Council at its 4011th meeting, on 10 June 1999 The Security Council, Bearing in mind the "
                + "purposes and principles of the Charter of the United Nations, and the primary responsibility of the Security Council "
                + "for the maintenance of international peace and security,");
        assertEquals(LocalDate.of(1999, 6, 10), e.date());
        assertEquals(null, e.title(), "a Council resolution has no title");
        assertEquals(DocumentType.RESOLUTION, e.documentType());
    }

    @Test
    void anItemLineRunIntoItsTitleAndItsDatesAreThreeLines() throws RejectedDocumentException {
        String glued = "Distr.GENERAL\n\nA/HRC/7/7814 de julio de 2008\n\nESPAÑOLOriginal: INGLÉS\n\nCONSEJO DE DERECHOS HUMANOS"
                + "Séptimo período de sesionesTema 1 de la agendaCuestiones de organización y de procedimiento3 de marzo a 1º de abril de 2008\n\n"
                + "INFORME DEL CONSEJO DE DERECHOS HUMANOS\n";
        String restored = LostLineBreaks.restore(glued);
        assertTrue(restored.contains("Tema 1 de la agenda\nCuestiones de organización y de procedimiento\n3 de marzo a 1º de abril de 2008"),
                restored);
        Extraction e = extract(glued);
        assertEquals(List.of(new AgendaItem("Human Rights Council", 7, "1", "Cuestiones de organización y de procedimiento")), e.agendaItems());
    }

    @Test
    void aBodyInCapitalsRunIntoItsSessionAndItsPlaceAreThreeLines() {
        String glued = "UNITED NATIONS\n\nCERD\n\nDistr.GENERAL\n\nCERD/C/71/1\n\n23 May 2007\n\nOriginal: ENGLISH\n\n"
                + "COMMITTEE ON THE ELIMINATIONOF RACIAL DISCRIMINATIONSeventy-first sessionGeneva, 30 July – 17 August 2007\n\n"
                + "PROVISIONAL AGENDA\n";
        assertTrue(LostLineBreaks.restore(glued).contains("COMMITTEE ON THE ELIMINATIONOF RACIAL DISCRIMINATION\nSeventy-first session\n"
                + "Geneva, 30 July – 17 August 2007"), LostLineBreaks.restore(glued));
    }

    @Test
    void aRecordHeadingInCapitalsAndAPreparedByLineStartLinesOfTheirOwn() {
        String record = "PROVISIONAL E/CN.12/AC.40/SR.4 8 de abril de 1958 ORIGINAL: ESPAÑOL COMISION ECONOMICA PARA AMERICA LATINA "
                + "Sexto período de sesiones ACTA RESUMIDA PROVISIONAL DE LA CUARTA SESION Celebrada en la Sede de la CEPAL, Santiago de "
                + "Chile, el 8 de abril de 1958 " + "Las correcciones a la presente acta deberán redactarse en español. ".repeat(20);
        assertTrue(LostLineBreaks.restore(record).contains("\nACTA RESUMIDA PROVISIONAL DE LA CUARTA SESION"), LostLineBreaks.restore(record));
        String agenda = "UNITED NATIONS A General Assembly Distr. GENERAL A/CONF.211/PC/WG.1/1 20 May 2008 Original: ENGLISH "
                + "First session Geneva, 26-30 May 2008 PROVISIONAL AGENDA AND ANNOTATIONS THERETO Prepared by the Secretary-General "
                + "Provisional agenda 1. Opening of the session. " + "The working group will meet in Geneva. ".repeat(20);
        assertTrue(LostLineBreaks.restore(agenda).contains("PROVISIONAL AGENDA AND ANNOTATIONS THERETO\nPrepared by the Secretary-General"),
                LostLineBreaks.restore(agenda));
        String verbatim = "UNITED NATIONS General Assembly PROVISIONAL A/43/PV.85 16 January 1989 ENGLISH Forty-third session "
                + "GENERAL ASSEMBLY PROVISIONAL VERBATIM RECORD OF THE EIGHTY-FIFTH MEETING Held at Headquarters, New York, "
                + "on Thursday, 22 December 1988, at 3 p.m. " + "The meeting was called to order at 3.15 p.m. ".repeat(20);
        assertTrue(LostLineBreaks.restore(verbatim).contains("\nPROVISIONAL VERBATIM RECORD OF THE EIGHTY-FIFTH MEETING"),
                LostLineBreaks.restore(verbatim));
    }

    @Test
    void aSessionInFiguresOrWithACapitalStartsALineButNotInsideATitle() {
        String ece = "1 United Nations Economic and Social Council ECE/TRANS/WP.15/239 Distr.: General 23 November 2017 Original: French "
                + "Economic Commission for Europe Inland Transport Committee Working Party on the Transport of Dangerous Goods 103rd "
                + "session Geneva, 6 10 November 2017 Contents Report of the Working Party on its 103rd session held in Geneva "
                + "Paragraphs I. Attendance " + "The Working Party met in Geneva. ".repeat(30);
        String restored = LostLineBreaks.restore(ece);
        assertTrue(restored.contains("\n103rd session"), restored);
        assertTrue(restored.contains("on its 103rd session held in Geneva"), restored);
        String eca = "Distr.: GENERAL UNITED NATIONS E/ECA/TRADE/96/1 15 February 1996 ECONOMIC AND SOCIAL COUNCIL Original: ENGLISH "
                + "ECONOMIC COMMISSION FOR AFRICA Conference of African Ministers Responsible for Trade First Session Addis Ababa, "
                + "Ethiopia February 1996 REPORT OF THE CONFERENCE " + "The Conference met in Addis Ababa. ".repeat(30);
        assertTrue(LostLineBreaks.restore(eca).contains("\nFirst Session Addis Ababa"), LostLineBreaks.restore(eca));
    }

    @Test
    void anAddendumsSymbolRunIntoItsDateIsTwoFields() {
        String glued = "NATIONS UNIES CRC Convention relative aux droits de l'enfant Distr. GÉNÉRALE CRC/C/15/Add.23830 juin 2004 "
                + "FRANÇAISOriginal: ANGLAIS COMITÉ DES DROITS DE L'ENFANT Trente-sixième session "
                + "Le Comité a examiné le rapport. ".repeat(30);
        assertTrue(LostLineBreaks.restore(glued).contains("CRC/C/15/Add.238\n30 juin 2004"), LostLineBreaks.restore(glued));
    }

    @Test
    void aSymbolBrokenAfterItsAddendumIsOneAgain() {
        assertEquals("United Nations A/AC.105/C.1/L.385/Add.3\nGeneral Assembly Distr.: Limited\n",
                LostLineBreaks.restore("United Nations A/AC.105/C.1/L.385/Add.\n\n3\nGeneral Assembly Distr.: Limited\n"));
    }

    @Test
    void aPageNumberBeforeTheEmblemsWordsAndAnAgendaItemsFootnoteMarkStartNoField() {
        String text = "1 Naciones Unidas CTOC/COP/2012/14 Conferencia de las Partes en la Convención de las Naciones Unidas contra la "
                + "Delincuencia Organizada Transnacional Distr. general 20 de septiembre de 2012 Español Original: inglés Sexto período "
                + "de sesiones Viena, 15 a 19 de octubre de 2012 Tema 2 del programa provisional * Examen de la aplicación de la "
                + "Convención Nota de la Secretaría " + "La Conferencia examinó la aplicación. ".repeat(30);
        String restored = LostLineBreaks.restore(text);
        assertTrue(restored.startsWith("Naciones Unidas\n"), restored);
        assertTrue(restored.contains("Tema 2 del programa provisional *\nExamen de la aplicación"), restored);
    }

    @Test
    void aSessionsOrdinalAndItsBodyStayTogetherAndTheVenueEndsItsLine() throws Exception {
        Extraction e = extract("UNITED NATIONS EP UNEP/OzL.Pro.22/2 United Nations Environment Programme Distr.: General 9 July 2010 "
                + "Original: English Twenty-Second Meeting of the Parties to the Montreal Protocol on Substances that Deplete the Ozone "
                + "Layer Bangkok, 8–12 November 2010 Issues for discussion by and information for the attention of the Twenty-Second "
                + "Meeting of the Parties Note by the Secretariat Introduction 1. Chapters I and II of the present note provide an "
                + "overview of the items on the agenda.");
        assertEquals(List.of(new Session("Meeting of the Parties to the Montreal Protocol on Substances that Deplete the Ozone Layer", 22, null)),
                e.sessions());
        assertEquals("Issues for discussion by and information for the attention of the Twenty-Second Meeting of the Parties", e.title());
        String restored = LostLineBreaks.restore("Convention to Combat Desertification ICCD/CRIC(13)/1 Distr.: General 12 December 2014 "
                + "Original: English Committee for the Review of the Implementation of the Convention Thirteenth session Bonn, 25–27 March "
                + "2015 Items 1 (a) and (b) of the provisional agenda Procedural matters Adoption of the agenda");
        assertTrue(restored.contains("\nBonn, 25–27 March 2015\nItems 1 (a) and (b) of the provisional agenda\nProcedural matters"), restored);
    }

    @Test
    void aTitleRunIntoTheBodysFirstHeadingEndsThereButAChaptersIntroductionStaysWhole() throws Exception {
        Extraction e = extract("/... CBD CONVENTION ON BIOLOGICAL DIVERSITY Distr. GENERAL UNEP/CBD/COP/5/23 22 June 2000 ORIGINAL: ENGLISH "
                + "CONFERENCE OF THE PARTIES TO THE CONVENTION ON BIOLOGICAL DIVERSITY Fifth meeting Nairobi, 15-26 May 2000 REPORT OF THE "
                + "FIFTH MEETING OF THE CONFERENCE OF THE PARTIES TO THE CONVENTION ON BIOLOGICAL DIVERSITY INTRODUCTION 1. In accordance "
                + "with rules 3 and 4 of the rules of procedure, the fifth meeting was held at Nairobi. 2. All States were invited.");
        assertEquals("REPORT OF THE FIFTH MEETING OF THE CONFERENCE OF THE PARTIES TO THE CONVENTION ON BIOLOGICAL DIVERSITY", e.title());
        assertEquals(DocumentType.REPORT, e.documentType());
        assertTrue(LostLineBreaks.restore("Distr. GENERAL CTOC/COP/2012/14 Original: inglés Nota de la Secretaría I. Introducción 1. En su "
                + "segunda reunión").contains("I. Introducción 1."), "a chapter's number stays with its heading");
    }
}
