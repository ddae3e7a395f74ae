package org.w3id.unld.serve;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.sparql.graph.GraphFactory;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The properties a document states at most once of a resource of a class: those the shapes bound with
 * {@code sh:maxCount 1} (an event's start date, end date and place; a person's name and label; an agenda item's
 * title). Read from the shapes rather than listed here, so that the page and the validation cannot differ. When the
 * documents together give such a property two values, they disagree, and the page says so.
 *
 * @param byClass for each class a shape targets, its single-valued properties
 */
record SingleValued(Map<Node, Set<Node>> byClass) {
    private static final SingleValued SHAPES = fromShapes(
            Vocabulary.readResource(Vocabulary.SHAPES_RESOURCE).orElseGet(GraphFactory::createDefaultGraph));

    SingleValued {
        byClass = Map.copyOf(byClass);
    }

    /** From the shapes shipped in the jar. */
    static SingleValued standard() {
        return SHAPES;
    }

    static SingleValued fromShapes(Graph shapes) {
        Map<Node, Set<Node>> byClass = new HashMap<>();
        for (Triple target : shapes.find(Node.ANY, SHACL.targetClass, Node.ANY).toList()) {
            for (Triple property : shapes.find(target.getSubject(), SHACL.property, Node.ANY).toList()) {
                Node shape = property.getObject();
                boolean once = shapes.find(shape, SHACL.maxCount, Node.ANY).toList().stream()
                        .anyMatch(t -> t.getObject().isLiteral() && t.getObject().getLiteralLexicalForm().equals("1"));
                if (!once) {
                    continue;
                }
                // An inverse path (sh:inversePath) is a blank node: what links to the resource, not its own values.
                shapes.find(shape, SHACL.path, Node.ANY).toList().stream().map(Triple::getObject).filter(Node::isURI)
                        .forEach(path -> byClass.computeIfAbsent(target.getObject(), c -> new HashSet<>()).add(path));
            }
        }
        return new SingleValued(byClass);
    }

    /** Whether a document states {@code property} at most once of a resource of these {@code types}. */
    boolean of(Collection<Node> types, Node property) {
        return types.stream().anyMatch(type -> byClass.getOrDefault(type, Set.of()).contains(property));
    }
}
