package org.w3id.unld.vocab;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * The schema.org terms unld writes, in the {@code http://schema.org/} namespace the ontology aligns to
 * (Jena's {@code SchemaDO} is the {@code https://} one, which would give other IRIs).
 */
public final class Schema {
    public static final String NS = "http://schema.org/";

    public static final Node Place = term("Place");
    public static final Node MediaObject = term("MediaObject");

    public static final Node name = term("name");
    public static final Node startDate = term("startDate");
    public static final Node endDate = term("endDate");
    public static final Node location = term("location");
    public static final Node locationCreated = term("locationCreated");
    public static final Node containedInPlace = term("containedInPlace");
    public static final Node encodingFormat = term("encodingFormat");
    public static final Node sha256 = term("sha256");

    private Schema() {
    }

    private static Node term(String localName) {
        return NodeFactory.createURI(NS + localName);
    }
}
