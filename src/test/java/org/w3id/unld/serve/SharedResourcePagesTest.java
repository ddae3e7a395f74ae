package org.w3id.unld.serve;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.unld.store.DocumentStore;
import org.w3id.unld.vocab.Schema;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The pages and RDF of shared resources against the real server, over documents that describe the same event and
 * person differently ({@link DisagreeingDocuments}): each value comes with the documents that state it, and where
 * documents give two values of what a document states once, the page says they disagree.
 */
class SharedResourcePagesTest {
    @TempDir
    static Path folder;
    static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start(folder, b -> b.timeout(Duration.ofSeconds(5)), DisagreeingDocuments::all);
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    static Node iri(String path) {
        return NodeFactory.createURI(server.url(path));
    }

    static String page(String path) {
        HttpResponse<String> r = server.get("doc/" + path.substring("id/".length()) + ".html", null);
        assertEquals(200, r.statusCode(), r::body);
        return r.body();
    }

    /** The statements table's row of {@code property}, from its {@code <tr>} to its {@code </tr>}. */
    static String row(String html, Node property) {
        int th = html.indexOf("title=\"" + property.getURI() + "\">");
        assertTrue(th > 0, () -> "no row for " + property + ": " + html);
        return html.substring(html.lastIndexOf("<tr", th), html.indexOf("</tr>", th) + "</tr>".length());
    }

    /**
     * A value as the page shows it ({@code shown}: "Doha</a>" for a link, "1993-06-14" for a literal), followed by the
     * documents that state it: "Doha — A/78/1, A/78/2 and A/78/3", or "…, A/78/5 and N more" when {@code more}.
     */
    static String stated(String shown, boolean more, String... symbols) {
        StringBuilder s = new StringBuilder(shown).append("<span class=\"sources\"> — ");
        for (int i = 0; i < symbols.length; i++) {
            s.append(i == 0 ? "" : i < symbols.length - 1 || more ? ", " : " and ")
                    .append("<a href=\"/doc/document/").append(symbols[i]).append(".html\" title=\"")
                    .append(server.url("id/document/" + symbols[i])).append("\">").append(symbols[i]).append("</a>");
        }
        return s.append(more ? " and " : "</span>").toString();
    }

    @Test
    void theTurtleOfAnEventAttributesEachOfItsPlacesToTheDocumentThatStatesIt() {
        Graph g = LinkedDataServerTest.parse(server.get("doc/event/fifth-united-nations-conference-on-the-least-developed-countries-2023.ttl", null), Lang.TURTLE);
        Node meeting = iri(DisagreeingDocuments.TWO_PART_CONFERENCE);
        assertEquals(Map.of(iri(DisagreeingDocuments.DOHA), Set.of(iri("id/document/A/78/1")),
                iri(DisagreeingDocuments.NEW_YORK), Set.of(iri("id/document/S/2021/5"))), DescriberTest.statedBy(g, meeting, Schema.location));
    }

    @Test
    void theJsonLdNamesTheStatementsWithTheContextsShortKeys() {
        HttpResponse<String> r = server.get("doc/event/fifth-united-nations-conference-on-the-least-developed-countries-2023.jsonld", null);
        List<JsonObject> statements = JsonParser.parseString(r.body()).getAsJsonObject().getAsJsonArray("@graph").asList().stream()
                .map(JsonElement::getAsJsonObject).filter(n -> n.has("predicate") && n.get("predicate").getAsString().equals("schema:location"))
                .toList();
        assertEquals(2, statements.size(), r::body);
        JsonObject doha = statements.stream().filter(n -> n.getAsJsonObject("object").get("id").getAsString()
                .equals(server.url(DisagreeingDocuments.DOHA))).findFirst().orElseThrow();
        assertEquals("rdf:Statement", doha.get("type").getAsString());
        assertEquals(server.url(DisagreeingDocuments.TWO_PART_CONFERENCE), doha.get("subject").getAsString());
        assertEquals(server.url("id/document/A/78/1"), doha.get("wasDerivedFrom").getAsString());
        assertEquals("1", doha.get("documentCount").getAsString());
    }

    @Test
    void anEventsPageSaysTheDocumentsDisagreeOnItsPlaceAndWhichDocumentStatesWhich() {
        String location = row(page(DisagreeingDocuments.TWO_PART_CONFERENCE), Schema.location);
        assertTrue(location.startsWith("<tr class=\"disagreement\">"), location);
        assertTrue(location.contains("<p class=\"disagreement\">The documents disagree on the location:</p>"), location);
        assertTrue(location.contains(stated("Doha</a>", false, "A/78/1")) && location.contains(stated("New York</a>", false, "S/2021/5")), location);
    }

