package org.w3id.unld.parse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3id.unld.model.Addressee;
import org.w3id.unld.model.Agent;
import org.w3id.unld.model.DocumentType;
import org.w3id.unld.model.Extraction;
import org.w3id.unld.model.ParsedDocument;
import org.w3id.unld.model.RejectedDocumentException;
import org.w3id.unld.model.Session;
import org.w3id.unld.model.SourceText;
import org.w3id.unld.model.SymbolSource;
import org.w3id.unld.testing.TestResources;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DocumentParserTest {
    private final DocumentParser parser = new DocumentParser();

    private ParsedDocument parse(String fileName, String... lines) throws RejectedDocumentException {
        return parser.parse(new SourceText(fileName, "text/plain", "0".repeat(64), String.join("\n", lines)));
    }

    @Test
    void aMainCommitteesReportIsTitledByTheItemItReportsOn() throws Exception {
        Extraction e = parse("A_70_460.txt", "United Nations A/70/460", "", "General Assembly Distr.: General", "", "18 November 2015",
                "", "Original: English", "", "Seventieth session", "", "Agenda item 97", "", "General and complete disarmament", "",
                "Report of the First Committee", "", "Rapporteur: Ms. Tasha Young (Belize)", "", "I. Introduction", "",
                "1. The item entitled “General and complete disarmament” was included in the provisional agenda.").extraction();
        assertEquals("General and complete disarmament", e.title());
        assertEquals(DocumentType.REPORT, e.documentType());
    }

    @Test
    void aCopyThatKeptOnlyTheBodyIsTheGenreItsFirstParagraphNames() throws Exception {
        Extraction report = parse("S_2021_423.txt", "I. Introduction", "",
                "1. The present report is submitted pursuant to the request in the statement by the President of the Security Council "
                        + "of 21 September 2018 (S/PRST/2018/18).", "",
                "2. The global state of the protection of civilians in armed conflict in 2020 is reviewed in section II.").extraction();
        assertEquals(DocumentType.REPORT, report.documentType());
        Extraction compilation = parse("E_2009_INF_2_Add.1.txt", "United Nations E/2009/INF/2/Add.1", "",
                "Economic and Social Council Distr.: General 21 August 2009", "", "Original: English", "",
                "Resolutions and decisions adopted by the Economic and Social Council at its substantive session of 2009", "",
                "(, 6-31 July 2009)", "", "Note: The provisional texts of the resolutions and decisions adopted by the Council are "
                        + "circulated herein for information.").extraction();
        assertEquals(DocumentType.RESOLUTION, compilation.documentType());
        assertEquals("Resolutions and decisions adopted by the Economic and Social Council at its substantive session of 2009",
                compilation.title());
    }

    @Test
    void aSponsorListACopyCutBeforeItsGenreIsNeitherTheItemsTitleNorTheDocumentsAndAReportRunIntoTheItemIsNotTheItems()
            throws Exception {
        Extraction cut = parse("A_C.3_80_L.20.txt", "United Nations A/C.3/80/L.20", "General Assembly", "Distr.: Limited",
                "29 October 2025", "Original: English", "Eightieth session", "Third Committee", "Agenda item 67",
                "Promotion and protection of the rights of children", "Andorra, Antigua and Barbuda, Argentina, Austria, Bahamas (The),")
                .extraction();
        assertEquals("Promotion and protection of the rights of children", cut.agendaItems().get(0).title());
        assertNull(cut.title());
        Extraction report = parse("A_HRC_28_2.txt", "United Nations A/HRC/28/2", "General Assembly Distr.: General 8 April 2019",
                "Original: English", "Human Rights Council", "Twenty-eighth session", "Agenda item 1",
                "Organizational and procedural matters Report of the Human Rights Council on its twenty-eighth session").extraction();
        assertEquals("Organizational and procedural matters", report.agendaItems().get(0).title());
    }

    @Test
    void theLineThatSaysWhenAResolutionWasAdoptedIsNeverItsTitle() throws Exception {
        Extraction e = parse("S_RES_48(1948).txt", "Adopted by the Security Council at its 287th meeting, by 8 votes to none, with 3 "
                + "abstentions (Colombia, Ukrainian Soviet Socialist Republic, Union of Soviet Socialist Republics), on 23 April 1948", "",
                "The Security Council,", "", "Taking into account that the United Kingdom is the Mandatory Power,").extraction();
        assertNull(e.title());
        assertEquals(DocumentType.RESOLUTION, e.documentType());
    }

    @Test
    void aDraftsSponsorsUnderItsItemWithoutABlankLineAreSponsorsNotTheItemsTitle() throws Exception {
        Extraction e = parse("A_ES-10_L.27.txt", "United Nations", "Distr.: Limited", "10 December 2023", "Original: English",
                "General Assembly", "Tenth emergency special session", "Agenda item 5",
                "Illegal Israeli actions in Occupied East Jerusalem and the rest", "of the Occupied Palestinian Territory",
                "Algeria, Bahrain, Comoros, Djibouti, Egypt, Iraq, Jordan, Kuwait, Lebanon,",
                "Tunisia, United Arab Emirates, Yemen and State of Palestine:* draft resolution",
                "Protection of civilians and upholding legal and", "humanitarian obligations", "The General Assembly,",
                "Guided by the purposes and principles of the Charter of the United Nations,").extraction();
        assertEquals("Illegal Israeli actions in Occupied East Jerusalem and the rest of the Occupied Palestinian Territory",
                e.agendaItems().get(0).title());
        assertEquals(DocumentType.DRAFT_RESOLUTION, e.documentType());
        assertEquals(List.of("Algeria", "Bahrain", "Comoros", "Djibouti", "Egypt", "Iraq", "Jordan", "Kuwait", "Lebanon", "Tunisia",
                "United Arab Emirates", "Yemen", "State of Palestine"), e.sponsors());
        assertEquals("Protection of civilians and upholding legal and humanitarian obligations", e.title());
    }

    @Test
    void anAnnexHeadingOverATreatyBodysViewsIsAnAnnexAndTheHeadingUnderItTheTitle() throws Exception {
        Extraction e = parse("CCPR_C_66_D_746_1997.txt", "CCPR/C/66/D/746/1997", "4 August 1999", "", "Comité de Derechos Humanos",
                "66º período de sesiones", "", "ANEXO*", "", "Decisión del Comité de Derechos Humanos emitida a tenor del Protocolo Facultativo",
                "", "Comunicación Nº 746/1997", "", "1. Los autores de la comunicación son …").extraction();
        assertEquals("Decisión del Comité de Derechos Humanos emitida a tenor del Protocolo Facultativo", e.title());
        assertEquals(List.of("ANEXO"), e.annexes().stream().map(org.w3id.unld.model.Annex::title).toList());
    }

    @Test
    void aSessionPrintedTwiceInTheMastheadIsOneSession() throws Exception {
        Extraction e = parse("A_RES_50_55.txt", "United Nations", "", "General Assembly", "", "Distr. GENERAL", "50th session",
                "29 January 1996", "", "Fiftieth session", "Agenda item 152", "", "[on the report of the Sixth Committee (A/50/646)]", "",
                "50/55. Review of the role of the Trusteeship Council", "", "The General Assembly,").extraction();
        assertEquals(List.of(new Session("General Assembly", 50)), e.sessions());
    }

    @Test
    void identicalLettersHaveTwoAddresseesAndASenderFromTitleAndSignature() throws Exception {
        Extraction e = parse("A_78_900.txt",
                "United Nations A/78/900–S/2024/400", "", "General Assembly Security Council", "Distr.: General", "20 May 2024", "",
                "Original: English", "", "General Assembly Seventy-eighth session", "Agenda item 68", "Promotion and protection of human rights",
                "", "Security Council Seventy-ninth year", "",
                "Identical letters dated 17 May 2024 from the Chargé d'affaires a.i. of the Permanent Mission of Chile to the United Nations "
                        + "addressed to the Secretary-General and the President of the Security Council", "",
                "I have the honour to transmit …", "", "(Signed) Juan Pérez", "Chargé d'affaires a.i.").extraction();
        assertEquals(DocumentType.IDENTICAL_LETTERS, e.documentType());
        assertEquals(List.of("A/78/900", "S/2024/400"), e.symbols());
        assertEquals(SymbolSource.MASTHEAD, e.symbolSource());
        assertEquals(List.of(new Addressee("Secretary-General"), new Addressee("President of the Security Council")), e.addressees());
        assertEquals(new Agent("Juan Pérez", null, "Chargé d'affaires a.i.", "Chile"), e.sender());
        assertEquals(List.of(new Session("General Assembly", 78), new Session("Security Council", 79)), e.sessions());
    }

    @Test
    void aSignedTextInTheFirstPersonWithoutHeadingIsALetter() throws Exception {
        Extraction e = parse("S_1998_1077.txt", "United Nations S/1998/1077", "Security Council", "Distr.: General", "14 November 1998", "",
                "As I informed the members of the Security Council at the conclusion of yesterday's meeting, I had decided to address "
                        + "a letter to President Saddam Hussein. A copy of that letter is attached and I should be grateful if it were brought "
                        + "to their attention.", "", "(Signed) Kofi A. ANNAN", "").extraction();
        assertEquals(DocumentType.LETTER, e.documentType());
        assertEquals(null, e.title(), "its first paragraph is no title");
        assertEquals("Kofi A. ANNAN", e.sender().name());
        Extraction unsigned = parse("S_1998_1078.txt", "United Nations S/1998/1078", "Security Council", "Distr.: General", "",
                "As I informed the members of the Security Council at the conclusion of yesterday's meeting, I had decided to address "
                        + "a letter to President Saddam Hussein. A copy of that letter is attached and I should be grateful if it were brought "
                        + "to their attention.").extraction();
        assertEquals(DocumentType.OTHER, unsigned.documentType(), "without a signature, nothing says it is a letter");
    }

    @Test
    void theMastheadSymbolWinsOverTheFileName() throws Exception {
        Extraction e = parse("S_1999_1.txt", "United Nations S/2000/5", "Security Council", "Distr.: General", "3 January 2000",
                "", "Report of the Secretary-General on the situation", "", "1. The present report …").extraction();
        assertEquals(List.of("S/2000/5"), e.symbols());
        assertEquals(SymbolSource.MASTHEAD, e.symbolSource());
        assertEquals(DocumentType.REPORT, e.documentType());
    }

    @Test
    void aSymbolTheScanGarbledAtTheHeadIsPrintedThereThoughTheFileNameGivesIt() throws Exception {
        Extraction e = parse("S_PV.1537.txt", "TWENTY- FIFTH YEAR", "", "th MEETING: 12 MAY 1970", "", "SlPV.1537 NOTE", "",
                "Symbols of United Nations documents are composed of capital letters …").extraction();
        assertEquals(List.of("S/PV.1537"), e.symbols());
        assertEquals(SymbolSource.MASTHEAD, e.symbolSource());
    }

    @Test
    void aGenreNamedInTheFrontMatterTypesTheDocumentWhoseTitleBlockNamesNone() throws Exception {
        // A scanned joint letter: the heading the title parser chose is debris, the letter's heading follows among the front matter.
        Extraction letter = parse("A_47_174-S_23841.txt", "3EMBLEE GENERALE", "", "Lettre datée du 24 avril 1992, adressée au Secrétaire "
                + "qénéral par l'observateur permanent", "", "J'ai l'honneur de vous faire tenir ci-joint le texte …").extraction();
        assertEquals(DocumentType.LETTER, letter.documentType());
        Extraction report = parse("E_CN.4_703.txt", "UNITED NATIONS", "Distr. GENERAL ECONOMIC E/CN.V703 5 February 195^", "",
                "SOCIAL COUNCIL COMMISSION ON HUMAN RIGHTS", "", "REPORT OF THE SIXTH SESSION OF THE SUB-COMMISSION TO THE COMMISSION",
                "", "1. The Sub-Commission held its sixth session …").extraction();
        assertEquals(DocumentType.REPORT, report.documentType());
        // A genre named only in the body is not the document's.
        Extraction other = parse("A_80_999.txt", "Some subject", "", "1. The report of the Secretary-General (A/80/1) was considered.",
                "Provisional agenda").extraction();
        assertEquals(DocumentType.OTHER, other.documentType());
    }

    @Test
    void aWebCopyOnOneLineGetsItsColumnsBackAndTheOrgansNameWithThem() throws Exception {
        Extraction e = parse("TRANS_SC.2_190.txt", "UNITED NATIONS E Economic and Social Distr. Council GENERAL TRANS/SC.2/190 26 November 1998 "
                + "Original: ENGLISH ECONOMIC COMMISSION FOR EUROPE INLAND TRANSPORT COMMITTEE Working Party on Rail Transport REPORT OF "
                + "THE WORKING PARTY ON RAIL TRANSPORT OF ITS FIFTY-SECOND SESSION (5-7 October 1998) CONTENTS Paragraph(s) Attendance "
                + "........ 1").extraction();
        assertEquals(List.of("Economic and Social Council"), e.organs());
        assertEquals("General", e.distribution());
        assertEquals(LocalDate.of(1998, 11, 26), e.date());
    }

    @Test
    void aBodyOverASessionLineAScanMarredIsTheSessionsBodyNotAnOrgan() throws Exception {
        Extraction e = parse("A_CN.9_286.txt", "", "UNITED NATIONS", "GENERAL ASSEMBLY", "UNITED NATIONS", "COMMISSION ON INTERNATIONAL TRADE LAW",
                "Twentieth session Vienna, 20 'July - 14 August 1987", "Distr. GENERAL", "A/CN.9/286", "18 May 1987", "ORIGINAL: ENGLISH",
                "PROVISIONAL AGENDA, ANNOTATIONS THERETO AND SCHEDULING OF MEETINGS").extraction();
        assertEquals(List.of("General Assembly"), e.organs());
    }

    @Test
    void aSessionLineWithoutOrganBelongsToTheOrganOfTheSymbolSeries() throws Exception {
        Extraction e = parse("A_73_716.txt", "Seventy-third session", "", "Agenda item 74 (c)", "", "Promotion and protection of human rights",
                "", "Letter dated 16 January 2019 from the Secretary-General addressed to the President of the General Assembly", "",
                "I have the honour …").extraction();
        assertEquals(SymbolSource.FILENAME, e.symbolSource());
        assertEquals(List.of(), e.organs());
        assertEquals(List.of(new Session("General Assembly", 73)), e.sessions());
        assertEquals("General Assembly", e.agendaItems().get(0).organ());
        assertEquals(new Agent(null, null, "Secretary-General", null), e.sender());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = ';', value = {
            "A_C.3_80_L.56.txt; General Assembly", // a Main Committee meets in the Assembly's sessions
            "A_HRC_58_1.txt; Human Rights Council",
            "E_2024_28.txt; Economic and Social Council",
            "E_CN.6_2020_1.txt; Commission on the Status of Women", // the Council's commissions and boards number their own
            "E_ICEF_2020_1.txt; Executive Board of the United Nations Children's Fund",
            "E_ESCAP_80_1.txt; Economic and Social Commission for Asia and the Pacific",
            "E_ECE_1500.txt; Economic Commission for Europe",
            "HSP_GC_21_3.txt; Governing Council of the United Nations Human Settlements Programme",
            "TD_442.txt; United Nations Conference on Trade and Development"})
    void aSessionWithoutOrganIsThatOfTheBodyWhoseSeriesTheSymbolIsIn(String file, String organ) throws Exception {
        Extraction e = parse(file, "Twenty-first session", "", "Item 6 of the provisional agenda*", "", "Dialogue on the special theme",
                "", "Report of the Executive Director", "", "1. The present report …").extraction();
        assertEquals(List.of(new Session(organ, 21)), e.sessions());
        assertEquals(organ, e.agendaItems().get(0).organ());
    }

    @Test
    void aSessionWithoutOrganInASeriesNoBodyIssuesIsThatOfTheOnlyOrganPrinted() throws Exception {
        Extraction e = parse("X_1.txt", "Fifth session", "General Assembly", "", "Report of the Working Group", "", "1. The present report …")
                .extraction();
        assertEquals(List.of(new Session("General Assembly", 5)), e.sessions());
        Extraction unknown = parse("X_1.txt", "Fifth session", "", "Report of the Working Group", "", "1. The present report …").extraction();
        assertEquals(List.of(new Session(null, 5)), unknown.sessions(), "nothing says whose session it is");
    }

    @Test
    void aNoteVerbaleComesFromAMission() throws Exception {
        Extraction e = parse("A_79_1.txt", "Note verbale dated 2 May 2024 from the Permanent Mission of Chile to the United Nations "
                + "addressed to the Secretary-General", "", "The Permanent Mission of Chile presents its compliments …").extraction();
        assertEquals(DocumentType.NOTE_VERBALE, e.documentType());
        assertEquals("Permanent Mission", e.sender().role());
        assertEquals("Chile", e.sender().country());
    }

    @Test
    void everySignatureIsASignatory() throws Exception {
        ParsedDocument d = parse("S_2024_870.txt", "Letter dated 29 November 2024 from the Permanent Representatives of France and the "
                        + "United States of America to the United Nations addressed to the President of the Security Council", "",
                "We have the honour …", "", "(Signed) Nicolas de Rivière", "", "Ambassador", "",
                "Permanent Representative of France to the United Nations", "", "(Signed) Linda Thomas-Greenfield", "", "Ambassador", "",
                "Representative of the United States to the United Nations");
        assertEquals(2, d.signatories().size());
        assertEquals(new Agent("Nicolas de Rivière", "Ambassador", "Permanent Representative", "France"), d.extraction().sender());
    }

    @Test
    void aDraftResolutionHasItsSponsors() throws Exception {
        Extraction e = parse("A_80_L.10.txt", "United Nations ", "A/80/L.10", "General Assembly ", "Distr.: Limited ", "5 November 2025 ",
                "Original: English ", "Eightieth session ", "Agenda item 11 ", "Sport for development and peace", " ",
                "Italy and Turkmenistan:* draft resolution  ", " ", "Building a peaceful and better world through sport and the ",
                "Olympic ideal ", " ", "The General Assembly,  ").extraction();
        assertEquals(DocumentType.DRAFT_RESOLUTION, e.documentType());
        assertEquals(List.of("Italy", "Turkmenistan"), e.sponsors());
        assertEquals("Building a peaceful and better world through sport and the Olympic ideal", e.title());
    }

    @Test
    void textWithoutAnyUnLayoutIsRejectedWithAOneLineReason() {
        RejectedDocumentException e = assertThrows(RejectedDocumentException.class,
                () -> parse("shopping.txt", "Milk", "Eggs", "Bread and butter for the weekend"));
        assertTrue(e.getMessage().startsWith("no recognisable UN layout"));
        assertFalse(e.getMessage().contains("\n"));
        assertThrows(RejectedDocumentException.class, () -> parse("empty.txt", "", "  ", ""));
    }

    @Test
    void cutShuffledAndGarbledDocumentsAreParsedOrRejectedButNeverBreakTheParser() throws Exception {
        String seed = java.nio.file.Files.readString(TestResources.REFERENCE_DOCUMENT);
        java.util.Random random = new java.util.Random(7);
        for (int run = 0; run < 300; run++) {
            String text;
            switch (run % 4) {
                case 0:
                    text = seed.substring(0, random.nextInt(seed.length() + 1));
                    break;
                case 1:
                    java.util.List<String> lines = new java.util.ArrayList<>(List.of(seed.split("\n")));
                    java.util.Collections.shuffle(lines, random);
                    text = String.join("\n", lines);
                    break;
                case 2:
                    text = seed.replace(' ', '\n');
                    break;
                default:
                    char[] c = seed.toCharArray();
                    for (int i = 0; i < c.length / 40; i++) {
                        c[random.nextInt(c.length)] = (char) random.nextInt(0x3000);
                    }
                    text = new String(c);
            }
            try {
                parser.parse(new SourceText("x.txt", "text/plain", "0", text));
            } catch (RejectedDocumentException e) {
                assertFalse(e.getMessage().startsWith("internal parser error"), e::getMessage);
            }
        }
    }

    @Test
    void aRealDocumentWithoutSymbolOrMastheadIsStillRead() throws Exception {
        Extraction e = parse("letter.txt", "Letter dated 24 December 2024 from the Secretary-General addressed to the President of the "
                + "Security Council", "", "I have the honour to refer …", "", "(Signed) António Guterres").extraction();
        assertEquals(DocumentType.LETTER, e.documentType());
        assertEquals(List.of(), e.symbols());
        assertEquals(null, e.symbolSource());
        assertEquals("António Guterres", e.sender().name());
    }

    @Test
    void aLoneSignerInTheSendersPostSignsForTheSendersState() throws RejectedDocumentException {
        ParsedDocument one = parser.parse(new SourceText("A_79_9.txt", "text/plain", "0".repeat(64), String.join("\n",
                "Letter dated 27 December 2024 from the Permanent Representative of Azerbaijan to the United Nations addressed to the Secretary-General",
                "", "I have the honour to transmit a statement.", "", "(Signed) Tofiq Musayev", "Ambassador", "Permanent Representative")));
        assertEquals(List.of(new Agent("Tofiq Musayev", "Ambassador", "Permanent Representative", "Azerbaijan")), one.signatories());
        ParsedDocument two = parser.parse(new SourceText("A_79_9.txt", "text/plain", "0".repeat(64), String.join("\n",
                "Letter dated 27 December 2024 from the Permanent Representative of Azerbaijan to the United Nations addressed to the Secretary-General",
                "", "I have the honour to transmit a statement.", "", "(Signed) Tofiq Musayev", "Permanent Representative", "",
                "(Signed) Jane Roe", "Permanent Representative")));
        assertEquals(2, two.signatories().size());
        assertEquals(null, two.signatories().get(0).country(), "with two signers, whose State the title names is not sure");
    }

    @Test
    void aMeetingRecordReportsAMeetingOfTheOrganItsMastheadPrints() throws Exception {
        Extraction e = parse("S_PV.8770.txt", "United Nations S/PV.8770", "Security Council", "Seventy-fifth year", "8770th meeting",
                "Thursday, 15 October 2020, 10.25 a.m. ", "New York", "Provisional",
                "President: Mr. Nebenzia . . . . . . . . . . . . . (Russian Federation)", "Agenda",
                "The situation in the Middle East").extraction();
        assertEquals("Security Council", e.meeting().organ());
    }

    @Test
    void aRecordThatLostItsMeetingLineHasNoTitleNotItsAgendaItem() throws Exception {
        // A web copy of S/PV.3415 whose site printed the meeting's number and day in its own lines, which were left out.
        Extraction e = parse("S_PV.3415.txt", "The situation in Afghanistan", "Note by the Secretary-General (S/1994/766)", "",
                "The meeting was called to order at 7.45 p.m.", "", "Adoption of the agenda", "", "The agenda was adopted.").extraction();
        assertEquals(DocumentType.MEETING_RECORD, e.documentType());
        assertNull(e.title());
    }

    @Test
    void theOrganOfAMeetingIsTheMastheadsElseThatOfItsSession() {
        assertEquals("Security Council", DocumentParser.meetingOrgan(List.of(" ", "Security Council"),
                List.of(new Session("General Assembly", 75))));
        assertEquals("General Assembly", DocumentParser.meetingOrgan(List.of(), List.of(new Session(null, 75),
                new Session("General Assembly", 75))));
        assertNull(DocumentParser.meetingOrgan(List.of(), List.of()));
    }

    @Test
    void aMastheadPrintedUnderTheTitleBlockIsStillTheMasthead() throws Exception {
        Extraction e = parse("ECE_TRANS_WP.29_9999.txt", "Economic Commission for Europe", "", "Inland Transport Committee", "",
                "World Forum for Harmonization of Vehicle Regulations", "", "180th session", "", "Geneva, 4-7 March 2020", "",
                "Report of the World Forum on its 180th session", "", "Administrative Committee of the 1958 Agreement on its "
                + "seventy-fourth session", "", "United Nations ECE/TRANS/WP.29/9999", "",
                "Economic and Social Council Distr.: General", "", "20 March 2020", "", "Original: English", "",
                "1. The World Forum held its 180th session.").extraction();
        assertEquals(List.of("ECE/TRANS/WP.29/9999"), e.symbols());
        assertEquals(SymbolSource.MASTHEAD, e.symbolSource());
        assertEquals(List.of("Economic and Social Council"), e.organs());
        assertEquals(LocalDate.of(2020, 3, 20), e.date());
        assertEquals(List.of(new Session("World Forum for Harmonization of Vehicle Regulations", 180, null)), e.sessions());
        assertEquals("Report of the World Forum on its 180th session Administrative Committee of the 1958 Agreement on its "
                + "seventy-fourth session", e.title());
        assertEquals(DocumentType.REPORT, e.documentType());
    }

    @Test
    void aBodyThatPrintsItselfOverItsSessionIsTheOrganAndTheSessionsBody() throws Exception {
        Extraction e = parse("UNEP_EA.9_L.1.txt", "United Nations Environment Assembly of the", "",
                "United Nations Environment Programme", "", "Ninth session", "", "Nairobi, 1–5 December 2031", "",
                "Protection of the environment", "", "Draft resolution submitted by the Committee of the Whole").extraction();
        String assembly = "United Nations Environment Assembly of the United Nations Environment Programme";
        assertEquals(List.of(assembly), e.organs());
        assertEquals(List.of(new Session(assembly, 9, null)), e.sessions());
    }

    @Test
    void aCommissionInTheOrganSlotIsTheOrgan() throws Exception {
        Extraction e = parse("x.txt", "UNITED", "NATIONS", "HS", "", "Commission on", "Human Settlements", "Distr.", "GENERAL",
                "HS/C/17/9", "17 March 1999", "", "ORIGINAL: ENGLISH", "", "Seventeenth session", "Nairobi, 5-14 May 1999",
                "Item 3 of the provisional agenda", "", "ADOPTION OF THE AGENDA", "", "Report of the Executive Director").extraction();
        assertEquals(List.of("Commission on Human Settlements"), e.organs());
        assertEquals(List.of(new Session("Commission on Human Settlements", 17, null)), e.sessions());
        assertEquals("3", e.agendaItems().get(0).number());
    }

    @Test
    void aSpanishTreatyBodyMastheadGivesTheCommitteeItsSessionAndItsDecision() throws Exception {
        Extraction e = parse("x.txt", "NACIONES", "", "UNIDAS", "", "CCPR", "", "Pacto Internacional de Derechos Civiles y Políticos",
                "", "Distr.", "", "RESERVADA*", "", "CCPR/C/99/D/9999/2010", "", "8 de agosto de 2010", "", "Original: ESPAÑOL", "",
                "COMITÉ DE DERECHOS HUMANOS99º período de sesiones10 a 28 de julio de 2010", "", "DECISIÓN", "",
                "Comunicación Nº 9999/2010").extraction();
        assertEquals(List.of("Human Rights Committee"), e.organs());
        assertEquals("Restricted", e.distribution());
        assertEquals(List.of(new Session("Human Rights Committee", 99, null)), e.sessions());
        assertEquals(DocumentType.DECISION, e.documentType());
        assertEquals("DECISIÓN", e.title());
    }

    @Test
    void aTypewriterMastheadWithTheOriginalsLanguageOnTheNextLine() throws Exception {
        Extraction e = parse("x.txt", "United Nations", "", "A/51/999", "", "General Assembly", "", "Distr. GENERAL", "",
                "1 October 1996", "", "ORIGINAL:", "ENGLISH", "", "Fifty-first session", "Agenda item 97 (b)", "",
                "ENVIRONMENT AND SUSTAINABLE DEVELOPMENT", "", "Report of the Secretary-General").extraction();
        assertEquals("en", e.originalLanguage());
        assertEquals(List.of(new Session("General Assembly", 51, null)), e.sessions());
    }

    @Test
    void aFootnoteAWebCopyPutAboveTheMastheadDoesNotHideIt() throws Exception {
        Extraction e = parse("CAT_C_SR.835_Add.1.txt",
                "* The summary record of the first part (closed) of the meeting appears as document CAT/C/SR.835. This record is "
                        + "subject to correction. GE.08-42040 (E) 210508 270508 UNITED NATIONS", "", "CAT", "",
                "Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment", "", "Distr.", "GENERAL", "",
                "CAT/C/SR.835/Add.1", "", "27 May 2008", "", "Original: ENGLISH", "", "COMMITTEE AGAINST TORTURE", "", "Fortieth session", "",
                "SUMMARY RECORD OF THE SECOND PART (PUBLIC)* OF THE 835th MEETING", "",
                "Held at the Palais Wilson, Geneva, on Friday, 16 May 2008, at 4.20 p.m.", "", "Chairperson: Ms. BELMIR").extraction();
        assertEquals(SymbolSource.MASTHEAD, e.symbolSource());
        assertEquals(LocalDate.of(2008, 5, 27), e.date(), "the masthead's date, not the meeting's");
        assertEquals(List.of(new Session("Committee against Torture", 40)), e.sessions());
        assertEquals("835", e.meeting().number());
        assertEquals("SUMMARY RECORD OF THE SECOND PART (PUBLIC) OF THE 835th MEETING", e.title());
    }

    @Test
    void anOfficialRecordsSupplementIsReadFromItsCover() throws Exception {
        Extraction e = parse("report.txt", "REPORT OF THE SECURITY COUNCIL", "16 July 1968-15 July 1969", "GENERAL ASSEMBLY",
                "OFFICIAL RECORDS: TWENTY-FOURTH SESSION", "SUPPLEMENT No. 2 (A/7602)", "New York, 1969", "",
                "NOTE", "Symbols of United Nations documents are composed of capital letters combined with figures.").extraction();
        assertEquals(List.of("A/7602"), e.symbols());
        assertEquals(SymbolSource.MASTHEAD, e.symbolSource());
        assertEquals(List.of("General Assembly"), e.organs());
        assertEquals(List.of(new Session("General Assembly", 24)), e.sessions());
        assertEquals(DocumentType.REPORT, e.documentType());
        assertEquals("REPORT OF THE SECURITY COUNCIL", e.title());
    }

    @Test
    void aResolutionPrintedUnderTheMeetingThatAdoptedItIsAResolutionWithItsOwnTitle() throws Exception {
        Extraction e = new DocumentParser().parse(new SourceText("E_RES_688(XXVI).txt", "text/plain", "0".repeat(64), String.join("\n",
                "Economic and Social Council", "", "", "1042nd Plenary Meeting", "28 July 1958", "",
                "1958/688(XXVI).Technical assistance for narcotics control", "", "", "The Economic and Social Council,", "",
                "Noting the resolution on technical assistance for narcotics control,"))).extraction();
        assertEquals(DocumentType.RESOLUTION, e.documentType());
        assertNull(e.meeting(), "the meeting line is the adopting meeting's, not a record's");
        assertEquals("Technical assistance for narcotics control", e.title());
    }

    @Test
    void aNoteVerbaleOnLetterheadIsReadFromItsOpeningThatNamesSenderAndAddressee() throws Exception {
        Extraction e = new DocumentParser().parse(new SourceText("note.txt", "text/plain", "0".repeat(64), String.join("\n",
                "United Nations H E A D Q U A RT E R S • S I E G E", "", "Nations Unies NEW YORK, NY 10017", "",
                "REFERENCIA: ASUNTO:", "", "ODA/25-2017 Plazo para presentar información: 31 de mayo de 2017 La Oficina de Asuntos de "
                        + "Desarme saluda atentamente a las Misiones Permanentes de los Estados Miembros ante las Naciones Unidas y tiene el "
                        + "honor de referirse a la resolución 71/258 de la Asamblea General."))).extraction();
        assertEquals(DocumentType.NOTE_VERBALE, e.documentType());
        assertEquals(new Agent(null, null, "Oficina de Asuntos de Desarme", null), e.sender());
        assertEquals(List.of(new Addressee("Misiones Permanentes de los Estados Miembros ante las Naciones Unidas")), e.addressees());
    }
}
