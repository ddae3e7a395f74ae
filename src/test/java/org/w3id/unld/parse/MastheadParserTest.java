package org.w3id.unld.parse;

import org.junit.jupiter.api.Test;
import org.w3id.unld.model.AgendaItem;
import org.w3id.unld.model.Session;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

class MastheadParserTest {

    private static MastheadParser.Masthead parse(String text) {
        return MastheadParser.parse(TextLines.of(text));
    }

    @Test
    void modernMastheadFromPdfTextGivesEveryField() {
        MastheadParser.Masthead m = parse(String.join("\n",
                "United Nations ", "A/80/L.10", " ", " ", "General Assembly ", "Distr.: Limited ", "5 November 2025 ",
                "Original: English ", " ", "25-17857 (E)    121125     ", "*2517857* ", " ", " ", "Eightieth session ",
                "Agenda item 11 ", "Sport for development and peace: building a peaceful and ",
                "better world through sport and the Olympic ideal ", " ", " ", "Italy and Turkmenistan:* draft resolution  ",
                " ", "Building a peaceful and better world"));
        assertEquals(List.of("A/80/L.10"), m.symbols());
        assertEquals(List.of("General Assembly"), m.organs());
        assertEquals("Limited", m.distribution());
        assertEquals(LocalDate.of(2025, 11, 5), m.date());
        assertEquals("en", m.originalLanguage());
        assertEquals(List.of(new Session("General Assembly", 80)), m.sessions());
        assertEquals(List.of(new AgendaItem("General Assembly", 80, "11",
                "Sport for development and peace: building a peaceful and better world through sport and the Olympic ideal")), m.agendaItems());
    }

    @Test
    void aJointDocumentsSecondOrganRunIntoTheItemTitleHeadsItsYearLine() {
        MastheadParser.Masthead m = parse(String.join("\n", "Asamblea General", "Consejo de Seguridad", "Distr. GENERAL",
                "A/48/872 S/1994/166 12 de febrero de 1994", "ORIGINAL: INGLES", "ASAMBLEA GENERAL",
                "Cuadragésimo octavo período de sesiones", "Tema 42 del programa", "LA SITUACION EN BOSNIA Y HERZEGOVINA CONSEJO DE SEGURIDAD",
                "Cuadragésimo noveno año", "", "Carta de fecha 11 de febrero de 1994 dirigida al Secretario General"));
        assertEquals(List.of(new AgendaItem("General Assembly", 48, "42", "LA SITUACION EN BOSNIA Y HERZEGOVINA")), m.agendaItems());
        assertEquals(List.of(new Session("General Assembly", 48), new Session("Security Council", 49)), m.sessions());
    }

    @Test
    void theRightColumnOfTwoSideBySideGivesItsFields() {
        MastheadParser.Masthead m = parse(String.join("\n", "UNITED", "NATIONS                                     EP",
                "                                      UNEP/GC.23/11", "                                      Distr.: General",
                "   Governing Council                  7 April 2005", "   of the United Nations",
                "                                      Original: English", "   Environment Programme"));
        assertEquals(List.of("UNEP/GC.23/11"), m.symbols());
        assertEquals(LocalDate.of(2005, 4, 7), m.date(), "the date beside the organ's first line");
        assertEquals("en", m.originalLanguage());
    }

    @Test
    void aSymbolAScanGarbledBeyondReadingLeavesTheLinesOtherFields() {
        MastheadParser.Masthead m = parse(String.join("\n", "UNITED NATIONS", "SECURITY COUNCIL",
                "Distr. GENERAL S/8;sO9/Add.4 3 December 1968 ORIGINAL: ENGLISH", "", "REPORT BY THE SECRETARY-GENERAL"));
        assertEquals(List.of(), m.symbols(), "no symbol is made up of what the scan left");
        assertEquals("General", m.distribution());
        assertEquals(LocalDate.of(1968, 12, 3), m.date());
        assertEquals("en", m.originalLanguage());
        // A symbol followed by a comma is a symbol.
        assertEquals(List.of("A/47/485", "S/24641"), parse("Distr. GENERAL A/47/485, S/24641 3 October 1992").symbols());
    }

    @Test
    void aSessionLineWhoseOrdinalTextExtractionBrokeIsReadWhole() {
        assertEquals("Soixante-quinzième session", MastheadParser.rejoinedOrdinal("Soixante- quin zième session"));
        assertEquals("Trigésimo quinto período de sesiones", MastheadParser.rejoinedOrdinal("Trigé simo quinto período de sesiones"));
        assertEquals("Sixtieth session", MastheadParser.rejoinedOrdinal("Sixtieth session"));
        assertEquals("Special session", MastheadParser.rejoinedOrdinal("Special session"), "no ordinal to rejoin");
        MastheadParser.Masthead m = parse(String.join("\n", "Nations Unies", "CERD/C/SR.1971", "Distr. générale", "12 janvier 2010",
                "Original: français", "Comité pour l’élimination de la discrimination raciale", "Soixante- quin zième session",
                "Compte rendu analytique de la 1971 e séance"));
        assertEquals(List.of(new Session("Committee on the Elimination of Racial Discrimination", 75, null)), m.sessions());
    }

    @Test
    void theVersionsLanguageEndingTheOrgansLineLeavesTheOrgan() {
        MastheadParser.Masthead m = parse(String.join("\n", "United Nations A/66/884", "Distr.: General", "17 August 2012",
                "General Assembly English", "Original: Spanish", "Sixty-sixth session", "Agenda item 45"));
        assertEquals(List.of("General Assembly"), m.organs());
        assertEquals("es", m.originalLanguage());
    }

