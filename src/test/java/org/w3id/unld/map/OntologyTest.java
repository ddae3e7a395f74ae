package org.w3id.unld.map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphMemFactory;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.w3id.unld.reference.Gazetteer;
import org.w3id.unld.testing.SharedCorpus;
import org.w3id.unld.vocab.Eli;
import org.w3id.unld.vocab.Prefixes;
import org.w3id.unld.vocab.Prov;
import org.w3id.unld.vocab.Schema;
import org.w3id.unld.vocab.Unld;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The ontology as shipped in the jar: it parses, documents every term, aligns them, and declares every term the mappers write. */
class OntologyTest {
    static final String RESOURCE = "/unld/ontology/unld.ttl";
    static final String OWL = "http://www.w3.org/2002/07/owl#";
    static final Node TYPE = RDF.Nodes.type;
    static final Node LABEL = RDFS.Nodes.label;
    static final Node COMMENT = NodeFactory.createURI(RDFS.getURI() + "comment");
    static final Node DOMAIN = NodeFactory.createURI(RDFS.getURI() + "domain");
    static final Node RANGE = NodeFactory.createURI(RDFS.getURI() + "range");
    static final Node SUBCLASS = NodeFactory.createURI(RDFS.getURI() + "subClassOf");
    static final Node SUBPROPERTY = NodeFactory.createURI(RDFS.getURI() + "subPropertyOf");
    static final Node YIELDS = NodeFactory.createURI(Unld.NS + "yields");
    static final Set<Node> DECLARATIONS = Set.of(
            NodeFactory.createURI(OWL + "Class"), NodeFactory.createURI(OWL + "ObjectProperty"),
            NodeFactory.createURI(OWL + "DatatypeProperty"), NodeFactory.createURI(OWL + "NamedIndividual"));

    static Graph ontology;

    @BeforeAll
    static void load() throws Exception {
        ontology = GraphMemFactory.createDefaultGraph();
        try (InputStream in = OntologyTest.class.getResourceAsStream(RESOURCE)) {
            assertNotNull(in, RESOURCE + " is on the classpath");
            RDFParser.source(in).lang(Lang.TURTLE).parse(ontology);
        }
    }

    @Test
    void theOntologyParsesAndCarriesItsVersionAndLicence() {
        Node ontologyIri = NodeFactory.createURI("https://w3id.org/unld/ontology");
        assertTrue(ontology.contains(ontologyIri, TYPE, NodeFactory.createURI(OWL + "Ontology")));
        assertEquals(Set.of(UnldVersion.current()), literals(ontologyIri, NodeFactory.createURI(OWL + "versionInfo")),
                "the ontology's owl:versionInfo is the version of the build");
        assertTrue(ontology.find(ontologyIri, NodeFactory.createURI(DCTerms.getURI() + "license"), Node.ANY).hasNext());
    }

    @Test
    void everyUnldTermTheMappersEmitIsDeclared() {
        DocumentMapper mapper = new DocumentMapper("http://localhost:3030/", Gazetteer.standard(), "0.1.0");
        List<Graph> graphs = new ArrayList<>();
        graphs.add(mapper.map(DocumentMapperTest.everything()).graph());
        graphs.add(mapper.map(DocumentMapperTest.meetingRecord()).graph());
        TestDocuments.golden().forEach(g -> graphs.add(mapper.map(g.parsed()).graph()));

        Set<String> emitted = new TreeSet<>();
        for (Graph g : graphs) {
            g.find().forEach(t -> {
                for (Node n : List.of(t.getSubject(), t.getPredicate(), t.getObject())) {
                    if (n.isURI() && n.getURI().startsWith(Unld.NS)) {
                        emitted.add(n.getURI());
                    }
                }
            });
        }
        assertTrue(emitted.size() > 40, "the fixtures exercise most of the vocabulary: " + emitted);
        Set<String> undeclared = new TreeSet<>();
        emitted.stream().filter(iri -> !declared(iri)).forEach(undeclared::add);
        assertEquals(Set.of(), undeclared);
    }

    @Test
    void everyClassAndPropertyHasALabelACommentAndPropertiesADomainAndARange() {
        Set<String> missing = new TreeSet<>();
        for (Node term : unldTerms()) {
            String name = term.getURI().substring(Unld.NS.length());
            if (!ontology.find(term, LABEL, Node.ANY).hasNext()) {
                missing.add(name + " rdfs:label");
            }
            if (!ontology.find(term, COMMENT, Node.ANY).hasNext()) {
                missing.add(name + " rdfs:comment");
            }
            boolean property = ontology.contains(term, TYPE, NodeFactory.createURI(OWL + "ObjectProperty"))
                    || ontology.contains(term, TYPE, NodeFactory.createURI(OWL + "DatatypeProperty"));
            if (property && !ontology.find(term, DOMAIN, Node.ANY).hasNext()) {
                missing.add(name + " rdfs:domain");
            }
            if (property && !ontology.find(term, RANGE, Node.ANY).hasNext()) {
                missing.add(name + " rdfs:range");
            }
        }
        assertEquals(Set.of(), missing);
    }

