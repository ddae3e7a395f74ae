package org.w3id.unld.store;

import org.apache.jena.graph.Node;

/**
 * What a patch did to one document graph: created it, changed it, or deleted it. Told by the store that applies the
 * patch, from whether the graph was there before and after, and kept beside the patch in the journal (the change feed
 * lists them).
 */
public record GraphChange(Node graph, Kind kind) {
    public enum Kind {
        CREATE, UPDATE, DELETE;

        static Kind of(boolean before, boolean after) {
            return before ? (after ? UPDATE : DELETE) : CREATE;
        }
    }
}
