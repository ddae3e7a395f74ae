package org.w3id.unld.parse;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertNull;

class TitleParserTest {

    private static TitleParser.Heading parse(String... lines) {
        return TitleParser.parse(TextLines.of(String.join("\n", lines)), 0);
    }

    @Test
    void aHeadingInCapitalsKeepsItsParagraphMarksInLowerCase() {
        assertTrue(Titles.isUpperCase("TO PARAGRAPH 9 (b) (i) OF SECURITY COUNCIL RESOLUTION 687 (1991)"));
        assertFalse(Titles.isUpperCase("AGENDA ITEM 12 (continued)"));
    }

    @Test
    void aResolutionsNumberRunIntoItsTitleIsNoPartOfIt() {
        TitleParser.Heading h = parse("Résolution adoptée par le Conseil des droits de l’homme le 12 juillet 2019", "",
                "41/18.Mandat de l’Expert indépendant sur la protection contre la violence", "", "Le Conseil des droits de l’homme,");
        assertEquals("Mandat de l’Expert indépendant sur la protection contre la violence", h.title());
        assertEquals(TitleParser.Kind.RESOLUTION, h.kind());
    }

    @Test
    void aDoubleSpacedSponsorsListRunsOnAcrossItsBlankLines() {
        TitleParser.Heading h = parse("Afghanistan, Algeria, Bahrain, Bangladesh,* Cuba, Egypt,* Jordan,* Lebanon,* Morocco,", "",
                "Oman, Saudi Arabia, Sudan, United Arab Emirates,* and Palestine: draft resolution", "",
                "Economic and social repercussions of the Israeli occupation", "", "The Economic and Social Council,");
        assertEquals(TitleParser.Kind.DRAFT_RESOLUTION, h.kind());
        assertEquals("Economic and social repercussions of the Israeli occupation", h.title());
        assertEquals("Afghanistan, Algeria, Bahrain, Bangladesh,* Cuba, Egypt,* Jordan,* Lebanon,* Morocco, Oman, Saudi Arabia, Sudan,"
                + " United Arab Emirates,* and Palestine", h.sponsorsText());
    }

    @Test
    void theFullStopEndingAResolutionsHeadingLineIsNotPartOfItsTitle() {
        TitleParser.Heading h = parse("2758 (XXVI). Restitución de los legítimos derechos de la República Popular China en las Naciones Unidas.",
                "", "La Asamblea General,");
        assertEquals("Restitución de los legítimos derechos de la República Popular China en las Naciones Unidas", h.title());
    }

    @Test
    void aResolutionsNumberSpacedOutByTheCopyIsStillItsNumber() {
        TitleParser.Heading h = TitleParser.numberedFor(TextLines.of(String.join("\n", "Human Rights Council", "",
                "4 6 / 9. Mandate of Special Rapporteur in the field of cultural rights", "", "The Human Rights Council,")), "A/HRC/RES/46/9");
        assertEquals("Mandate of Special Rapporteur in the field of cultural rights", h.title());
    }

    @Test
    void frontMatterLeftUnderAMastheadIsNoTitle() {
        TitleParser.Heading agenda = parse("Twentieth session Vienna, 20 July - 14 August 1987",
                "Bonn, 25–27 March 2015 Items 1 (a) and (b) of the provisional agenda Procedural matters",
                "Provisional agenda and annotations", "Note by the secretariat");
        assertEquals("Provisional agenda and annotations", agenda.title(), "a session line, a venue and an item line are passed over");
        assertEquals(TitleParser.Kind.AGENDA, agenda.kind());
        assertNull(parse("Document original en format PDF", "", "Monsieur le Président,").title(), "a web page's line is no title");
        TitleParser.Heading decision = parse("1º a 19 de noviembre de 2010", "", "Decisión", "", "Comunicación Nº 373/2009");
        assertEquals("Decisión", decision.title(), "the session's dates alone are front matter");
        assertEquals(TitleParser.Kind.DECISION, decision.kind());
        assertEquals(TitleParser.Kind.LETTER, parse("Lettre datée due 3 janvier 2003, adressée au Président du Conseil").kind(),
                "a scan's 'due' for 'du'");
        assertNull(parse("As I informed the members of the Security Council at the conclusion of yesterday's meeting, I had decided to",
                "address a letter to President Saddam Hussein. A copy of that letter is attached and I would be grateful if it were",
                "brought to their attention.").title(), "a letter's first paragraph is no title");
        TitleParser.Heading noMasthead = TitleParser.parse(TextLines.of("Seventh meeting\nGeneva, 25–29 October 2004\n\nReport"), 0, false);
        assertEquals("Seventh meeting", noMasthead.title(), "without a masthead above, the first block may be a title block");
    }

