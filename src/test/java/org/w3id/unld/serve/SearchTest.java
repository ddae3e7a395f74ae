package org.w3id.unld.serve;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.unld.map.MappedDocument;
import org.w3id.unld.store.DocumentStore;
import org.w3id.unld.store.Outcome;
import org.w3id.unld.store.Pipeline;
import org.w3id.unld.testing.TestResources;
import org.w3id.unld.vocab.Unld;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Search as a person uses it, against the real server over the {@link Fixture} documents, the reference letter, the
 * bundled samples, the corpus's text test documents and {@value #SYNTHETIC} letters written for this test, all read,
 * parsed and mapped by the real pipeline: every word must be found unless OR is written, a hit is a document (never
 * its language version) with its symbol and date, the snippet marks the matched words, the pages reach the last
 * result, and the facets narrow the count.
 */
class SearchTest {
    /** Letters made for this test, all holding the made-up word {@value #WORD}: enough for 16 pages of results. */
    static final int SYNTHETIC = 310;
    static final String WORD = "xylandian";
    private static final Pattern HIT = Pattern.compile("<li><a href=\"([^\"]*)\" class=\"hit\" title=\"([^\"]*)\">(.*?)</li>", Pattern.DOTALL);
    private static final Pattern SUMMARY = Pattern.compile("<p class=\"summary\">(\\d+) documents? for");
    private static final Pattern REL = Pattern.compile("<a href=\"([^\"]*)\" rel=\"(first|prev|next|last)\">");

    @TempDir
    static Path folder;
    static TestServer server;
    static int securityCouncilLetters;
    static int lettersOf2023;

    @BeforeAll
    static void start() throws IOException {
        server = TestServer.start(folder, Duration.ofSeconds(20), 10_000, 1024 * 1024);
        Pipeline pipeline = new Pipeline(server.base);
        List<MappedDocument> documents = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        try (Stream<Path> samples = Files.list(SiteNavigationTest.SAMPLES); Stream<Path> corpus = Files.walk(TestResources.CORPUS)) {
            samples.filter(p -> p.toString().endsWith(".txt") && !p.getFileName().toString().equals("index.txt")).forEach(files::add);
            corpus.filter(p -> p.toString().endsWith(".txt") && !p.equals(TestResources.REFERENCE_DOCUMENT)).forEach(files::add);
        }
        Path synthetic = Files.createDirectories(folder.resolve("synthetic"));
        for (int i = 1; i <= SYNTHETIC; i++) {
            boolean council = i % 3 == 0;
            int year = i % 2 == 0 ? 2023 : 2024;
            securityCouncilLetters += council ? 1 : 0;
            lettersOf2023 += year == 2023 ? 1 : 0;
            Path file = synthetic.resolve((council ? "S_" + year + "_" : "A_78_") + (900 + i) + ".txt");
            Files.writeString(file, letter(i, council, year));
            files.add(file);
        }
        int accepted = 0;
        for (Path file : files) {
            if (pipeline.process(file) instanceof Outcome.Accepted a) {
                documents.add(a.document());
                accepted += file.startsWith(synthetic) ? 1 : 0;
            }
        }
        assertEquals(SYNTHETIC, accepted, "every synthetic letter goes through the pipeline");
        DocumentStore.over(server.server.dataset()).replace(documents);
    }

