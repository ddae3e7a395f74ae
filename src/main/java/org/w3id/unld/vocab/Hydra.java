package org.w3id.unld.vocab;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * The Hydra Core terms the browse pages' RDF uses for paged collections: a list is a {@code hydra:Collection}
 * with {@code hydra:totalItems}; each page is a {@code hydra:PartialCollectionView} with its
 * {@code hydra:first}, {@code hydra:previous}, {@code hydra:next} and {@code hydra:last} pages.
 */
public final class Hydra {
    public static final String NS = "http://www.w3.org/ns/hydra/core#";

    public static final Node Collection = term("Collection");
    public static final Node PartialCollectionView = term("PartialCollectionView");

    public static final Node member = term("member");
    public static final Node totalItems = term("totalItems");
    public static final Node view = term("view");
    public static final Node first = term("first");
    public static final Node previous = term("previous");
    public static final Node next = term("next");
    public static final Node last = term("last");

    private Hydra() {
    }

    private static Node term(String localName) {
        return NodeFactory.createURI(NS + localName);
    }
}