    @Test
    void aLetterTitleIsJoinedAcrossItsLinesUpToTheAddressee() {
        TitleParser.Heading h = parse("Letter dated 27 December 2024 from the Permanent ",
                "Representative of Azerbaijan to the United Nations addressed to the ", "Secretary-General", " ",
                "I have the honour to transmit …");
        assertEquals(TitleParser.Kind.LETTER, h.kind());
        assertEquals("Letter dated 27 December 2024 from the Permanent Representative of Azerbaijan to the United Nations "
                + "addressed to the Secretary-General", h.title());
    }

    @Test
    void theGenreLineUnderASubjectSaysReportOrNoteInEveryLanguageAndAPreliminaryListIsAnAgenda() {
        TitleParser.Heading bureau = parse("Organisation de la cinquante-quatrième session ordinaire de l'Assemblée générale", "",
                "Premier rapport du Bureau", "", "I. Introduction");
        assertEquals(TitleParser.Kind.REPORT, bureau.kind());
        assertEquals("Organisation de la cinquante-quatrième session ordinaire de l'Assemblée générale", bureau.title());
        assertEquals(TitleParser.Kind.NOTE, parse("Organization of the fifty-fourth regular session", "",
                "Memorandum by the Secretary-General", "", "1. The General Committee …").kind());
        assertEquals(true, TitleParser.isAgendaTitle("Lista preliminar anotada de temas que se incluirán en el programa provisional"));
        assertEquals(true, TitleParser.isAgendaTitle("Annotated preliminary list of items to be included in the provisional agenda"));
    }

    @Test
    void aMeetingsPlaceAndDatesUnderATitleEndIt() {
        assertEquals("REPORT OF THE THIRTY-EIGHTH SESSION OF THE ECONOMIC COMMISSION FOR LATIN AMERICA AND THE CARIBBEAN",
                parse("REPORT OF THE THIRTY-EIGHTH SESSION OF THE ECONOMIC COMMISSION", "FOR LATIN AMERICA AND THE CARIBBEAN",
                        "Virtual meeting, 26–28 October 2020 2", "CONTENTS").title());
        assertEquals(true, TitleParser.isVenue("Geneva, 25–29 October 2004"));
        assertEquals(false, TitleParser.isVenue("Geneva, 25–29 October 2004, and its follow-up"));
    }

    @Test
    void aGenreLineUnderASubjectEndsTheTitleAndThePartRunIntoATitleIsNoPartOfIt() {
        TitleParser.Heading bureau = parse("Organisation de la cinquante-troisième session", "ordinaire de l'Assemblée générale",
                "Mémoire du Secrétaire général", "Table des matières");
        assertEquals("Organisation de la cinquante-troisième session ordinaire de l'Assemblée générale", bureau.title());
        assertEquals("Proposed measures to extend the personal scope of the Convention",
                Titles.clean("Proposed measures to extend the personal scope of the Convention: Corrigendum 2"));
        assertEquals("Proposed revision", Titles.clean("Proposed revision"));
    }

