package org.w3id.unld.map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphMemFactory;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.w3id.unld.model.AgendaItem;
import org.w3id.unld.model.DocumentType;
import org.w3id.unld.model.Extraction;
import org.w3id.unld.model.Mention;
import org.w3id.unld.model.ParsedDocument;
import org.w3id.unld.model.Session;
import org.w3id.unld.model.SymbolSource;
import org.w3id.unld.reference.Gazetteer;
import org.w3id.unld.vocab.Datasets;
import org.w3id.unld.vocab.Unld;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LinksetsTest {
    static final String BASE = "http://localhost:3030/";
    private final DocumentMapper mapper = new DocumentMapper(BASE, Gazetteer.standard(), "0.1.0");
    private final Linksets linksets = new Linksets(BASE);

    /** The links as "linkset subject predicate object" lines, IRIs shortened. */
    private static Set<String> lines(List<Quad> quads) {
        Set<String> out = new TreeSet<>();
        for (Quad q : quads) {
            out.add(q.getGraph().getURI().replace(BASE + "graph/linkset/", "") + " " + q.getSubject().getURI().replace(BASE, "")
                    + " " + q.getPredicate().getLocalName() + " " + q.getObject().getURI());
        }
        return out;
    }

    @Test
    void theReferenceDocumentLinksItsCountryOrgansAndAddresseeAndHasNoUndocsPageWithoutSymbol() {
        assertEquals(Set.of(
                "geonames id/country/aze sameAs https://sws.geonames.org/587116/",
                "unbis id/country/aze thesaurusConcept http://metadata.un.org/thesaurus/1000480",
                "wikidata id/country/aze sameAs http://www.wikidata.org/entity/Q227",
                "wikidata id/organ/general-assembly sameAs http://www.wikidata.org/entity/Q47423",
                "wikidata id/organ/security-council sameAs http://www.wikidata.org/entity/Q37470",
                "wikidata id/post/secretary-general sameAs http://www.wikidata.org/entity/Q81066"),
                lines(linksets.links(mapper.map(TestDocuments.reference()).graph())));
    }

    @Test
    void aDocumentHasTheUndocsPageOfEachOfItsSymbolsWithoutSpaces() {
        assertEquals(Set.of("undocs id/document/A/67/742 seeAlso https://undocs.org/A/67/742",
                        "undocs id/document/A/67/742 seeAlso https://undocs.org/S/2013/95"),
                lines(linksets.links(mapper.map(DocumentMapperTest.document(DocumentType.LETTER, List.of("A/67/742", "S/2013/95"), null)).graph())));
        assertEquals(Set.of("undocs id/document/S/RES/2331%20%282016%29 seeAlso https://undocs.org/S/RES/2331(2016)"),
                lines(linksets.links(mapper.map(DocumentMapperTest.document(DocumentType.RESOLUTION, List.of("S/RES/2331 (2016)"), null)).graph())));
        assertEquals(NodeFactory.createURI("https://undocs.org/S/PV.8699(Resumption1)"), Iris.undocs("S/PV.8699 (Resumption 1)"));
    }

    @Test
    void citedAndRevisedDocumentsAreNotLinkedTheirCitingDocumentIsNoSourceForThem() {
        ParsedDocument d = TestDocuments.everything();
        Set<String> links = lines(linksets.links(mapper.map(d).graph()));
        assertTrue(links.stream().noneMatch(l -> l.contains("S/RES/2331")), links::toString);
        Set<String> rev = lines(linksets.links(mapper.map(DocumentMapperTest.document(DocumentType.DRAFT_RESOLUTION, List.of("A/80/L.10/Rev.1"), null)).graph()));
        assertEquals(Set.of("undocs id/document/A/80/L.10/Rev.1 seeAlso https://undocs.org/A/80/L.10/Rev.1"), rev);
    }

    @Test
    void anAgendaItemIsTheUnbisConceptWhoseLabelIsExactlyItsTitle() {
        Extraction e = new Extraction(List.of("A/79/1"), SymbolSource.MASTHEAD, List.of("General Assembly"), null, null, null,
                List.of(new Session("General Assembly", 79)),
                List.of(new AgendaItem("General Assembly", 79, "8", "General debate"),
                        new AgendaItem("General Assembly", 79, "32", "Prevention of armed conflict"),
                        new AgendaItem("General Assembly", 79, "98(b)", "Nuclear disarmament.")),
                DocumentType.OTHER, null, null, List.of(), List.of(), List.of(), List.of(), null);
        Set<String> links = lines(linksets.links(mapper.map(new ParsedDocument(TestDocuments.text("a.txt", "a"), e, List.of(), List.of(), List.of(), List.of())).graph()));
        assertTrue(links.contains("unbis id/agenda-item/general-assembly/79/8 exactMatch http://metadata.un.org/thesaurus/1002619"), links::toString);
        assertTrue(links.contains("unbis id/agenda-item/general-assembly/79/98b exactMatch http://metadata.un.org/thesaurus/1004485"), links::toString);
        assertTrue(links.stream().noneMatch(l -> l.contains("agenda-item/general-assembly/79/32")), "no concept is labelled so");
    }

    @Test
    void anAgendaItemWhoseTitlesDisagreeIsNotLinked() {
        Node item = NodeFactory.createURI(BASE + "id/agenda-item/general-assembly/79/8");
        Graph about = GraphMemFactory.createDefaultGraph();
        about.add(item, RDF.Nodes.type, Unld.AgendaItem);
        about.add(item, DCTerms.title.asNode(), NodeFactory.createLiteralString("General debate"));
        assertEquals(1, linksets.links(item, about).size());
        about.add(item, DCTerms.title.asNode(), NodeFactory.createLiteralString("General debate on item 8"));
        assertEquals(List.of(), linksets.links(item, about));
    }

    @Test
    void anOrganizationIsLinkedOnlyUnderTheIriUnldMintsForIt() {
        Graph about = GraphMemFactory.createDefaultGraph();
        Node right = NodeFactory.createURI(BASE + "id/organization/unesco");
        Node wrong = NodeFactory.createURI(BASE + "id/organ/unesco");
        about.add(right, RDF.Nodes.type, ORG.Organization.asNode());
        about.add(wrong, RDF.Nodes.type, Unld.Organ);
        assertEquals(Set.of("wikidata id/organization/unesco sameAs http://www.wikidata.org/entity/Q7809"), lines(linksets.links(about)));
    }

    @Test
    void everyLinkIsInTheNamedGraphOfItsTarget() {
        for (Quad q : linksets.links(mapper.map(TestDocuments.reference()).graph())) {
            String target = q.getGraph().getURI().substring((BASE + "graph/linkset/").length());
            assertTrue(Linksets.TARGETS.contains(target), target);
            String object = q.getObject().getURI();
            switch (target) {
                case Linksets.WIKIDATA -> assertTrue(object.startsWith("http://www.wikidata.org/entity/Q"), object);
                case Linksets.GEONAMES -> assertTrue(object.matches("https://sws\\.geonames\\.org/[0-9]+/"), object);
                case Linksets.UNBIS -> assertTrue(object.startsWith("http://metadata.un.org/thesaurus/"), object);
                default -> assertTrue(object.startsWith("https://undocs.org/"), object);
            }
        }
    }

    /**
     * The reviewed sample of owl:sameAs targets (src/test/resources/links/sameas-sample.tsv): mapped as the
     * store maps a text that names them, each target judged correct is linked from the resource unld mints for
     * the entity, and no target judged wrong is linked from anything.
     */
    @Test
    void theReviewedSampleIsWhatTheWikidataLinksetHolds() throws IOException {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = LinksetsTest.class.getResourceAsStream("/links/sameas-sample.tsv")) {
            List<String> header = null;
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                if (header == null) {
                    header = List.of(cells);
                    continue;
                }
                rows.add(new String[]{cells[header.indexOf("entity")], cells[header.indexOf("wikidata")], cells[header.indexOf("verdict")]});
            }
        }
        assertEquals(50, rows.size());
        List<Mention> mentions = new ArrayList<>();
        for (String[] r : rows) {
            String[] kind = r[0].split(":", 2);
            mentions.add(new Mention(kind[0].equals("country") ? Mention.Kind.COUNTRY : Mention.Kind.ORGANIZATION, kind[1], kind[1]));
        }
        ParsedDocument d = DocumentMapperTest.withMentions(mentions.toArray(new Mention[0]));
        MappedDocument m = mapper.map(d);
        Set<String> sameAs = new TreeSet<>();
        for (Quad q : linksets.links(m.graph())) {
            if (q.getPredicate().equals(OWL.sameAs.asNode()) && q.getObject().getURI().startsWith(Datasets.WIKIDATA_ENTITY)) {
                sameAs.add(q.getSubject().getURI() + " " + q.getObject().getURI().substring(Datasets.WIKIDATA_ENTITY.length()));
            }
        }
        Set<Node> mentioned = new TreeSet<>((a, b) -> a.getURI().compareTo(b.getURI()));
        m.graph().find(m.document(), Unld.mentions, Node.ANY).forEach(t -> mentioned.add(t.getObject()));
        for (String[] r : rows) {
            String[] kind = r[0].split(":", 2);
            String iri = kind[0].equals("country") ? BASE + "id/country/" + kind[1].toLowerCase()
                    : mentioned.stream().map(Node::getURI).filter(u -> u.endsWith("/" + kind[1])).findFirst().orElseThrow();
            if (r[2].equals("correct")) {
                assertTrue(sameAs.contains(iri + " " + r[1]), () -> r[0] + " → " + r[1] + " in " + sameAs);
            } else {
                assertFalse(sameAs.stream().anyMatch(l -> l.endsWith(" " + r[1])), () -> r[0] + " must not link to " + r[1]);
            }
        }
    }
}
