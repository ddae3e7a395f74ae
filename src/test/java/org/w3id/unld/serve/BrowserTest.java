package org.w3id.unld.serve;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.unld.testing.Prerequisites;
import org.w3id.unld.vocab.Schema;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The pages as a person sees them: headless Chromium (bench/screenshots.sh) loads the start page, the reference
 * document's page, the query page running an example, a search and a search narrowed by a facet, an event's page where
 * documents disagree; the DOM after scripts ran must hold the key
 * text, and the screenshots are kept in target/screenshots/ to look at. Without Chromium the tests are skipped, or
 * fail on CI ({@link Prerequisites}).
 */
@Tag("clients")
class BrowserTest {
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    @TempDir
    static Path folder;
    static TestServer server;
    static ExternalProgram.Result run;

    @BeforeAll
    static void start() {
        Prerequisites.program("chromium", "chromium");
        server = TestServer.start(folder, b -> b.timeout(Duration.ofSeconds(10)).resultLimit(10_000).maxRequestBytes(1024 * 1024),
                DisagreeingDocuments::all);
        String doc = "/doc/" + server.referencePath().substring("id/".length()) + ".html";
        run = ExternalProgram.run(List.of("bash", "bench/screenshots.sh", server.url(""), SCREENSHOTS.toString(),
                "home=/", "document=" + doc, "document-text@4400=" + doc, "query=/query?example=02-agenda-items&run=1", "search=/search?q=Right+to+Return",
                "paged=/search?q=human+rights&page=2", "facets=/search?q=human+rights&organ=" + java.net.URLEncoder.encode(server.url("id/organ/general-assembly"), java.nio.charset.StandardCharsets.UTF_8),
                "hostile=/doc/document/A/79/999.html", "browse=/browse/session/general-assembly/79",
                "documents=/browse/agenda-item/general-assembly/79/71", "cited=/doc/document/A/79/1.html",
                "disagreement=/doc/event/world-conference-on-human-rights-1993.html",
                "places=/doc/event/fifth-united-nations-conference-on-the-least-developed-countries-2023.html",
                "stated=/query?run=1&query=" + URLEncoder.encode(fromTheFifteenth().query(), StandardCharsets.UTF_8)), Map.of(), 300);
    }