    /** A letter as the General Assembly or the Security Council issues it, on water in a made-up country. */
    static String letter(int n, boolean council, int year) {
        String symbol = council ? "S/" + year + "/" + (900 + n) : "A/78/" + (900 + n);
        String organ = council ? "Security Council" : "General Assembly";
        String session = council ? (year == 2023 ? "Seventy-eighth year" : "Seventy-ninth year") : "Seventy-eighth session";
        String date = (1 + n % 28) + " March " + year;
        return "United Nations\t" + symbol + "\n\n" + organ + "\tDistr.: General\n" + date + "\n\nOriginal: English\n\n"
                + organ + "\n" + session + "\n\n"
                + "Letter dated " + date + " from the Permanent Representative of Ghana to the United Nations addressed to the Secretary-General\n\n"
                + "I have the honour to transmit herewith a note on the " + WORD + " desalination plants, number " + n
                + ", built to bring water to the villages of the coast.\n\n"
                + "I should be grateful if the present letter could be circulated as a document of the " + organ + ".\n\n"
                + "(Signed) Kwame Mensah\nPermanent Representative\n";
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    record Hit(String href, String iri, String body) {
    }

    record Results(int total, List<Hit> hits, String html) {
        Optional<String> rel(String rel) {
            Matcher m = REL.matcher(html);
            while (m.find()) {
                if (m.group(2).equals(rel)) {
                    return Optional.of(m.group(1).replace("&amp;", "&"));
                }
            }
            return Optional.empty();
        }
    }

    static Results search(String q) {
        return page("/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
    }

    static Results page(String path) {
        HttpResponse<String> r = server.get(path, "text/html");
        assertEquals(200, r.statusCode(), () -> path + ": " + r.body());
        String html = r.body();
        Matcher summary = SUMMARY.matcher(html);
        int total = summary.find() ? Integer.parseInt(summary.group(1)) : 0;
        List<Hit> hits = new ArrayList<>();
        Matcher m = HIT.matcher(html);
        while (m.find()) {
            hits.add(new Hit(m.group(1), m.group(2), m.group(3)));
        }
        return new Results(total, hits, html);
    }

    /** The words of a document's titles, labels and full text, as the index's analyser splits them (roughly). */
    static Set<String> words(String iri) {
        var dataset = server.server.dataset();
        return Txn.calculateRead(dataset, () -> {
            Graph union = dataset.getUnionGraph();
            Node doc = NodeFactory.createURI(iri);
            StringBuilder text = new StringBuilder();
            union.find(doc, Node.ANY, Node.ANY).forEach(t -> append(text, t));
            union.find(doc, Unld.expression, Node.ANY).forEach(e -> union.find(e.getObject(), Node.ANY, Node.ANY).forEach(t -> append(text, t)));
            return new HashSet<>(List.of(text.toString().toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")));
        });
    }

    private static void append(StringBuilder text, Triple t) {
        if (t.getObject().isLiteral()) {
            text.append(' ').append(t.getObject().getLiteralLexicalForm());
        }
    }

    @Test
    void rightToReturnFindsOnlyDocumentsHoldingAllThreeWordsTheReferenceLetterFirst() {
        Results results = search("right to return");
        assertReferenceLetterFirst(results);
        for (Hit hit : results.hits()) {
            assertTrue(words(hit.iri()).containsAll(List.of("right", "to", "return")), () -> hit.iri() + " lacks a word of right to return");
        }
        Results any = search("right OR return");
        assertTrue(any.total() > results.total(), () -> "OR widens the search: " + any.total() + " against " + results.total());
    }

    /**
     * The store holds the reference letter twice: as the fixture writes it (A/79/704, its facts by hand, a short text) and
     * as the pipeline reads its file (no symbol printed in it). Both come before any other document.
     */
    static void assertReferenceLetterFirst(Results results) {
        assertTrue(results.hits().size() >= 2, results.html());
        assertEquals(Set.of(server.url(Fixture.LETTER), server.referenceDocument),
                Set.of(results.hits().get(0).iri(), results.hits().get(1).iri()), results.html());
    }

    @Test
    void aQuotedPhraseFindsTheWordsTogetherAndOrJoinsAlternatives() {
        Results phrase = search("\"right to return\"");
        Results words = search("right to return");
        assertTrue(phrase.total() >= 1 && phrase.total() <= words.total(), () -> phrase.total() + " against " + words.total());
        assertReferenceLetterFirst(phrase);
        Results either = search(WORD + " OR azerbaijanis");
        assertEquals(SYNTHETIC + search("azerbaijanis").total(), either.total(), "each document holds one of the two words");
    }

    @Test
    void eachDocumentIsOneHitNeverItsLanguageVersionWithItsSymbolsAndDate() {
        for (String q : List.of("right to return", WORD)) {
            Set<String> seen = new HashSet<>();
            for (Hit hit : search(q).hits()) {
                assertTrue(seen.add(hit.iri()), () -> hit.iri() + " twice");
                assertTrue(hit.iri().startsWith(server.base + "id/document/"), hit.iri());
                var dataset = server.server.dataset();
                Node doc = NodeFactory.createURI(hit.iri());
                Txn.executeRead(dataset, () -> {
                    Graph union = dataset.getUnionGraph();
                    union.find(doc, Unld.symbol, Node.ANY).forEach(t -> assertTrue(
                            hit.body().contains("<span class=\"symbol\">" + Html.escape(t.getObject().getLiteralLexicalForm()) + "</span>"),
                            () -> "symbol " + t.getObject() + " on " + hit.body()));
                    union.find(doc, org.apache.jena.vocabulary.DCTerms.date.asNode(), Node.ANY).forEach(t -> assertTrue(
                            hit.body().contains("<time datetime=\"" + t.getObject().getLiteralLexicalForm() + "\">"),
                            () -> "date " + t.getObject() + " on " + hit.body()));
                });
            }
        }
        Hit letter = search("right to return").hits().stream().filter(h -> h.iri().equals(server.url(Fixture.LETTER))).findFirst().orElseThrow();
        assertTrue(letter.body().contains("<span class=\"symbol\">A/79/704</span><span class=\"symbol\">S/2024/950</span>")
                && letter.body().contains("<time datetime=\"2024-12-27\">"), letter.body());
        for (Hit hit : search(WORD).hits()) {
            assertTrue(hit.body().matches("(?s).*<span class=\"symbol\">[AS]/.*<time datetime=\"202[34]-03-\\d\\d\">.*"), hit.body());
        }
    }

    @Test
    void theSnippetMarksTheMatchedWordsAndEscapesEverythingElse() {
        Hit reference = search("right to return").hits().stream().filter(h -> h.iri().equals(server.referenceDocument)).findFirst().orElseThrow();
        Matcher snippet = Pattern.compile("<p class=\"snippet\">(.*?)</p>", Pattern.DOTALL).matcher(reference.body());
        assertTrue(snippet.find(), reference.body());
        String text = snippet.group(1).toLowerCase(Locale.ROOT);
        assertTrue(text.contains("<mark>right") && text.contains("return</mark>"), text);
        // The fixture's document whose title holds a script: its words are marked, its markup shown as text.
        Results hostile = search("alert");
        assertTrue(hostile.html().contains("&lt;script&gt;<mark>alert</mark>(1)&lt;/script&gt;"), hostile.html());
        assertFalse(hostile.html().contains("<script>alert"), hostile.html());
        // A match in the title alone marks the title, and repeats it in no snippet.
        Matcher title = Pattern.compile("class=\"hit\" title=\"[^\"]*\">([^<]*<mark>[^<]*</mark>[^<]*)</a>").matcher(hostile.html());
        assertTrue(title.find(), hostile.html());
    }

    @Test
    void aLongTextMatchedBeyondWhatTheHighlighterReadsSaysSoInsteadOfASnippet() {
        // A/71/818 (the corpus's Word-derived texts) says "unsubstantiated" only after its first 80,000 characters.
        Hit report = search("unsubstantiated").hits().stream().filter(h -> h.body().contains("A/71/818")).findFirst().orElseThrow();
        assertTrue(report.body().contains("<p class=\"snippet far\">The words are found further into the text than the first 51,200 characters"),
                report.body());
    }

    @Test
    void theLastPageOfAThreeHundredHitSearchIsReachableAndEveryDocumentIsOnExactlyOnePage() {
        Results first = search(WORD);
        assertEquals(SYNTHETIC, first.total(), first.html());
        assertEquals(Search.PAGE_SIZE, first.hits().size());
        int pages = (SYNTHETIC + Search.PAGE_SIZE - 1) / Search.PAGE_SIZE;
        Results last = page(first.rel("last").orElseThrow(() -> new AssertionError("no last page link")));
        assertEquals(SYNTHETIC - (pages - 1) * Search.PAGE_SIZE, last.hits().size(), last.html());
        assertTrue(last.html().contains("page " + pages + " of " + pages), last.html());
        assertTrue(last.html().contains("<ol class=\"hits\" start=\"" + ((pages - 1) * Search.PAGE_SIZE + 1) + "\">"), last.html());
        assertTrue(last.rel("next").isEmpty(), "nothing after the last page");

        Set<String> all = new LinkedHashSet<>();
        Results at = first;
        for (int p = 1; ; p++) {
            for (Hit hit : at.hits()) {
                assertTrue(all.add(hit.iri()), () -> hit.iri() + " on two pages");
            }
            Optional<String> next = at.rel("next");
            if (next.isEmpty()) {
                assertEquals(pages, p);
                break;
            }
            at = page(next.get());
        }
        assertEquals(SYNTHETIC, all.size());
        assertEquals(last.hits(), at.hits(), "following next leads to the last page");
    }

    @Test
    void facetsNarrowTheCountAndTheirCountsSayByHowMuch() {
        Results all = search(WORD);
        String organ = facetLink(all.html(), "Security Council");
        Results council = page(organ);
        assertEquals(securityCouncilLetters, council.total(), council.html());
        assertTrue(council.total() < all.total());
        assertTrue(all.html().contains(">Security Council</a> <span class=\"count\">" + securityCouncilLetters + "</span>"), all.html());
        for (Hit hit : council.hits()) {
            assertTrue(hit.body().contains("<span class=\"symbol\">S/"), hit.body());
        }
        Results year = page(facetLink(council.html(), "2023"));
        int expected = (int) java.util.stream.IntStream.rangeClosed(1, SYNTHETIC).filter(i -> i % 3 == 0 && i % 2 == 0).count();
        assertEquals(expected, year.total(), year.html());
        for (Hit hit : year.hits()) {
            assertTrue(hit.body().contains("<time datetime=\"2023-"), hit.body());
        }
        assertTrue(year.html().contains("× remove"), "a chosen facet can be removed");
        assertEquals(lettersOf2023, page(facetLink(all.html(), "2023")).total());
    }

    static String facetLink(String html, String label) {
        Matcher m = Pattern.compile("<aside class=\"facets\".*?<a href=\"([^\"]*)\">" + Pattern.quote(label) + "</a>", Pattern.DOTALL).matcher(html);
        assertTrue(m.find(), () -> "no facet " + label + " in " + html);
        return m.group(1).replace("&amp;", "&");
    }

    @Test
    void whatTheUserTypesIsNeverLuceneSyntax() {
        for (String q : List.of("text:*", "*", "right~ return*", "[a TO z]", "\"unbalanced", "(((", "a AND", "OR", "uri:\"x\"", "\\")) {
            HttpResponse<String> r = server.get("search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8), "text/html");
            assertEquals(200, r.statusCode(), () -> q + ": " + r.body());
        }
        assertEquals(search("text").total(), search("text:*").total(), "a field name is a word, a wildcard punctuation");
        assertEquals(search("right return").total(), search("right~ return*").total(), "fuzzy and wildcard marks are punctuation");
    }

    @Test
    void aDocumentIngestedOverHttpIsFoundAtOnceThoughTheSearchHadJustBeenMade() throws IOException {
        String word = "quaggafield";
        assertEquals(0, search(word).total());
        String text = letter(SYNTHETIC + 1, false, 2024).replace(WORD, word);
        HttpResponse<String> r = server.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(server.url("ingest?name=A_78_9999.txt")))
                .header("Authorization", TestServer.basicAuth(TestServer.USER, TestServer.PASSWORD))
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(text)).build());
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(1, search(word).total(), "the matches remembered for the next page are forgotten on a write");
    }

    @Test
    void aSearchReadsAtMostItsCapOfMatchesTheBestScoredAndSaysSo() {
        Search capped = new Search(server.server.dataset(), Duration.ofSeconds(20), 100);
        Search.Results results = capped.find(new Search.Request(SearchQuery.parse(WORD), java.util.Map.of(), 1));
        assertTrue(results.capped(), "the index had more matching texts than the cap");
        assertTrue(results.total() <= 100 && results.total() > 0, () -> results.total() + " documents");
        Search.Results all = new Search(server.server.dataset(), Duration.ofSeconds(20)).find(new Search.Request(SearchQuery.parse(WORD), java.util.Map.of(), 1));
        assertFalse(all.capped());
        assertEquals(SYNTHETIC, all.total());
        assertTrue(search(WORD).html().contains(SYNTHETIC + " documents for"), "the page says no more than the count when all were read");
    }

    @Test
    void pagesPastTheEndSayWhereTheLastIs() {
        Results beyond = page("/search?q=" + WORD + "&page=999999999");
        assertTrue(beyond.hits().isEmpty());
        assertTrue(beyond.html().contains("Last page"), beyond.html());
        for (String page : List.of("2147483647", "-3", "two", "99999999999999")) {
            Results r = page("/search?q=" + WORD + "&page=" + page);
            assertEquals(SYNTHETIC, r.total(), page);
        }
        assertEquals(search(WORD).hits(), page("/search?q=" + WORD + "&page=-3").hits(), "a page before the first is the first");
    }
}
