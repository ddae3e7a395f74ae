package org.w3id.unld.parse;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class TitleRunInsTest {

    @Test
    void theNamesOfBodiesPrintedOverAReportsHeadingAreNotItsTitle() {
        assertEquals("REPORT OF THE GOVERNING COUNCIL on the work of its first session",
                TitleRunIns.without("UNITED NATIONS ENVIRONMENT PROGRAMME REPORT OF THE GOVERNING COUNCIL on the work of its first session"));
        assertEquals("REPORT OF THE WORKING PARTY ON RAIL TRANSPORT OF ITS FIFTY-SECOND SESSION",
                TitleRunIns.without("ECONOMIC COMMISSION FOR EUROPE INLAND TRANSPORT COMMITTEE Working Party on Rail Transport"
                        + " REPORT OF THE WORKING PARTY ON RAIL TRANSPORT OF ITS FIFTY-SECOND SESSION"));
        assertEquals("REPORTOFTHE GOVERNING COUNCIL", TitleRunIns.without("UNITEDNATIONS DEVELOPMENT PROGRAMME REPORTOFTHE GOVERNING COUNCIL"));
    }

    @Test
    void aSessionsLineWithItsDaysAndPlaceBeforeTheHeadingIsNotTheTitle() {
        assertEquals("DRAFT REPORT", TitleRunIns.without("ECONOMIC COMMISSION FOR AFRICA Seventh meeting of the Technical Preparatory"
                + " Committee of the Whole 7-14 April 1986, Yaounde, Republic af Cameroon DRAFT REPORT"));
        assertEquals("Programme budget for the biennium 2024-2025 Report of the Advisory Committee",
                TitleRunIns.without("Programme budget for the biennium 2024-2025 Report of the Advisory Committee"), "a year is no session's days");
    }

    @Test
    void theSessionsDatesInParenthesesAreCutEvenWhereTheCopyLostThePlaceBeforeTheirComma() {
        assertEquals("Resolutions and decisions adopted by the Economic and Social Council at its substantive session of 2009",
                TitleRunIns.without("Resolutions and decisions adopted by the Economic and Social Council at its substantive session of 2009 "
                        + "(, 6-31 July 2009)"));
    }

    @Test
    void whatACopyRanInAfterTheSessionsPlaceAndDatesIsCut() {
        assertEquals("REPORT OF THE COMMISSION ON ITS FIRST SESSION", TitleRunIns.without(
                "REPORT OF THE COMMISSION ON ITS FIRST SESSION. (Vienna, 21 to 30 April 1992) 145443 U.S. Department of Justice"));
    }

    @Test
    void theEndOfAResolutionsNumberLeftOnItsTitlesLineIsCut() {
        assertEquals("Año internacional del niño", TitleRunIns.without("(XxX). Año internacional del niño"));
        assertEquals("(a) Human rights questions", TitleRunIns.without("(a) Human rights questions"), "an item's letter stays");
    }

    @Test
    void whereAPlenaryMeetingWasHeldIsNotPartOfTheRecordsTitle() {
        assertEquals("COMHPE RENDU ANALXTIQUE PROVISOIRE DE LA CENT QUARANTE ET UNIEME SEANCE PLENIERE", TitleRunIns.without(
                "COMHPE RENDU ANALXTIQUE PROVISOIRE DE LA CENT QUARANTE ET UNIEME SEANCE PLENIERE tenue a, la Maison de l'Afrique,"));
    }

    @Test
    void theLinesAfterTheHeadingThatACopyRanInAreCut() {
        assertEquals("Examen de la structure intergouvernementale de la Commission économique pour l’Afrique en application de la résolution 943 (XLIX)",
                TitleRunIns.without("Examen de la structure intergouvernementale de la Commission économique pour l’Afrique en application de la "
                        + "résolution 943 (XLIX) Note du secrétariat Résumé Le présent document est soumis conformément à la résolution 943"));
        assertEquals("Facts and figures with regard to the special procedures in 2017", TitleRunIns.without(
                "Facts and figures with regard to the special procedures in 2017 Reproduced as received, in the language of submission only."));
        assertEquals("Constatations adoptées par le Comité concernant la communication no 2708/2015", TitleRunIns.without(
                "Constatations adoptées par le Comité concernant la communication no 2708/2015 , Communication présentée par : Petr Berlinov"));
        assertEquals("Report of the first regular session 2007", TitleRunIns.without("Report of the first regular session 2007 (23 to 26 January 2007, New York)"));
        // The title's own: after "the", and after an item's letter.
        assertEquals("Follow-up to the recommendations of the Report of the Secretary-General", TitleRunIns.without(
                "Follow-up to the recommendations of the Report of the Secretary-General"));
        assertEquals("Desarme general y completo: a) Informe de la Conferencia; c) Informe del Secretario General", TitleRunIns.without(
                "Desarme general y completo: a) Informe de la Conferencia; c) Informe del Secretario General"));
    }

    @Test
    void aSubjectOverTheLineThatSaysWhoReportsStaysTheTitle() {
        assertEquals("Financing of the United Nations Peacekeeping Force in Cyprus Report of the Fifth Committee",
                TitleRunIns.without("Financing of the United Nations Peacekeeping Force in Cyprus Report of the Fifth Committee"));
        assertEquals("QUESTION OF PALESTINE REPORT OF THE SECRETARY-GENERAL",
                TitleRunIns.without("QUESTION OF PALESTINE REPORT OF THE SECRETARY-GENERAL"));
        assertEquals("Commission on Human Rights Report of the Secretary-General",
                TitleRunIns.without("Commission on Human Rights Report of the Secretary-General"));
    }

    @Test
    void aSessionsDaysAfterTheTitleAreCutButAPeriodsDaysAreKept() {
        assertEquals("Report of the Governing Council on the work of its first session",
                TitleRunIns.without("Report of the Governing Council on the work of its first session 12-22 June 1973"));
        assertEquals("Report of the Secretary-General on the activities of the Mission for the period 16 June-1 October 2003",
                TitleRunIns.without("Report of the Secretary-General on the activities of the Mission for the period 16 June-1 October 2003"));
        assertEquals("Report of the Conference of the Parties on its third session, held in Recife from 15 to 26 November 1999",
                TitleRunIns.without("Report of the Conference of the Parties on its third session, held in Recife from 15 to 26 November 1999"));
        assertEquals("Report on the fortieth session", TitleRunIns.without("Report on the fortieth session (11-22 March 1996)"));
    }

    @Test
    void whereAndWhenAMeetingWasHeldIsNotItsRecordsTitle() {
        assertEquals("COMPTE RENDU ANALYTIQUE (PARTIEL) DE LA 670ème SÉANCE",
                TitleRunIns.without("COMPTE RENDU ANALYTIQUE (PARTIEL) DE LA 670ème SÉANCE tenue au Palais Wilson, à Genève, le lundi 8 janvier 2001, à 10 heures"));
        assertEquals("ACTA TAQUIGRAFICA PROVISIONAL DE LA 105a. SESION",
                TitleRunIns.without("ACTA TAQUIGRAFICA PROVISIONAL DE LA 105a. SESION Celebrada en la Sede, Nueva York, el martes 26 de junio de 1984"));
        assertEquals("SUMMARY RECORD OF THE 57th MEETING", TitleRunIns.without("SUMMARY RECORD OF THE 57th MEETING Held at Headquarters, New York"));
    }

    @Test
    void theLineThatSaysWhichPartThisIsEndsTheTitle() {
        assertEquals("Report of the Conference of the Parties on its ninth session",
                TitleRunIns.without("Report of the Conference of the Parties on its ninth session Addendum Part two: Action taken by the Conference"));
        assertEquals("Addendum to the report of the Commission", TitleRunIns.without("Addendum to the report of the Commission"));
    }

    @Test
    void contentsRunIntoATitleAreCut() {
        assertEquals("Rapport de la Commission sur sa soixantième session",
                TitleRunIns.without("Rapport de la Commission sur sa soixantième session Table des matières Paragraphes Page I. Présidence"));
    }

    @Test
    void aTitleThatWouldBeLeftEmptyIsKeptAndNoTitleStaysNone() {
        assertNull(TitleRunIns.without(null));
        assertEquals("(20-29 March 2001)", TitleRunIns.without("(20-29 March 2001)"), "a title that is only a session's dates stays");
    }

    @Test
    void aSessionLineInFiguresAfterATitleIsCutButASessionTheTitleNamesStays() {
        assertEquals("Informe del Consejo de Derechos Humanos",
                TitleRunIns.without("Informe del Consejo de Derechos Humanos 18º período de sesiones (12 a 30 de septiembre y 21 de octubre de 2011)"));
        assertEquals("INFORME SOBRE EL 48° PERIODO DE SESIONES", TitleRunIns.without("INFORME SOBRE EL 48° PERIODO DE SESIONES"));
        assertEquals("Report of the Human Rights Council on its 18th session", TitleRunIns.without("Report of the Human Rights Council on its 18th session"));
    }
}
