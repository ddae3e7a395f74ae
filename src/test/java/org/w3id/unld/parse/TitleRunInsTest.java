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