    @Test
    void aReportsFirstChapterRunIntoItsTitleIsCutOff() {
        assertEquals("Report of the Conference of the Parties to the Basel Convention",
                Titles.clean("Report of the Conference of the Parties to the Basel Convention I. Opening of the meeting 1."));
        assertEquals("Rapport de la Conférence", Titles.clean("Rapport de la Conférence I. Ouverture de la session"));
    }

    @Test
    void identicalLettersAndNotesVerbalesAreTheirOwnKinds() {
        assertEquals(TitleParser.Kind.IDENTICAL_LETTERS, parse("Identical letters dated 1 May 2024 from the Permanent Representative "
                + "of Chile to the United Nations addressed to the Secretary-General and the President of the Security Council").kind());
        assertEquals(TitleParser.Kind.NOTE_VERBALE, parse("Note verbale dated 2 May 2024 from the Permanent Mission of Chile "
                + "to the United Nations addressed to the Secretary-General").kind());
    }

    @Test
    void aResolutionTitleLosesItsNumber() {
        TitleParser.Heading h = parse("Resolution adopted by the General Assembly on ", "26 October 2018", "",
                "[without reference to a Main Committee (A/73/L.6 and A/73/L.6/Add.1)]", "",
                " 73/6. Fiftieth anniversary of the first United Nations Conference on the ",
                "Exploration and Peaceful Uses of Outer Space: space as a driver of ", "sustainable development", "",
                "The General Assembly,");
        assertEquals(TitleParser.Kind.RESOLUTION, h.kind());
        assertEquals("Fiftieth anniversary of the first United Nations Conference on the Exploration and Peaceful Uses of "
                + "Outer Space: space as a driver of sustainable development", h.title());
    }

    @Test
    void aDraftHasSponsorsAndTheTitleOfTheResolutionConcerned() {
        TitleParser.Heading h = parse("Italy and Turkmenistan:* draft resolution  ", " ", " ",
                " Building a peaceful and better world through sport and the ", "Olympic ideal ", " ", "The General Assembly,  ");
        assertEquals(TitleParser.Kind.DRAFT_RESOLUTION, h.kind());
        assertEquals("Italy and Turkmenistan", h.sponsorsText());
        assertEquals("Building a peaceful and better world through sport and the Olympic ideal", h.title());
    }

    @Test
    void aChairsDraftHasNoSponsorsText() {
        TitleParser.Heading h = parse("Draft resolution submitted by the Chair of the Committee following ", "informal consultations  ",
                " ", "Financial arrangements and procedures for the implementation of ", "resolution 2719 (2023) ", " ",
                "The General Assembly, ");
        assertEquals(TitleParser.Kind.DRAFT_RESOLUTION, h.kind());
        assertNull(h.sponsorsText());
        assertEquals("Financial arrangements and procedures for the implementation of resolution 2719 (2023)", h.title());
    }

    @Test
    void aReportTitleStandsAboveTheGenreLine() {
        TitleParser.Heading h = parse("Budget performance of the United Nations Mission for the period from ", "1 July 2024 to 30 June 2025 ",
                " ", "Report of the Secretary-General", "", "Contents");
        assertEquals(TitleParser.Kind.REPORT, h.kind());
        assertEquals("Budget performance of the United Nations Mission for the period from 1 July 2024 to 30 June 2025", h.title());
    }

    @Test
    void aCapitalisedReportHeadingEndsWhereTheCapitalsEnd() {
        TitleParser.Heading h = parse("REPORT OF THE SECRETARY-GENERAL PURSUANT TO SECURITY COUNCIL", "RESOLUTION 1038 (1996)", "Addendum",
                "1. In paragraph 11 of my report …");
        assertEquals("REPORT OF THE SECRETARY-GENERAL PURSUANT TO SECURITY COUNCIL RESOLUTION 1038 (1996)", h.title());
    }