    @Test
    void aTreatyBodyOverItsSessionIsTheOrganOfACopyWithoutTheMastheadsFields() {
        // A treaty database's copy of concluding observations: no symbol, no "Distr.", the committee at the top.
        MastheadParser.Masthead copy = parse(String.join("\n", "COMITÉ DES DROITS DE L'ENFANT", "", "Dix-neuvième session", "",
                "EXAMEN DES RAPPORTS PRÉSENTÉS PAR LES ÉTATS PARTIES"));
        assertEquals(List.of("Committee on the Rights of the Child"), copy.organs());
        // Under a masthead's fields, the committee is the session's body: the organ slot printed the treaty, which this copy lost.
        MastheadParser.Masthead fields = parse(String.join("\n", "Distr. GENERAL", "CERD/C/RUS/CO/19", "22 September 2008", "Original: ENGLISH",
                "COMMITTEE ON THE ELIMINATION OF RACIAL DISCRIMINATION", "Seventy-third session"));
        assertEquals(List.of(), fields.organs());
        assertEquals(List.of(new Session("Committee on the Elimination of Racial Discrimination", 73, null)), fields.sessions());
    }

    @Test
    void aBodyAndItsSessionOnOneLineAreReadWithoutTheBodysAccents() {
        MastheadParser.Masthead m = parse(String.join("\n", "Pacte international relatif aux droits civils et politiques", "Distr.",
                "GENERALE CCPR/C/134 29 mai 1998 FRANCAIS", "Original : ANGLAIS",
                "COMITE DES DROITS DE L'HOMME Soixante-troisième session Genève, 13-31 juillet 1998", "ORDRE DU JOUR PROVISOIRE"));
        assertEquals(List.of(new Session("Human Rights Committee", 63, null)), m.sessions());
        MastheadParser.Masthead spaced = parse(String.join("\n", "Nations Unies", "CCPR/C/106/1", "Distr. générale", "21 août 2012",
                "Original: anglais", "Comité des droits de l ’ homme", "10 6 e session", "Genève, 15 octobre-2 novembre 2012"));
        assertEquals(List.of(new Session("Human Rights Committee", 106, null)), spaced.sessions());
    }

    @Test
    void distributionAndLanguageAreReadWhereAScannedMastheadMixedThemWithDebris() {
        TextLines lines = TextLines.of(String.join("\n", "UNITED NATIONS ECONOMIC Distr. GENERAL AND SOCIAL E/CN.l4/1O3 COUNCIL ,%'~ 12 May",
                "ORIGINAL: ENGLISH 'llil", "ECONOMIC COMMISSION FOR AFRICA", "Decentralization of the activities", "1. The Commission"));
        assertEquals(new MastheadParser.ScatteredFields("General", "en"), MastheadParser.scatteredFields(lines, 3));
        assertEquals(new MastheadParser.ScatteredFields(null, null), MastheadParser.scatteredFields(lines, 0), "only before the heading");
        assertEquals(new MastheadParser.ScatteredFields(null, null),
                MastheadParser.scatteredFields(TextLines.of("The distribution of the original report"), 1));
    }

    @Test
    void theOfficialRecordsPrintLanguageAndDateInBrackets() {
        TextLines lines = TextLines.of(String.join("\n", "REPORT OF THE ECONOMIC AND SOCIAL COUNCIL", "for the year 1995", "",
                "[Original: English]", "[10 July 1996]", "CONTENTS"));
        assertEquals(new MastheadParser.Bracketed("en", LocalDate.of(1996, 7, 10)), MastheadParser.bracketed(lines, 150));
        assertEquals(new MastheadParser.Bracketed("fr", LocalDate.of(1997, 9, 11)),
                MastheadParser.bracketed(TextLines.of("[Original : FRANÇAIS] [11 septembre 1997]"), 150));
        assertEquals(new MastheadParser.Bracketed(null, LocalDate.of(2018, 3, 29)), MastheadParser.bracketed(TextLines.of("[29 Mars 2018]"), 150));
        assertEquals(new MastheadParser.Bracketed(null, null),
                MastheadParser.bracketed(TextLines.of("[on the report of the Third Committee (A/74/400)]"), 150));
    }

    @Test
    void aRecordsSymbolRunIntoItsDateIsToldApartByTheDay() {
        MastheadParser.Masthead m = parse(String.join("\n", "NATIONS", "", "UNIES", "", "CRC", "", "Distr.GÉNÉRALE", "",
                "CRC/C/SR.112524 mai 2006", "", "Original: ANGLAIS", "", "COMITÉ DES DROITS DE L’ENFANT", "", "Quarante-quatrième session"));
        assertEquals(List.of("CRC/C/SR.1125"), m.symbols());
        assertEquals(LocalDate.of(2006, 5, 24), m.date());
        assertEquals("en", m.originalLanguage());
    }

    @Test
    void aBodyTheTableCannotNameAloneUnderTheFieldsIsTheOrganSlot() {
        MastheadParser.Masthead m = parse(String.join("\n", "UNITED NATIONS", "Convention to Combat Desertification",
                "Distr. GENERAL ICCD/COP(3)/20/Add.1 31 December 1999", "ORIGINAL: ENGLISH", "CONFERENCE OF THE PARTIES",
                "REPORT OF THE CONFERENCE OF THE PARTIES ON ITS THIRD SESSION"));
        assertEquals(List.of("Conference of the Parties"), m.organs());
        assertEquals(5, m.end(), "the title under it is not the masthead's");
        MastheadParser.Masthead overSession = parse(String.join("\n", "FCCC/CP/2009/1", "Distr.: General", "4 September 2009",
                "Original: English", "CONFERENCE OF THE PARTIES", "Fifteenth session", "Copenhagen, 7–18 December 2009"));
        assertEquals(List.of(), overSession.organs(), "over its session line, a body is the session's");
    }

