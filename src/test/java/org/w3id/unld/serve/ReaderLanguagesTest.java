package org.w3id.unld.serve;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Pages in the reader's language: where unld has a thing's names in the UN's languages (a country's UNTERM names, a UN
 * body's names), the HTML page names it in the language {@code Accept-Language} asks for, with its {@code lang}, and in
 * English otherwise; the RDF carries every name with its language tag. Against the real server and the reference letter,
 * a letter from Azerbaijan.
 */
class ReaderLanguagesTest {
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

    /** The reference letter's HTML page, asked for in {@code languages} (no header when null). */
    static HttpResponse<String> letterPage(String languages) {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(server.url("doc/" + server.referencePath().substring("id/".length()))))
                .header("Accept", "text/html");
        if (languages != null) {
            r.header("Accept-Language", languages);
        }
        return server.send(r.build());
    }

    @Test
    void inFrenchTheLetterFromAzerbaijanNamesTheCountryAzerbaidjanMarkedAsFrench() {
        String page = letterPage("fr").body();
        assertTrue(page.contains("lang=\"fr\">Azerbaïdjan</a>"), page);
        assertTrue(page.contains("lang=\"fr\">Assemblée générale</a>"), page);
        assertTrue(page.contains("<html lang=\"en\">"), "the rest of the page is English");
    }

    @Test
    void inSpanishItIsAzerbaiyan() {
        String page = letterPage("es").body();
        assertTrue(page.contains("lang=\"es\">Azerbaiyán</a>"), page);
        assertFalse(page.contains("Azerbaïdjan"), page);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "xx", "de-DE", "*", "fr;q=0", "en-GB, fr;q=0.8", "fr;q=nonsense"})
    void withoutAHeaderOrInALanguageUnldHasNoNamesInTheNamesAreEnglish(String languages) {
        String page = letterPage(languages.isEmpty() ? null : languages).body();
        assertTrue(page.contains(">Azerbaijan</a>"), page);
        assertFalse(page.contains("Azerbaïdjan") || page.contains("Azerbaiyán") || page.contains("lang=\"fr\""), page);
    }

    @Test
    void qValuesChooseTheLanguage() {
        assertTrue(letterPage("fr;q=0.4, es;q=0.9, en;q=0.1").body().contains(">Azerbaiyán</a>"));
        assertTrue(letterPage("de, fr-CH;q=0.7, en;q=0.5").body().contains(">Azerbaïdjan</a>"), "fr-CH finds the French name");
        assertTrue(letterPage("de, en;q=0.7, fr;q=0.5").body().contains(">Azerbaijan</a>"), "English before French");
    }

    @Test
    void thePageVariesByAcceptLanguage() {
        HttpResponse<String> r = letterPage("fr");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Vary").orElse("").contains("Accept-Language"), r.headers().toString());
        String negotiated = server.send(HttpRequest.newBuilder(URI.create(server.url(server.referencePath()
                .replaceFirst("^id/", "doc/")))).header("Accept", "text/html").build()).headers().firstValue("Vary").orElse("");
        assertEquals("Accept, Accept-Language", negotiated);
        assertFalse(r.headers().firstValue("ETag").orElse("").equals(letterPage("es").headers().firstValue("ETag").orElse("")),
                "each language is a representation of its own");
    }

    @Test
    void theCountrysRdfCarriesItsSixNamesWithLanguageTags() {
        HttpResponse<String> r = server.get("doc/country/aze.ttl", null);
        assertEquals(200, r.statusCode(), r.body());
        Graph g = LinkedDataServerTest.parse(r, Lang.TURTLE);
        Node aze = NodeFactory.createURI(server.url("id/country/aze"));
        Set<String> names = g.find(aze, SKOS.prefLabel.asNode(), Node.ANY).mapWith(t -> t.getObject().getLiteralLexicalForm()
                + "@" + t.getObject().getLiteralLanguage()).toSet().stream().collect(Collectors.toSet());
        assertEquals(Set.of("Azerbaijan@en", "Azerbaïdjan@fr", "Azerbaiyán@es", "أذربيجان@ar", "Азербайджан@ru", "阿塞拜疆@zh"), names);
    }

    @Test
    void theCountrysOwnPageIsTitledInTheReadersLanguageAndListsItsNamesEachWithItsLang() {
        HttpResponse<String> r = server.send(HttpRequest.newBuilder(URI.create(server.url("doc/country/aze.html")))
                .header("Accept-Language", "ru").build());
        assertTrue(r.body().contains("<h1 lang=\"ru\">Азербайджан</h1>"), r.body());
        assertTrue(r.body().contains("<span lang=\"zh\">阿塞拜疆</span>"), r.body());
        assertEquals("Accept-Language", r.headers().firstValue("Vary").orElse(""));
    }

    /** The UNBIS Thesaurus concept Azerbaijan, which the country the reference letter names links to. */
    static final Node THESAURUS_AZERBAIJAN = NodeFactory.createURI("http://metadata.un.org/thesaurus/1000480");

    /** The country page of Azerbaijan, the letter's sender's country, asked for in {@code languages} (no header when null). */
    static String countryPage(String languages) {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(server.url("doc/country/aze.html")));
        if (languages != null) {
            r.header("Accept-Language", languages);
        }
        return server.send(r.build()).body();
    }

    @Test
    void inFrenchTheThesaurusConceptTheCountryLinksToIsNamedByItsFrenchLabelMarkedAsFrench() {
        String page = countryPage("fr");
        assertTrue(page.contains("href=\"" + THESAURUS_AZERBAIJAN.getURI() + "\" rel=\"external noopener\" lang=\"fr\">AZERBAÏDJAN</a>"), page);
    }

    @Test
    void inRussianItIsTheRussianLabel() {
        assertTrue(countryPage("ru").contains("lang=\"ru\">Азербайджан</a>"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "de", "en"})
    void withoutAHeaderOrInALanguageUnldHasNoNamesInTheConceptIsNamedByItsEnglishLabel(String languages) {
        String page = countryPage(languages.isEmpty() ? null : languages);
        assertTrue(page.contains("href=\"" + THESAURUS_AZERBAIJAN.getURI() + "\" rel=\"external noopener\">AZERBAIJAN</a>"), page);
        assertFalse(page.contains("AZERBAÏDJAN"), page);
    }

    @Test
    void theCountrysRdfCarriesTheSixLabelsOfItsThesaurusConceptWithLanguageTags() {
        HttpResponse<String> r = server.get("doc/country/aze.ttl", null);
        Graph g = LinkedDataServerTest.parse(r, Lang.TURTLE);
        Set<String> names = g.find(THESAURUS_AZERBAIJAN, SKOS.prefLabel.asNode(), Node.ANY).mapWith(t -> t.getObject().getLiteralLexicalForm()
                + "@" + t.getObject().getLiteralLanguage()).toSet();
        assertEquals(Set.of("AZERBAIJAN@en", "AZERBAÏDJAN@fr", "AZERBAIYÁN@es", "أذربيجان@ar", "Азербайджан@ru", "阿塞拜疆@zh"), names);
    }

    @Test
    void theConceptsLabelsAreServedFromTheShippedTableAndNeverStored() {
        // Stored, they would have to be removed with the last link to the concept; served, they cannot outlive it.
        boolean stored = Txn.calculateRead(server.server.dataset(),
                () -> server.server.dataset().find(Node.ANY, THESAURUS_AZERBAIJAN, Node.ANY, Node.ANY).hasNext());
        assertFalse(stored, "the store holds no triple about a UNBIS concept");
        boolean linked = Txn.calculateRead(server.server.dataset(),
                () -> server.server.dataset().find(Node.ANY, Node.ANY, Node.ANY, THESAURUS_AZERBAIJAN).hasNext());
        assertTrue(linked, "the store holds the link to it");
    }

    @Test
    void theHeaderIsReadAsRfc4647LanguageRanges() {
        assertEquals(ReaderLanguages.ENGLISH, ReaderLanguages.parse(null));
        assertEquals(ReaderLanguages.ENGLISH, ReaderLanguages.parse("fr;q=2"));
        assertEquals("es", ReaderLanguages.parse("fr;q=0.5, es").ranges().get(0).getRange());
    }
}
