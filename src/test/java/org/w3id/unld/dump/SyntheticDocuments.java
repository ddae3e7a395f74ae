package org.w3id.unld.dump;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.w3id.unld.map.MappedDocument;

import java.util.ArrayList;
import java.util.List;

/**
 * Document graphs made up for the dump tests: every kind of term a dump must carry — language-tagged, typed
 * and plain literals, quotes, backslashes, line breaks, control characters, non-ASCII text, blank nodes — a
 * triple shared by several documents, and resources the store links to other datasets (an organ, a country,
 * an agenda item named like a UNBIS concept), so that its linksets (Wikidata, GeoNames, UNBIS with two
 * predicates, undocs) are there to dump.
 */
public final class SyntheticDocuments {
    public static final String BASE = "http://localhost:3030/";
    public static final String UNLD = "https://w3id.org/unld/ontology#";
    static final Node DOCUMENT = uri(UNLD + "Document");
    static final Node LETTER = uri(UNLD + "Letter");
    static final Node ORGAN = uri(UNLD + "Organ");
    static final Node COUNTRY = uri(UNLD + "Country");
    static final Node AGENDA_ITEM = uri(UNLD + "AgendaItem");
    static final Node ISSUED_BY = uri(UNLD + "issuedBy");
    static final Node SYMBOL = uri(UNLD + "symbol");

    private SyntheticDocuments() {
    }

    static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }

    /** {@code count} letters A/79/(1000 + {@code from}) …, titled "{@code title} N" (N from {@code from}). */
    public static List<MappedDocument> letters(int from, int count, String title) {
        List<MappedDocument> letters = new java.util.ArrayList<>();
        for (int i = from; i < from + count; i++) {
            letters.add(document("A/79/" + (1000 + i), title + " " + i));
        }
        return letters;
    }

    /** A document graph: {base}graph/document/{symbol}, about {base}id/document/{symbol}. */
    public static MappedDocument document(String symbol, String title) {
        Node doc = uri(BASE + "id/document/" + symbol);
        Node graphName = uri(BASE + "graph/document/" + symbol);
        Node assembly = uri(BASE + "id/organ/general-assembly");
        Node azerbaijan = uri(BASE + "id/country/aze");
        Node item = uri(BASE + "id/agenda-item/general-assembly/79/71");
        Graph g = GraphFactory.createDefaultGraph();
        g.add(doc, RDF.Nodes.type, DOCUMENT);
        g.add(doc, RDF.Nodes.type, LETTER);
        g.add(doc, SYMBOL, NodeFactory.createLiteralString(symbol));
        g.add(doc, DCTerms.title.asNode(), NodeFactory.createLiteralLang(title, "en"));
        g.add(doc, DCTerms.date.asNode(), NodeFactory.createLiteralDT("2024-12-27", XSDDatatype.XSDdate));
        g.add(doc, uri(UNLD + "pageCount"), NodeFactory.createLiteralDT("3", XSDDatatype.XSDinteger));
        g.add(doc, ISSUED_BY, assembly);
        // The organ is described in every document graph that uses it: the union has its triples once.
        g.add(assembly, RDF.Nodes.type, ORGAN);
        g.add(assembly, RDFS.label.asNode(), NodeFactory.createLiteralLang("General Assembly", "en"));
        g.add(assembly, RDFS.label.asNode(), NodeFactory.createLiteralLang("Assemblée générale", "fr"));
        g.add(doc, uri(UNLD + "mentions"), azerbaijan);
        g.add(azerbaijan, RDF.Nodes.type, COUNTRY);
        g.add(azerbaijan, RDFS.label.asNode(), NodeFactory.createLiteralString("Azerbaijan"));
        g.add(doc, uri(UNLD + "agendaItem"), item);
        g.add(item, RDF.Nodes.type, AGENDA_ITEM);
        g.add(item, DCTerms.title.asNode(), NodeFactory.createLiteralString("Human rights"));
        // Blank nodes: a signature with a nested place.
        Node signature = NodeFactory.createBlankNode();
        Node place = NodeFactory.createBlankNode();
        g.add(doc, uri(UNLD + "signature"), signature);
        g.add(signature, uri(UNLD + "signatoryName"), NodeFactory.createLiteralString("Zhang Jun \u5f20\u519b"));
        g.add(signature, uri(UNLD + "place"), place);
        g.add(place, RDFS.label.asNode(), NodeFactory.createLiteralString("New York"));
        // Literals that need escaping.
        g.add(doc, uri(UNLD + "fullText"), NodeFactory.createLiteralString(
                "Line one\nline \"two\"\twith a tab, a backslash \\ and a carriage return\r, a control char \u0001, "
                        + "an emoji \uD83C\uDF0D and a Greek \u03B1."));
        g.add(doc, uri(UNLD + "note"), NodeFactory.createLiteralString(""));
        return new MappedDocument(doc, graphName, g);
    }

    /** Three documents; the store derives their linksets. */
    public static List<MappedDocument> sample() {
        List<MappedDocument> docs = new ArrayList<>();
        docs.add(document("A/79/704", "Letter dated 23 December 2024"));
        docs.add(document("S/2024/1", "Identical letters"));
        docs.add(document("A/RES/79/1", "Resolution \u00e9tude"));
        return docs;
    }
}