    @Test
    void aPageSaysTheDocumentsDisagreeOnlyWhereTheyDo() {
        String html = page(DisagreeingDocuments.WORLD_CONFERENCE);
        String start = row(html, Schema.startDate);
        assertTrue(start.contains("The documents disagree on the start date:"), start);
        assertTrue(start.contains(stated("1993-06-14", false, "A/CONF.157/24")), start);
        for (Node agreed : List.of(Schema.endDate, Schema.location)) {
            String row = row(html, agreed);
            assertFalse(row.contains("disagree"), row);
        }
        assertTrue(row(html, Schema.location).contains(stated("Vienna</a>", true, "A/48/1", "A/48/2", "A/48/3", "A/48/4", "A/48/5")),
                "the first five documents by symbol: " + row(html, Schema.location));
    }

    @Test
    void theDocumentsAValueDoesNotListAreOneLinkAwayOnTheQueryPage() {
        String start = row(page(DisagreeingDocuments.WORLD_CONFERENCE), Schema.startDate);
        String more = DisagreeingDocuments.FROM_THE_FIFTEENTH - Attributions.DOCUMENTS_PER_VALUE + " more</a>";
        assertTrue(start.contains(more), start);
        String href = start.substring(start.lastIndexOf("<a href=\"", start.indexOf(more)) + "<a href=\"".length());
        href = href.substring(0, href.indexOf('"')).replace("&amp;", "&");
        assertTrue(href.startsWith("/query?run=1&query="), href);
        HttpResponse<String> query = server.get(href, "text/html");
        assertEquals(200, query.statusCode());
        assertTrue(query.body().contains("data-run=\"1\"") && query.body().contains("SELECT ?document WHERE")
                && query.body().contains("&lt;" + server.url(DisagreeingDocuments.WORLD_CONFERENCE) + "&gt;"), query.body());
    }

    @Test
    void aPersonsPageShowsEachPrintingOfHisNameWithItsLetterButNoDisagreement() {
        // One name in two cases is one name (identity compares names case- and accent-insensitively): no disagreement.
        String name = row(page(DisagreeingDocuments.SIGNATORY), org.apache.jena.sparql.vocabulary.FOAF.name.asNode());
        assertFalse(name.contains("disagree"), name);
        assertTrue(name.contains("TOFIQ MUSAYEV<span class=\"sources\"> — <a href=\"/doc/document/A/79/20.html\""), name);
        assertTrue(name.contains("Tofiq Musayev<span class=\"sources\"> — <a href=\"/doc/document/A/79/10.html\""), name);
    }

    @Test
    void aDocumentsPageAttributesNothing() {
        String html = page("id/document/A/78/1");
        assertFalse(html.contains("class=\"sources\"") || html.contains("disagree"), html);
    }

    @Test
    void aDocumentStatingAnotherPlaceChangesThePageAndItsValidator() {
        // Dated alike, the two documents speak of one meeting (an undated one would be keyed by its place: two meetings).
        String path = "doc/event/meeting-of-the-parties-to-the-kyoto-protocol-2017-11-06.html";
        DocumentStore store = DocumentStore.over(server.server.dataset());
        store.replace(List.of(DisagreeingDocuments.report(server.base, "A/78/60", List.of(
                new org.w3id.unld.model.Event("Meeting of the Parties to the Kyoto Protocol", java.time.LocalDate.of(2017, 11, 6), null, "Bonn")), List.of())));
        HttpResponse<String> first = server.get(path, "text/html");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertFalse(first.body().contains("disagree"), first.body());
        assertEquals(304, conditional(path, etag).statusCode());

        store.replace(List.of(DisagreeingDocuments.report(server.base, "A/78/61", List.of(
                new org.w3id.unld.model.Event("Meeting of the Parties to the Kyoto Protocol", java.time.LocalDate.of(2017, 11, 6), null, "Marrakech")), List.of())));
        HttpResponse<String> after = conditional(path, etag);
        assertEquals(200, after.statusCode());
        assertTrue(after.body().contains("The documents disagree on the location:") && after.body().contains(stated("Marrakech</a>", false, "A/78/61")),
                after.body());
    }

    static HttpResponse<String> conditional(String path, String etag) {
        return server.send(HttpRequest.newBuilder(URI.create(server.url(path))).header("Accept", "text/html")
                .header("If-None-Match", etag).GET().build());
    }
}
