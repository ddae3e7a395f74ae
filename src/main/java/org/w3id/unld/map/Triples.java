package org.w3id.unld.map;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The triples of one document graph as the mappers write them, and the extraction rules whose facts
 * they hold (for the provenance record). Absent values are skipped here, once, so that mappers can
 * hand over whatever the model has.
 */
final class Triples {
    private final Graph graph;
    private final Set<Node> rules = new LinkedHashSet<>();
    private final List<Stated> stated = new ArrayList<>();

    /** A statement of the graph and the extracted value it translates (a JSON Pointer into the extraction, as {@code Evidence} names it). */
    record Stated(String field, Triple triple) {
    }

    Triples(Graph graph) {
        this.graph = graph;
    }

    Graph graph() {
        return graph;
    }

    /** Adds a triple; the triple added, or null when the object is absent. */
    Triple add(Node subject, Node predicate, Node object) {
        if (object == null) {
            return null;
        }
        Triple t = Triple.create(subject, predicate, object);
        graph.add(t);
        return t;
    }

    /**
     * Records that a triple written translates the extracted value at {@code field}, so that the graph can say where
     * the text states it ({@code EvidenceMapper}); nothing when no triple was written.
     */
    void stated(String field, Triple written) {
        if (written != null) {
            stated.add(new Stated(field, written));
        }
    }

    /** The statements recorded by {@link #stated}, in the order written. */
    List<Stated> stated() {
        return Collections.unmodifiableList(stated);
    }

    void type(Node subject, Node... classes) {
        for (Node c : classes) {
            add(subject, RDF.Nodes.type, c);
        }
    }

    void label(Node subject, String label) {
        text(subject, RDFS.Nodes.label, label);
    }

    /**
     * A label unless the subject has one already: a shared resource whose key two spellings share
     * ("Baku", "BAKU") keeps the first, so that it has one label in the graph.
     */
    void labelOnce(Node subject, String label) {
        textOnce(subject, RDFS.Nodes.label, label);
    }

    /** A plain literal unless the subject has a value of the predicate already. */
    void textOnce(Node subject, Node predicate, String value) {
        if (!graph.find(subject, predicate, Node.ANY).hasNext()) {
            text(subject, predicate, value);
        }
    }

    /** A plain (xsd:string) literal, trimmed; nothing when the value is null or blank. */
    Triple text(Node subject, Node predicate, String value) {
        if (value != null && !value.isBlank()) {
            return add(subject, predicate, NodeFactory.createLiteralString(value.strip()));
        }
        return null;
    }

    /** A literal in a language ("Azerbaïdjan"@fr), trimmed; nothing when the value is null or blank. */
    void inLanguage(Node subject, Node predicate, String value, String language) {
        if (value != null && !value.isBlank()) {
            add(subject, predicate, NodeFactory.createLiteralLang(value.strip(), language));
        }
    }

    Triple date(Node subject, Node predicate, LocalDate value) {
        if (value != null) {
            return add(subject, predicate, NodeFactory.createLiteralDT(value.toString(), XSDDatatype.XSDdate));
        }
        return null;
    }

    Triple integer(Node subject, Node predicate, long value) {
        return add(subject, predicate, NodeFactory.createLiteralDT(Long.toString(value), XSDDatatype.XSDinteger));
    }

    /** Records that facts of this graph come from an extraction rule (an unld:ExtractionRule individual). */
    void rule(Node rule) {
        rules.add(rule);
    }

    Set<Node> rules() {
        return Collections.unmodifiableSet(rules);
    }
}