    @Test
    void anItemTitleInCapitalsRunsToTheTitleInMixedCaseAndAScansSpaceInTheYearIsDropped() {
        MastheadParser.Masthead m = parse(String.join("\n", "ECONOMIC AND SOCIAL COUNCIL", "Distr.", "GENERAL", "E/CN.4/200 1/94",
                "26 January 2001", "Original: ENGLISH", "COMMISSION ON HUMAN RIGHTS", "Fifty-seventh session",
                "Item 17 (b) of the provisional agenda", "PROMOTION AND PROTECTION OF HUMAN RIGHTS", "HUMAN RIGHTS DEFENDERS",
                "Report submitted by Ms. Hina Jilani, Special Representative of the"));
        assertEquals(List.of("E/CN.4/2001/94"), m.symbols());
        assertEquals(List.of(new AgendaItem("Commission on Human Rights", 57, "17(b)",
                "PROMOTION AND PROTECTION OF HUMAN RIGHTS HUMAN RIGHTS DEFENDERS")), m.agendaItems());
    }

    @Test
    void anApostropheMayBeCurlyInABodysName() {
        MastheadParser.Masthead m = parse(String.join("\n", "A/HRC/RES/17/18", "Assemblée générale", "Distr. générale", "14 juillet 2011",
                "Original: anglais", "Conseil des droits de l’homme", "Dix-septième session"));
        assertEquals(List.of("General Assembly", "Human Rights Council"), m.organs());
    }

    @Test
    void aConferenceOfThePartiesNumbersItsSessionsAsMeetings() {
        String basel = "Conference of the Parties to the Basel Convention on the Control of Transboundary Movements of Hazardous "
                + "Wastes and Their Disposal";
        MastheadParser.Masthead underItsBody = parse(String.join("\n", "UNEP/CHW.7/33", "Distr.: General", "25 January 2005",
                "Original: English", basel, "Seventh meeting", "Geneva, 25–29 October 2004", "Report of the Conference"));
        assertEquals(List.of(new Session(basel, 7)), underItsBody.sessions());
        assertEquals(List.of(basel), underItsBody.organs(), "the body printed itself above its session line");
        assertEquals(7, underItsBody.end(), "the session line and its place and dates belong to the masthead");

        String montreal = "Meeting of the Parties to the Montreal Protocol on Substances that Deplete the Ozone Layer";
        MastheadParser.Masthead named = parse(String.join("\n", "Distr.", "GENERAL", "", "UNEP/OzL.Pro/12/1", "21 August 2000", "",
                "ORIGINAL: ENGLISH", "", "TWELFTH MEETING OF THE PARTIES TO", "THE MONTREAL PROTOCOL ON", "SUBSTANCES THAT DEPLETE",
                "THE OZONE LAYER", "", "Ouagadougou, 11-14 December 2000", "", "ANNOTATED PROVISIONAL AGENDA"));
        assertEquals(List.of(new Session(montreal, 12)), named.sessions(), "a session line broken over four lines names its body");
        assertEquals(List.of(), named.organs(), "a body named only inside its session line is not in the organ slot");

        MastheadParser.Masthead committee = parse(String.join("\n", "CAT/C/SR.7", "Distr.: General", "1 May 2017",
                "Committee against Torture", "Seventh meeting", "Summary record"));
        assertEquals(List.of(), committee.sessions(), "a committee's seventh meeting is a meeting, not a session");
    }

    @Test
    void aTreatyPrintedInTheOrganSlotIsItsCommittee() {
        MastheadParser.Masthead m = parse(String.join("\n",
                "United Nations CCPR/C/ITA/CO/6", "", "International Covenant on", "Civil and Political Rights", "",
                "Distr.: General", "1 May 2017", "", "Original: English", "", "Human Rights Committee", "",
                "Concluding observations on the sixth periodic report of Italy*"));
        assertEquals(List.of("CCPR/C/ITA/CO/6"), m.symbols());
        assertEquals(List.of("Human Rights Committee"), m.organs(), "a treaty's name broken over two lines is read as one");
        MastheadParser.Masthead oneLine = parse(String.join("\n",
                "United Nations CCPR/C/ITA/CO/6", "", "International Covenant on Civil and Political Rights", "",
                "Distr.: General", "1 May 2017", "", "Original: English", "", "Human Rights Committee", "",
                "Concluding observations on the sixth periodic report of Italy*"));
        assertEquals(List.of("Human Rights Committee"), oneLine.organs());
        assertEquals(LocalDate.of(2017, 5, 1), oneLine.date());
    }

    @Test
    void theOrganSlotIsReadInFrenchAndSpanishAndReportedInEnglish() {
        MastheadParser.Masthead fr = parse(String.join("\n", "United Nations A/80/L.10", "", "Assemblée générale", "",
                "Distr.: Limited", "5 November 2025", "", "Eightieth session"));
        assertEquals(List.of("General Assembly"), fr.organs());
        MastheadParser.Masthead es = parse(String.join("\n", "United Nations S/2024/1", "", "CONSEJO DE SEGURIDAD", "",
                "Distr.: General", "2 January 2024"));
        assertEquals(List.of("Security Council"), es.organs());
    }

