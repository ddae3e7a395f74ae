package org.w3id.unld.serve;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.w3id.unld.vocab.Unld;

import java.net.http.HttpResponse;
import java.util.List;
import java.nio.file.Path;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Dereferencing, content negotiation and the HTML pages, against the real server over hand-made document graphs. */
class LinkedDataServerTest {
    @TempDir
    static Path folder;
    static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start(folder, Duration.ofSeconds(5), 10_000, 1024 * 1024);
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    static Graph parse(HttpResponse<String> r, Lang lang) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(r.body(), lang).base(r.uri().toString()).parse(g);
        return g;
    }

    static String mediaType(HttpResponse<String> r) {
        return r.headers().firstValue("Content-Type").orElse("").split(";")[0].strip();
    }

    Node letter() {
        return NodeFactory.createURI(server.url(Fixture.LETTER));
    }

    /** The reference document's path without "id/": "document/_…". */
    static String reference() {
        return server.referencePath().substring("id/".length());
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void theReferenceDocumentsIriAnswers303VaryingByAcceptToTheDescriptionInTheFormatAsked(Format format) {
        HttpResponse<String> r = server.get(server.referencePath(), format.mediaType());
        assertEquals(303, r.statusCode());
        assertEquals("Accept", r.headers().firstValue("Vary").orElse(""));
        assertEquals("/doc/" + reference() + "." + format.extension(), r.headers().firstValue("Location").orElse(""));
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void theDescriptionByAcceptHasTheMediaTypeContentLocationAndVaryAndParses(Format format) {
        HttpResponse<String> r = server.get("doc/" + reference(), format.mediaType());
        assertEquals(200, r.statusCode());
        assertEquals(format.mediaType(), mediaType(r));
        assertEquals("/doc/" + reference() + "." + format.extension(), r.headers().firstValue("Content-Location").orElse(""));
        // The HTML variant names things in the reader's language (LanguagesTest), so all of them vary by it too.
        assertEquals("Accept, Accept-Language", r.headers().firstValue("Vary").orElse(""));
        assertDescribesTheReferenceDocument(r, format);
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void theDescriptionByExtensionHasTheMediaTypeAndParses(Format format) {
        HttpResponse<String> r = server.get("doc/" + reference() + "." + format.extension(), "*/*");
        assertEquals(200, r.statusCode());
        assertEquals(format.mediaType(), mediaType(r));
        assertDescribesTheReferenceDocument(r, format);
        HttpResponse<String> viaId = server.get(server.referencePath() + "." + format.extension(), null);
        assertEquals(303, viaId.statusCode());
        assertEquals("/doc/" + reference() + "." + format.extension(), viaId.headers().firstValue("Location").orElse(""));
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void theFormatParameterChoosesTheFormatToo(Format format) {
        HttpResponse<String> r = server.get("doc/" + reference() + "?format=" + format.extension(), "text/html");
        assertEquals(format.mediaType(), mediaType(r));
        assertDescribesTheReferenceDocument(r, format);
    }

    private void assertDescribesTheReferenceDocument(HttpResponse<String> r, Format format) {
        String title = "Letter dated 27 December 2024 from the Permanent Representative of Azerbaijan to the United Nations addressed to the Secretary-General";
        if (format == Format.HTML) {
            assertTrue(r.body().contains("<h1>" + title + "</h1>"), r.body());
            return;
        }
        Graph g = parse(r, format.lang());
        Node doc = NodeFactory.createURI(server.referenceDocument);
        assertTrue(g.contains(doc, DCTerms.title.asNode(), NodeFactory.createLiteralString(title)), () -> format + " " + r.body());
        assertTrue(g.contains(doc, RDF.Nodes.type, Unld.Document), () -> format + " " + r.body());
    }

    @Test
    void browsersGetHtmlAndProgramsThatAcceptAnythingGetTurtle() {
        String firefox = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8";
        assertEquals("/doc/document/A/79/704.html", server.get(Fixture.LETTER, firefox).headers().firstValue("Location").orElse(""));
        assertEquals("/doc/document/A/79/704.ttl", server.get(Fixture.LETTER, "*/*").headers().firstValue("Location").orElse(""));
        assertEquals("/doc/document/A/79/704.ttl", server.get(Fixture.LETTER, null).headers().firstValue("Location").orElse(""));
        assertEquals("/doc/document/A/79/704.jsonld",
                server.get(Fixture.LETTER, "text/turtle;q=0.5, application/ld+json").headers().firstValue("Location").orElse(""));
        assertEquals("/doc/document/A/79/704.rdf",
                server.get(Fixture.LETTER, "application/rdf+xml,text/rdf+n3;q=0.9,application/xhtml+xml;q=0.5, */*;q=0.1")
                        .headers().firstValue("Location").orElse(""));
    }

    @Test
    void anUnsupportedAcceptIs406() {
        HttpResponse<String> r = server.get(Fixture.LETTER, "image/png");
        assertEquals(406, r.statusCode());
        assertEquals(406, server.get("doc/document/A/79/704", "application/pdf").statusCode());
        assertEquals(406, server.get("doc/document/A/79/704", "text/html;q=0, text/turtle;q=0, application/n-triples;q=0, "
                + "application/ld+json;q=0, application/rdf+xml;q=0, application/json;q=0").statusCode());
    }

    @Test
    void anUnknownIriIs404WithASearchBoxForPeopleAndOneLineForPrograms() {
        HttpResponse<String> page = server.get("id/document/A/79/123456", "text/html");
        assertEquals(404, page.statusCode());
        assertEquals("text/html", mediaType(page));
        assertTrue(page.body().contains("action=\"/search\"") && page.body().contains("name=\"q\""), page.body());
        HttpResponse<String> text = server.get("id/organ/nowhere", "text/turtle");
        assertEquals(404, text.statusCode());
        assertTrue(text.body().contains("Nothing is known about " + server.url("id/organ/nowhere")), text.body());
        assertEquals(404, server.get("doc/person/nobody.ttl", null).statusCode());
    }

    @Test
    void aDocumentWithSeveralSymbolsAnswersUnderEach() {
        HttpResponse<String> r = server.get("id/document/" + Fixture.LETTER_SECOND_SYMBOL, "text/turtle");
        assertEquals(303, r.statusCode());
        assertEquals("/doc/document/A/79/704.ttl", r.headers().firstValue("Location").orElse(""));
        HttpResponse<String> doc = server.get("doc/document/" + Fixture.LETTER_SECOND_SYMBOL + ".nt", null);
        assertEquals(200, doc.statusCode());
        assertEquals("/doc/document/A/79/704.nt", doc.headers().firstValue("Content-Location").orElse(""));
        assertTrue(parse(doc, Lang.NTRIPLES).contains(letter(), Unld.symbol, NodeFactory.createLiteralString("S/2024/950")));
    }

    @Test
    void aSymbolWithSpacesAndParenthesesAnswersHowEverItsPathIsEncoded() {
        for (String path : new String[] {Fixture.MEETING_PATH, "id/document/S/PV.8699%20(Resumption%201)"}) {
            HttpResponse<String> r = server.get(path, "application/n-triples");
            assertEquals(303, r.statusCode(), path);
            assertEquals("/doc/document/S/PV.8699%20%28Resumption%201%29.nt", r.headers().firstValue("Location").orElse(""));
        }
        HttpResponse<String> doc = server.get("doc/document/S/PV.8699%20%28Resumption%201%29.nt", null);
        assertTrue(parse(doc, Lang.NTRIPLES).contains(NodeFactory.createURI(server.url(Fixture.MEETING_PATH)), Unld.symbol,
                NodeFactory.createLiteralString("S/PV.8699 (Resumption 1)")));
    }

    @Test
    void aDescriptionHoldsItsTriplesTheLabelsOfWhatItLinksToAndWhatLivesInsideIt() {
        Graph g = parse(server.get("doc/document/A/79/704.ttl", null), Lang.TURTLE);
        Node item = NodeFactory.createURI(server.url(Fixture.AGENDA_ITEM));
        assertTrue(g.contains(letter(), Unld.agendaItem, item));
        assertTrue(g.contains(item, RDFS.Nodes.label, NodeFactory.createLiteralLang("Agenda item 71: Promotion and protection of human rights", "en")));
        assertTrue(g.contains(NodeFactory.createURI(server.url(Fixture.LETTER) + "#signature-1"), Node.ANY, Node.ANY),
                "the signature block lives inside the document's description");
        assertFalse(g.contains(item, Unld.itemNumber, Node.ANY), "only labels of linked resources, not their descriptions");
    }

    @Test
    void aDescriptionListsTheIncomingLinksPagedWithTheNextPageInRdf() {
        Node item = NodeFactory.createURI(server.url(Fixture.AGENDA_ITEM));
        Graph first = parse(server.get("doc/agenda-item/general-assembly/79/71.ttl", null), Lang.TURTLE);
        long incoming = first.find(Node.ANY, Unld.agendaItem, item).toList().size();
        assertEquals(Describer.PAGE_SIZE, incoming);
        Node next = NodeFactory.createURI(server.url("doc/agenda-item/general-assembly/79/71.ttl?page=2"));
        assertTrue(first.contains(item, RDFS.Nodes.seeAlso, next));
        Graph second = parse(server.get("doc/agenda-item/general-assembly/79/71.ttl?page=2", null), Lang.TURTLE);
        // 120 fillers, the letter, the hostile document and the reference document: 123 links, 23 on page 2.
        assertEquals(Fixture.FILLER_DOCUMENTS + 3 - Describer.PAGE_SIZE, second.find(Node.ANY, Unld.agendaItem, item).toList().size());
        assertFalse(second.contains(item, RDFS.Nodes.seeAlso, Node.ANY));
        String html = server.get("doc/agenda-item/general-assembly/79/71.html", null).body();
        assertTrue(html.contains("Linked from (123)") && html.contains("rel=\"next\"") && html.contains("page 1 of 2"), html);
    }

    @Test
    void aCountryPageListsTheDocumentsItSent() {
        String html = server.get("doc/country/aze.html", null).body();
        assertTrue(html.contains("Azerbaijan"), html);
        assertTrue(html.contains("href=\"/doc/document/A/79/999.html\""), html);
        assertTrue(html.contains("href=\"http://www.wikidata.org/entity/Q227\""), html);
        assertTrue(html.contains("Documents sent from its posts") && html.contains("href=\"/doc/" + reference() + ".html\""),
                "the reference letter, sent by the Permanent Representative of Azerbaijan: " + html);
        Graph g = parse(server.get("doc/country/aze.ttl", null), Lang.TURTLE);
        assertTrue(g.contains(NodeFactory.createURI(server.referenceDocument), Unld.sender, Node.ANY));
    }

    @Test
    void aDocumentPageShowsKeyFactsWithHumanLabelsAndLinks() {
        String html = server.get("doc/document/A/79/704.html", null).body();
        for (String expected : new String[] {"Key facts", "A/79/704", "S/2024/950", "2024-12-27", "General Assembly", "Security Council",
                "Agenda item 32: Prevention of armed conflict", "Permanent Representative of Azerbaijan to the United Nations",
                "Secretary-General", "Tofiq Musayev", "Annex to the letter dated 27 December 2024",
                "Second International Conference on “The Right to Return", "A/79/1", "https://undocs.org/A/79/704",
                "href=\"/doc/agenda-item/general-assembly/79/71.html\"", "href=\"/doc/document/A/79/704.ttl\"",
                "href=\"/doc/document/A/79/704.jsonld\"", "href=\"/doc/document/A/79/704.rdf\"", "href=\"/doc/document/A/79/704.nt\""}) {
            assertTrue(html.contains(expected), () -> "missing " + expected);
        }
        assertFalse(html.contains(">https://w3id.org/unld/ontology#agendaItem<"), "properties show labels, not IRIs");
        // What the document is about comes first among the key facts: the heading is only its symbol.
        int facts = html.indexOf("Key facts");
        int title = html.indexOf("<dt>Title</dt>", facts);
        assertTrue(facts > 0 && title > facts && title < html.indexOf("<dt>Symbol</dt>", facts), html);
        assertTrue(html.indexOf("Letter dated 27 December 2024 from the Permanent Representative of Azerbaijan", title) > title, html);
    }

    @Test
    void aTitleHoldingAScriptShowsAsText() {
        HttpResponse<String> r = server.get("doc/document/A/79/999.html", null);
        assertFalse(r.body().contains(Fixture.HOSTILE_TITLE), r.body());
        assertTrue(r.body().contains("&lt;script&gt;alert(1)&lt;/script&gt;"), r.body());
        assertTrue(r.headers().firstValue("Content-Security-Policy").orElse("").contains("default-src 'self'"));
        String search = server.get("search?q=" + java.net.URLEncoder.encode("<script>", java.nio.charset.StandardCharsets.UTF_8), null).body();
        assertFalse(search.contains("<script>"), search);
    }

    @Test
    void jsonLdRefersToThePublishedContextAndHasShortKeys() {
        HttpResponse<String> r = server.get("doc/document/A/79/704.jsonld", null);
        var json = com.google.gson.JsonParser.parseString(r.body()).getAsJsonObject();
        assertEquals(server.url("context.jsonld"), json.get("@context").getAsString());
        assertTrue(r.body().contains("\"agendaItem\"") && r.body().contains("\"title\"") && r.body().contains("\"symbol\""), r.body());
        HttpResponse<String> context = server.get("context.jsonld", null);
        assertEquals("application/ld+json", mediaType(context));
        assertTrue(com.google.gson.JsonParser.parseString(context.body()).getAsJsonObject().has("@context"));
    }

    @Test
    void theLandingPageSaysWhatTheDatasetHoldsAndWhereToGo() {
        HttpResponse<String> r = server.get("", "text/html");
        assertEquals(200, r.statusCode());
        String html = r.body();
        for (String expected : new String[] {"What the dataset holds", "<strong>" + (Fixture.FILLER_DOCUMENTS + 4) + "</strong> document graphs",
                "UN document", "agenda item", "action=\"/search\"", "href=\"/query?example=01-latest-documents\"",
                "href=\"/dumps/\"", "href=\"/.well-known/void\"", "href=\"/ontology\"", "href=\"/query\""}) {
            assertTrue(html.contains(expected), () -> "missing " + expected + " in " + html);
        }
    }

    @Test
    void fullTextSearchForRightToReturnFindsTheReferenceDocumentOnTheSearchPage() {
        String html = server.get("search?q=Right+to+Return", "text/html").body();
        assertTrue(html.contains("href=\"/doc/" + reference() + ".html\""), html);
        assertTrue(html.contains("The <mark>Right to Return</mark>"), html);
    }

    @Test
    void fullTextSearchForRightToReturnFindsTheReferenceDocumentThroughSparql() {
        String query = """
                PREFIX text: <http://jena.apache.org/text#>
                PREFIX unld: <https://w3id.org/unld/ontology#>
                SELECT DISTINCT ?document {
                  (?hit ?score) text:query "\\"Right to Return\\"" .
                  { BIND(?hit AS ?document) } UNION { ?document ?link ?hit }
                  ?document a unld:Document .
                }""";
        String json = EndpointTestSupport.select(server, query);
        assertTrue(json.contains(server.referenceDocument), json);
    }

    @Test
    void everyExampleQueryRunsOnTheEndpoint() {
        var examples = ExampleQueries.load().all();
        assertTrue(examples.size() >= 8, "queries/*.rq are shipped in the jar");
        for (ExampleQueries.Example e : examples) {
            if (e.query().contains("SERVICE <https://query.wikidata.org/sparql>")) {
                continue; // federated: needs Wikidata; FederatedQueryTest runs these against a local stand-in
            }
            String json = EndpointTestSupport.select(server, e.query());
            assertTrue(json.contains("\"bindings\""), e.name() + ": " + json);
            assertFalse(json.contains("\"bindings\": [ ]") && !e.name().startsWith("06"), e.name() + " finds nothing: " + json);
        }
    }

    @Test
    void aDocumentsTextIsServedAsPlainTextAndTheEvidenceOffsetsCountIntoIt() {
        HttpResponse<String> r = server.get("doc/" + server.referencePath().substring("id/".length()) + "/text", "*/*");
        assertEquals(200, r.statusCode(), r.body());
        assertEquals("text/plain", mediaType(r));
        assertTrue(r.headers().firstValue("Content-Type").orElseThrow().toLowerCase(java.util.Locale.ROOT).contains("charset=utf-8"));
        String text = r.body();
        assertTrue(text.startsWith("General Assembly") && text.contains("(Signed) Tofiq Musayev"), text);
        String query = ExampleQueries.load().all().stream().filter(e -> e.name().equals("10-evidence")).findFirst().orElseThrow()
                .query().replace("# VALUES ?document { <put a document's IRI here> }",
                        "VALUES ?document { <" + server.referenceDocument + "> }");
        org.apache.jena.query.ResultSet results = org.apache.jena.query.ResultSetFactory.fromJSON(
                new java.io.ByteArrayInputStream(EndpointTestSupport.select(server, query).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        int[] codePoints = text.codePoints().toArray();
        int checked = 0;
        while (results.hasNext()) {
            var row = results.next();
            int start = row.getLiteral("start").getInt();
            int end = row.getLiteral("end").getInt();
            assertEquals(new String(codePoints, start, end - start), row.getLiteral("quote").getString());
            checked++;
        }
        assertTrue(checked >= 30, checked + " passages");
        assertEquals(404, server.get("doc/document/A/79/999/text", "*/*").statusCode(), "no text of a document unld does not hold");
    }

    @Test
    void anEventsPageLeadsFromEachValueToThePassageOfTheDocumentThatStatesIt() {
        String documentPath = "doc/" + server.referencePath().substring("id/".length()) + ".html";
        String documentPage = server.get(documentPath, "text/html").body();
        java.util.regex.Matcher event = java.util.regex.Pattern.compile("href=\"/(doc/event/[^\"#]+)\"").matcher(documentPage);
        assertTrue(event.find(), documentPage);
        String eventPage = server.get(event.group(1), "text/html").body();
        java.util.regex.Matcher passage = java.util.regex.Pattern.compile("href=\"/" + java.util.regex.Pattern.quote(documentPath)
                + "#(text-[0-9]+-[0-9]+)\"").matcher(eventPage);
        assertTrue(passage.find(), "the stating document is linked at its passage: " + eventPage);
        assertTrue(documentPage.contains("id=\"" + passage.group(1) + "\""), passage.group(1) + " is a passage of the document's page");
    }

    @Test
    void theEvidenceExampleListsTheReferenceDocumentsFactsWithTheirQuotes() {
        String query = ExampleQueries.load().all().stream().filter(e -> e.name().equals("10-evidence")).findFirst().orElseThrow()
                .query().replace("# VALUES ?document { <put a document's IRI here> }",
                        "VALUES ?document { <" + server.referenceDocument + "> }");
        String json = EndpointTestSupport.select(server, query);
        for (String quote : List.of("27 December 2024", "Tofiq Musayev", "Baku", "Prevention of armed conflict", "Seventy-ninth session")) {
            assertTrue(json.contains("\"" + quote + "\""), quote + " is quoted: " + json);
        }
        assertTrue(json.contains("http://purl.org/dc/terms/date") && json.contains("https://w3id.org/unld/ontology#signatory"), json);
    }

    @Test
    void theQueryPageOpensAnExampleAndListsTheOthers() {
        String html = server.get("query?example=02-agenda-items", "text/html").body();
        assertTrue(html.contains("<textarea") && html.contains("unld:agendaItem ?item"), html);
        assertTrue(html.contains("Agenda items and the documents issued under them"), html);
        assertTrue(html.contains("href=\"/query?example=03-full-text-search\""), html);
        assertTrue(html.contains("src=\"/static/query.js\""), html);
        assertEquals(200, server.get("static/query.js", null).statusCode());
        HttpResponse<String> css = server.get("static/unld.css", null);
        assertEquals("text/css", mediaType(css));
    }

    @Test
    void theOntologyAndTheShapesArePublishedAsPagesAndData() {
        String html = server.get("ontology", "text/html").body();
        assertTrue(html.contains("id=\"agendaItem\"") && html.contains("agenda item"), html);
        HttpResponse<String> ttl = server.get("ontology", "text/turtle");
        assertEquals("/ontology.ttl", ttl.headers().firstValue("Content-Location").orElse(""));
        assertTrue(parse(ttl, Lang.TURTLE).contains(Unld.Document, RDF.Nodes.type, NodeFactory.createURI("http://www.w3.org/2002/07/owl#Class")));
        assertEquals("application/rdf+xml", mediaType(server.get("ontology.rdf", null)));
        HttpResponse<String> shapes = server.get("shapes.ttl", null);
        assertEquals(200, shapes.statusCode());
        assertTrue(parse(shapes, Lang.TURTLE).size() > 10);
        assertTrue(server.get("shapes", "text/html").body().contains("SHACL"));
    }

    @Test
    void aDocumentsNamedGraphIsPublishedWholeWithItsProvenance() {
        String graphPath = "graph/" + reference();
        HttpResponse<String> ttl = server.get(graphPath, "text/turtle");
        assertEquals(200, ttl.statusCode());
        assertEquals("/" + graphPath + ".ttl", ttl.headers().firstValue("Content-Location").orElse(""));
        Graph g = parse(ttl, Lang.TURTLE);
        assertTrue(g.contains(NodeFactory.createURI(server.referenceDocument), DCTerms.title.asNode(), Node.ANY));
        assertTrue(g.contains(NodeFactory.createURI(server.url(graphPath) + "#source"), Node.ANY, Node.ANY), "provenance of the graph");
        String html = server.get(graphPath + ".html", null).body();
        assertTrue(html.contains("href=\"/" + graphPath + ".nt\"") && html.contains("This graph as data"), html);
        assertEquals(404, server.get("graph/document/A/1/2.ttl", null).statusCode());
    }
}
