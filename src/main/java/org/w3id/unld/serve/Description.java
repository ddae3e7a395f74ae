package org.w3id.unld.serve;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;

/**
 * What the server says about one resource: its own triples (with the blank nodes and {@code #fragment}
 * resources that live inside its description), the labels of what it links to, one page of the
 * triples that link to it and, for a shared resource, which documents state each of its values.
 *
 * @param subject       the resource described
 * @param graph         all those triples
 * @param page          1-based page of incoming links
 * @param pageSize      incoming links per page
 * @param incomingTotal how many triples link to the resource in all
 * @param attributions  the documents that state each of its values (an event's place, a person's name), in
 *                      {@code graph} too as reified statements; none for a resource documents do not share
 */
public record Description(Node subject, Graph graph, int page, int pageSize, long incomingTotal, Attributions attributions) {
    public boolean hasNextPage() {
        return (long) page * pageSize < incomingTotal;
    }

    public boolean hasPreviousPage() {
        return page > 1;
    }

    public long pageCount() {
        return Math.max(1, (incomingTotal + pageSize - 1) / pageSize);
    }
}
