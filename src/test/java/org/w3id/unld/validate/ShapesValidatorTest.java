package org.w3id.unld.validate;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphMemFactory;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.update.UpdateAction;
import org.w3id.unld.model.RejectedDocumentException;
import org.w3id.unld.parse.DocumentParser;
import org.w3id.unld.read.SourceReader;
import org.w3id.unld.testing.TestResources;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3id.unld.map.DocumentMapper;
import org.w3id.unld.map.MappedDocument;
import org.w3id.unld.map.TestDocuments;
import org.w3id.unld.model.DocumentType;
import org.w3id.unld.model.Extraction;
import org.w3id.unld.model.ExtractionJson;
import org.w3id.unld.model.ParsedDocument;
import org.w3id.unld.reference.Gazetteer;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ShapesValidatorTest {
    static final String PREFIXES = """
            PREFIX unld: <https://w3id.org/unld/ontology#> PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
            PREFIX dcterms: <http://purl.org/dc/terms/> PREFIX schema: <http://schema.org/> PREFIX foaf: <http://xmlns.com/foaf/0.1/>
            PREFIX org: <http://www.w3.org/ns/org#> PREFIX prov: <http://www.w3.org/ns/prov#>
            PREFIX eli: <http://data.europa.eu/eli/ontology#> PREFIX oa: <http://www.w3.org/ns/oa#>
            PREFIX id: <http://localhost:3030/id/>
            """;
    static final String SH = "http://www.w3.org/ns/shacl#";
    /** A fixed validation day: results must not depend on the day the tests run. */
    static final LocalDate DAY = LocalDate.of(2025, 6, 1);
    static final DocumentMapper MAPPER = new DocumentMapper("http://localhost:3030/", Gazetteer.standard(), "0.1.0");
    static final ShapesValidator VALIDATOR = new ShapesValidator(DAY);

    static MappedDocument reference() {
        return MAPPER.map(TestDocuments.reference());
    }

    /** The reference document as parsed from its text, with the evidence of its values. */
    static MappedDocument parsedReference() {
        try {
            return MAPPER.map(new DocumentParser().parse(new SourceReader().read(TestResources.REFERENCE_DOCUMENT)));
        } catch (RejectedDocumentException e) {
            throw new AssertionError(e);
        }
    }

    static MappedDocument everything() {
        return MAPPER.map(TestDocuments.everything());
    }

    static MappedDocument meetingRecord() {
        return MAPPER.map(TestDocuments.meetingRecord());
    }

    @Test
    void theShapesParseAndEveryShapeHasAMessage() {
        Graph shapes = ShapesValidator.shapesGraph(DAY);
        Set<String> silent = new TreeSet<>();
        Node message = NodeFactory.createURI(SH + "message");
        for (String kind : List.of("path", "targetClass", "targetSubjectsOf")) {
            shapes.find(Node.ANY, NodeFactory.createURI(SH + kind), Node.ANY).forEach(t -> {
                if (!shapes.find(t.getSubject(), message, Node.ANY).hasNext()) {
                    silent.add(t.toString());
                }
            });
        }
        assertEquals(Set.of(), silent);
        assertTrue(VALIDATOR.shapes().numShapes() > 20);
    }

    @Test
    void everyClassOfTheOntologyThatDocumentGraphsUseHasANodeShape() {
        Graph ontology = GraphMemFactory.createDefaultGraph();
        RDFParser.source(ShapesValidatorTest.class.getResourceAsStream("/unld/ontology/unld.ttl")).lang(Lang.TURTLE).parse(ontology);
        Graph shapes = ShapesValidator.shapesGraph(DAY);
        Set<String> unshaped = new TreeSet<>();
        ontology.find(Node.ANY, NodeFactory.createURI("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"),
                NodeFactory.createURI("http://www.w3.org/2002/07/owl#Class")).forEach(t -> {
            Node c = t.getSubject();
            // Extraction rules are individuals of the ontology, not resources of document graphs.
            if (c.isURI() && !c.getURI().endsWith("#ExtractionRule")
                    && !shapes.find(Node.ANY, NodeFactory.createURI(SH + "targetClass"), c).hasNext()) {
                unshaped.add(c.getURI());
            }
        });
        assertEquals(Set.of(), unshaped);
    }

    @Test
    void theReferenceDocumentAndTheFixturesConform() {
        for (MappedDocument m : List.of(reference(), parsedReference(), everything(), meetingRecord())) {
            ValidationReport report = VALIDATOR.validate(m.graph());
            assertTrue(report.conforms(), () -> String.join("\n", ShapesValidator.describe(m.document(), report)));
        }
    }

    @Test
    void removingTheDateOfALetterGivesAWarningThatNamesTheDocument() {
        MappedDocument m = reference();
        UpdateAction.parseExecute(PREFIXES + "DELETE { ?d dcterms:date ?date } WHERE { ?d a unld:Letter ; dcterms:date ?date }", m.graph());
        List<String> lines = ShapesValidator.describe(m.graph(), VALIDATOR.validate(m.graph()));
        String doc = "<" + m.document().getURI() + ">";
        String line = "document " + doc + ": " + doc + " -: A letter or note verbale read with its masthead has its issue date (dcterms:date).";
        assertEquals(List.of(line), lines);
        assertEquals(List.of(line), VALIDATOR.check(m.graph()).warnings());
        assertTrue(VALIDATOR.check(m.graph()).accepted(), "a letter is not lost for lacking its date");
    }

    @Test
    void aLetterReadWithoutMastheadMayLackItsDate() throws Exception {
        var golden = TestDocuments.golden().stream().filter(g -> g.name().endsWith("A_73_716.txt")).findFirst().orElseThrow();
        ParsedDocument parsed = golden.parsed();
        assertEquals(DocumentType.LETTER, parsed.extraction().documentType());
        assertEquals(null, parsed.extraction().date());
        MappedDocument m = MAPPER.map(parsed);
        assertTrue(VALIDATOR.validate(m.graph()).conforms());
    }

    @Test
    void datesFrom1945ToOneYearAfterTheValidationDayAreAccepted() {
        assertTrue(VALIDATOR.validate(withDate("1945-01-01")).conforms());
        assertTrue(VALIDATOR.validate(withDate("2026-06-01")).conforms());
        assertFalse(VALIDATOR.validate(withDate("1944-12-31")).conforms());
        assertFalse(VALIDATOR.validate(withDate("2026-06-02")).conforms());
        assertTrue(new ShapesValidator(LocalDate.of(2025, 6, 2)).validate(withDate("2026-06-02")).conforms(),
                "the bound moves with the validation day");
    }

    @Test
    void theReportCanBeWrittenAsRdf() {
        MappedDocument m = reference();
        UpdateAction.parseExecute(PREFIXES + "DELETE { ?d dcterms:date ?date } WHERE { ?d a unld:Letter ; dcterms:date ?date }", m.graph());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ShapesValidator.writeTurtle(VALIDATOR.validate(m.graph()), out);
        Graph report = GraphMemFactory.createDefaultGraph();
        RDFParser.source(new ByteArrayInputStream(out.toByteArray())).lang(Lang.TURTLE).parse(report);
        Node type = NodeFactory.createURI("http://www.w3.org/1999/02/22-rdf-syntax-ns#type");
        assertTrue(report.find(Node.ANY, type, NodeFactory.createURI(SH + "ValidationReport")).hasNext());
        assertTrue(report.find(Node.ANY, NodeFactory.createURI(SH + "focusNode"), m.document()).hasNext());
        ValidationReport back = ValidationReport.fromGraph(report);
        assertFalse(back.conforms());
        assertEquals(1, back.getEntries().size());
    }

    @Test
    void aConformingGraphHasAnEmptyDescription() {
        MappedDocument m = reference();
        assertEquals(List.of(), ShapesValidator.describe(m.graph(), VALIDATOR.validate(m.graph())));
        assertEquals(m.document(), ShapesValidator.documentOf(m.graph()).orElseThrow());
    }

    @ParameterizedTest
    @ValueSource(strings = {"A/79/704", "S/2013/211", "A/80/L.10/Rev.1", "S/PV.8699 (Resumption 1)", "A/C.3/80/L.12",
            "S/RES/2331 (2016)", "A/RES/79/1", "E/RES/2022/1", "A/HRC/RES/57/1", "S/PRST/2021/1", "ST/SGB/2019/1",
            "A/HRC/PRST/OS/12/1", "S/24900/Add.90", "S/1996/479", "UNEP/EA.5/Res.1", "A/ES-10/L.30", "A/S-27/2",
            "E/CN.4/2005/L.10/Add.17", "A/520/Rev.20", "S/RES/84 (1950)", "A/RES/77/262 A-C", "S/2008/1 (Part I)", "TD/B/EX(71)/2",
            "A/RES/1514 (XV)", "E/RES/131 (VI)"})
    void theSymbolGrammarAcceptsUnSymbols(String symbol) {
        assertTrue(VALIDATOR.validate(withSymbol(symbol)).conforms(), symbol);
    }

    @ParameterizedTest
    @ValueSource(strings = {"A 79 704", "a/79/704", "A/79/704/", "A//704", "A", "A/79/704*", "Letter dated 27 December 2024",
            "S/RES/2331(2016)", "S/RES/2331 (16)", " A/79/704"})
    void theSymbolGrammarRejectsWhatIsNoSymbol(String symbol) {
        assertFalse(VALIDATOR.validate(withSymbol(symbol)).conforms(), symbol);
    }

    /** A conforming graph (the base) and a violating one (the base after the update), for every shape. */
    static Stream<Arguments> violations() {
        Supplier<MappedDocument> ref = ShapesValidatorTest::reference;
        Supplier<MappedDocument> all = ShapesValidatorTest::everything;
        Supplier<MappedDocument> parsed = ShapesValidatorTest::parsedReference;
        return Stream.of(
                Arguments.of("DocumentShape label", ref, "DELETE { ?d rdfs:label ?l } WHERE { ?d a unld:Document ; rdfs:label ?l }",
                        "A document has exactly one label"),
                Arguments.of("DocumentShape IRI", ref, "INSERT DATA { <http://localhost:3030/documents/A-79-704> a unld:Document }",
                        "A document's IRI is {base}id/document/"),
                Arguments.of("DocumentShape symbol grammar", all, "INSERT { ?d unld:symbol \"A 79 704\" } WHERE { ?d a unld:Document }",
                        "A symbol (unld:symbol) is a plain string that follows the UN symbol grammar"),
                Arguments.of("DocumentShape date", ref, "DELETE { ?d dcterms:date ?x } INSERT { ?d dcterms:date \"1944-12-31\"^^xsd:date } WHERE { ?d a unld:Document ; dcterms:date ?x }",
                        "A document has at most one issue date"),
                Arguments.of("DocumentShape distribution", ref, "DELETE { ?d unld:distribution ?x } INSERT { ?d unld:distribution \"Public\" } WHERE { ?d unld:distribution ?x }",
                        "A document's distribution (unld:distribution) is one of"),
                Arguments.of("DocumentShape language", ref, "INSERT { ?d unld:originalLanguage <http://example.org/English> } WHERE { ?d a unld:Document }",
                        "A document's original language"),
                Arguments.of("DocumentShape expression", ref, "DELETE WHERE { ?d unld:expression ?e }",
                        "A document has at least one language version"),
                Arguments.of("DocumentShape organ", ref, "DELETE WHERE { ?o a unld:Organ }",
                        "A document's organ (unld:organ) is an unld:Organ"),
                Arguments.of("CountryShape names in languages", ref,
                        "INSERT { ?c <http://www.w3.org/2004/02/skos/core#prefLabel> \"Azerbaidjan\"@fr } WHERE { ?c a unld:Country }",
                        "A country's names in the UN's languages (skos:prefLabel) have language tags, one name per language."),
                Arguments.of("CountryShape untagged name", ref,
                        "INSERT { ?c <http://www.w3.org/2004/02/skos/core#prefLabel> \"Azerbaijan\" } WHERE { ?c a unld:Country }",
                        "A country's names in the UN's languages (skos:prefLabel) have language tags"),
                Arguments.of("OrganShape names in languages", ref,
                        "INSERT { ?o <http://www.w3.org/2004/02/skos/core#prefLabel> \"Assemblée\"@fr } WHERE { ?o a unld:Organ }",
                        "An organ's names in the UN's languages (skos:prefLabel) have language tags, one name per language."),
                Arguments.of("DocumentShape provenance", ref, "DELETE WHERE { ?g foaf:primaryTopic ?d }",
                        "A document graph records its provenance"),
                Arguments.of("DocumentKindShape", ref, "DELETE WHERE { ?d a unld:Document }",
                        "A document of a specific kind is typed unld:Document too"),
                Arguments.of("ExpressionShape", ref, "DELETE { ?e dcterms:language ?l } WHERE { ?e a unld:Expression ; dcterms:language ?l }",
                        "A language version has exactly one language"),
                Arguments.of("AnnexShape", ref, "DELETE { ?a dcterms:isPartOf ?d } WHERE { ?a a unld:Annex ; dcterms:isPartOf ?d }",
                        "An annex is part of (dcterms:isPartOf) exactly one document"),
                Arguments.of("SignatureShape", ref, "DELETE { ?s prov:agent ?p } WHERE { ?s a unld:Signature ; prov:agent ?p }",
                        "A signature has exactly one signer"),
                Arguments.of("OrganShape", ref, "DELETE WHERE { id:organ\\/general-assembly foaf:name ?n }",
                        "An organ has exactly one name"),
                Arguments.of("SessionShape", ref, "DELETE { ?s unld:sessionNumber ?n } INSERT { ?s unld:sessionNumber 0 } WHERE { ?s unld:sessionNumber ?n }",
                        "A session has exactly one number (unld:sessionNumber), a positive xsd:integer"),
                Arguments.of("AgendaItemShape session", ref, "DELETE { ?i unld:session ?s } WHERE { ?i a unld:AgendaItem ; unld:itemNumber \"32\" ; unld:session ?s }",
                        "An agenda item's IRI is {base}id/agenda-item/{organ}/{session}/{key} when it belongs to a session"),
                Arguments.of("AgendaItemShape two sessions", ref, "INSERT { ?i unld:session id:session\\/general-assembly\\/80 . id:session\\/general-assembly\\/80 a unld:Session } WHERE { ?i a unld:AgendaItem ; unld:itemNumber \"32\" }",
                        "An agenda item belongs to at most one session"),
                Arguments.of("AgendaItemShape number", ref, "DELETE { ?i unld:itemNumber \"32\" } INSERT { ?i unld:itemNumber \"32 (c)\" } WHERE { ?i unld:itemNumber \"32\" }",
                        "An agenda item has at most one number (unld:itemNumber)"),
                Arguments.of("AgendaItemNumberOrTitleShape", ref, "DELETE { ?i unld:itemNumber ?n ; dcterms:title ?t } WHERE { ?i unld:itemNumber \"32\", ?n ; dcterms:title ?t }",
                        "An agenda item has a number (unld:itemNumber) or a title"),
                Arguments.of("CountryShape", all, "DELETE { ?c foaf:name ?n } WHERE { ?c a unld:Country ; foaf:name ?n }",
                        "A country has exactly one name"),
                Arguments.of("OrganizationShape", all, "DELETE { ?o rdfs:label ?l } WHERE { ?o a org:Organization ; rdfs:label ?l }",
                        "An organization has exactly one label"),
                Arguments.of("AgentShape", all, "DELETE { ?a foaf:name ?n } WHERE { ?a a foaf:Agent ; foaf:name ?n }",
                        "An agent has exactly one name"),
                Arguments.of("PersonShape", ref, "DELETE WHERE { id:person\\/tofiq-musayev foaf:name ?n }",
                        "A person has exactly one name"),
                Arguments.of("PostShape", ref, "DELETE { ?p org:role ?r } WHERE { ?p a org:Post ; org:role ?r }",
                        "A post has exactly one role"),
                Arguments.of("RoleShape", ref, "DELETE { ?r rdfs:label ?l } WHERE { ?r a org:Role ; rdfs:label ?l }",
                        "A role has exactly one label"),
                Arguments.of("EventShape", ref, "DELETE { ?e schema:startDate ?d } INSERT { ?e schema:startDate \"2024-12-07\"^^xsd:date } WHERE { ?e schema:startDate ?d }",
                        "An event has at most one start date (schema:startDate), an xsd:date not after its end date"),
                Arguments.of("ConferenceShape", ref, "DELETE { ?c a unld:Event } WHERE { ?c a unld:Conference, unld:Event }",
                        "A conference is typed unld:Event too"),
                Arguments.of("EventShape series", ref, "DELETE WHERE { ?s a unld:EventSeries }",
                        "An event belongs to at most one series (unld:series), an unld:EventSeries"),
                Arguments.of("EventSeriesShape", ref, "DELETE { ?s rdfs:label ?l } WHERE { ?s a unld:EventSeries ; rdfs:label ?l }",
                        "An event series has exactly one label"),
                Arguments.of("CountryShape M49", ref, "DELETE { ?c unld:m49Code ?m } INSERT { ?c unld:m49Code \"31\" } WHERE { ?c unld:m49Code ?m }",
                        "A country has at most one M49 code"),
                Arguments.of("LinksOutsideDocumentGraphsShape", ref,
                        "INSERT { ?c <http://www.w3.org/2002/07/owl#sameAs> <http://www.wikidata.org/entity/Q227> } WHERE { ?c a unld:Country }",
                        "A document graph holds no owl:sameAs"),
                Arguments.of("PlaceShape", ref, "DELETE { ?p rdfs:label ?l } WHERE { ?p a schema:Place ; rdfs:label ?l }",
                        "A place has exactly one label"),
                Arguments.of("GraphProvenanceShape", ref, "DELETE { ?g prov:wasGeneratedBy ?x } WHERE { ?g foaf:primaryTopic ?d ; prov:wasGeneratedBy ?x }",
                        "A document graph was generated by exactly one extraction"),
                Arguments.of("SourceFileShape", ref, "DELETE { ?s schema:sha256 ?h } INSERT { ?s schema:sha256 \"xyz\" } WHERE { ?s schema:sha256 ?h }",
                        "A source file has exactly one SHA-256"),
                Arguments.of("ExtractionShape", ref, "DELETE { ?x unld:version ?v } WHERE { ?x a prov:Activity ; unld:version ?v }",
                        "An extraction records exactly one unld version"),
                Arguments.of("EvidenceShape statement in the graph", parsed,
                        "DELETE { ?d dcterms:date ?x } WHERE { ?d a unld:Document ; dcterms:date ?x }",
                        "Evidence is about a statement of the graph"),
                Arguments.of("EvidenceShape body", parsed, "DELETE { ?e oa:hasBody ?b } WHERE { ?e oa:hasBody ?b }",
                        "Evidence has exactly one body"),
                Arguments.of("PassageShape quote", parsed,
                        "DELETE { ?t oa:hasSelector ?q } WHERE { ?t oa:hasSelector ?q . ?q a oa:TextQuoteSelector }",
                        "A passage has exactly one quote"),
                Arguments.of("PassageShape source", parsed,
                        "DELETE { ?t oa:hasSource ?x } INSERT { ?t oa:hasSource <http://example.org/elsewhere> } WHERE { ?t oa:hasSource ?x }",
                        "A passage is part of (oa:hasSource) exactly one language version"),
                Arguments.of("TextPositionSelectorShape", parsed,
                        "DELETE { ?p oa:start ?s } INSERT { ?p oa:start \"100000\"^^xsd:nonNegativeInteger } WHERE { ?p a oa:TextPositionSelector ; oa:start ?s }",
                        "A position has exactly one start"),
                Arguments.of("TextQuoteSelectorShape", parsed, "DELETE { ?q oa:exact ?x } WHERE { ?q oa:exact ?x }",
                        "A quote has exactly one text"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("violations")
    void eachShapeAcceptsTheConformingGraphAndReportsTheViolation(String shape, Supplier<MappedDocument> base, String update, String message) {
        MappedDocument m = base.get();
        assertTrue(VALIDATOR.validate(m.graph()).conforms(), () -> shape + ": the base graph conforms");
        UpdateAction.parseExecute(PREFIXES + update, m.graph());
        Validation v = VALIDATOR.check(m.graph());
        assertFalse(v.accepted(), shape + ": the changed graph violates");
        assertTrue(v.violations().stream().anyMatch(l -> l.contains(": " + message)),
                () -> shape + " reports the violation \"" + message + "\":\n" + String.join("\n", v.violations()));
    }

    /** What a document lacks, for every shape that warns: the document is accepted, and the warning says what is missing. */
    static Stream<Arguments> warnings() {
        Supplier<MappedDocument> ref = ShapesValidatorTest::reference;
        return Stream.of(
                Arguments.of("LetterCorrespondentShape", ref, "DELETE WHERE { ?d unld:sender ?s } ; DELETE WHERE { ?d unld:signatory ?p }",
                        "A letter or note verbale has a sender (unld:sender) or a signatory"),
                Arguments.of("LetterDateShape", ref, "DELETE { ?d dcterms:date ?x } WHERE { ?d a unld:Letter ; dcterms:date ?x }",
                        "A letter or note verbale read with its masthead has its issue date"),
                Arguments.of("AgendaItemSessionShape", (Supplier<MappedDocument>) () -> MAPPER.map(TestDocuments.agendaItemWithoutSession()), "",
                        "The document does not print this agenda item's organ or session"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("warnings")
    void eachWarningShapeAcceptsTheDocumentAndSaysWhatItLacks(String shape, Supplier<MappedDocument> base, String update, String message) {
        MappedDocument m = base.get();
        if (!update.isEmpty()) {
            assertTrue(VALIDATOR.validate(m.graph()).conforms(), () -> shape + ": the base graph conforms");
            UpdateAction.parseExecute(PREFIXES + update, m.graph());
        }
        Validation v = VALIDATOR.check(m.graph());
        assertTrue(v.accepted(), () -> shape + ": no violation, the document is accepted:\n" + String.join("\n", v.violations()));
        assertTrue(v.warnings().stream().anyMatch(l -> l.contains(": " + message)),
                () -> shape + " warns \"" + message + "\":\n" + String.join("\n", v.warnings()));
    }

    @Test
    void anAgendaItemWhoseSessionIsNotPrintedIsAcceptedWithOneWarning() {
        MappedDocument m = MAPPER.map(TestDocuments.agendaItemWithoutSession());
        Validation v = VALIDATOR.check(m.graph());
        assertTrue(v.accepted(), () -> String.join("\n", v.violations()));
        String doc = "<" + m.document().getURI() + ">";
        assertEquals(List.of("document " + doc + ": <" + m.document().getURI() + "/agenda-item/5> unld:session: "
                + "The document does not print this agenda item's organ or session: the item is kept under the document, without session."),
                v.warnings());
        assertFalse(v.report().conforms(), "in SHACL's terms a warning is a result: the report does not conform");
        assertEquals(1, v.report().getEntries().size());
        assertEquals(SH + "Warning", v.report().getEntries().iterator().next().severity().level().getURI());
    }

    @Test
    void aConformingGraphHasNeitherViolationsNorWarnings() {
        Validation v = VALIDATOR.check(reference().graph());
        assertTrue(v.accepted());
        assertEquals(List.of(), v.violations());
        assertEquals(List.of(), v.warnings());
    }

    @Test
    void anAgendaItemUnderItsDocumentMustNotHaveASession() {
        MappedDocument m = MAPPER.map(TestDocuments.agendaItemWithoutSession());
        UpdateAction.parseExecute(PREFIXES + "INSERT { ?i unld:session id:session\\/human-rights-council\\/14 . "
                + "id:session\\/human-rights-council\\/14 a unld:Session } WHERE { ?i a unld:AgendaItem }", m.graph());
        Validation v = VALIDATOR.check(m.graph());
        assertFalse(v.accepted());
        assertTrue(v.violations().stream().anyMatch(l -> l.contains("/agenda-item/5> -: An agenda item's IRI is")), () -> String.join("\n", v.violations()));
    }

    @Test
    void anAgendaItemOutsideBothPatternsIsAViolation() {
        MappedDocument m = MAPPER.map(TestDocuments.agendaItemWithoutSession());
        UpdateAction.parseExecute(PREFIXES + "INSERT DATA { <http://localhost:3030/items/5> a unld:AgendaItem ; rdfs:label \"Item 5\" ; "
                + "unld:itemNumber \"5\" }", m.graph());
        Validation v = VALIDATOR.check(m.graph());
        assertTrue(v.violations().stream().anyMatch(l -> l.contains("<http://localhost:3030/items/5> -: An agenda item's IRI is")),
                () -> String.join("\n", v.violations()));
    }

    private static Graph withSymbol(String symbol) {
        MappedDocument m = reference();
        UpdateAction.parseExecute(PREFIXES + "INSERT { ?d unld:symbol \"" + symbol + "\" } WHERE { ?d a unld:Document }", m.graph());
        return m.graph();
    }

    private static Graph withDate(String date) {
        MappedDocument m = reference();
        UpdateAction.parseExecute(PREFIXES + "DELETE { ?d dcterms:date ?x } INSERT { ?d dcterms:date \"" + date
                + "\"^^xsd:date } WHERE { ?d a unld:Document ; dcterms:date ?x }", m.graph());
        return m.graph();
    }
}