    @Test
    void aBodyAboveTheSessionLineIsReportedByItsEnglishNameWhenTheTableKnowsIt() {
        MastheadParser.Masthead m = parse(String.join("\n", "United Nations E/CN.6/2020/1", "", "Economic and Social Council", "",
                "Distr.: General", "2 December 2019", "", "Original: English", "", "Commission de la condition de la femme",
                "Sixty-fourth session", "", "Review and appraisal"));
        // The body above the session line is the session's, not an organ: organs are what the organ slot prints.
        assertEquals(List.of("Economic and Social Council"), m.organs());
        assertEquals(List.of(new Session("Commission on the Status of Women", 64)), m.sessions());
        MastheadParser.Masthead unknown = parse(String.join("\n", "United Nations A/AC.999/1", "", "General Assembly", "",
                "Distr.: General", "2 December 2019", "", "Ad Hoc Committee on Things", "Third session", "", "Report"));
        assertEquals(List.of("General Assembly"), unknown.organs());
        assertEquals(List.of(new Session("Ad Hoc Committee on Things", 3)), unknown.sessions(), "a body the table lacks, as printed");
    }

    @Test
    void jointMastheadPrintsOrganAndSessionOnOneLine() {
        MastheadParser.Masthead m = parse(String.join("\n",
                "General Assembly Security Council", "", "Distr.: General", "27 December 2024", "", "Original: English", "",
                "General Assembly Seventy-ninth session", "", "Agenda items 32 and 60", "", "Prevention of armed conflict", "",
                "Report of the United Nations High Commissioner for", "Refugees, questions relating to refugees", "",
                "Security Council Seventy-ninth year", "", "Letter dated 27 December 2024 from …"));
        assertEquals(List.of("General Assembly", "Security Council"), m.organs());
        assertEquals(List.of(new Session("General Assembly", 79), new Session("Security Council", 79)), m.sessions());
        assertEquals(2, m.agendaItems().size());
        assertEquals("Report of the United Nations High Commissioner for Refugees, questions relating to refugees",
                m.agendaItems().get(1).title());
    }

    @Test
    void nineteenNinetiesMastheadInCapitalsOverSeveralLines() {
        MastheadParser.Masthead m = parse(String.join("\n",
                "UNITED SNATIONS", "Security Council", "Distr.", "GENERAL", "S/1998/497", "10 June 1998", "ORIGINAL: ENGLISH",
                "REPORT OF THE SECRETARY-GENERAL CONCERNING"));
        assertEquals(List.of("S/1998/497"), m.symbols());
        assertEquals("General", m.distribution());
        assertEquals(LocalDate.of(1998, 6, 10), m.date());
        assertEquals(7, m.end());
    }

    @Test
    void sessionsUnderAColumnOfOrgansGoToTheirOrgans() {
        MastheadParser.Masthead m = parse(String.join("\n",
                "GENERAL ASSEMBLY SECURITY COUNCIL", "Fifty-first session Fifty-first year", "Agenda item 40", "THE SITUATION",
                "Report of the Secretary-General"));
        assertEquals(List.of(new Session("General Assembly", 51), new Session("Security Council", 51)), m.sessions());
        assertEquals("General Assembly", m.agendaItems().get(0).organ());
    }

    @Test
    void specialAndResumedSessionsAreKeptApart() {
        assertEquals(List.of(new Session("General Assembly", 10, Session.EMERGENCY_SPECIAL)),
                parse("General Assembly\nTenth emergency special session\nAgenda item 5\nTitle").sessions());
        assertEquals(List.of(new Session("General Assembly", 27, Session.SPECIAL)),
                parse("General Assembly\nTwenty-seventh special session\nTitle").sessions());
        assertEquals(List.of(new Session("General Assembly", 79, Session.RESUMED)),
                parse("General Assembly\nResumed seventy-ninth session\nTitle").sessions());
    }

    @Test
    void wordDerivedTextKeepsOnlySessionAndAgendaLines() {
        MastheadParser.Masthead m = parse(String.join("\n",
                "Seventy-third session", "", "Agenda item 74 (c)", "",
                "Promotion and protection of human rights: human rights situations", "",
                "Letter dated 16 January 2019 from the Secretary-General addressed to the President of the General Assembly"));
        assertEquals(List.of(), m.organs());
        assertNull(m.sessions().get(0).organ());
        assertEquals("74(c)", m.agendaItems().get(0).number());
        assertEquals(6, m.end());
    }

    @Test
    void aMainCommitteeUnderTheSessionIsNoOrgan() {
        MastheadParser.Masthead m = parse(String.join("\n",
                "United Nations", "A/C.5/80/L.3", "General Assembly", "Distr.: Limited", "4 November 2025", "Eightieth session",
                "Fifth Committee", "Agenda item 148", "Administrative and budgetary aspects", "", "Draft resolution"));
        assertEquals(List.of("General Assembly"), m.organs());
        assertEquals("148", m.agendaItems().get(0).number());
    }

    @Test
    void textWithoutMastheadHasNone() {
        MastheadParser.Masthead m = parse("Note by the President of the Security Council\n\n1. In efforts to enhance …");
        assertFalse(m.found());
        assertEquals(0, m.end());
    }

