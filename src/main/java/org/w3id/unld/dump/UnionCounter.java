package org.w3id.unld.dump;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.vocabulary.RDF;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Counts the union's figures from its triples, sorted and each once (the union N-Triples dump read back):
 * sorted input puts a subject's triples together, and a subject's triples with one predicate together, so
 * distinct subjects are counted without remembering them. Memory grows only with the number of classes and
 * properties.
 */
final class UnionCounter extends StreamRDFBase {
    private static final int EXAMPLES = 3;

    private final String uriSpace;
    private final Node exampleClass;
    private long triples;
    private long distinctSubjects;
    private long entities;
    private final Map<Node, Long> classes = new HashMap<>();
    private final Map<Node, long[]> properties = new HashMap<>();
    private final List<String> examples = new ArrayList<>();
    private final List<String> firstEntities = new ArrayList<>();
    private Node subject;
    private Node predicate;

    /**
     * @param uriSpace     entities are the distinct IRI subjects that start with it
     * @param exampleClass the class whose first instances are the example resources
     */
    UnionCounter(String uriSpace, Node exampleClass) {
        this.uriSpace = uriSpace;
        this.exampleClass = exampleClass;
    }

    @Override
    public void triple(Triple t) {
        triples++;
        Node s = t.getSubject();
        Node p = t.getPredicate();
        boolean newSubject = !s.equals(subject);
        if (newSubject) {
            distinctSubjects++;
            if (s.isURI() && s.getURI().startsWith(uriSpace)) {
                entities++;
                if (firstEntities.size() < EXAMPLES) {
                    firstEntities.add(s.getURI());
                }
            }
            subject = s;
            predicate = null;
        }
        long[] figures = properties.computeIfAbsent(p, k -> new long[2]);
        figures[0]++;
        if (!p.equals(predicate)) {
            figures[1]++;
            predicate = p;
        }
        if (p.equals(RDF.Nodes.type) && t.getObject().isURI()) {
            classes.merge(t.getObject(), 1L, Long::sum);
            if (t.getObject().equals(exampleClass) && s.isURI() && examples.size() < EXAMPLES) {
                examples.add(s.getURI());
            }
        }
    }

    long triples() {
        return triples;
    }

    long distinctSubjects() {
        return distinctSubjects;
    }

    long entities() {
        return entities;
    }

    SortedMap<String, Long> classes() {
        SortedMap<String, Long> m = new TreeMap<>();
        classes.forEach((c, n) -> m.put(c.getURI(), n));
        return m;
    }

    SortedMap<String, DatasetFigures.PropertyFigures> properties() {
        SortedMap<String, DatasetFigures.PropertyFigures> m = new TreeMap<>();
        properties.forEach((p, f) -> m.put(p.getURI(), new DatasetFigures.PropertyFigures(f[0], f[1])));
        return m;
    }

    /** The first instances of the example class in sort order or, when it has none, the first entities. */
    List<String> examples() {
        return List.copyOf(examples.isEmpty() ? firstEntities : examples);
    }
}
