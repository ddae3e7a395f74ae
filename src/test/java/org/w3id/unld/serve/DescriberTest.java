package org.w3id.unld.serve;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.unld.map.DocumentMapper;
import org.w3id.unld.map.MappedDocument;
import org.w3id.unld.map.TestDocuments;
import org.w3id.unld.model.DocumentType;
import org.w3id.unld.model.Extraction;
import org.w3id.unld.model.Mention;
import org.w3id.unld.model.ParsedDocument;
import org.w3id.unld.model.SymbolSource;
import org.w3id.unld.reference.Gazetteer;
import org.w3id.unld.store.DocumentStore;
import org.w3id.unld.store.FusekiConfiguration;
import org.w3id.unld.store.StoreLocation;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A description names the UNBIS Thesaurus concepts its resource links to in the UN's six languages, from the shipped
 * table and not from the store: the store holds the link only, so when the last document that calls for the link is
 * replaced, nothing of the concept is left behind.
 */
class DescriberTest {
    static final String BASE = "http://localhost:3030/";
    static final DocumentMapper MAPPER = new DocumentMapper(BASE, Gazetteer.standard(), "0.1.0");
    static final Node ARMENIA = NodeFactory.createURI(BASE + "id/country/arm");
    static final Node AZERBAIJAN = NodeFactory.createURI(BASE + "id/country/aze");
    static final Node THESAURUS_ARMENIA = NodeFactory.createURI("http://metadata.un.org/thesaurus/1000384");
    static final Node THESAURUS_AZERBAIJAN = NodeFactory.createURI("http://metadata.un.org/thesaurus/1000480");

    @TempDir
    Path db;
    DocumentStore store;
    Describer describer;

    @BeforeEach
    void open() {
        store = DocumentStore.open(FusekiConfiguration.load(null, new StoreLocation(db)));
        describer = new Describer(store.dataset(), new Addresses(BASE));
    }

    @AfterEach
    void close() {
        store.close();
    }

    /** A report with {@code symbol} that names the countries {@code iso3}, through the real mapper. */
    static MappedDocument mentioning(String symbol, String... iso3) {
        Extraction e = new Extraction(List.of(symbol), SymbolSource.MASTHEAD, List.of(), null, null, null, List.of(), List.of(),
                DocumentType.REPORT, "Report " + symbol, null, List.of(), List.of(), List.of(), List.of(), null);
        List<Mention> mentions = Arrays.stream(iso3).map(c -> new Mention(Mention.Kind.COUNTRY, c, c)).toList();
        return MAPPER.map(new ParsedDocument(TestDocuments.text(symbol.replace('/', '_') + ".txt", symbol), e, List.of(), List.of(),
                mentions, List.of()));
    }

    /** The language-tagged names of {@code concept} in the description of {@code subject}, as "name@tag". */
    Set<String> namesOf(Node concept, Node subject) {
        Graph g = describer.describe(subject, 1).graph();
        return g.find(concept, SKOS.prefLabel.asNode(), Node.ANY)
                .mapWith(t -> t.getObject().getLiteralLexicalForm() + "@" + t.getObject().getLiteralLanguage()).toSet();
    }

    /** Whether any quad of the store, in any graph, has {@code n} as its subject or object. */
    boolean stored(Node n) {
        return Txn.calculateRead(store.dataset(), () -> store.dataset().find(Node.ANY, n, Node.ANY, Node.ANY).hasNext()
                || store.dataset().find(Node.ANY, Node.ANY, Node.ANY, n).hasNext());
    }

    @Test
    void aCountrysDescriptionNamesItsThesaurusConceptInTheSixLanguages() {
        store.replace(List.of(mentioning("A/1/1", "ARM")));
        assertEquals(Set.of("ARMENIA@en", "ARMÉNIE@fr", "ARMENIA@es", "أرمينيا@ar", "Армения@ru", "亚美尼亚@zh"),
                namesOf(THESAURUS_ARMENIA, ARMENIA));
    }

    @Test
    void whenTheOnlyDocumentLinkingAConceptIsReplacedNothingOfTheConceptIsLeftInTheStore() {
        store.replace(List.of(mentioning("A/1/1", "ARM")));
        assertTrue(stored(THESAURUS_ARMENIA), "the unbis linkset links Armenia to its concept");
        store.replace(List.of(mentioning("A/1/1", "AZE")));
        assertFalse(stored(THESAURUS_ARMENIA), "neither the link nor a name of the concept outlives the last link");
        assertEquals(6, namesOf(THESAURUS_AZERBAIJAN, AZERBAIJAN).size());
        store.remove(NodeFactory.createURI(BASE + "graph/document/A/1/1"));
        assertFalse(stored(THESAURUS_AZERBAIJAN));
    }

    @Test
    void onlyUnbisConceptsTheTableHoldsAreNamed() {
        assertEquals(List.of(), Describer.thesaurusNames(NodeFactory.createURI("http://metadata.un.org/thesaurus/0000000")));
        assertEquals(List.of(), Describer.thesaurusNames(NodeFactory.createURI("http://www.wikidata.org/entity/Q227")));
        assertEquals(List.of(), Describer.thesaurusNames(NodeFactory.createLiteralString("AZERBAIJAN")));
        assertEquals(6, Describer.thesaurusNames(THESAURUS_AZERBAIJAN).size());
    }
}
