package org.w3id.unld.serve;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
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
import org.w3id.unld.vocab.Prov;
import org.w3id.unld.vocab.Schema;
import org.w3id.unld.vocab.Unld;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A description names the UNBIS Thesaurus concepts its resource links to in the UN's six languages, from the shipped
 * table and not from the store: the store holds the link only, so when the last document that calls for the link is
 * replaced, nothing of the concept is left behind. The description of a shared resource (an event, a person) says
 * which documents state each of its values, as reified statements.
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

    static Node iri(String path) {
        return NodeFactory.createURI(BASE + path);
    }

    static Node document(String symbol) {
        return iri("id/document/" + symbol);
    }

    static Node objectOf(Graph g, Node subject, Node property) {
        return g.find(subject, property, Node.ANY).next().getObject();
    }

    /** The reified statements of {@code description} about {@code subject}'s {@code property}. */
    static List<Node> statements(Graph description, Node subject, Node property) {
        return description.find(Node.ANY, RDF.Nodes.subject, subject).mapWith(Triple::getSubject)
                .filterKeep(st -> description.contains(st, RDF.Nodes.predicate, property)).toList();
    }

    /** For each value of {@code property} of {@code subject}, the documents its statement is derived from. */
    static Map<Node, Set<Node>> statedBy(Graph description, Node subject, Node property) {
        Map<Node, Set<Node>> byValue = new HashMap<>();
        for (Node st : statements(description, subject, property)) {
            assertTrue(description.contains(st, RDF.Nodes.type, RDF.Nodes.Statement));
            byValue.put(objectOf(description, st, RDF.Nodes.object),
                    description.find(st, Prov.wasDerivedFrom, Node.ANY).mapWith(Triple::getObject).toSet());
        }
        return byValue;
    }

    @Test
    void eachPlaceDocumentsGiveAnEventIsAttributedToTheDocumentsThatStateIt() {
        store.replace(List.of(DisagreeingDocuments.report(BASE, "A/78/1", List.of(DisagreeingDocuments.twoPartConferenceIn("Doha")), List.of()),
                DisagreeingDocuments.report(BASE, "S/2021/5", List.of(DisagreeingDocuments.twoPartConferenceIn("New York")), List.of()),
                DisagreeingDocuments.report(BASE, "S/2021/6", List.of(DisagreeingDocuments.twoPartConferenceIn("New York")), List.of())));
        Node meeting = iri(DisagreeingDocuments.TWO_PART_CONFERENCE);
        Graph g = describer.describe(meeting, 1).graph();
        assertEquals(Map.of(iri(DisagreeingDocuments.DOHA), Set.of(document("A/78/1")),
                iri(DisagreeingDocuments.NEW_YORK), Set.of(document("S/2021/5"), document("S/2021/6"))), statedBy(g, meeting, Schema.location));
        for (Node st : statements(g, meeting, Schema.location)) {
            long documents = g.find(st, Prov.wasDerivedFrom, Node.ANY).toList().size();
            assertEquals(documents, Long.parseLong(objectOf(g, st, Unld.documentCount).getLiteralLexicalForm()));
            assertFalse(g.contains(st, RDFS.Nodes.seeAlso, Node.ANY), "every document is listed: no query for more");
        }
        Set<Node> all = Set.of(document("A/78/1"), document("S/2021/5"), document("S/2021/6"));
        assertEquals(Map.of(Unld.Event, all, Unld.Conference, all), statedBy(g, meeting, RDF.Nodes.type),
                "every value is attributed, the types too");
        assertEquals("A/78/1", Describer.labelOf(g, document("A/78/1")).orElseThrow().getObject().getLiteralLexicalForm(),
                "the documents are named in the description");
    }

    @Test
    void aValueManyDocumentsStateListsTheFirstFiveBySymbolCountsThemAllAndIsOneQueryFromTheRest() {
        List<MappedDocument> documents = new java.util.ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            documents.add(DisagreeingDocuments.report(BASE, "A/78/" + i, List.of(DisagreeingDocuments.twoPartConferenceIn("Doha")), List.of()));
        }
        store.replace(documents);
        Node meeting = iri(DisagreeingDocuments.TWO_PART_CONFERENCE);
        Description d = describer.describe(meeting, 1);
        Graph g = d.graph();
        Node st = statements(g, meeting, Schema.location).get(0);
        // By symbol, A/78/2 before A/78/10.
        assertEquals(Set.of(document("A/78/1"), document("A/78/2"), document("A/78/3"), document("A/78/4"), document("A/78/5")),
                g.find(st, Prov.wasDerivedFrom, Node.ANY).mapWith(Triple::getObject).toSet());
        assertEquals("12", objectOf(g, st, Unld.documentCount).getLiteralLexicalForm());

        Attribution a = d.attributions().of(Triple.create(meeting, Schema.location, iri(DisagreeingDocuments.DOHA))).orElseThrow();
        assertEquals(7, a.unlisted());
        assertEquals(BASE + "sparql?query=" + java.net.URLEncoder.encode(a.query(), java.nio.charset.StandardCharsets.UTF_8),
                objectOf(g, st, RDFS.Nodes.seeAlso).getURI());
        Set<Node> all = Txn.calculateRead(store.dataset(), () -> QueryExec.dataset(store.dataset()).query(a.query()).select()
                .materialize().stream().map(row -> row.get("document")).collect(java.util.stream.Collectors.toSet()));
        assertEquals(documents.stream().map(MappedDocument::document).collect(java.util.stream.Collectors.toSet()), all,
                "the query finds every document that states the value");
    }

    @Test
    void aSignatoryPrintedInTwoWaysHasBothNamesEachWithTheLetterThatPrintsIt() {
        store.replace(DisagreeingDocuments.all(BASE).stream().filter(m -> m.document().getURI().contains("/A/79/")).toList());
        Node person = iri(DisagreeingDocuments.SIGNATORY);
        Graph g = describer.describe(person, 1).graph();
        assertEquals(Map.of(NodeFactory.createLiteralString("Tofiq Musayev"), Set.of(document("A/79/10")),
                NodeFactory.createLiteralString("TOFIQ MUSAYEV"), Set.of(document("A/79/20"))), statedBy(g, person, FOAF.name.asNode()));
    }

    @Test
    void documentsAndCountriesAreNotAttributed() {
        store.replace(List.of(mentioning("A/1/1", "AZE"), mentioning("A/1/2", "AZE")));
        for (Node subject : List.of(document("A/1/1"), AZERBAIJAN)) {
            Description d = describer.describe(subject, 1);
            assertTrue(d.attributions().isEmpty(), subject::toString);
            assertFalse(d.graph().contains(Node.ANY, RDF.Nodes.type, RDF.Nodes.Statement), subject::toString);
        }
    }

    @Test
    void onlyUnbisConceptsTheTableHoldsAreNamed() {
        assertEquals(List.of(), Describer.thesaurusNames(NodeFactory.createURI("http://metadata.un.org/thesaurus/0000000")));
        assertEquals(List.of(), Describer.thesaurusNames(NodeFactory.createURI("http://www.wikidata.org/entity/Q227")));
        assertEquals(List.of(), Describer.thesaurusNames(NodeFactory.createLiteralString("AZERBAIJAN")));
        assertEquals(6, Describer.thesaurusNames(THESAURUS_AZERBAIJAN).size());
    }
}
