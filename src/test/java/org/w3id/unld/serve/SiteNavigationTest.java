package org.w3id.unld.serve;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.unld.map.Iris;
import org.w3id.unld.map.MappedDocument;
import org.w3id.unld.store.DocumentStore;
import org.w3id.unld.store.Outcome;
import org.w3id.unld.store.Pipeline;
import org.w3id.unld.vocab.Hydra;
import org.w3id.unld.vocab.Schema;
import org.w3id.unld.vocab.Unld;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A site people and search engines can find their way in, against the real server over the {@link Fixture}
 * documents, the reference document and the bundled sample documents (read, parsed and mapped by the real pipeline):
 * from {@code /} every document page is a few links away; the browse lists are paged, counted and also RDF; a
 * document unld only knows from citations says so and leads to undocs.org; robots.txt, the sitemaps and the pages'
 * schema.org JSON-LD tell search engines what there is.
 */
class SiteNavigationTest {
    static final Path SAMPLES = Path.of("src", "main", "resources", "unld", "samples");
    private static final Pattern HREF = Pattern.compile("href=\"([^\"]*)\"");
    private static final Pattern JSON_LD = Pattern.compile("<script type=\"application/ld\\+json\">(.*?)</script>", Pattern.DOTALL);
    @TempDir
    static Path folder;
    static TestServer server;

