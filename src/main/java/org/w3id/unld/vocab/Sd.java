package org.w3id.unld.vocab;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * The SPARQL 1.1 Service Description terms that {@code GET /sparql} answers with, and the W3C's IRIs for formats
 * ({@code http://www.w3.org/ns/formats/}) that it and the VoID description name result and dump formats by (Jena has
 * a vocabulary class for neither).
 */
public final class Sd {
    public static final String NS = Prefixes.SD;
    /** The W3C's unique IRIs for formats, which {@code sd:resultFormat} and {@code void:feature} take. */
    public static final String FORMATS = "http://www.w3.org/ns/formats/";

    public static final Node Service = term("Service");
    public static final Node Dataset = term("Dataset");
    public static final Node Graph = term("Graph");
    public static final Node SPARQL11Query = term("SPARQL11Query");
    public static final Node UnionDefaultGraph = term("UnionDefaultGraph");

    public static final Node endpoint = term("endpoint");
    public static final Node supportedLanguage = term("supportedLanguage");
    public static final Node resultFormat = term("resultFormat");
    public static final Node feature = term("feature");
    public static final Node defaultDataset = term("defaultDataset");
    public static final Node defaultGraph = term("defaultGraph");
    public static final Node name = term("name");

    private Sd() {
    }

    /** A format's IRI, e.g. {@code format("Turtle")}. */
    public static Node format(String name) {
        return NodeFactory.createURI(FORMATS + name);
    }

    private static Node term(String localName) {
        return NodeFactory.createURI(NS + localName);
    }
}
