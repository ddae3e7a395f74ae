package org.w3id.unld.parse;

import org.junit.jupiter.api.Test;
import org.w3id.unld.model.Meeting;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MeetingParserTest {
    private static final String FRONT_PAGE = String.join("\n",
            "United Nations S/PV.8770", "Security Council", "Seventy-fifth year", "8770th meeting",
            "Thursday, 15 October 2020, 10.25 a.m. ", "New York", "Provisional",
            "President: Mr. Nebenzia/Ms. Evstigneeva . . . . . . . . . . . . . (Russian Federation)",
            "Members: Belgium. . . . . . . . . . . Mr. Kridelka", "Agenda", "The situation in the Middle East",
            "This record contains the text of speeches delivered in English");

    @Test
    void theFrontPageGivesNumberDateTimePlaceAndPresident() {
        TextLines lines = TextLines.of(FRONT_PAGE);
        assertEquals(new Meeting("8770", LocalDate.of(2020, 10, 15), "10.25 a.m.", "New York", "Nebenzia/Evstigneeva"),
                MeetingParser.parse(lines, 3));
    }

    @Test
    void theAgendaItemIsTheFirstHeadingUnderAgenda() {
        assertEquals("The situation in the Middle East", MeetingParser.agendaItem(TextLines.of(FRONT_PAGE), 4));
        TextLines wrapped = TextLines.of(String.join("\n", "Agenda", "Identical letters dated 19 January 2016 from the Permanent "
                + "Representative of ", "Colombia to the United Nations addressed to the Secretary-General and the President ",
                "of the Security Council (S/2016/53)", "Report of the Secretary-General on the United Nations Verification Mission in "));
        assertEquals("Identical letters dated 19 January 2016 from the Permanent Representative of Colombia to the United Nations "
                + "addressed to the Secretary-General and the President of the Security Council (S/2016/53)",
                MeetingParser.agendaItem(wrapped, 0));
    }

    @Test
    void aRecordsGenrePrintedOverItsMeetingLineIsReadWithIt() {
        TextLines french = TextLines.of(String.join("\n", "COMPTE RENDU ANALYTIQUE", "", "DE LA deuxième partie (publique) DE LA 1409ème SÉANCE *",
                "", "tenue au Palais des Nations, à Genève,", "le vendredi 4 août 2000, à 15 heures", "", "Président : M.  sherifis"));
        assertEquals(new Meeting("1409", LocalDate.of(2000, 8, 4), "15 heures", "Genève", "sherifis"), MeetingParser.parse(french, 0));
        assertEquals("COMPTE RENDU ANALYTIQUE DE LA deuxième partie (publique) DE LA 1409ème SÉANCE", MeetingParser.title(french, 0));
        // "1779a SESIÓN": the Spanish ordinal's letter without its full stop.
        assertEquals("1779", MeetingParser.line("ACTA RESUMIDA DE LA PRIMERA PARTE (PÚBLICA)* DE LA 1779a SESIÓN").number());
        assertEquals("101", MeetingParser.line("Acta taquigráfica provisional de la 101a. sesión plenaria").number());
        assertEquals("19", MeetingParser.line("Procès-verbal provisoire de la 19e séance").number());
    }

    @Test
    void aPresidentPrintedUnderTheWordPresidentIsTheMeetingsPresident() {
        TextLines lines = TextLines.of(String.join("\n", "4466th meeting", "Thursday, 31 January 2002, 3.45 p.m.", "New York", "",
                "President:", "", "Mr. Koonjul", "(Mauritius)", "Members:", "Bulgaria", "Mr. Tafrov"));
        assertEquals(new Meeting("4466", LocalDate.of(2002, 1, 31), "3.45 p.m.", "New York", "Koonjul"), MeetingParser.parse(lines, 0));
    }

    @Test
    void aMeetingLineInWordsIsFoundOnlyWhereTheSymbolSaysTheDocumentIsARecord() {
        TextLines lines = TextLines.of(String.join("\n", "UNITED NATIONS SECURITY COUNCIL", "OFFICIAL RECORDS", "FIRST YEAR", "FIRST MEETING",
                "Held at Church House, Westminster, London, on Thursday, 17 January 1946, at 3 p.m.",
                "Temporary Chairman: Mr. N. J. O. Makin (Australia)."));
        assertEquals(3, MeetingParser.find(lines, 150));
        Meeting first = MeetingParser.parse(lines, 3);
        assertEquals("1", first.number());
        assertEquals(LocalDate.of(1946, 1, 17), first.date());
        assertEquals("3 p.m.", first.time());
        assertEquals("N. J. O. Makin", first.president());
        assertEquals("FIRST MEETING", MeetingParser.title(lines, 3));
        // The masthead reader does not take "Seventh meeting" for a record's line: under a conference of the parties it is a session.
        assertEquals(null, MeetingParser.lineAt(TextLines.of("Seventh meeting"), 0));
    }

    @Test
    void summaryRecordsInEveryLanguageGiveTheCityAfterTheBuildingAndTheChairWhoOpened() {
        assertEquals(new Meeting("1410", LocalDate.of(2000, 8, 7), "15.00 horas", "Ginebra", "Pérez"),
                MeetingParser.parse(TextLines.of(String.join("\n", "Acta resumida de la 1410ª sesión",
                        "Celebrada en el Palacio de las Naciones, Ginebra, el lunes 7 de agosto de 2000, a las 15.00 horas",
                        "Presidente: Sr. Pérez")), 0));
        assertEquals("1410", MeetingParser.parse(TextLines.of("Compte rendu analytique de la 1410e séance\n"
                + "Tenue au Palais des Nations, à Genève, le lundi 7 août 2000, à 15 heures"), 0).number());
        assertEquals("Genève", MeetingParser.parse(TextLines.of("COMPTE RENDU ANALYTIQUE DE LA 1125e SÉANCE\n"
                + "tenue au Palais Wilson, à Genève,le jeudi 16 mai 2006, à 10 heures"), 0).place(), "the building, then 'à' and the city");
        assertEquals("COMPTE RENDU ANALYTIQUE DE LA 1125e SÉANCE (Chambre B)",
                MeetingParser.title(TextLines.of("COMPTE RENDU ANALYTIQUE DE LA 1125e SÉANCE (Chambre B)"), 0), "a chamber is part of the line");
        assertEquals(new Meeting("53", LocalDate.of(1985, 3, 12), "3 p.m.", "Geneva", "CHOWDHURY"),
                MeetingParser.parse(TextLines.of(String.join("\n", "SUMMARY RECORD OF THE 53rd MEETING",
                        "held at the Palais des Nations, Geneva, on Tuesday, 12 March 1985, at 3 p.m.",
                        "Chairman: Mr. CHOWDHURY (Bangladesh) later: Mr. KHMEL (Ukrainian Soviet Socialist Republic)")), 0));
    }

    @Test
    void withoutAnAgendaBlockTheItemIsTheHeadingAfterTheAgendaWasAdopted() {
        TextLines web = TextLines.of(String.join("\n", "Security Council", "Fifty-seventh year", "4500th meeting",
                "President: Mr. Example (Norway)", "Members: Bulgaria Mr. Tafrov", "", "The meeting was called to order at 10.40 a.m.",
                "", "Adoption of the agenda", "", "The agenda was adopted.", "", "The situation concerning Iraq", "",
                "The President: In accordance with the understanding reached in the Council's prior consultations …"));
        assertEquals("The situation concerning Iraq", MeetingParser.agendaItem(web, 3));
    }

    @Test
    void anOfficialRecordsIndexGivesTheItemsBetweenItsPageNumbers() {
        TextLines cover = TextLines.of(String.join("\n", "UNITED NATIONS", "SECURITY COUNCIL", "OFFICIAL RECORDS", "TWENTIETH YEAR",
                "1200th MEETING: 5 MAY 1965", "NEW YORK", "CONTENTS", "Provisional agenda (S/Agenda/1200)", "Page", "1",
                "Adoption of the agenda", "1", "The situation in the Dominican Republic:", "Letter dated 1 May 1965 from the "
                        + "Permanent Representative of the Union of Soviet Socialist Republics (S/6316)", "2", "S/PV.1200", "NOTE",
                "Symbols of United Nations documents are composed of capital letters."));
        assertEquals(java.util.List.of("Adoption of the agenda", "The situation in the Dominican Republic"),
                MeetingParser.indexAgendaItems(cover));
        assertEquals(java.util.List.of(), MeetingParser.indexAgendaItems(TextLines.of(FRONT_PAGE)));
    }

    @Test
    void aSummaryRecordsContentsGiveItsItemsWithoutTheStateReportsUnderThem() {
        TextLines treatyBody = TextLines.of(String.join("\n", "SUMMARY RECORD OF THE 900th MEETING", "CONTENTS", "",
                "ORGANIZATIONAL AND OTHER MATTERS (continued)", "", "CLOSURE OF THE SESSION", "",
                "The meeting was called to order at 10 a.m."));
        assertEquals(java.util.List.of(new org.w3id.unld.model.AgendaItem("Committee against Torture", 41, null,
                                "ORGANIZATIONAL AND OTHER MATTERS"),
                        new org.w3id.unld.model.AgendaItem("Committee against Torture", 41, null, "CLOSURE OF THE SESSION")),
                MeetingParser.contentsAgendaItems(treatyBody, 1, "Committee against Torture", 41));
        TextLines subHeading = TextLines.of(String.join("\n", "CONTENTS", "", "OPENING OF THE SESSION", "", "ORGANIZATIONAL AND OTHER MATTERS",
                "", "Working Group on Communications", "", "The meeting was called to order at 10.10 a.m."));
        assertEquals(java.util.List.of("OPENING OF THE SESSION", "ORGANIZATIONAL AND OTHER MATTERS"),
                MeetingParser.contentsAgendaItems(subHeading, 0, "Human Rights Committee", 96).stream()
                        .map(org.w3id.unld.model.AgendaItem::title).toList(), "a heading in ordinary case among items in capitals");
        TextLines crc = TextLines.of(String.join("\n", "Contents", "", "Consideration of reports of States parties (continued)", "",
                "Second periodic report of Exempleland on the implementation of the Convention (continued)", "",
                "The meeting was called to order at 3 p.m."));
        assertEquals(java.util.List.of("Consideration of reports of States parties"),
                MeetingParser.contentsAgendaItems(crc, 0, "Committee on the Rights of the Child", 60).stream()
                        .map(org.w3id.unld.model.AgendaItem::title).toList());
        // Items in capitals "( continuación )", an ordinary-case line under the first, a State report, the list over a page.
        TextLines cat = TextLines.of(String.join("\n", "SUMARIO", "",
                "EXAMEN DE LOS INFORMES PRESENTADOS POR LOS ESTADOS PARTES EN VIRTUD DEL ARTÍCULO 19 DE LA CONVENCIÓN ( continuación )", "",
                "Conclusiones y recomendaciones acerca del segundo informe periódico de Malta", "",
                "Segundo informe periódico de Austria ( continuación )", "", "SUMARIO (continuación)", "",
                "CUESTIONES DE ORGANIZACIÓN Y OTROS ASUNTOS ( continuación )", "", "Se declara abierta la sesión a las 15.05 horas."));
        assertEquals(java.util.List.of("EXAMEN DE LOS INFORMES PRESENTADOS POR LOS ESTADOS PARTES EN VIRTUD DEL ARTÍCULO 19 DE LA CONVENCIÓN",
                        "CUESTIONES DE ORGANIZACIÓN Y OTROS ASUNTOS"),
                MeetingParser.contentsAgendaItems(cat, 0, "Committee against Torture", 23).stream()
                        .map(org.w3id.unld.model.AgendaItem::title).toList());
        TextLines spanish = TextLines.of(String.join("\n", "Presidenta: Sra. CHANET", "", "SUMARIO", "",
                "EXAMEN DEL INFORME ANUAL EN LA ASAMBLEA GENERAL", "", "Se declara abierta la sesión a las 15.05 horas."));
        assertEquals(java.util.List.of("EXAMEN DEL INFORME ANUAL EN LA ASAMBLEA GENERAL"),
                MeetingParser.contentsAgendaItems(spanish, 0, "Human Rights Committee", 87).stream()
                        .map(org.w3id.unld.model.AgendaItem::title).toList());
        // A web copy that dropped the word "Contents": the items between the Chair and the opening of the meeting.
        TextLines noHeading = TextLines.of(String.join("\n", "Held at the Palais des Nations, Geneva, on Friday, 25 August 2017, at 3 p.m.",
                "", "Chair:Ms. Crickley", "", "Closure of the session", "", "The public part of the meeting was called to order at 5 p.m.",
                "", "Closure of the session"));
        assertEquals(java.util.List.of("Closure of the session"),
                MeetingParser.contentsAgendaItems(noHeading, 0, "Committee on the Elimination of Racial Discrimination", 93).stream()
                        .map(org.w3id.unld.model.AgendaItem::title).toList());
    }

    @Test
    void aMeetingNumberSplitByTheLayoutIsStillRead() {
        assertEquals("8702", MeetingParser.parse(TextLines.of("8702    nd meeting\nMonday, 13 January 2020, 10 a.m."), 0).number());
    }

    @Test
    void frenchAndSpanishMeetingLinesAndFrontPagesAreRead() {
        TextLines fr = TextLines.of(String.join("\n", "82 e séance plénière", "Vendredi 9 décembre 2011, à 15 heures", "New York", "",
                "Président : M. Al-Nasser .......................... (Qatar)"));
        assertEquals(new Meeting("82", LocalDate.of(2011, 12, 9), "15 heures", "New York", "Al-Nasser"), MeetingParser.parse(fr, 0));
        assertEquals("82 e séance plénière", MeetingParser.title(fr, 0));

        TextLines es = TextLines.of(String.join("\n", "1287a. SESIÓN", "Celebrada en Nueva York el martes 21 de junio de 1966, a las 15 horas",
                "Presidente: Sr. F. H. CORNER (Nueva Zelandia)."));
        assertEquals(new Meeting("1287", LocalDate.of(1966, 6, 21), "15 horas", "Nueva York", "F. H. CORNER"), MeetingParser.parse(es, 0));
        assertEquals("1287a. SESIÓN", MeetingParser.title(es, 0));
    }

    @Test
    void aSummaryRecordsMeetingLineIsItsTitle() {
        TextLines en = TextLines.of(String.join("\n", "Summary record of the 22nd meeting",
                "Held at Headquarters, New York, on Tuesday, 3 November 2009, at 3 p.m.", "",
                "Chairman: Mr. Al-Nasser ........................ (Qatar)"));
        assertEquals(new Meeting("22", LocalDate.of(2009, 11, 3), "3 p.m.", "New York", "Al-Nasser"), MeetingParser.parse(en, 0));
        assertEquals("Summary record of the 22nd meeting", MeetingParser.title(en, 0));
    }

    @Test
    void aSummaryRecordsItemLineGivesTheItemAndItsTitle() {
        TextLines lines = TextLines.of(String.join("\n", "The meeting was called to order at 3.10 p.m.", "",
                "Agenda item 31: United Nations Relief and Works Agency for Palestine Refugees in the Near East (continued) (A/64/13 and Add.1)"));
        assertEquals(java.util.List.of(new org.w3id.unld.model.AgendaItem("General Assembly", 64, "31",
                        "United Nations Relief and Works Agency for Palestine Refugees in the Near East")),
                MeetingParser.numberedAgendaItems(lines, 0, java.util.List.of(new org.w3id.unld.model.Session("General Assembly", 64, null)), null));
    }

    @Test
    void recordHeadingsWithFootnoteMarksPartsAndOrdinalsInWordsAreMeetingLines() {
        assertEquals(new MeetingParser.MeetingLine("2627", "SUMMARY RECORD (PARTIAL) OF THE 2627th MEETING"),
                MeetingParser.line("SUMMARY RECORD (PARTIAL)* OF THE 2627th MEETING"));
        assertEquals("1955", MeetingParser.line("SUMMARY RECORD OF THE SECOND PART (PUBLIC)* OF THE 1955th MEETING").number());
        assertEquals(new MeetingParser.MeetingLine("85", "PROVISIONAL VERBATIM RECORD OF THE EIGHTY-FIFTH MEETING"),
                MeetingParser.line("PROVISIONAL VERBATIM RECORD OF THE EIGHTY-FIFTH MEETING"));
        assertEquals("85", MeetingParser.line("PROVISIONAL VERBATIM RECDRD OF THE EIGHTY-FIFTH MEETING").number(),
                "a scanned heading's misread letter");
        assertEquals(new MeetingParser.MeetingLine("4", "ACTA RESUMIDA PROVISIONAL DE LA CUARTA SESION"),
                MeetingParser.line("ACTA RESUMIDA PROVISIONAL DE LA CUARTA SESION"));
        assertEquals("12", MeetingParser.line("Compte rendu analytique provisoire de la douzième séance").number());
        assertEquals(new MeetingParser.MeetingLine("434", "COMPTE RENDU ANALYTIQUE DE LA DEUXIÈME PARTIE (PUBLIQUE) DE LA 434ème SÉANCE"),
                MeetingParser.line("COMPTE RENDU ANALYTIQUE DE LA DEUXIÈME PARTIE (PUBLIQUE)* DE LA 434ème SÉANCE"));
        assertEquals("24", MeetingParser.line("COMPTE RENDU ANALYTIQUE DE LA VINGT-QUATRIEME SEANCE").number());
        assertEquals("434", MeetingParser.line("ACTA RESUMIDA DE LA SEGUNDA PARTE (PÚBLICA)* DE LA 434ª SESIÓN").number());
        assertEquals(null, MeetingParser.line("Summary record of the Committee's work"), "no meeting named");
        assertEquals("Summary record (partial) of the 10th meeting", MeetingParser.line("Summary record (partial) of the 10 th meeting").title());
    }

    @Test
    void aMeetingLineWhoseNumberAScanGarbledIsReadAsTheSymbolsNumberAndKeptAsPrinted() {
        TextLines lines = TextLines.of(String.join("\n", "Nations Unies", "ASSEMBLÉE GÉN.ÉRALE", "1ge SÉANCE PLÉNIÈRE", "",
                "Mercredi 3 octobre 1984, à 15 h 20 NEW YORK", "Président: M. Paul J. F. LUSAKA (Zambie)."));
        MeetingParser.FrontPage front = MeetingParser.frontPage(lines, 150, "A/39/PV.19");
        assertEquals(new MeetingParser.FrontPage(2, "1ge SÉANCE PLÉNIÈRE", "19"), front);
        assertEquals(new Meeting("19", LocalDate.of(1984, 10, 3), "15 h 20", "NEW YORK", "Paul J. F. LUSAKA"), MeetingParser.parse(lines, front));
        // Run together with the masthead: the genre's words start the title.
        TextLines runTogether = TextLines.of("Trigésimo octavo período de sesiones ASAMBLEA GENERAL ACTA TAQUIGRAFICA PROVISIONAL DE LA "
                + "lOla. SESION Celebrada en la Sede, el lunes 19 de diciembre de 1983, a las 10.30 horas");
        assertEquals("ACTA TAQUIGRAFICA PROVISIONAL DE LA lOla. SESION", MeetingParser.frontPage(runTogether, 150, "A/38/PV.101").title());
        // A garbled number that does not read as the symbol's is no meeting line.
        assertEquals(null, MeetingParser.frontPage(TextLines.of("lOla. SESION"), 150, "A/38/PV.102"));
    }

    @Test
    void aRecordWithNoReadableMeetingLineIsReadFromTheLineThatGivesItsDay() {
        TextLines lines = TextLines.of(String.join("\n", "107a.", "Naciones Unidas", "SESI0N PLENARI", "",
                "Miércoles 22 de diciembre de 1976. a las 18.05 horas NUEVA", "YORK"));
        MeetingParser.FrontPage front = MeetingParser.frontPage(lines, 150, "A/31/PV.107");
        // The number and the meeting's words, as the scan printed them apart, are its title.
        assertEquals(new MeetingParser.FrontPage(4, "107a. SESI0N PLENARI", "107"), front);
        assertEquals(new Meeting("107", LocalDate.of(1976, 12, 22), "18.05 horas", "NUEVA", null), MeetingParser.parse(lines, front));
        assertEquals(null, MeetingParser.frontPage(lines, 150, "A/31/107"), "only a record's symbol gives a meeting");
    }

    @Test
    void anOldFrontPagesNumberAndMeetingWordsPrintedApartAreItsTitle() {
        // The Official Records' columns put the number above the words; a scan keeps each on a line of its own.
        TextLines spanish = TextLines.of(String.join("\n", "Naciones Unidas", "", "51.", "", "ASAMBLEA GENERAL", "", "SESION PLENARIA", "",
                "TRlGESlMO PRIMER PERlODO DE SESIONES", "Lunes 27 de septiembre de 1976, a las 10.40 horas"));
        assertEquals(new MeetingParser.FrontPage(9, "51. SESION PLENARIA", "51"), MeetingParser.frontPage(spanish, 150, "A/31/PV.51"));
        TextLines english = TextLines.of(String.join("\n", "GENERAL ASSEMBLY GENERAL", "THIRD COMMITTEE", "MEETING", "SIXTH SESSION Official Record,",
                "386tb", "Monday, 14 January 1952, at lO.30a.m."));
        assertEquals("386tb MEETING", MeetingParser.frontPage(english, 150, "A/C.3/SR.386").title());
        // Read across the columns: the words before the number.
        TextLines across = TextLines.of(String.join("\n", "United NatiOlU ression UN. LIBRARY PLENARY MEETING 668th settle- GENERAL",
                "Friday, 8 March 1957, at 3 p.m."));
        assertEquals("668th PLENARY MEETING", MeetingParser.frontPage(across, 150, "A/PV.668").title());
        // The meeting's words as a scan read them.
        TextLines scanned = TextLines.of(String.join("\n", "3a.", "Naciones Unidas", "8E810N PLENARIA", "ASAMBLEA GENERAL",
                "Viernes 19 de septiembre de 1980, a las 10.45 horas"));
        assertEquals("3a. 8E810N PLENARIA", MeetingParser.frontPage(scanned, 150, "A/35/PV.3").title());
        // A number that does not read as the symbol's is another page's.
        assertEquals(null, MeetingParser.frontPage(english, 150, "A/C.3/SR.387").title());
    }

    @Test
    void aMeetingLineInCapitalsAScanGarbledIsTheRecordsTitle() {
        TextLines lines = TextLines.of(String.join("\n", "UNITED NATIONS", "TRUSTEESHIP COUNCIL", "T/PV.1626", "",
                "VERBAT:n.t REQ)RD OF THE SIXTEEN IIJNDRED AND 'IWENTY-S IXTH MEETING", "Held at Headquarters, New York,",
                "on Tuesday, 12 May 1987, at 10.30 a.m."));
        assertEquals(new MeetingParser.FrontPage(4, "VERBAT:n.t REQ)RD OF THE SIXTEEN IIJNDRED AND 'IWENTY-S IXTH MEETING", "1626"),
                MeetingParser.frontPage(lines, 150, "T/PV.1626"));
        assertEquals(null, MeetingParser.frontPage(lines, 150, "T/1626"), "only a record's symbol gives a meeting");
        TextLines french = TextLines.of(String.join("\n", "COMMISSION ECONOMIQUE POUR I^AFRIQUE Neuvieme session", "",
                "COMHPE RENDU ANALXTIQUE PROVISOIRE DE LA CENT QUARANTE ET UNIEME SEANCE PLENIERE tenue a, la Maison de l'Afrique,",
                "le mardi 4 fevrier 1969, a lOh 15."));
        assertEquals(2, MeetingParser.frontPage(french, 150, "E/CN.14/SR.141(IX)").line());
    }

    @Test
    void aPartialSummaryRecordsHeadingIsItsMeetingLine() {
        assertEquals("670", MeetingParser.line("COMPTE RENDU ANALYTIQUE (PARTIEL)* DE LA 670ème SÉANCE").number());
        assertEquals("COMPTE RENDU ANALYTIQUE (PARTIEL) DE LA 670ème SÉANCE",
                MeetingParser.line("COMPTE RENDU ANALYTIQUE (PARTIEL)* DE LA 670ème SÉANCE").title());
        assertEquals("12", MeetingParser.line("ACTA RESUMIDA (PARCIAL)* DE LA 12ª SESIÓN").number());
    }
}
