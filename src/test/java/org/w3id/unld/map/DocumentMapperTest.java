package org.w3id.unld.map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphMemFactory;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.w3id.unld.model.Addressee;
import org.w3id.unld.model.AgendaItem;
import org.w3id.unld.model.Agent;
import org.w3id.unld.model.Citation;
import org.w3id.unld.model.DocumentType;
import org.w3id.unld.model.Event;
import org.w3id.unld.model.Extraction;
import org.w3id.unld.model.Mention;
import org.w3id.unld.model.ParsedDocument;
import org.w3id.unld.model.RelatedDocument;
import org.w3id.unld.model.Session;
import org.w3id.unld.model.SourceText;
import org.w3id.unld.model.SymbolSource;
import org.w3id.unld.parse.SymbolGrammar;
import org.w3id.unld.reference.Gazetteer;
import org.w3id.unld.vocab.Datasets;
import org.w3id.unld.vocab.Eli;
import org.w3id.unld.vocab.Prov;
import org.w3id.unld.vocab.Schema;
import org.w3id.unld.vocab.Unld;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DocumentMapperTest {
    static final String BASE = "http://localhost:3030/";
    static final Path EXPECTED_REFERENCE = Path.of("src", "test", "resources", "map", "reference-document.ttl");

    private final DocumentMapper mapper = new DocumentMapper(BASE, Gazetteer.standard(), "0.1.0");

    /**
     * The expected graph was written by reading the mapper's output for the reference document line by
     * line and checking each triple against the document and the contract (IRIs, terms, datatypes);
     * it is not a snapshot taken on trust. Compared by isomorphism.
     */
    @Test
    void theReferenceDocumentMapsToTheCheckedInGraph() {
        Graph expected = GraphMemFactory.createDefaultGraph();
        RDFParser.source(EXPECTED_REFERENCE).lang(Lang.TURTLE).parse(expected);
        Graph actual = mapper.map(TestDocuments.reference()).graph();
        assertTrue(actual.isIsomorphicWith(expected), () -> "differs from " + EXPECTED_REFERENCE + ":\n"
                + difference(expected, actual));
    }

    @Test
    void theAcceptanceQueryFindsTheSevenAgendaItemsAndTheDateOfTheReferenceDocument() {
        MappedDocument m = mapper.map(TestDocuments.reference());
        List<String> rows = select(unionOf(m), """
                PREFIX unld: <https://w3id.org/unld/ontology#> PREFIX dcterms: <http://purl.org/dc/terms/>
                SELECT ?n ?t ?date { ?d a unld:Document ; unld:agendaItem ?i ; dcterms:date ?date .
                ?i unld:itemNumber ?n ; dcterms:title ?t } ORDER BY ?n""", "n", "t", "date");
        assertEquals(List.of(
                "132 | The responsibility to protect and the prevention of genocide, war crimes, ethnic cleansing and crimes against humanity | 2024-12-27",
                "32 | Prevention of armed conflict | 2024-12-27",
                "60 | Report of the United Nations High Commissioner for Refugees, questions relating to refugees, returnees and displaced persons and humanitarian questions | 2024-12-27",
                "61 | Peacebuilding and sustaining peace | 2024-12-27",
                "69 | Elimination of racism, racial discrimination, xenophobia and related intolerance | 2024-12-27",
                "71 | Promotion and protection of human rights | 2024-12-27",
                "84 | The rule of law at the national and international levels | 2024-12-27"), rows);
    }

    @Test
    void theConferenceHasItsDatesAndALocationLabelledBaku() {
        MappedDocument m = mapper.map(TestDocuments.reference());
        List<String> rows = select(unionOf(m), """
                PREFIX unld: <https://w3id.org/unld/ontology#> PREFIX schema: <http://schema.org/>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
                SELECT ?c ?place { ?d unld:refersTo ?c . ?c a unld:Conference, unld:Event ;
                  schema:startDate "2024-12-05"^^xsd:date ; schema:endDate "2024-12-06"^^xsd:date ;
                  schema:location/rdfs:label ?place }""", "c", "place");
        assertEquals(List.of(BASE + "id/event/second-international-conference-on-the-right-to-return-advancing-justice-"
                + "for-azerbaijanis-expelled-from-armenia-2024 | Baku"), rows);
    }

    @Test
    void theSameInputGivesTheSameSortedNTriples() {
        String first = sortedNTriples(mapper.map(TestDocuments.reference()).graph());
        String again = sortedNTriples(new DocumentMapper(BASE, Gazetteer.standard(), "0.1.0").map(TestDocuments.reference()).graph());
        assertEquals(first, again);
        ParsedDocument everything = everything();
        assertEquals(sortedNTriples(mapper.map(everything).graph()), sortedNTriples(mapper.map(everything).graph()));
    }

    @Test
    void documentGraphsHoldNoBlankNodesAndNoClockTime() {
        for (ParsedDocument d : List.of(TestDocuments.reference(), everything())) {
            mapper.map(d).graph().find().forEach(t -> {
                for (Node n : List.of(t.getSubject(), t.getPredicate(), t.getObject())) {
                    assertFalse(n.isBlank(), () -> "blank node in " + t);
                    assertFalse(n.isLiteral() && n.getLiteralDatatypeURI().endsWith("#dateTime"), () -> "time in " + t);
                }
            });
        }
    }

    @ParameterizedTest
    @EnumSource(DocumentType.class)
    void everyDocumentIsTypedDocumentAndWithItsSpecificClass(DocumentType type) {
        MappedDocument m = mapper.map(document(type, List.of("A/79/704"), null));
        Set<String> types = objects(m.graph(), m.document(), RDF.Nodes.type);
        if (type == DocumentType.OTHER) {
            assertEquals(Set.of(Unld.NS + "Document"), types);
        } else {
            String specific = Arrays.stream(type.code().split("-")).map(w -> Character.toUpperCase(w.charAt(0)) + w.substring(1))
                    .collect(Collectors.joining());
            assertEquals(Set.of(Unld.NS + "Document", Unld.NS + specific), types);
        }
    }

    @Test
    void aDocumentWithSeveralSymbolsHasOneIriFromTheFirstAndEverySymbol() {
        MappedDocument m = mapper.map(document(DocumentType.LETTER, List.of("A/67/742", "S/2013/95"), null));
        assertEquals(BASE + "id/document/A/67/742", m.document().getURI());
        assertEquals(BASE + "graph/document/A/67/742", m.graphName().getURI());
        assertEquals(Set.of("A/67/742", "S/2013/95"), objects(m.graph(), m.document(), Unld.symbol));
        assertEquals(Set.of("A/67/742"), objects(m.graph(), m.document(), RDFS.Nodes.label));
    }

    @Test
    void aDocumentWithoutSymbolIsNamedByTheHashOfItsText() {
        MappedDocument m = mapper.map(TestDocuments.reference());
        String key = Iris.textKey(TestDocuments.reference().source().text());
        assertEquals(BASE + "id/document/_" + key, m.document().getURI());
        assertEquals(BASE + "graph/document/_" + key, m.graphName().getURI());
    }

    @Test
    void citationsAndMentionsAreTheDocumentsNotFactsOfTheWorld() {
        MappedDocument m = mapper.map(everything());
        Set<String> refersTo = objects(m.graph(), m.document(), Unld.refersTo);
        assertTrue(refersTo.contains(BASE + "id/document/S/RES/2331%20%282016%29"), refersTo::toString);
        assertFalse(refersTo.contains(m.document().getURI()), "a document citing its own symbol does not refer to itself");
        Node cited = NodeFactory.createURI(BASE + "id/document/S/RES/2331%20%282016%29");
        assertEquals(Set.of(), objects(m.graph(), cited, RDF.Nodes.type), "the citing document does not say what the cited one is");
        assertEquals(Set.of("S/RES/2331 (2016)"), objects(m.graph(), cited, RDFS.Nodes.label));
        assertEquals(Set.of(BASE + "id/country/arm", BASE + "id/organization/unesco", BASE + "id/place/western-azerbaijan"),
                objects(m.graph(), m.document(), Unld.mentions));
        // Nothing but the document (and its own parts) points at what it mentions.
        for (String mentioned : objects(m.graph(), m.document(), Unld.mentions)) {
            m.graph().find(Node.ANY, Node.ANY, NodeFactory.createURI(mentioned)).forEach(t ->
                    assertEquals(m.document(), t.getSubject(), () -> "asserted about the world: " + t));
        }
    }

    @Test
    void aSignatureSaysWhoSignedInWhichPostAtTheDocumentsDateWithoutTimelessHolding() {
        MappedDocument m = mapper.map(TestDocuments.reference());
        List<String> rows = select(unionOf(m), """
                PREFIX unld: <https://w3id.org/unld/ontology#> PREFIX dcterms: <http://purl.org/dc/terms/>
                PREFIX prov: <http://www.w3.org/ns/prov#> PREFIX foaf: <http://xmlns.com/foaf/0.1/>
                PREFIX org: <http://www.w3.org/ns/org#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                SELECT ?name ?post ?rank ?date { ?d unld:signatory ?p ; unld:signature ?s .
                  ?s prov:agent ?p ; unld:post/rdfs:label ?post ; unld:rank ?rank ; dcterms:date ?date . ?p foaf:name ?name }""",
                "name", "post", "rank", "date");
        assertEquals(List.of("Tofiq Musayev | Permanent Representative of Azerbaijan | Ambassador | 2024-12-27"), rows);
        assertFalse(m.graph().find(Node.ANY, NodeFactory.createURI(ORG.getURI() + "heldBy"), Node.ANY).hasNext());
    }

    @Test
    void provenanceRecordsTheSourceFileTheVersionAndTheRulesApplied() {
        MappedDocument m = mapper.map(TestDocuments.reference());
        SourceText source = TestDocuments.reference().source();
        List<String> rows = select(unionOf(m), """
                PREFIX unld: <https://w3id.org/unld/ontology#> PREFIX schema: <http://schema.org/>
                PREFIX prov: <http://www.w3.org/ns/prov#> PREFIX foaf: <http://xmlns.com/foaf/0.1/>
                PREFIX eli: <http://data.europa.eu/eli/ontology#>
                SELECT ?g ?file ?type ?sha ?version { ?g foaf:primaryTopic ?d ; prov:wasDerivedFrom ?src ;
                  prov:wasGeneratedBy ?x . ?d unld:expression/eli:is_embodied_by ?src .
                  ?src schema:name ?file ; schema:encodingFormat ?type ; schema:sha256 ?sha .
                  ?x prov:used ?src ; prov:wasAssociatedWith <https://w3id.org/unld> ; unld:version ?version }""",
                "g", "file", "type", "sha", "version");
        assertEquals(List.of(m.graphName().getURI() + " | 000_2d414ff8111b79ff.txt | text/plain | " + source.sha256() + " | 0.1.0"), rows);
        Node extraction = NodeFactory.createURI(m.graphName().getURI() + "#extraction");
        Set<String> rules = objects(m.graph(), extraction, Unld.appliedRule).stream()
                .map(r -> r.substring(Unld.NS.length())).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(new TreeSet<>(List.of("AgendaItemsFromMasthead", "AnnexesFromHeadings", "CorrespondentsFromTitle",
                "DateFromMasthead", "DistributionFromMasthead", "EventsFromText", "OrgansFromMasthead",
                "OriginalLanguageFromMasthead", "SeriesFromEventNames", "SessionsFromMasthead", "SignatoriesFromSignatureBlocks",
                "TitleFromHeading")), rules);
    }

    @Test
    void theVersionInTheProvenanceIsTheBuildsByDefault() {
        MappedDocument m = new DocumentMapper(BASE).map(TestDocuments.reference());
        Node extraction = NodeFactory.createURI(m.graphName().getURI() + "#extraction");
        assertEquals(Set.of(UnldVersion.current()), objects(m.graph(), extraction, Unld.version));
    }

    @Test
    void everyMintedIriStartsWithTheConfiguredBase() {
        String base = "https://unld.example.org/";
        MappedDocument m = new DocumentMapper(base, Gazetteer.standard(), "0.1.0").map(everything());
        Set<String> foreign = new TreeSet<>();
        m.graph().find().forEach(t -> {
            for (Node n : List.of(t.getSubject(), t.getObject())) {
                if (n.isURI() && !n.getURI().startsWith(base) && !n.getURI().startsWith(Unld.NS)
                        && !n.getURI().startsWith("http://id.loc.gov/") && !n.getURI().startsWith(Datasets.WIKIDATA_ENTITY)
                        && !n.getURI().equals("https://w3id.org/unld") && !isVocabulary(n.getURI())) {
                    foreign.add(n.getURI());
                }
            }
        });
        assertEquals(Set.of(), foreign);
    }

    @Test
    void aMeetingRecordRefersToTheMeetingItReports() {
        MappedDocument m = mapper.map(meetingRecord());
        List<String> rows = select(unionOf(m), """
                PREFIX unld: <https://w3id.org/unld/ontology#> PREFIX schema: <http://schema.org/>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                SELECT ?e ?label ?start ?place { ?d a unld:MeetingRecord ; unld:refersTo ?e . ?e a unld:Event ;
                  rdfs:label ?label ; schema:startDate ?start ; schema:location/rdfs:label ?place }""",
                "e", "label", "start", "place");
        assertEquals(List.of(BASE + "id/event/security-council-8699th-meeting-2020 | Security Council, 8699th meeting | 2020-01-10 | New York"), rows);
    }

    @Test
    void anAgendaItemIsKeyedByTheOrganAndSessionParseDecided() {
        // Parse decided the organ and the session (DocumentParserTest); the mapping takes them as they are.
        Extraction e = new Extraction(List.of("A/73/716"), SymbolSource.FILENAME, List.of(), null, null, null,
                List.of(new Session("General Assembly", 73)),
                List.of(new AgendaItem("General Assembly", 73, "74(c)", "Promotion and protection of human rights")),
                DocumentType.LETTER, "Letter", new Agent(null, null, "Secretary-General", null),
                List.of(new Addressee("President of the General Assembly")), List.of(), List.of(), List.of(), null);
        MappedDocument m = mapper.map(new ParsedDocument(text("A_73_716.txt", "Letter"), e, List.of(), List.of(), List.of(), List.of()));
        assertEquals(Set.of(BASE + "id/agenda-item/general-assembly/73/74c"), objects(m.graph(), m.document(), Unld.agendaItem));
    }

    @Test
    void anAgendaItemWhoseSessionIsNotPrintedIsKeptUnderItsDocumentWithoutSession() {
        MappedDocument m = mapper.map(TestDocuments.agendaItemWithoutSession());
        Node item = uri("id/document/A/HRC/PRST/OS/14/2/agenda-item/5");
        assertEquals(Set.of(item.getURI()), objects(m.graph(), m.document(), Unld.agendaItem));
        assertEquals(Set.of(Unld.NS + "AgendaItem"), objects(m.graph(), item, RDF.Nodes.type));
        assertEquals(Set.of("5"), objects(m.graph(), item, Unld.itemNumber));
        assertEquals(Set.of("Human rights bodies and mechanisms"), objects(m.graph(), item, DCTerms.title.asNode()));
        assertEquals(Set.of("Item 5: Human rights bodies and mechanisms"), objects(m.graph(), item, RDFS.Nodes.label));
        assertEquals(Set.of(), objects(m.graph(), item, Unld.session), "no session is made up");
        assertEquals(Set.of(BASE + "id/organ/human-rights-council"), objects(m.graph(), m.document(), Unld.organ));
    }

    @Test
    void anEventHeldInACountryIsLocatedInTheCountryAndKeyedByItsDate() {
        MappedDocument m = mapper.map(everything());
        List<String> rows = select(unionOf(m), """
                PREFIX unld: <https://w3id.org/unld/ontology#> PREFIX schema: <http://schema.org/>
                SELECT ?e ?where { ?d unld:refersTo ?e . ?e a unld:Event ; schema:location ?where . ?where a unld:Country }""",
                "e", "where");
        assertEquals(List.of(BASE + "id/event/meeting-of-the-contact-group-2024-09-01 | " + BASE + "id/country/qat"), rows);
    }

    @Test
    void aSparseOrOddExtractionStillMapsAndNamesItsDocument() {
        Extraction e = new Extraction(List.of(), null, Arrays.asList("", "General Assembly"), "  ", null, " ",
                List.of(new Session("General Assembly", 5)),
                List.of(new AgendaItem(null, null, null, null), new AgendaItem("General Assembly", 5, "7", null)),
                DocumentType.OTHER, null, new Agent(null, "Ambassador", null, null), List.of(new Addressee(null), new Addressee(" ")),
                Arrays.asList("", "Ruritania"), List.of(new org.w3id.unld.model.Annex(null, null, null, null)),
                List.of(new Event(null, null, null, null), new Event("Summit", null, LocalDate.of(2020, 1, 1), " ", Event.Kind.CONFERENCE, null)),
                null);
        ParsedDocument parsed = new ParsedDocument(text("odd.txt", "Some text"), e,
                List.of(new Agent(null, null, null, null)), List.of(new Citation(" ", 1)),
                List.of(new Mention(Mention.Kind.PLACE, "", "x")), List.of());
        MappedDocument m = mapper.map(parsed);
        assertEquals(BASE + "id/document/_" + Iris.textKey("Some text"), m.document().getURI());
        assertEquals(Set.of("odd.txt"), objects(m.graph(), m.document(), RDFS.Nodes.label), "named by its file name when it has neither symbol nor title");
        assertEquals(Set.of(Unld.NS + "Document"), objects(m.graph(), m.document(), RDF.Nodes.type));
        assertEquals(Set.of(BASE + "id/agenda-item/general-assembly/5/7"), objects(m.graph(), m.document(), Unld.agendaItem));
        assertEquals(Set.of(), objects(m.graph(), m.document(), Unld.sender), "a rank alone names no sender");
        assertEquals(Set.of(BASE + "id/event/summit-2020"), objects(m.graph(), m.document(), Unld.refersTo));
    }

    @Test
    void organsAreUnldOrgansAndOtherOrganizationsOrgOrganizationsUnderTheirOwnPath() {
        ParsedDocument d = withMentions(new Mention(Mention.Kind.ORGANIZATION, "unesco", "UNESCO"),
                new Mention(Mention.Kind.ORGANIZATION, "human-rights-council", "Human Rights Council"),
                new Mention(Mention.Kind.ORGANIZATION, "african-union", "AU"));
        MappedDocument m = mapper.map(d);
        assertEquals(Set.of(ORG.getURI() + "Organization"), objects(m.graph(), uri("id/organization/unesco"), RDF.Nodes.type));
        assertEquals(Set.of(ORG.getURI() + "Organization"), objects(m.graph(), uri("id/organization/african-union"), RDF.Nodes.type));
        assertEquals(Set.of(Unld.NS + "Organ"), objects(m.graph(), uri("id/organ/human-rights-council"), RDF.Nodes.type));
        assertEquals(Set.of("United Nations Educational, Scientific and Cultural Organization"),
                objects(m.graph(), uri("id/organization/unesco"), RDFS.Nodes.label));
    }

    @Test
    void theSecretaryGeneralNamedInTheTextIsThePostOfTheAddressee() {
        MappedDocument m = mapper.map(withMentions(new Mention(Mention.Kind.ORGANIZATION, "secretary-general", "Secretary-General")));
        assertEquals(Set.of(BASE + "id/post/secretary-general"), objects(m.graph(), m.document(), Unld.mentions));
        assertEquals(Set.of("Secretary-General"), objects(m.graph(), uri("id/post/secretary-general"), RDFS.Nodes.label));
        Extraction e = new Extraction(List.of("A/1/1"), SymbolSource.MASTHEAD, List.of(), null, null, null, List.of(), List.of(),
                DocumentType.LETTER, "Letter", null, List.of(new Addressee("Secretary-General of the United Nations")),
                List.of(), List.of(), List.of(), null);
        MappedDocument letter = mapper.map(new ParsedDocument(text("a.txt", "a"), e, List.of(), List.of(), List.of(), List.of()));
        assertEquals(Set.of(BASE + "id/post/secretary-general"), objects(letter.graph(), letter.document(), Unld.addressee));
    }

    @Test
    void noDocumentGraphHoldsLinksToOtherDatasets() {
        for (ParsedDocument d : List.of(TestDocuments.reference(), everything(), withMentions(
                new Mention(Mention.Kind.ORGANIZATION, "unesco", "UNESCO"), new Mention(Mention.Kind.COUNTRY, "AZE", "Azerbaijan")))) {
            Graph g = mapper.map(d).graph();
            for (Node p : List.of(OWL.sameAs.asNode(), RDFS.Nodes.seeAlso, SKOS.exactMatch.asNode(), Unld.thesaurusConcept)) {
                assertFalse(g.find(Node.ANY, p, Node.ANY).hasNext(), () -> p + " in a document graph");
            }
        }
    }

    @Test
    void aCountryCarriesItsM49Code() {
        MappedDocument m = mapper.map(withMentions(new Mention(Mention.Kind.COUNTRY, "ARM", "Armenia")));
        assertEquals(Set.of("051"), objects(m.graph(), uri("id/country/arm"), Unld.m49Code));
    }

    @Test
    void revisionsAddendaAndCorrigendaPointToTheDocumentTheirSymbolNames() {
        assertEquals(Set.of(BASE + "id/document/A/80/L.10"),
                objects(mapper.map(document(DocumentType.DRAFT_RESOLUTION, List.of("A/80/L.10/Rev.1"), null)).graph(),
                        uri("id/document/A/80/L.10/Rev.1"), Unld.revisionOf));
        MappedDocument add = mapper.map(document(DocumentType.REPORT, List.of("S/1996/502/Add.1"), null));
        assertEquals(Set.of(BASE + "id/document/S/1996/502"), objects(add.graph(), add.document(), Unld.addendumTo));
        assertEquals(Set.of("S/1996/502"), objects(add.graph(), uri("id/document/S/1996/502"), RDFS.Nodes.label));
        assertEquals(Set.of(), objects(add.graph(), uri("id/document/S/1996/502"), RDF.Nodes.type), "the base is not typed");
        MappedDocument corr = mapper.map(document(DocumentType.OTHER, List.of("A/520/Rev.9/Corr.1"), null));
        assertEquals(Set.of(BASE + "id/document/A/520/Rev.9"), objects(corr.graph(), corr.document(), Unld.corrigendumTo));
        MappedDocument plain = mapper.map(document(DocumentType.REPORT, List.of("A/79/704"), null));
        for (Node p : List.of(Unld.revisionOf, Unld.addendumTo, Unld.corrigendumTo)) {
            assertEquals(Set.of(), objects(plain.graph(), plain.document(), p));
        }
    }

    @Test
    void theMapperTakesTheRelatedDocumentsFromTheParserAndReadsNoneFromASymbol() {
        // Parse decides what a symbol's last element says (SymbolGrammarTest); the mapper only translates it.
        ParsedDocument d = document(DocumentType.DRAFT_RESOLUTION, List.of("A/80/L.10/Rev.1"), null);
        MappedDocument none = mapper.map(new ParsedDocument(d.source(), d.extraction(), List.of(), List.of(), List.of(), List.of()));
        assertEquals(Set.of(), objects(none.graph(), none.document(), Unld.revisionOf));
        MappedDocument added = mapper.map(new ParsedDocument(d.source(), d.extraction(), List.of(), List.of(), List.of(),
                List.of(new RelatedDocument(RelatedDocument.Relation.ADDENDUM_TO, "A/80/L.9"))));
        assertEquals(Set.of(BASE + "id/document/A/80/L.9"), objects(added.graph(), added.document(), Unld.addendumTo));
        assertEquals(Set.of(), objects(added.graph(), added.document(), Unld.revisionOf));
    }

    @Test
    void editionsOfAConferenceSeriesMeetAtTheSeries() {
        Event.Edition financing = new Event.Edition("International Conference on Financing for Development", 3);
        MappedDocument third = mapper.map(withEvents(new Event("Third International Conference on Financing for Development",
                LocalDate.of(2015, 7, 13), LocalDate.of(2015, 7, 16), "Addis Ababa", Event.Kind.CONFERENCE, financing)));
        MappedDocument fourth = mapper.map(withEvents(new Event("the Fourth International Conference on Financing for Development",
                LocalDate.of(2025, 6, 30), LocalDate.of(2025, 7, 3), "Seville", Event.Kind.CONFERENCE, new Event.Edition(financing.series(), 4))));
        Node series = uri("id/event-series/international-conference-on-financing-for-development");
        Node e3 = uri("id/event/third-international-conference-on-financing-for-development-2015");
        Node e4 = uri("id/event/the-fourth-international-conference-on-financing-for-development-2025");
        assertEquals(Set.of(series.getURI()), objects(third.graph(), e3, Unld.series));
        assertEquals(Set.of("3"), objects(third.graph(), e3, Unld.ordinal));
        assertEquals(Set.of(series.getURI()), objects(fourth.graph(), e4, Unld.series));
        assertEquals(Set.of("4"), objects(fourth.graph(), e4, Unld.ordinal));
        assertEquals(Set.of("International Conference on Financing for Development"), objects(third.graph(), series, RDFS.Nodes.label));
        assertEquals(Set.of(Unld.NS + "EventSeries"), objects(third.graph(), series, RDF.Nodes.type));
    }

    @Test
    void twoSessionsOfOneSeriesWithoutDatesAreTwoEventsOfTheSeries() {
        String series = "Conference of the Parties serving as the meeting of the Parties to the Paris Agreement";
        MappedDocument dubai = mapper.map(withEvents(new Event("fifth session of the " + series, null, null, "Dubai",
                Event.Kind.CONFERENCE, new Event.Edition(series, 5))));
        MappedDocument glasgow = mapper.map(withEvents(new Event("third session of the Conference of the Parties serving as the Meeting "
                + "of the Parties to the Paris Agreement", null, null, "Glasgow", Event.Kind.CONFERENCE,
                new Event.Edition("Conference of the Parties serving as the Meeting of the Parties to the Paris Agreement", 3))));
        Node fifth = single(objects(dubai.graph(), dubai.document(), Unld.refersTo));
        Node third = single(objects(glasgow.graph(), glasgow.document(), Unld.refersTo));
        assertNotEquals(fifth, third);
        Node cma = uri("id/event-series/conference-of-the-parties-serving-as-the-meeting-of-the-parties-to-the-paris-agreement");
        assertEquals(Set.of(cma.getURI()), objects(dubai.graph(), fifth, Unld.series));
        assertEquals(Set.of(cma.getURI()), objects(glasgow.graph(), third, Unld.series));
        assertEquals(Set.of(BASE + "id/place/dubai"), objects(dubai.graph(), fifth, Schema.location));
    }

    @Test
    void anUndatedEventIsKeyedByThePlaceItsDocumentPrints() {
        MappedDocument m = mapper.map(withEvents(new Event("meeting of the Parties to the Paris Agreement", null, null, "Dubai")));
        assertEquals(Set.of(BASE + "id/event/meeting-of-the-parties-to-the-paris-agreement-in-dubai"),
                objects(m.graph(), m.document(), Unld.refersTo));
    }

    @Test
    void aCapitalPrintedWithAnAbbreviationIsInItsCountry() {
        MappedDocument m = mapper.map(withEvents(new Event("Fourth International Conference on Small Island Developing States",
                LocalDate.of(2024, 5, 27), LocalDate.of(2024, 5, 30), "St. John’s", Event.Kind.CONFERENCE, null)));
        assertEquals(Set.of(BASE + "id/country/atg"), objects(m.graph(), uri("id/place/st-john-s"), Schema.containedInPlace),
                "the gazetteer writes the capital of Antigua and Barbuda \"Saint John's\"");
    }

    @Test
    void theMapperTakesTheSeriesFromTheParserAndReadsNoneFromAName() {
        MappedDocument m = mapper.map(withEvents(new Event("Third International Conference on Financing for Development",
                LocalDate.of(2015, 7, 13), LocalDate.of(2015, 7, 16), "Addis Ababa", Event.Kind.CONFERENCE, null)));
        assertFalse(m.graph().find(Node.ANY, RDF.Nodes.type, Unld.EventSeries).hasNext(), "an event without edition is in no series");
        assertEquals(Set.of(), objects(m.graph(), uri("id/event/third-international-conference-on-financing-for-development-2015"),
                Unld.ordinal));
    }

    @Test
    void theMapperTakesTheKindFromTheParserAndReadsNoneFromAName() {
        // Parse decides the kind (EventKindsTest); a name that says "Summit" is no conference unless parse said so.
        MappedDocument m = mapper.map(withEvents(
                new Event("World Summit on the Information Society", LocalDate.of(2025, 7, 7), LocalDate.of(2025, 7, 11), "Geneva",
                        Event.Kind.OTHER, null),
                new Event("Gathering of the Contact Group", LocalDate.of(2024, 9, 1), LocalDate.of(2024, 9, 2), null,
                        Event.Kind.CONFERENCE, null)));
        Node other = uri("id/event/world-summit-on-the-information-society-2025-07-07");
        Node conference = uri("id/event/gathering-of-the-contact-group-2024");
        assertEquals(Set.of(Unld.NS + "Event"), objects(m.graph(), other, RDF.Nodes.type), "keyed by its date, no unld:Conference");
        assertEquals(Set.of(Unld.NS + "Event", Unld.NS + "Conference"), objects(m.graph(), conference, RDF.Nodes.type),
                "keyed by its year");
    }

    @Test
    void theMeetingIsOfTheOrganTheParserDecided() {
        // Parse decides the meeting's organ (DocumentParserTest); the mapper picks none from the masthead's organs.
        ParsedDocument d = TestDocuments.meetingRecord();
        Extraction e = d.extraction();
        Extraction unknownOrgan = new Extraction(e.symbols(), e.symbolSource(), e.organs(), e.distribution(), e.date(),
                e.originalLanguage(), e.sessions(), e.agendaItems(), e.documentType(), e.title(), e.sender(), e.addressees(),
                e.sponsors(), e.annexes(), e.events(), e.meeting().withOrgan(null));
        MappedDocument m = mapper.map(new ParsedDocument(d.source(), unknownOrgan, List.of(), List.of(), List.of(), List.of()));
        assertEquals(Set.of("8699th meeting"), objects(m.graph(), uri("id/event/8699th-meeting-2020"), RDFS.Nodes.label));
    }

    @Test
    void twoSpellingsOfOnePersonKeepTheFirst() {
        Extraction e = new Extraction(List.of("S/2024/1"), SymbolSource.MASTHEAD, List.of(), null, LocalDate.of(2024, 1, 2), null,
                List.of(), List.of(), DocumentType.LETTER, "Letter", null, List.of(), List.of(), List.of(), List.of(), null);
        MappedDocument m = mapper.map(new ParsedDocument(text("s.txt", "s"), e,
                List.of(new Agent("Tofiq Musayev", null, "Permanent Representative", "Azerbaijan"),
                        new Agent("TOFIQ MUSAYEV", null, "Permanent Representative", "Azerbaijan")), List.of(), List.of(), List.of()));
        assertEquals(Set.of("Tofiq Musayev"), objects(m.graph(), uri("id/person/tofiq-musayev"), RDFS.Nodes.label));
        assertEquals(Set.of("Tofiq Musayev"), objects(m.graph(), uri("id/person/tofiq-musayev"), FOAF.name.asNode()));
    }

    @Test
    void aSignatorySignsInThePostParseGaveIt() {
        Extraction e = new Extraction(List.of("A/79/9"), SymbolSource.MASTHEAD, List.of(), null, LocalDate.of(2024, 12, 27), null,
                List.of(), List.of(), DocumentType.LETTER, "Letter", new Agent("Tofiq Musayev", "Ambassador", "Permanent Representative", "Azerbaijan"),
                List.of(), List.of(), List.of(), List.of(), null);
        // Parse gives a lone signer in the sender's post the sender's State (DocumentParserTest); map translates.
        Agent block = new Agent("Tofiq Musayev", "Ambassador", "Permanent Representative", "Azerbaijan");
        MappedDocument one = mapper.map(new ParsedDocument(text("l.txt", "l"), e, List.of(block), List.of(), List.of(), List.of()));
        Node signature = NodeFactory.createURI(one.document().getURI() + "#signature-1");
        assertEquals(Set.of(BASE + "id/post/permanent-representative-of-azerbaijan"), objects(one.graph(), signature, Unld.post));
        MappedDocument two = mapper.map(new ParsedDocument(text("l.txt", "l"), e,
                List.of(new Agent("Tofiq Musayev", "Ambassador", "Permanent Representative", null),
                        new Agent("Jane Roe", null, "Permanent Representative", null)), List.of(), List.of(), List.of()));
        assertEquals(Set.of(BASE + "id/post/permanent-representative"), objects(two.graph(), signature, Unld.post),
                "a signatory without State is in the post as printed");
    }

    // ---- fixtures

    static ParsedDocument everything() {
        return TestDocuments.everything();
    }

    static ParsedDocument meetingRecord() {
        return TestDocuments.meetingRecord();
    }

    static ParsedDocument document(DocumentType type, List<String> symbols, LocalDate date) {
        Extraction e = new Extraction(symbols, SymbolSource.MASTHEAD, List.of(), null, date, null, List.of(), List.of(),
                type, "A title", null, List.of(), List.of(), List.of(), List.of(), null);
        // The related documents as parse decides them from the symbols.
        return new ParsedDocument(text("doc.txt", "text"), e, List.of(), List.of(), List.of(), SymbolGrammar.relatedDocuments(symbols));
    }

    private static Node single(Set<String> iris) {
        assertEquals(1, iris.size(), iris::toString);
        return NodeFactory.createURI(iris.iterator().next());
    }

    static SourceText text(String fileName, String text) {
        return TestDocuments.text(fileName, text);
    }

    static Node uri(String path) {
        return NodeFactory.createURI(BASE + path);
    }

    static ParsedDocument withMentions(Mention... mentions) {
        ParsedDocument d = document(DocumentType.REPORT, List.of("A/79/1"), null);
        return new ParsedDocument(d.source(), d.extraction(), List.of(), List.of(), List.of(mentions), List.of());
    }

    static ParsedDocument withEvents(Event... events) {
        Extraction e = new Extraction(List.of("A/79/2"), SymbolSource.MASTHEAD, List.of(), null, null, null, List.of(), List.of(),
                DocumentType.REPORT, "A report", null, List.of(), List.of(), List.of(), List.of(events), null);
        return new ParsedDocument(text("e.txt", "e"), e, List.of(), List.of(), List.of(), List.of());
    }

    static Graph unionOf(MappedDocument m) {
        DatasetGraph ds = DatasetGraphFactory.createGeneral();
        ds.addGraph(m.graphName(), m.graph());
        return ds.getUnionGraph();
    }

    static List<String> select(Graph graph, String query, String... vars) {
        List<String> rows = new ArrayList<>();
        try (QueryExecution qe = QueryExecution.create(query, ModelFactory.createModelForGraph(graph))) {
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) {
                QuerySolution s = rs.next();
                rows.add(Arrays.stream(vars).map(v -> s.get(v).isLiteral() ? s.getLiteral(v).getLexicalForm() : s.get(v).toString())
                        .collect(Collectors.joining(" | ")));
            }
        }
        return rows;
    }

    static Set<String> objects(Graph g, Node subject, Node predicate) {
        return g.find(subject, predicate, Node.ANY).mapWith(Triple::getObject)
                .mapWith(o -> o.isLiteral() ? o.getLiteralLexicalForm() : o.getURI()).toSet();
    }

    static String sortedNTriples(Graph g) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, g, Lang.NTRIPLES);
        return out.toString(StandardCharsets.UTF_8).lines().sorted().collect(Collectors.joining("\n"));
    }

    static String difference(Graph expected, Graph actual) {
        Set<String> e = new TreeSet<>(sortedNTriples(expected).lines().toList());
        Set<String> a = new TreeSet<>(sortedNTriples(actual).lines().toList());
        StringBuilder out = new StringBuilder();
        e.stream().filter(l -> !a.contains(l)).forEach(l -> out.append("- ").append(l).append('\n'));
        a.stream().filter(l -> !e.contains(l)).forEach(l -> out.append("+ ").append(l).append('\n'));
        return out.toString();
    }

    private static boolean isVocabulary(String iri) {
        return iri.startsWith(RDF.getURI()) || iri.startsWith(RDFS.getURI()) || iri.startsWith(OWL.getURI()) || iri.startsWith(DCTerms.getURI())
                || iri.startsWith(Schema.NS) || iri.startsWith(FOAF.getURI()) || iri.startsWith(ORG.getURI())
                || iri.startsWith(Prov.NS) || iri.startsWith(Eli.NS);
    }
}