    @Test
    void aNotesTitleIsTheSubjectUnderNoteBy() {
        TitleParser.Heading h = parse("*\tReissued for technical reasons on 25 February 2016.", "",
                "Note by the President of the Security Council", "",
                "Security Council tasks under Security Council resolution 2231 (2015)", "", "The present note sets forth …");
        assertEquals(TitleParser.Kind.NOTE, h.kind());
        assertEquals("Security Council tasks under Security Council resolution 2231 (2015)", h.title());
    }

    @Test
    void securityCouncilResolutionsHaveNoTitle() {
        assertNull(parse("Resolution 2331 (2016)", "Adopted by the Security Council at its 7847th meeting").title());
        assertEquals(TitleParser.Kind.SC_RESOLUTION, parse("84 (1950). Resolution of 7 July 1950", "[S/1588]").kind());
        assertNull(parse("MILITARY STAFF COMMITTEE", "1 (1946) Resolution of 25 January 1946").title());
    }

    @Test
    void aPresidentialStatementIsTitledByItsHeading() {
        TitleParser.Heading h = parse("Statement by the President of the Security Council", "",
                "At the 8699th meeting of the Security Council, held on 9 January 2020 …");
        assertEquals(TitleParser.Kind.STATEMENT, h.kind());
        assertEquals("Statement by the President of the Security Council", h.title());
    }

    @Test
    void bodiesPrintedOverAReportsTitleAreNotTheTitle() {
        TextLines lines = TextLines.of(String.join("\n", "COMMISSION ON HUMAN RIGHTS", "SubCommission", "on Prevention of",
                "Discrimination and Protection", "of Minorities", "REPORT OF THE SUBCOMMISSION ON ITS FIFTIETH SESSION", "",
                "1. The Sub-Commission met."));
        assertEquals("REPORT OF THE SUBCOMMISSION ON ITS FIFTIETH SESSION", TitleParser.parse(lines, 0).title());
    }

    @Test
    void aTreatyBodysStandingHeadingOverTwoLinesIsNotTheTitleOfItsConcludingObservations() {
        TextLines spanish = TextLines.of(String.join("\n", "EXAMEN DE LOS INFORMES PRESENTADOS POR LOS ESTADOS",
                "PARTES EN VIRTUD DEL ARTÍCULO 44 DE LA CONVENCIÓN", "", "", "Observaciones finales del Comité de los Derechos del Niño",
                "", "COSTA RICA", "", "1. El Comité examinó el segundo informe periódico de Costa Rica."));
        assertEquals("Observaciones finales del Comité de los Derechos del Niño", TitleParser.parse(spanish, 0).title());
        TextLines french = TextLines.of(String.join("\n", "Examen des rapports soumis par les États parties conformément à l’article 40 du Pacte",
                "", "Observations finales du Comité des droits de l’homme", "", "Guatemala", "", "1. Le Comité a examiné le rapport."));
        assertEquals("Observations finales du Comité des droits de l’homme", TitleParser.parse(french, 0).title());
    }

    @Test
    void aCommissionAndItsCommitteeOnOneLineAreNotTheTitle() {
        TextLines lines = TextLines.of(String.join("\n", "ECONOMIC COMMISSION FOR EUROPE INLAND TRANSPORT COMMITTEE",
                "REPORT OF THE INLAND TRANSPORT COMMITTEE ON ITS SIXTY-SECOND SESSION", "", "1. The Committee met."));
        assertEquals("REPORT OF THE INLAND TRANSPORT COMMITTEE ON ITS SIXTY-SECOND SESSION", TitleParser.parse(lines, 0).title());
        // A commission under its former name, in Spanish and without accents.
        TextLines cepal = TextLines.of(String.join("\n", "COMISION ECONOMICA PARA AMERICA LATINA", "INFORME ANUAL",
                "(8 de mayo de 1978-26 de abril de 1979)"));
        assertEquals("INFORME ANUAL", TitleParser.parse(cepal, 0).title());
    }

