package org.w3id.unld.vocab;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** The European Legislation Identifier ontology's terms unld writes (Jena has no vocabulary class for ELI). */
public final class Eli {
    public static final String NS = "http://data.europa.eu/eli/ontology#";

    public static final Node is_embodied_by = NodeFactory.createURI(NS + "is_embodied_by");

    private Eli() {
    }
}