    @Test
    void everyExtractionRuleSaysWhichKindOfFactItYields() {
        Node rule = NodeFactory.createURI(Unld.NS + "ExtractionRule");
        List<Node> rules = ontology.find(Node.ANY, TYPE, rule).mapWith(Triple::getSubject).toList();
        assertEquals(19, rules.size());
        for (Node r : rules) {
            assertTrue(ontology.find(r, YIELDS, Node.ANY).hasNext(), () -> r + " yields a property");
        }
    }

    @Test
    void theTermsAreAlignedToUndoEliDctermsSchemaFoafOrgProvAndSkos() {
        Map<String, String> vocabularies = Map.of(
                "UNDO", Prefixes.UNDO, "ELI", Eli.NS, "DCTERMS", DCTerms.getURI(),
                "schema.org", Schema.NS, "FOAF", FOAF.getURI(), "ORG", ORG.getURI(), "PROV-O", Prov.NS, "SKOS", SKOS.getURI());
        Set<String> aligned = new TreeSet<>();
        for (Node p : List.of(SUBCLASS, SUBPROPERTY, NodeFactory.createURI(OWL + "equivalentClass"))) {
            ontology.find(Node.ANY, p, Node.ANY).forEach(t -> {
                if (t.getSubject().isURI() && t.getSubject().getURI().startsWith(Unld.NS) && t.getObject().isURI()) {
                    vocabularies.forEach((name, ns) -> {
                        if (t.getObject().getURI().startsWith(ns)) {
                            aligned.add(name);
                        }
                    });
                }
            });
        }
        assertEquals(new TreeSet<>(vocabularies.keySet()), aligned);
    }

    @Test
    @Tag("corpus")
    void theUndoClassesWeAlignToExistInUndo() {
        Graph undo = GraphMemFactory.createDefaultGraph();
        RDFParser.source(SharedCorpus.require(SharedCorpus.SHARED.resolve("reference/undo-ontology/undo.ttl"))).lang(Lang.TURTLE).parse(undo);
        Set<String> unknown = new TreeSet<>();
        String undoNs = "https://w3id.org/un/ontology/undo/";
        String allotNs = "https://w3id.org/akn/ontology/allot/";
        ontology.find().forEach(t -> {
            Node o = t.getObject();
            if (o.isURI() && (o.getURI().startsWith(undoNs) || o.getURI().startsWith(allotNs))
                    && !undo.find(o, Node.ANY, Node.ANY).hasNext()) {
                unknown.add(o.getURI());
            }
        });
        assertEquals(Set.of(), unknown);
    }

    @Test
    void documentKindsAreSubclassesOfDocument() {
        Node document = Unld.Document;
        for (Node kind : List.of(Unld.Letter, Unld.IdenticalLetters, Unld.NoteVerbale, Unld.Report, Unld.Resolution,
                Unld.DraftResolution, Unld.Decision, Unld.DraftDecision, Unld.MeetingRecord, Unld.Agenda, Unld.Note)) {
            assertTrue(ontology.contains(kind, SUBCLASS, document), () -> kind + " ⊑ unld:Document");
        }
        assertTrue(ontology.contains(Unld.Conference, SUBCLASS, Unld.Event));
        assertFalse(ontology.contains(Unld.Document, SUBCLASS, document));
    }

    private static boolean declared(String iri) {
        Node n = NodeFactory.createURI(iri);
        return DECLARATIONS.stream().anyMatch(d -> ontology.contains(n, TYPE, d));
    }

    private static Set<Node> unldTerms() {
        Set<Node> terms = new java.util.LinkedHashSet<>();
        ontology.find(Node.ANY, TYPE, Node.ANY).forEach(t -> {
            if (t.getSubject().isURI() && t.getSubject().getURI().startsWith(Unld.NS) && DECLARATIONS.contains(t.getObject())) {
                terms.add(t.getSubject());
            }
        });
        return terms;
    }

    private static Set<String> literals(Node s, Node p) {
        return ontology.find(s, p, Node.ANY).mapWith(t -> t.getObject().getLiteralLexicalForm()).toSet();
    }
}