    @BeforeAll
    static void start() throws IOException {
        server = TestServer.start(folder, Duration.ofSeconds(10), 10_000, 1024 * 1024);
        List<MappedDocument> samples = new ArrayList<>();
        for (String name : Files.readAllLines(SAMPLES.resolve("index.txt"))) {
            if (!name.isBlank() && !name.startsWith("#")) {
                Outcome outcome = new Pipeline(server.base).process(SAMPLES.resolve(name.strip()));
                if (outcome instanceof Outcome.Accepted accepted) {
                    samples.add(accepted.document());
                }
            }
        }
        assertTrue(samples.size() >= 8, "the samples go through the pipeline");
        DocumentStore.over(server.server.dataset()).replace(samples);
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    /** The page of every document the store holds, as its links write it: one per document graph. */
    static Set<String> documentPages() {
        var dataset = server.server.dataset();
        return Txn.calculateRead(dataset, () -> {
            Set<String> pages = new TreeSet<>();
            dataset.listGraphNodes().forEachRemaining(g -> {
                String prefix = server.base + "graph/document/";
                if (g.getURI().startsWith(prefix)) {
                    pages.add("/doc/document/" + g.getURI().substring(prefix.length()) + ".html");
                }
            });
            return pages;
        });
    }

    static String html(String path) {
        HttpResponse<String> r = server.get(path, "text/html");
        assertEquals(200, r.statusCode(), () -> path + ": " + r.body());
        return r.body();
    }

    static List<String> links(String html) {
        List<String> out = new ArrayList<>();
        Matcher m = HREF.matcher(html);
        while (m.find()) {
            out.add(m.group(1).replace("&amp;", "&").replace("&#39;", "'").replace("&quot;", "\""));
        }
        return out;
    }

    static Graph turtle(String path) {
        HttpResponse<String> r = server.get(path, "text/turtle");
        assertEquals(200, r.statusCode(), () -> path + ": " + r.body());
        assertEquals("text/turtle", LinkedDataServerTest.mediaType(r));
        return LinkedDataServerTest.parse(r, Lang.TURTLE);
    }

    static Node iri(String path) {
        return NodeFactory.createURI(server.url(path));
    }

    static long integer(Graph g, Node s, Node p) {
        List<Triple> ts = g.find(s, p, Node.ANY).toList();
        assertEquals(1, ts.size(), () -> s + " " + p + " in " + g);
        return ((Number) ts.get(0).getObject().getLiteralValue()).longValue();
    }

    @Test
    void fromTheLandingPageFollowingLinksOnlyACrawlerReachesEveryDocumentPageOfTheStore() {
        Set<String> expected = documentPages();
        assertTrue(expected.size() > 130, "the fixture, the reference document and the samples: " + expected.size());
        Set<String> visited = new HashSet<>();
        Set<String> reached = new TreeSet<>();
        Deque<String> todo = new ArrayDeque<>(List.of("/"));
        while (!todo.isEmpty()) {
            String path = todo.poll();
            if (!visited.add(path)) {
                continue;
            }
            assertTrue(visited.size() < 2_000, "the browse pages are bounded");
            for (String link : links(html(path))) {
                if (link.startsWith("/doc/document/")) {
                    reached.add(link);
                } else if (link.startsWith("/browse")) {
                    todo.add(link.replace("&format=ttl", "").replace("&format=jsonld", ""));
                }
            }
        }
        Set<String> missed = new TreeSet<>(expected);
        missed.removeAll(reached);
        assertEquals(Set.of(), missed, "document pages no link leads to");
        for (String page : expected) {
            assertEquals(200, server.get(page, "text/html").statusCode(), page);
        }
    }

    @Test
    void theLandingPageListsTheLatestDocumentsAndTheWaysToBrowseAndCountsNoInternalClass() {
        String home = html("/");
        assertTrue(home.contains("Latest documents"), home);
        // The fixture's hostile document is the latest (2 January 2025), its title shown as text.
        assertTrue(home.contains("href=\"/doc/document/A/79/999.html\">&lt;script&gt;alert(1)&lt;/script&gt;</a>"), home);
        assertTrue(home.contains("<a href=\"/changes\">Changes</a>"), "the change feed, for people and for consumers: " + home);
        for (String list : List.of("/browse/organs", "/browse/years", "/browse/types", "/browse/countries", "/browse/documents")) {
            assertTrue(home.contains("href=\"" + list + "\""), list);
        }
        assertTrue(home.contains("title=\"" + Unld.NS + "Document\""), "documents are counted");
        for (String internal : List.of("http://www.w3.org/ns/prov#Entity", "http://www.w3.org/ns/prov#Activity", Schema.MediaObject.getURI())) {
            assertFalse(home.contains("title=\"" + internal + "\""), internal);
        }
    }

    @Test
    void organsLeadToSessionsToAgendaItemsToDocumentsWithTheirCounts() {
        String organs = html("/browse/organs");
        assertTrue(organs.contains("<a href=\"/browse/organ/general-assembly\">General Assembly</a>"), organs);
        String sessions = html("/browse/organ/general-assembly");
        assertTrue(sessions.contains("href=\"/browse/session/general-assembly/79\""), sessions);
        assertTrue(sessions.contains("href=\"/browse/organ/general-assembly/documents\""), "and all the organ's documents: " + sessions);
        // A meeting record prints its organ and no session: among the Security Council's documents.
        String council = html("/browse/organ/security-council/documents");
        assertTrue(council.contains("href=\"/doc/document/S/PV.8699%20%28Resumption%201%29.html\""), council);
        String items = html("/browse/session/general-assembly/79");
        // Agenda item 71: the letter, the reference document (the same letter, read by the pipeline), the hostile document and
        // the 120 fillers.
        // In its session's list an item is named by its number and title, not by its label (which repeats the session).
        assertTrue(items.contains("<a href=\"/browse/agenda-item/general-assembly/79/71\">Item 71: Promotion and protection of human rights</a>"
                + "</td><td class=\"num\">123</td>"), items);
        String documents = html("/browse/agenda-item/general-assembly/79/71");
        assertTrue(documents.contains("123 documents, page 1 of 2."), documents);
        assertTrue(documents.contains("href=\"/doc/document/A/79/704.html\""), documents);
    }

    @Test
    void everyBrowseListIsPagedAndItsPagesTogetherHoldEachDocumentOnce() {
        String path = "/browse/agenda-item/general-assembly/79/71";
        String first = html(path);
        assertTrue(first.contains("rel=\"next\"") && !first.contains("rel=\"prev\""), first);
        String second = html(path + "?page=2");
        assertTrue(second.contains("123 documents, page 2 of 2.") && second.contains("rel=\"prev\"") && !second.contains("rel=\"next\""), second);
        List<String> all = new ArrayList<>();
        for (String page : List.of(first, second)) {
            links(page).stream().filter(l -> l.startsWith("/doc/document/")).forEach(all::add);
        }
        assertEquals(123, all.size());
        assertEquals(404, server.get(path + "?page=3", "text/html").statusCode(), "no page past the last");
        assertEquals(123, new HashSet<>(all).size());
    }

    @Test
    void aBrowseListInTurtleIsAHydraCollectionWithItsTotalAndNextAndPreviousPages() {
        String path = "browse/agenda-item/general-assembly/79/71";
        Graph first = turtle(path);
        Node list = iri(path);
        assertTrue(first.contains(list, RDF.Nodes.type, Hydra.Collection), first::toString);
        assertEquals(123, integer(first, list, Hydra.totalItems));
        assertEquals(100, first.find(list, Hydra.member, Node.ANY).toList().size());
        Node view = iri(path + "?page=1");
        assertTrue(first.contains(list, Hydra.view, view));
        assertTrue(first.contains(view, Hydra.next, iri(path + "?page=2")), first::toString);
        assertTrue(first.contains(view, Hydra.last, iri(path + "?page=2")));
        assertTrue(first.contains(NodeFactory.createURI(server.url(Fixture.LETTER)), Unld.symbol, NodeFactory.createLiteralString("A/79/704"))
                || first.contains(NodeFactory.createURI(server.url(Fixture.LETTER)), Unld.symbol, NodeFactory.createLiteralString("S/2024/950")));

        Graph second = turtle(path + "?page=2");
        Node secondView = iri(path + "?page=2");
        assertTrue(second.contains(secondView, Hydra.previous, view), second::toString);
        assertFalse(second.contains(secondView, Hydra.next, Node.ANY));
        assertEquals(23, second.find(list, Hydra.member, Node.ANY).toList().size());

        HttpResponse<String> jsonld = server.get(path, "application/ld+json");
        assertEquals("application/ld+json", LinkedDataServerTest.mediaType(jsonld));
        assertTrue(LinkedDataServerTest.parse(jsonld, Lang.JSONLD).contains(view, Hydra.next, iri(path + "?page=2")));
    }

    @Test
    void aListOfGroupsInTurtleGivesEachGroupsListWithItsSubjectAndDocumentCount() {
        Graph g = turtle("browse/countries");
        Node sent = iri("browse/country/aze/sent");
        assertTrue(g.contains(iri("browse/countries"), Hydra.member, sent), g::toString);
        assertTrue(g.contains(sent, org.apache.jena.vocabulary.DCTerms.subject.asNode(), iri(Fixture.COUNTRY)));
        // The letter and the reference document (the same letter, read by the pipeline), sent by its Permanent Representative,
        // and the hostile document, sent by the country itself.
        assertEquals(3, integer(g, sent, org.apache.jena.vocabulary.VOID.documents.asNode()));

        // The browse start page lists the lists, each with its size: every document, latest first, is one of them.
        Graph index = turtle("browse/");
        assertTrue(index.contains(iri("browse/"), Hydra.member, iri("browse/documents")), index::toString);
        assertEquals(documentPages().size(), integer(index, iri("browse/documents"), Hydra.totalItems));
        assertEquals(documentPages().size(), integer(turtle("browse/documents"), iri("browse/documents"), Hydra.totalItems));
    }

    @Test
    void yearsLeadToMonthsToDocumentsAndTypesAndCountriesToTheirDocuments() {
        assertTrue(html("/browse/years").contains("href=\"/browse/year/2024\""));
        assertTrue(html("/browse/year/2024").contains("<a href=\"/browse/year/2024/12\">December 2024</a>"));
        assertTrue(html("/browse/year/2024/12").contains("href=\"/doc/document/A/79/704.html\""));
        assertTrue(html("/browse/types").contains("href=\"/browse/type/Letter\""));
        assertTrue(html("/browse/type/Letter").contains("href=\"/doc/document/A/79/704.html\""));
        String countries = html("/browse/countries");
        assertTrue(countries.contains("href=\"/browse/country/aze/sent\"") && countries.contains("href=\"/browse/country/aze/mentioned\""), countries);
        String sent = html("/browse/country/aze/sent");
        assertTrue(sent.contains("href=\"/doc/document/A/79/704.html\"") && sent.contains("href=\"/doc/document/A/79/999.html\""), sent);
        assertTrue(html("/browse/country/aze/mentioned").contains("href=\"/doc/document/A/79/704.html\""));
        assertEquals(404, server.get("/browse/nothing-here", "text/html").statusCode());
    }

    @Test
    void aDocumentUnldOnlyKnowsFromCitationsSaysSoLinksUndocsAndListsTheDocumentsThatCiteIt() {
        String page = html("/doc/document/A/79/1.html");
        assertTrue(page.contains("unld does not hold this document."), page);
        assertTrue(page.contains("href=\"https://undocs.org/A/79/1\""), page);
        assertTrue(page.contains("<h3>Cited by</h3>") && page.contains("href=\"/doc/document/A/79/704.html\""), page);
    }

    @Test
    void aDocumentCitedByARealDocumentAndHeldNowhereGetsThePageOfACitedDocument() {
        // One of the documents the pipeline's graphs cite and unld does not hold: labelled by the citing graph, never typed.
        Node cited = Txn.calculateRead(server.server.dataset(), () -> {
            Graph union = server.server.dataset().getUnionGraph();
            return union.find(Node.ANY, Unld.refersTo, Node.ANY).mapWith(Triple::getObject)
                    .filterKeep(n -> n.getURI().startsWith(server.base + "id/document/") && !union.contains(Node.ANY, FOAF.primaryTopic.asNode(), n)
                            && !union.contains(n, RDF.Nodes.type, Node.ANY))
                    .toList().stream().min((a, b) -> a.getURI().compareTo(b.getURI())).orElseThrow();
        });
        String symbol = Addresses.symbolOf(cited.getURI().substring((server.base + "id/document/").length()));
        String page = html("/doc/" + cited.getURI().substring((server.base + "id/").length()) + ".html");
        assertTrue(page.contains("unld does not hold this document."), page);
        assertTrue(page.contains("href=\"" + Html.escape(Iris.undocs(symbol).getURI()) + "\""), page);
        assertTrue(page.contains("<h3>Cited by</h3>"), page);
    }

    @Test
    void aDocumentUnldHoldsLinksUndocsUnderEachOfItsSymbolsAndDoesNotSayItIsMissing() {
        String page = html("/doc/document/A/79/704.html");
        assertFalse(page.contains("unld does not hold"), page);
        assertTrue(page.contains("href=\"https://undocs.org/A/79/704\"") && page.contains("href=\"https://undocs.org/S/2024/950\""), page);
    }

    @Test
    void robotsTxtWelcomesPagesKeepsCrawlersOffTheQueryServicesAndNamesTheSitemap() {
        HttpResponse<String> r = server.get("/robots.txt", null);
        assertEquals(200, r.statusCode());
        assertTrue(r.body().startsWith("User-agent: *"), r.body());
        assertTrue(r.body().contains("Disallow: /sparql\n") && r.body().contains("Allow: /\n"), r.body());
        assertTrue(r.body().contains("Sitemap: " + server.url("sitemap.xml")), r.body());
    }

    @Test
    void theSitemapIndexLeadsToSitemapsThatListEveryDocumentPage() {
        HttpResponse<String> index = server.get("/sitemap.xml", null);
        assertEquals(200, index.statusCode());
        assertTrue(index.body().contains("<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"), index.body());
        Set<String> listed = new LinkedHashSet<>();
        Matcher sitemaps = Pattern.compile("<loc>([^<]*)</loc>").matcher(index.body());
        int count = 0;
        while (sitemaps.find()) {
            count++;
            String url = sitemaps.group(1).replace("&amp;", "&");
            assertEquals(server.url("sitemap.xml?page=" + count), url);
            HttpResponse<String> sitemap = server.get(url.substring(server.base.length() - 1), null);
            assertEquals(200, sitemap.statusCode());
            Matcher loc = Pattern.compile("<url><loc>([^<]*)</loc></url>").matcher(sitemap.body());
            int urls = 0;
            while (loc.find()) {
                urls++;
                listed.add(loc.group(1).replace("&amp;", "&").substring(server.base.length() - 1));
            }
            assertTrue(urls <= SearchEnginesServlet.URLS_PER_SITEMAP);
        }
        assertEquals(1, count, "a store this small fits in one sitemap");
        assertEquals(documentPages(), new TreeSet<>(listed));
        assertEquals(404, server.get("/sitemap.xml?page=2", null).statusCode());
    }

    @Test
    void eachDocumentPageEmbedsSchemaOrgJsonLdThatJenaParsesAndThatNamesTheDocument() {
        String page = html("/doc/" + server.referencePath().substring("id/".length()) + ".html");
        Graph g = jsonLdOf(page);
        Node doc = NodeFactory.createURI(server.referenceDocument);
        assertTrue(g.contains(doc, RDF.Nodes.type, Schema.DigitalDocument), g::toString);
        assertTrue(g.contains(doc, Schema.name, NodeFactory.createLiteralString(ClientsTest.TITLE)), g::toString);
        assertTrue(g.contains(doc, Schema.url, NodeFactory.createURI(server.url("/doc/" + server.referencePath().substring("id/".length()) + ".html"))));

        Graph letter = jsonLdOf(html("/doc/document/A/79/704.html"));
        Node cited = iri("id/document/A/79/1");
        assertTrue(letter.contains(iri(Fixture.LETTER), Schema.citation, cited), letter::toString);
        assertTrue(letter.contains(cited, Schema.name, NodeFactory.createLiteralString("A/79/1")), letter::toString);
        assertTrue(letter.contains(iri(Fixture.LETTER), Schema.sameAs, NodeFactory.createURI("https://undocs.org/S/2024/950")), letter::toString);

        Graph hostile = jsonLdOf(html("/doc/document/A/79/999.html"));
        assertTrue(hostile.contains(iri(Fixture.HOSTILE), Schema.name, NodeFactory.createLiteralString(Fixture.HOSTILE_TITLE)),
                "a title holding a script is a string of the JSON-LD, and does not end the script element");
    }

    @Test
    void theLandingPageDescribesTheDatasetForDatasetSearchEngines() {
        Graph g = jsonLdOf(html("/"));
        Node dataset = NodeFactory.createURI(server.base);
        assertTrue(g.contains(dataset, RDF.Nodes.type, Schema.Dataset), g::toString);
        assertTrue(g.contains(dataset, Schema.name, Node.ANY) && g.contains(dataset, Schema.description, Node.ANY), g::toString);
    }

    static Graph jsonLdOf(String page) {
        Matcher m = JSON_LD.matcher(page);
        assertTrue(m.find(), page);
        assertFalse(m.group(1).contains("</"), "nothing in the JSON closes the script element");
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(m.group(1), Lang.JSONLD).parse(g);
        return g;
    }
}
