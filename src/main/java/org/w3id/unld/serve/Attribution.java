package org.w3id.unld.serve;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.out.NodeFmtLib;
import org.w3id.unld.vocab.Prefixes;

import java.util.List;
import java.util.Map;

/**
 * Which documents state one statement about a shared resource ("the event's place is Dubai"): the documents whose
 * graphs hold the triple. A place many documents name is stated by thousands of them, so only the first few by symbol
 * are listed; {@link #query()} lists them all.
 *
 * @param statement     the triple, as the union of the document graphs has it
 * @param documents     the first documents that state it, by symbol (at most {@link Attributions#DOCUMENTS_PER_VALUE})
 * @param documentCount how many documents state it in all
 * @param passages      for a listed document whose evidence shows where its text says it, that passage's anchor on the
 *                      document's page ({@link DocumentText.Passage#anchor()})
 */
public record Attribution(Triple statement, List<Node> documents, long documentCount, Map<Node, String> passages) {
    public Attribution {
        documents = List.copyOf(documents);
        passages = Map.copyOf(passages);
    }

    public Attribution(Triple statement, List<Node> documents, long documentCount) {
        this(statement, documents, documentCount, Map.of());
    }

    /** How many documents state it beyond those listed. */
    public long unlisted() {
        return Math.max(0, documentCount - documents.size());
    }

    /**
     * A SPARQL query for every document that states it: the document graphs holding the triple, and what each is
     * about. It reads the quad index with the triple fixed, as {@link Attributions} does.
     */
    public String query() {
        return Prefixes.sparql("foaf") + "\nSELECT ?document WHERE {\n  GRAPH ?graph {\n    "
                + NodeFmtLib.strNT(statement.getSubject()) + "\n      " + NodeFmtLib.strNT(statement.getPredicate()) + "\n        "
                + NodeFmtLib.strNT(statement.getObject()) + " .\n    ?graph foaf:primaryTopic ?document\n  }\n}\nORDER BY ?document\n";
    }
}