    @Test
    void bodiesRunTogetherOnOneLineGiveTheSessionToTheLastOfThem() {
        MastheadParser.Masthead ece = parse(String.join("\n", "United Nations", "Economic and Social Council", "ECE/TRANS/WP.1/163",
                "Distr.: General", "11 April 2018", "Original: English", "Economic Commission for Europe",
                "Inland Transport Committee Global Forum for Road Traffic Safety", "Seventy-sixth session Geneva, March 2018",
                "Report of the Global Forum for Road Traffic Safety on its seventy-sixth session"));
        assertEquals(List.of(new Session("Global Forum for Road Traffic Safety", 76)), ece.sessions(),
                "a session line whose dates name only the month");
        MastheadParser.Masthead durban = parse(String.join("\n", "UNITED NATIONS", "A", "General Assembly", "Distr. GENERAL",
                "A/CONF.211/PC/WG.1/1", "20 May 2008", "Original: ENGLISH",
                "DURBAN REVIEW CONFERENCE Preparatory Committee Intersessional open-ended intergovernmental working group to follow up "
                        + "the work of the Preparatory Committee", "First session Geneva, 26-30 May 2008", "PROVISIONAL AGENDA"));
        assertEquals(List.of(new Session("Intersessional open-ended intergovernmental working group to follow up the work of the "
                + "Preparatory Committee", 1)), durban.sessions());
        MastheadParser.Masthead capitals = parse(String.join("\n", "CERD", "Distr. GENERAL", "CERD/C/71/1", "23 May 2007",
                "Original: ENGLISH", "COMMITTEE ON THE ELIMINATION OF RACIAL DISCRIMINATION", "Seventy-first session",
                "PROVISIONAL AGENDA"));
        assertEquals(List.of(new Session("Committee on the Elimination of Racial Discrimination", 71)), capitals.sessions(),
                "one name in capitals: \"COMMITTEE ON\" does not start a second");
    }

    @Test
    void sessionLinesWithTheirPlaceAndDatesInTheFormsCopiesPrint() {
        MastheadParser.Masthead board = parse(String.join("\n", "Distr.", "LIMITED", "TD/B/53/L.2/Add.6", "3 October 2006",
                "Original: ENGLISH", "TRADE AND DEVELOPMENT BOARD", "Fifty-third session",
                "Geneva, 27 September – 2 October and 10 October 2006", "Agenda item 12", "", "DRAFT REPORT"));
        assertEquals(List.of(new Session("Trade and Development Board", 53)), board.sessions());
        assertEquals("12", board.agendaItems().get(0).number(), "the masthead goes on past a session held in two parts");
        MastheadParser.Masthead lostDash = parse(String.join("\n", "ECE/TRANS/WP.15/239", "Distr.: General", "23 November 2017",
                "Original: French", "Economic Commission for Europe",
                "Inland Transport Committee Working Party on the Transport of Dangerous Goods", "103rd session Geneva, 6 10 November 2017",
                "Report of the Working Party"));
        assertEquals(List.of(new Session("Working Party on the Transport of Dangerous Goods", 103)), lostDash.sessions());
        MastheadParser.Masthead country = parse(String.join("\n", "E/ECA/TRADE/96/1", "Distr.: GENERAL", "15 February 1996",
                "Original: ENGLISH", "ECONOMIC COMMISSION FOR AFRICA",
                "Conference of African Ministers Responsible for Trade, Regional Cooperation, Integration and Tourism",
                "First Session Addis Ababa, Ethiopia February 1996", "REPORT OF THE CONFERENCE"));
        assertEquals(List.of(new Session("Conference of African Ministers Responsible for Trade, Regional Cooperation, Integration and "
                + "Tourism", 1)), country.sessions(), "a place with its country, a month without a day");
    }

    @Test
    void anExecutiveBoardsSessionWithItsMonthAndPlace() {
        MastheadParser.Masthead m = parse(String.join("\n", "UNITED NATIONS", "DP",
                "Executive Board of the United Nations Development Programme and of the United Nations Population Fund",
                "First regular session January 1998, New York", "Item 1 of the provisional agenda", "UNDP", "Distr. GENERAL",
                "8 October 1997", "ORIGINAL: ENGLISH", "ORGANIZATIONAL MATTERS", "Decisions adopted by the Executive Board during 1997"));
        assertEquals(List.of(new Session("Executive Board of the United Nations Development Programme and of the United Nations "
                + "Population Fund", 1)), m.sessions());
        assertEquals("1", m.agendaItems().get(0).number());
        assertEquals(LocalDate.of(1997, 10, 8), m.date());
    }

    @Test
    void aProgrammesBoardPrintedInTheLeftColumnBesideTheFieldsIsTheOrgan() {
        String board = "Executive Board of the United Nations Development Programme and of the United Nations Population Fund";
        MastheadParser.Masthead m = parse(ColumnMasthead.rejoin(String.join("\n", "United Nations                        DP/FPA/2003/2", "",
                "        Executive Board of the",
                "        United Nations Development                 Distr.: General",
                "        Programme and of the                       19 December 2002",
                "        United Nations Population Fund             Original: English", "",
                "First regular session 2003", "20-24 January 2003", "Item 8 of the provisional agenda")));
        assertEquals(List.of(board), m.organs());
        assertEquals("General", m.distribution());
        assertEquals(LocalDate.of(2002, 12, 19), m.date());
        assertEquals("en", m.originalLanguage());
        assertEquals(List.of(new Session(board, 1)), m.sessions());
    }