    /** The documents that date the World Conference on Human Rights from 15 June 1993, more than its page lists. */
    static Attribution fromTheFifteenth() {
        return new Attribution(Triple.create(NodeFactory.createURI(server.url(DisagreeingDocuments.WORLD_CONFERENCE)), Schema.startDate,
                NodeFactory.createLiteralDT("1993-06-15", XSDDatatype.XSDdate)), List.of(), DisagreeingDocuments.FROM_THE_FIFTEENTH);
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    static String dom(String name) throws IOException {
        assertEquals(0, run.exitCode(), run::toString);
        Path png = SCREENSHOTS.resolve(name + ".png");
        assertTrue(Files.size(png) > 10_000, () -> png + " is too small to be a page");
        return Files.readString(SCREENSHOTS.resolve(name + ".html"));
    }

    @Test
    void theStartPageLoadsWithCountsSearchAndExamples() throws IOException {
        String dom = dom("home");
        assertTrue(dom.contains("United Nations documents as linked data"), dom);
        assertTrue(dom.contains("What the dataset holds") && dom.contains("Example queries") && dom.contains("name=\"q\""), dom);
    }

    @Test
    void theStartPageListsTheLatestDocumentsAndTheWaysToBrowse() throws IOException {
        String dom = dom("home");
        assertTrue(dom.contains("Latest documents") && dom.contains("href=\"/browse/organs\""), dom);
    }

    @Test
    void aBrowsePageShowsWhereItIsAndItsEntriesWithTheirCounts() throws IOException {
        String dom = dom("browse");
        assertTrue(dom.contains("Agenda items of the General Assembly, seventy-ninth session") && dom.contains("Promotion and protection of human rights"), dom);
        String documents = dom("documents");
        assertTrue(documents.contains("page 1 of 2") && documents.contains("A/79/704"), documents);
    }

    @Test
    void aCitedOnlyDocumentsPageSaysUnldDoesNotHoldItAndLinksUndocs() throws IOException {
        String dom = dom("cited");
        assertTrue(dom.contains("unld does not hold this document.") && dom.contains("https://undocs.org/A/79/1"), dom);
    }

    @Test
    void theReferenceDocumentsPageLoadsWithItsKeyFacts() throws IOException {
        String dom = dom("document");
        assertTrue(dom.contains(ClientsTest.TITLE), dom);
        assertTrue(dom.contains("Key facts") && dom.contains("Prevention of armed conflict") && dom.contains("Tofiq Musayev"), dom);
    }

    @Test
    void theReferenceDocumentsPageShowsItsTextWithTheAgendaItemsTheConferenceAndTheSignatoryHighlighted() throws IOException {
        String dom = dom("document-text");
        assertTrue(dom.contains("<section class=\"text\" id=\"text\">"), dom);
        List<String> marks = new ArrayList<>();
        Matcher m = Pattern.compile("<mark class=\"fact[^\"]*\" title=\"([^\"]*)\"[^>]*>([^<]*)</mark>").matcher(dom);
        while (m.find()) {
            marks.add(m.group(1) + " | " + m.group(2).replaceAll("\\s+", " "));
        }
        for (String item : List.of("32", "60", "61", "69", "71", "84", "132", "Prevention of armed conflict", "Peacebuilding and sustaining peace",
                "Promotion and protection of human rights")) {
            assertTrue(marks.stream().anyMatch(k -> k.endsWith("| " + item) && k.substring(0, k.indexOf(" | ")).contains("agenda item")),
                    item + " in " + marks);
        }
        assertTrue(marks.stream().anyMatch(k -> k.startsWith("refers to | Second International Conference on")), marks::toString);
        assertTrue(marks.stream().anyMatch(k -> k.contains("signatory") && k.endsWith("| Tofiq Musayev")), marks::toString);
        // Every "where it says so" leads to a passage of the text.
        Matcher link = Pattern.compile("<a href=\"#(text-[0-9]+-[0-9]+)\"").matcher(dom);
        int links = 0;
        while (link.find()) {
            links++;
            assertTrue(dom.contains("id=\"" + link.group(1) + "\""), link.group(1));
        }
        assertTrue(links >= 20, links + " links to the text");
    }

    @Test
    void theQueryPageRunsAnExampleAndShowsItsResultsAsATable() throws IOException {
        String dom = dom("query");
        assertTrue(dom.contains("SPARQL query"), dom);
        assertTrue(dom.contains("Prevention of armed conflict") && dom.contains("<table>"), "the example ran in the browser: " + dom);
    }

    @Test
    void theSearchPageFindsTheReferenceDocument() throws IOException {
        String dom = dom("search");
        assertTrue(dom.contains(ClientsTest.TITLE), dom);
    }

    @Test
    void aSearchNarrowedByAFacetShowsTheChosenValueTheOtherFacetsAndMarkedWords() throws IOException {
        String dom = dom("facets");
        assertTrue(dom.contains("Organ: <strong>General Assembly</strong>") && dom.contains("× remove"), dom);
        assertTrue(dom.contains("<aside class=\"facets\"") && dom.contains("<h2>Year</h2>"), dom);
        assertTrue(dom.contains("<mark>human rights</mark>") || dom.contains("<mark>human</mark>"), dom);
    }

    @Test
    void aSecondPageOfResultsNumbersItsHitsOnAndLeadsBackAndOn() throws IOException {
        String dom = dom("paged");
        assertTrue(dom.contains("<ol class=\"hits\" start=\"21\">") && dom.contains("page 2 of"), dom);
        assertTrue(dom.contains("rel=\"prev\"") && dom.contains("rel=\"next\""), dom);
    }

    @Test
    void anEventsPageSaysWhereTheDocumentsDisagreeAndWhichDocumentStatesWhat() throws IOException {
        String dom = dom("disagreement");
        assertTrue(dom.contains("The documents disagree on the start date:") && !dom.contains("The documents disagree on the end date"), dom);
        assertTrue(dom.contains(">A/CONF.157/24</a>") && dom.contains("1 more</a>"), dom);
        assertTrue(dom("places").contains("The documents disagree on the location:"), dom("places"));
    }

    @Test
    void theDocumentsAPageDoesNotListAreFoundByTheQueryItLinks() throws IOException {
        String dom = dom("stated");
        for (int i = 1; i <= DisagreeingDocuments.FROM_THE_FIFTEENTH; i++) {
            assertTrue(dom.contains(server.url("id/document/A/48/" + i)), "A/48/" + i + " in the results: " + dom);
        }
        assertFalse(dom.contains(server.url("id/document/A/CONF.157/24")), dom);
    }

    @Test
    void aScriptInATitleIsShownAndNotRun() throws IOException {
        String dom = dom("hostile");
        assertTrue(dom.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), dom);
        assertFalse(dom.contains("<script>alert(1)</script>"), dom);
    }
}
