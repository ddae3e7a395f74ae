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
    public static final Node DigitalDocument = term("DigitalDocument");
    public static final Node Dataset = term("Dataset");
    public static final Node DataDownload = term("DataDownload");
    public static final Node Organization = term("Organization");

    public static final Node name = term("name");
    public static final Node startDate = term("startDate");
    public static final Node endDate = term("endDate");
    public static final Node location = term("location");
    public static final Node locationCreated = term("locationCreated");
    public static final Node containedInPlace = term("containedInPlace");
    public static final Node encodingFormat = term("encodingFormat");
    public static final Node sha256 = term("sha256");
    public static final Node identifier = term("identifier");
    public static final Node url = term("url");
    public static final Node sameAs = term("sameAs");
    public static final Node description = term("description");
    public static final Node datePublished = term("datePublished");
    public static final Node inLanguage = term("inLanguage");
    public static final Node author = term("author");
    public static final Node publisher = term("publisher");
    public static final Node creator = term("creator");
    public static final Node citation = term("citation");
    public static final Node isPartOf = term("isPartOf");
    public static final Node distribution = term("distribution");
    public static final Node contentUrl = term("contentUrl");
    public static final Node license = term("license");

    private Schema() {
    }

    private static Node term(String localName) {
        return NodeFactory.createURI(NS + localName);
    }
}