    @Test
    void aCouncilsNameSplitAroundTheRightColumnsFieldsOfA1950RecordIsTheOrganEvenWhereTheScanLostItsAnd() {
        MastheadParser.Masthead m = parse(ColumnMasthead.rejoin(String.join("\n", "UNITED NATIONS", "ECONOMIC GENERAL", "E/CN.4/SR.201",
                "5 June 1950", "ENGLISH", "SOCIAL COUNCIL ORIGINAL: FRENCH", "COMMISSION ON HUMAN RIGHTS Sixth Session",
                "SUMMARY RECORD OF THE TWO HUNDRED AND FIRST MEETING")));
        assertEquals(List.of("Economic and Social Council"), m.organs());
        assertEquals("fr", m.originalLanguage());
        assertEquals(List.of(new Session("Commission on Human Rights", 6)), m.sessions());
    }

    @Test
    void aJobNumberAndTheVersionsLanguageRunIntoTheDateLineAndSpacesAfterTheSymbolsSlashesAreMastheadParts() {
        MastheadParser.Masthead m = parse(String.join("\n", "Naciones Unidas A/ 59/ 565", "Asamblea General", "Distr. general",
                "2 de diciembre de 2004 Español - 04-60234 (S) 261104 301104", "*0460234*", "",
                "Quincuagésimo noveno período de sesiones", "Tema 55 del programa", "Seguimiento de los resultados de la Cumbre del Milenio"));
        assertEquals(List.of("A/59/565"), m.symbols());
        assertEquals(LocalDate.of(2004, 12, 2), m.date());
        assertEquals(List.of(new Session("General Assembly", 59)), m.sessions());
        assertEquals("55", m.agendaItems().get(0).number());
    }

    @Test
    void theVersionsLanguageBeforeAnOriginalWithAFullStopAndAnAccentPrintedAfterItsLetterAreRead() {
        MastheadParser.Masthead m = parse(String.join("\n", "UNITED NATIONS", "General Assembly", "Distr. GENERAL", "A/38/144",
                "3 October 1983", "ENGLISH ORIGINAL. ENGLISH/FRENCH/ RUSSIAN", "Thirty-eighth session", "Agenda item 50 (e)"));
        assertEquals("en", m.originalLanguage());
        assertEquals(List.of(new Session("General Assembly", 38)), m.sessions());
        MastheadParser.Masthead french = parse(String.join("\n", "Nations Unies", "A/CONF.177/20", "Distr. GENERAL", "17 octobre 1995",
                "FRANC'AIS", "ORIGINAL: ANGLAIS/ARABE/ ESPAGNOL/ FRANC'AIS/RUSSE"));
        assertEquals("en", french.originalLanguage());
        assertEquals(LocalDate.of(1995, 10, 17), french.date());
    }

    @Test
    void aCommissionUnderTheFieldsOverItsSessionLineIsTheSessionsBodyWhereTheCopyLostTheOrganSlot() {
        MastheadParser.Masthead m = parse(String.join("\n", "Distr.", "GENERAL", "E/CN.4/2003/1/Add.1", "31 de diciembre de 2002",
                "ESPAÑOL", "Original: INGLÉS", "COMISIÓN DE DERECHOS HUMANOS", "59º período de sesiones", "Tema 2 del programa provisional"));
        assertEquals(List.of(), m.organs(), "the Council's organ slot is not printed; the commission is its session's body");
        assertEquals(List.of(new Session("Commission on Human Rights", 59)), m.sessions());
        MastheadParser.Masthead environment = parse(String.join("\n", "UNEP/EA.1/10", "Distr.: General", "1 July 2014",
                "Original: English", "United Nations Environment Assembly of the United Nations Environment Programme", "First session"));
        assertEquals(List.of("United Nations Environment Assembly of the United Nations Environment Programme"), environment.organs(),
                "a programme's assembly prints itself where the organ goes");
    }

    @Test
    void anOrgansNameAScanReadAcrossBothColumnsIsPutBackOnALineOfItsOwn() {
        MastheadParser.Masthead trusteeship = parse(ColumnMasthead.rejoinAcross(String.join("\n",
                "UNITED NATIONS Distr. TRUSTEESHIP GENERAL T/PV.1611 COUNCIL 4 June 1986 ENGLISH", "", "Fifty-third Session", "",
                "VERBATIM RECORD OF THE SIXTEEN HUNDRED AND ELEVENTH MEETING")));
        assertEquals(List.of("Trusteeship Council"), trusteeship.organs());
        assertEquals(List.of("T/PV.1611"), trusteeship.symbols());
        assertEquals("General", trusteeship.distribution());
        assertEquals(LocalDate.of(1986, 6, 4), trusteeship.date());
        // The distribution's "GENERAL" after "Distr." is not the organ's; the one nearer "ASSEMBLY" is.
        MastheadParser.Masthead assembly = parse(ColumnMasthead.rejoinAcross(String.join("\n", "- - UNITED NATIONS",
                "Distr. .GENERAL GENERAL A/3191 ASSEMBLY", "13 September 1956", "ORIGINAL: ENGLISH", "Eleventh session")));
        assertEquals(List.of("General Assembly"), assembly.organs());
        assertEquals(List.of("A/3191"), assembly.symbols());
        assertEquals("General", assembly.distribution());
        // A French typewriter's capitals without their accents.
        assertEquals("NATIONS UNIES\nASSEMBLEE GENERALE\nDistr. A/C.2/L.9 12 mai 1960",
                ColumnMasthead.rejoinAcross("NATIONS UNIES ASSEMBLEE Distr. A/C.2/L.9 GENERALE 12 mai 1960"));
    }

