package org.w3id.unld.vocab;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * The W3C Web Annotation terms of a document graph's evidence: where the text says each extracted statement (Jena has no
 * vocabulary class for the Web Annotation Vocabulary).
 */
public final class Oa {
    public static final String NS = "http://www.w3.org/ns/oa#";

    public static final Node Annotation = term("Annotation");
    public static final Node SpecificResource = term("SpecificResource");
    public static final Node TextQuoteSelector = term("TextQuoteSelector");
    public static final Node TextPositionSelector = term("TextPositionSelector");
    /** The motivation of evidence: the passage identifies where the statement comes from. */
    public static final Node identifying = term("identifying");

    public static final Node hasBody = term("hasBody");
    public static final Node hasTarget = term("hasTarget");
    public static final Node hasSource = term("hasSource");
    public static final Node hasSelector = term("hasSelector");
    public static final Node motivatedBy = term("motivatedBy");
    public static final Node exact = term("exact");
    public static final Node start = term("start");
    public static final Node end = term("end");

    private Oa() {
    }

    private static Node term(String localName) {
        return NodeFactory.createURI(NS + localName);
    }
}