    @Test
    void aLetterThatOpensWithItsSalutationHasNoTitle() {
        TitleParser.Heading h = TitleParser.parse(TextLines.of("Monsieur le Délégué,\n\nJ'ai l'honneur de vous faire savoir …"), 0);
        assertEquals(null, h.title());
        assertEquals(TitleParser.Kind.LETTER, h.kind());
    }

    @Test
    void aDraftsHeadingAfterAnIntroductoryParagraphIsTheHeading() {
        TextLines lines = TextLines.of(String.join("\n", "Under agenda item 121, “Revitalization of the work of the General Assembly”,",
                "pursuant to resolution 58/316, each Main Committee shall adopt a provisional programme of work for the",
                "next session. Accordingly, the Bureau has prepared one.", "", "Draft decision", "",
                "Provisional programme of work of the Sixth Committee", "", "The General Assembly notes the programme."));
        TitleParser.Heading h = TitleParser.parse(lines, 0);
        assertEquals(TitleParser.Kind.DRAFT_DECISION, h.kind());
        assertEquals("Provisional programme of work of the Sixth Committee", h.title());
    }

    @Test
    void provisionalAgendasWithTheirAnnotationsAndAdoptedAgendasAreAgendas() {
        TitleParser.Heading annotated = parse("PROVISIONAL AGENDA AND ANNOTATIONS THERETO", "", "Note by the Secretary-General");
        assertEquals(TitleParser.Kind.AGENDA, annotated.kind());
        assertEquals("PROVISIONAL AGENDA AND ANNOTATIONS THERETO", annotated.title());
        TitleParser.Heading adopted = parse("AGENDA OF THE FIFTY-SECOND REGULAR SESSION OF THE", "GENERAL ASSEMBLY", "",
                "Adopted by the General Assembly at its 4th plenary meeting");
        assertEquals(TitleParser.Kind.AGENDA, adopted.kind());
        assertEquals("AGENDA OF THE FIFTY-SECOND REGULAR SESSION OF THE GENERAL ASSEMBLY", adopted.title());
        assertEquals(TitleParser.Kind.AGENDA, parse("Ordre du jour de la soixantième session").kind());
    }

    @Test
    void aTableOfContentsRunIntoItsEntriesEndsTheTitle() {
        TitleParser.Heading report = parse("Rapport du Comité des transports intérieurs sur sa soixante-dix-septième session",
                "Table des matières Paragraphes Page I. Présidence 1 4 II. Participation 2–8 4");
        assertEquals("Rapport du Comité des transports intérieurs sur sa soixante-dix-septième session", report.title());
    }

    @Test
    void aTitleThatACopyPutUnderContentsEndsWhereTheContentsColumnsBegin() {
        TitleParser.Heading report = parse("Contents", "Report of the Working Party on its 103rd session held in Geneva from 6 to 10 "
                + "November 2017 Paragraphs I. Attendance II. Adoption of the agenda (agenda item 1) III.");
        assertEquals("Report of the Working Party on its 103rd session held in Geneva from 6 to 10 November 2017", report.title());
        assertEquals(TitleParser.Kind.NONE, parse("Contents", "I. Introduction").kind(), "contents without a title over them");
    }

    @Test
    void aTitleLosesTheTableCellEdgesOfAWebPage() {
        assertEquals("Rationalization of the work of the Council", Titles.clean("| Rationalization of the work of the Council |"));
        assertEquals("Trade | Development", Titles.clean("Trade | Development"), "a bar inside the title stays");
    }

    @Test
    void aDraftsSponsorsWithoutBlankLinesEndAtTheirGenreAndItsNumberToComeIsNoTitle() {
        TitleParser.Heading draft = parse("Angola*, Australia*, Bélgica*, Botswana, Bulgaria*, Colombia*, Croacia*,",
                "Dinamarca*, El Salvador, Túnez*: proyecto", "de resolución", "28/…", "Derechos humanos, democracia y estado de derecho",
                "El Consejo de Derechos Humanos,", "Guiado por los propósitos y principios de la Carta de las Naciones Unidas,");
        assertEquals(TitleParser.Kind.DRAFT_RESOLUTION, draft.kind());
        assertEquals("Derechos humanos, democracia y estado de derecho", draft.title());
        assertEquals("Angola*, Australia*, Bélgica*, Botswana, Bulgaria*, Colombia*, Croacia*, Dinamarca*, El Salvador, Túnez*",
                draft.sponsorsText());
    }