    @Test
    void aNameIsReadAcrossTheColumnsOnlyInCapitalsAndOnlyWhereItIsNotPrintedWhole() {
        String environment = String.join("\n", "UNEP/EA.3/INF/1", "Distr.: General 20 November 2017 Original: English",
                "United Nations Environment Assembly of the United Nations Environment Programme");
        assertEquals(environment, ColumnMasthead.rejoinAcross(environment));
        String joint = "United Nations A/67/824–S/2013/211 General Assembly Security Council Distr.: General 8 April 2013";
        assertEquals(joint, ColumnMasthead.rejoinAcross(joint));
        String running = "GENERAL debate was held and the ASSEMBLY adopted the report";
        assertEquals(running, ColumnMasthead.rejoinAcross(running));
    }

    @Test
    void aNameIsNotRejoinedAcrossALineThatRunsOnOrStartsANameOfItsOwn() {
        String printed = String.join("\n", "United Nations A/HRC/47/G/10", "", "Distr.: General 18 June 2021 Original: English", "",
                "18 June 2021", "", "Human Rights Council Forty-seventh session 21 June–9 July 2021 Agenda item 4");
        assertEquals(printed, ColumnMasthead.rejoin(printed));
        String distr = String.join("\n", "CEDAW/C/2010/47/1", "Distr.: General", "10 May 2010", "Original: English",
                "Committee on the Elimination of Discrimination against Women");
        assertEquals(distr, ColumnMasthead.rejoin(distr));
    }

    @Test
    void aSessionLineThatNamesItsBodyByAShortNameIsTheSessionOfTheOrganItShortens() {
        String council = "Governing Council of the United Nations Environment Programme";
        MastheadParser.Masthead en = parse(String.join("\n", "UNEP/GC.23/11", "Distr.: General",
                "Governing Council of the United Nations Environment Programme", "7 April 2005", "Original: English", "",
                "Twenty-third session of the Governing Council/", "Global Ministerial Environment Forum", "Nairobi, 21–25 February 2005",
                "Agenda item 12", "Adoption of the report", "", "Proceedings of the Governing Council"));
        assertEquals(List.of(council), en.organs());
        assertEquals(LocalDate.of(2005, 4, 7), en.date());
        assertEquals(List.of(new Session(council, 23)), en.sessions());
        assertEquals(List.of(new AgendaItem(council, 23, "12", "Adoption of the report")), en.agendaItems());

        MastheadParser.Masthead fr = parse(String.join("\n", "Conseil d’administration du Programme des Nations Unies pour l’environnement",
                "Distr. GENERALE", "UNEP/GC.22/11", "Février 2003", "Original : ANGLAIS", "",
                "Vingt-deuxième session du Conseil d’administration/", "", "Forum ministériel mondial sur l’environnement",
                "Nairobi, 3-7 février 2003", "Point 12 de l’ordre du jour"));
        assertEquals(List.of(new Session(council, 22)), fr.sessions());

        // A body the masthead does not name and the table does not know is no session's.
        assertEquals(List.of(), parse(String.join("\n", "A/80/1", "Distr.: General", "1 May 2025",
                "Twenty-third session of the Friends of the Chair", "Report")).sessions());
    }

    @Test
    void wordsOfAnotherColumnAmongTheFieldsArePassedOverWhileFieldsTheMastheadLacksFollow() {
        MastheadParser.Masthead m = parse(String.join("\n", "Distr.", "CONVENTION ON", "GENERAL", "BIOLOGICAL DIVERSITY",
                "UNEP/CBD/SBSTTA/2/1/Add.1", "20 July 1996", "ORIGINAL: ENGLISH", "", "ANNOTATED PROVISIONAL AGENDA", "Introduction"));
        assertEquals(List.of("UNEP/CBD/SBSTTA/2/1/Add.1"), m.symbols());
        assertEquals("General", m.distribution());
        assertEquals(LocalDate.of(1996, 7, 20), m.date());
        assertEquals("en", m.originalLanguage());
        // A letter's heading is never passed over, whatever field follows it.
        MastheadParser.Masthead letter = parse(String.join("\n", "Security Council", "20 January 1988", "",
                "Letter dated 20 January 1988 from the representative of Lebanon", "to the Secretary-General", "[Original: English]"));
        assertNull(letter.originalLanguage());
    }

    @Test
    void datesAsScansAndCopiesLeaveThem() {
        // A word the scan garbled after the date ("ESPAÑOL" read as "ESPM10L").
        assertEquals(LocalDate.of(1975, 11, 14), parse(String.join("\n", "NACIONES UNIDAS", "Distr. GENERAL", "ASAMBLEA GENERAL",
                "A/10333", "14 noviembre 1975 ESPM10L", "ORIGINAL: INGLES")).date());
        // The first of the month as Spanish prints it.
        assertEquals(LocalDate.of(2006, 2, 1), parse(String.join("\n", "Distr.", "GENERAL", "E/CN.4/2006/96", "1º de febrero de 2006",
                "ESPAÑOL", "Original: INGLÉS")).date());
        // A date alone on the first line: all that a copy kept of its masthead. Further down, a date alone is no masthead's.
        assertEquals(LocalDate.of(1998, 11, 14), parse(String.join("\n", "14 November 1998", "", "As I informed the members …")).date());
        assertNull(parse(String.join("\n", "Some heading", "14 November 1998", "", "As I informed the members …")).date());
    }

    @Test
    void aJobNumberAboveTheMastheadIsPageFurniture() {
        MastheadParser.Masthead m = parse(String.join("\n", "98-03111 (E) 180298 *  E/CN.6/1998/1. United Nations", "E/CN.6/1998/10",
                "Economic and Social Council", "Distr.: General", "10 February 1998", "Original: English"));
        assertEquals(List.of("E/CN.6/1998/10"), m.symbols());
        assertEquals(LocalDate.of(1998, 2, 10), m.date());
    }

