package org.w3id.unld.parse;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class AgendaParserTest {

    @Test
    void agendaLinesGiveItemNumbersWithoutSpaces() {
        assertEquals(List.of("43"), AgendaParser.header("Agenda item 43"));
        assertEquals(List.of("32", "60", "61", "69", "71", "84", "132"), AgendaParser.header("Agenda items 32, 60, 61, 69, 71, 84 and 132"));
        assertEquals(List.of("71(c)"), AgendaParser.header("Agenda item 71 (c)"));
        assertEquals(List.of("35"), AgendaParser.header("Item 35 of the provisional agenda*"));
        assertEquals(List.of("38", "39"), AgendaParser.header("Items 38 and 39 of the preliminary list*"));
        assertEquals(List.of("12"), AgendaParser.header("Item 12 of the preliminary list"));
        assertEquals(List.of("19(a)", "19(b)"), AgendaParser.header("Agenda item 19 (a) and (b)"));
    }

    @Test
    void otherLinesAreNoAgendaLines() {
        assertNull(AgendaParser.header("Agenda"));
        assertNull(AgendaParser.header("Agenda for Development"));
        assertNull(AgendaParser.header("Items on the agenda of the Council"));
    }

    @Test
    void titlesAreOnePerNumberJoinedAcrossLinesAndStopAtTheDocumentHeading() {
        TextLines lines = TextLines.of(String.join("\n",
                "Agenda items 60 and 132", "", "Report of the United Nations High Commissioner for",
                "Refugees, questions relating to refugees", "", "**The responsibility to protect and the prevention of",
                "genocide**", "", "Letter dated 27 December 2024 from …"));
        AgendaParser.AgendaTitles t = AgendaParser.titles(lines, 1, 2, j -> Headings.isDocumentHeading(lines.get(j)));
        assertEquals(List.of("Report of the United Nations High Commissioner for Refugees, questions relating to refugees",
                "The responsibility to protect and the prevention of genocide"), t.titles());
        assertEquals(7, t.end());
    }

    @Test
    void aBlockWrappedWithoutLowerCaseStartIsStillOneTitle() {
        TextLines lines = TextLines.of(String.join("\n",
                "Agenda item 155", "Financing of the United Nations Multidimensional ", "Integrated Stabilization Mission in Mali ",
                " ", " ", "Budget performance of the United Nations", " ", "Report of the Secretary-General"));
        AgendaParser.AgendaTitles t = AgendaParser.titles(lines, 1, 1, j -> Headings.isDocumentHeading(lines.get(j)));
        assertEquals(List.of("Financing of the United Nations Multidimensional Integrated Stabilization Mission in Mali"), t.titles());
    }

    @Test
    void aMissingTitleIsNotTakenFromTheDocumentHeading() {
        TextLines lines = TextLines.of("Agenda item 129\n\nResolution adopted by the General Assembly on 10 October 2018");
        AgendaParser.AgendaTitles t = AgendaParser.titles(lines, 1, 1, j -> Headings.isDocumentHeading(lines.get(j)));
        assertEquals(List.of(), t.titles());
    }

    @Test
    void theAgendaFootnoteIsNoTitleAndTheReportsTitleIsNoMoreOfTheLastItem() {
        TextLines footnote = TextLines.of("Item 17 (b) of the provisional agenda*\n\n*   A/51/150.\n\nELECTIONS\n\nNote by the Secretary-General");
        assertEquals(List.of("ELECTIONS"),
                AgendaParser.titles(footnote, 1, 1, j -> Headings.isDocumentHeading(footnote.get(j))).titles());
        TextLines report = TextLines.of(String.join("\n", "Temas 45 y 55 del programa", "Aplicación de los resultados",
                "de las grandes conferencias", "Seguimiento de la Cumbre del Milenio", "Un concepto más amplio de la libertad:",
                "desarrollo y derechos humanos para todos", "Informe del Secretario General"));
        assertEquals(List.of("Aplicación de los resultados de las grandes conferencias", "Seguimiento de la Cumbre del Milenio"),
                AgendaParser.titles(report, 1, 2, j -> Headings.isDocumentHeading(report.get(j))).titles());
    }

    @Test
    void anItemsTitleEndsWhereTheDocumentsHeadingOrARecordsNoticeRunsIntoIt() {
        assertEquals("CREDENCIALES DE LOS REPRESENTANTES", AgendaParser.withoutHeadingRunIn(
                "CREDENCIALES DE LOS REPRESENTANTES Not.a verbal de fecha 14 de septiembre de 1979 dirigida al Secretario General"));
        assertEquals("Question of Cyprus", AgendaParser.withoutHeadingRunIn(
                "Question of Cyprus Letter dated 3 April 2013 from the Permanent Representative of Cyprus"));
        assertEquals("The situation in the Middle East", AgendaParser.withoutHeadingRunIn(
                "The situation in the Middle East This record contains the text of speeches delivered in English"));
        assertEquals("Letters dated 5 May 1990 from the Permanent Representative", AgendaParser.withoutHeadingRunIn(
                "Letters dated 5 May 1990 from the Permanent Representative"), "an item that is itself a letter keeps its title");
    }

    @Test
    void anItemsTitleInCapitalsEndsWhereTheDocumentsTitleInMixedCaseStartsOnItsLine() {
        assertEquals("DROITS ÉCONOMIQUES, SOCIAUX ET CULTURELS", AgendaParser.withoutTitleInMixedCase(
                "DROITS ÉCONOMIQUES, SOCIAUX ET CULTURELS Promotion de la jouissance effective des droits culturels pour tous"));
        assertEquals("QUESTION OF PALESTINE", AgendaParser.withoutTitleInMixedCase("QUESTION OF PALESTINE"));
        assertEquals("Promotion and protection of human rights", AgendaParser.withoutTitleInMixedCase("Promotion and protection of human rights"));
        // Too short a run of capitals to be a title of its own: "UN Women Report" stays.
        assertEquals("UN Women Report of the Executive Director", AgendaParser.withoutTitleInMixedCase("UN Women Report of the Executive Director"));
    }
}