    @Test
    void aRapporteursLineOrAFirstChapterRunIntoATitleIsNotPartOfIt() {
        assertEquals("Informe de la Tercera Comisión", Titles.clean("Informe de la Tercera Comisión Relatora: Sra. Tebatso Baleseng (Botswana)"));
        assertEquals("Informe del Secretario General sobre la situación relativa al Sáhara Occidental",
                Titles.clean("Informe del Secretario General sobre la situación relativa al Sáhara Occidental I. Introducción 1."));
        assertEquals("Report of the Special Rapporteur on the right to food", Titles.clean("Report of the Special Rapporteur on the right to food"));
    }

    @Test
    void aHeadingThatNamesTheDocumentWinsOverAnItemTitleAboveIt() {
        TitleParser.Heading h = TitleParser.parse(TextLines.of(String.join("\n", "ORGANIZATIONAL MATTERS",
                "Decisions adopted by the Executive Board during 1997", "", "CONTENTS")), 0);
        assertEquals("Decisions adopted by the Executive Board during 1997", h.title());
        assertEquals(TitleParser.Kind.DECISION, h.kind());
        TitleParser.Heading agenda = TitleParser.parse(TextLines.of(String.join("\n", "COMITÉ DES DROITS ÉCONOMIQUES,SOCIAUX ET CULTURELSTrente et unième session",
                "Genève, 10-28 novembre 2003", "", "ORDRE DU JOUR PROVISOIRE ET ANNOTATIONS", "Note du Secrétaire général", "",
                "1.La trente et unième session du Comité …")), 0);
        assertEquals(TitleParser.Kind.AGENDA, agenda.kind());
        // A subject over the genre line that names the report keeps its title.
        TitleParser.Heading report = TitleParser.parse(TextLines.of(String.join("\n", "The right to food", "", "Note by the Secretary-General",
                "", "The Secretary-General has the honour to transmit …")), 0);
        assertEquals("The right to food", report.title());
    }

    @Test
    void aMastheadLineTheReaderCouldNotFollowIsNoTitleEvenWithoutAMasthead() {
        TitleParser.Heading h = TitleParser.parse(TextLines.of(String.join("\n", "Distr . GENERAL 5122464 19 de abril de 1991 ZSPAÑOL",
                "LA SITUACION RELATIVA AL SAHARA OCCIDENTAL", "", "Informe del Secretario General")), 0, false);
        assertEquals("LA SITUACION RELATIVA AL SAHARA OCCIDENTAL", h.title());
    }

    @Test
    void aCouncilResolutionOrStatementInFrenchHasNoTitle() {
        TitleParser.Heading resolution = TitleParser.parse(TextLines.of(String.join("\n", "Résolution 1672 (2006) du 25 avril 2006",
                "Le Conseil de sécurité,")), 0);
        assertEquals(TitleParser.Kind.SC_RESOLUTION, resolution.kind());
        assertNull(resolution.title());
        TitleParser.Heading statement = TitleParser.parse(TextLines.of(String.join("\n", "À sa 5422e séance, le 25 avril 2006, le Conseil "
                + "a examiné la question intitulée « Rapports du Secrétaire général sur le Soudan ».", "", "« Le Conseil de sécurité …")), 0);
        assertNull(statement.title());
    }