    @Test
    void aProvisionalRecordsMarkAmongTheFieldsIsPassedOver() {
        MastheadParser.Masthead m = parse(String.join("\n", "NACIONES UNIDAS", "Asamblea General PROVISIONAL A/38/PV.105 27 junio 1984 ESPA&OL",
                "", "• PROVIS IONAL", "Forty-third sess ion"));
        assertEquals(List.of("General Assembly"), m.organs());
        assertEquals(List.of("A/38/PV.105"), m.symbols());
        assertEquals(LocalDate.of(1984, 6, 27), m.date());
        assertEquals(List.of(new Session("General Assembly", 43)), m.sessions());
    }

    @Test
    void aYearLineAloneIsTheCouncilsSessionButPrintsNoOrgan() {
        MastheadParser.Masthead m = parse(String.join("\n", "TWENTY- FIFTH YEAR", "", "1537th MEETING: 12 MAY 1970"));
        assertEquals(List.of(new Session("Security Council", 25)), m.sessions());
        assertEquals(List.of(), m.organs());
    }

    @Test
    void aConventionsConferenceOfThePartiesInTheOrganSlotByItsLongSpanishName() {
        MastheadParser.Masthead m = parse(String.join("\n", "Naciones Unidas", "CTOC/COP/2012/14",
                "Conferencia de las Partes en la Convención de las Naciones Unidas contra la Delincuencia Organizada Transnacional",
                "Distr. general", "20 de septiembre de 2012", "Español", "Original: inglés",
                "Sexto período de sesiones Viena, 15 a 19 de octubre de 2012", "Tema 2 del programa provisional *"));
        String cop = "Conference of the Parties to the United Nations Convention against Transnational Organized Crime";
        assertEquals(List.of(cop), m.organs());
        assertEquals(List.of(new Session(cop, 6)), m.sessions());
        assertEquals(LocalDate.of(2012, 9, 20), m.date());
    }

    @Test
    void anAgendaItemLineFollowedByTheDocumentsOwnAgendaHeadingHasNoTitle() {
        MastheadParser.Masthead m = parse(String.join("\n", "FCCC/SBSTA/1996/1", "8 December 1995", "Original: ENGLISH",
                "SUBSIDIARY BODY FOR SCIENTIFIC AND TECHNOLOGICAL ADVICE", "Second session", "Geneva, 27 February - 4 March 1996",
                "Item 2 (a) of the provisional agenda", "PROVISIONAL AGENDA AND ANNOTATIONS", "Note by the secretariat"));
        assertEquals(1, m.agendaItems().size());
        assertNull(m.agendaItems().get(0).title(), "the heading is the document's, not the item's");
    }

    @Test
    void aCouncilSessionWithoutANumberIsAMastheadLineButNoSession() {
        MastheadParser.Masthead m = parse(String.join("\n", "United Nations", "E/CN.17/1994/20", "Economic and Social Council",
                "Distr. GENERAL", "12 July 1994", "ORIGINAL: ENGLISH", "Substantive session of 1994", "",
                "REPORT OF THE COMMISSION ON SUSTAINABLE DEVELOPMENT ON ITS SECOND SESSION"));
        assertEquals(List.of(), m.sessions());
        assertEquals(8, m.end(), "the masthead goes past the session line, up to the title");
    }

    @Test
    void aScannedRecordsCoverGivesItsOrganAndSessionAmongTheScansDebris() {
        TextLines lines = TextLines.of(String.join("\n", "107a.", "", "Naciones Unida", "", "ASAMBLEA GENERAL TRlGESIMO PRIMER PERIODO DE SESIONES",
                "", "Documento. OficÜJle.", "", "SESION PLENARIA", "", "Miércoles 22 de diciembre de 1976. a las 18.05 horas NUEVA"));
        MastheadParser.Masthead cover = MastheadParser.recordCover(lines, 10);
        assertEquals(List.of("General Assembly"), cover.organs());
        assertEquals(List.of(new Session("General Assembly", 31, null)), cover.sessions());
        MastheadParser.Masthead council = MastheadParser.recordCover(TextLines.of(
                "NACIONES UNIDAS CONSEJO DE SEGURIDAD ACTAS OFICIALES QUINTO ANO 502a. SESIÓN . 18 DE SEPTIEMBRE DE 1950"), 0);
        assertEquals(List.of("Security Council"), council.organs());
        assertEquals(List.of(new Session("Security Council", 5, null)), council.sessions());
        // "Thirty—seventh session": one ordinal across the scan's dash. The Commission prints itself in no organ slot: the
        // session's body is left to the document's symbol.
        assertEquals(List.of(new Session(null, 37, null)), MastheadParser.recordCover(TextLines.of(
                "COMMISSION ON HUMAN RIGHTS Thirty—seventh session SUMMARY RECORD OF THE 1632nd MEETING"), 0).sessions());
    }

    @Test
    void theVersionsIssuedInSeveralLanguagesAreALineOfTheMastheadNotItsEnd() {
        MastheadParser.Masthead m = parse(String.join("\n", "United Nations", "CAT/C/79/1",
                "Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment", "Distr.: General",
                "9 February 2024", "Original: English", "English, French and Spanish only", "Committee against Torture",
                "Seventy-ninth session", "15 April–10 May 2024", "Item 3 of the provisional agenda", "Adoption of the agenda"));
        assertEquals(List.of(new Session("Committee against Torture", 79, null)), m.sessions());
        assertEquals("3", m.agendaItems().get(0).number());
    }
}
