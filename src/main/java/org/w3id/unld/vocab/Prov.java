package org.w3id.unld.vocab;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** The PROV-O terms of a document graph's provenance (Jena has no vocabulary class for PROV-O). */
public final class Prov {
    public static final String NS = "http://www.w3.org/ns/prov#";

    public static final Node Entity = term("Entity");
    public static final Node Activity = term("Activity");
    public static final Node SoftwareAgent = term("SoftwareAgent");

    public static final Node agent = term("agent");
    public static final Node wasDerivedFrom = term("wasDerivedFrom");
    public static final Node wasGeneratedBy = term("wasGeneratedBy");
    public static final Node wasAssociatedWith = term("wasAssociatedWith");
    public static final Node used = term("used");

    private Prov() {
    }

    private static Node term(String localName) {
        return NodeFactory.createURI(NS + localName);
    }
}