    @Test
    void numberedHeadingsAsOlderAndWebCopiesPrintThem() {
        TitleParser.Heading decision = TitleParser.parse(TextLines.of(String.join("\n", "Decision 51/401", "", "",
                "51/401.  Organization of the fifty-first session", "", "At its 3rd plenary meeting, …")), 0);
        assertEquals("Organization of the fifty-first session", decision.title());
        TitleParser.Heading resolution = TitleParser.numberedFor(TextLines.of(String.join("\n", "Official Records …",
                "2097. Review and reappraisal of the role and functions of the Economic and Social Council", "The General Assembly,")),
                "A/RES/2097 (XX)");
        assertEquals("Review and reappraisal of the role and functions of the Economic and Social Council", resolution.title());
        TitleParser.Heading draft = TitleParser.parse(TextLines.of(String.join("\n", "Draft decision -/CP.17", "",
                "Establishment of an Ad Hoc Working Group on the Durban Platform for Enhanced Action", "", "The Conference of the Parties,")), 0);
        assertEquals(TitleParser.Kind.DRAFT_DECISION, draft.kind());
        assertEquals("Establishment of an Ad Hoc Working Group on the Durban Platform for Enhanced Action", draft.title());
    }

    @Test
    void aTitleNeverCarriesTheContentsOrTheSessionsDatesACopyRanIntoIt() {
        assertEquals("Rapport du Comité des transports intérieurs sur sa quatre-vingt-deuxième session",
                new TitleParser.Heading("Rapport du Comité des transports intérieurs sur sa quatre-vingt-deuxième session Table des matières "
                        + "Paragraphes Page I. Présidence ... 1 4", TitleParser.Kind.REPORT, 0, 1, null).title());
        assertEquals("REPORT OF THE WORKING PARTY ON RAIL TRANSPORT OF ITS FIFTY-SECOND SESSION",
                new TitleParser.Heading("REPORT OF THE WORKING PARTY ON RAIL TRANSPORT OF ITS FIFTY-SECOND SESSION (5-7 October 1998) "
                        + "CONTENTS Paragraph(s) Attendance", TitleParser.Kind.REPORT, 0, 1, null).title());
        assertEquals("Review of the Contents of the Treaty (A/80/1)", new TitleParser.Heading("Review of the Contents of the Treaty (A/80/1)",
                TitleParser.Kind.OTHER, 0, 1, null).title());
    }

    @Test
    void aDraftWhoseSponsorsColonAndGenreABlankLineApartPrintsNoTitleBeforeItsPreamble() {
        TitleParser.Heading h = TitleParser.parse(TextLines.of(String.join("\n", "24 July 1973", "", "",
                "Guinea, India, Indonesia, Panama, Peru, Sudan, Yugoslavia:", "", "draft resolution", "", "The Security Council", "",
                "Having examined comprehensively the current situation in the Middle East,")), 3, false);
        assertEquals(TitleParser.Kind.DRAFT_RESOLUTION, h.kind());
        assertEquals("Guinea, India, Indonesia, Panama, Peru, Sudan, Yugoslavia", h.sponsorsText());
        assertNull(h.title(), "\"The Security Council\" without its comma opens the preamble");
    }

    @Test
    void aLetterheadADatelineOrAScansDebrisIsNeverATitle() {
        TitleParser.Heading letterhead = TitleParser.parse(TextLines.of(String.join("\n", "United Nations H E A D Q U A RT E R S • S I E G E",
                "", "Nations Unies NEW YORK, NY 10017", "", "INFORME SOBRE EL 48° PERIODO DE SESIONES", "", "1. El presente informe")), 0, false);
        assertEquals("INFORME SOBRE EL 48° PERIODO DE SESIONES", letterhead.title());
        TitleParser.Heading dateline = TitleParser.parse(TextLines.of(String.join("\n", "Le 12 février 2001", "", "CN •14/L", "",
                "Monsieur le Président,", "", "J'ai l'honneur de vous informer")), 0, false);
        assertEquals(TitleParser.Kind.LETTER, dateline.kind());
        assertNull(dateline.title());
    }
}
