package org.w3id.unld.serve;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.w3id.unld.vocab.Oa;
import org.w3id.unld.vocab.Unld;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * A held document's text as read ({@code unld:fullText} of its language version) and the passages that its graph's
 * evidence quotes, each with the statement it supports: what the page's text view highlights and {@code /doc/…/text}
 * serves. Read from the document's own graph, where the mapper wrote both.
 *
 * @param passages in the order of the text (start, then the longer first)
 */
record DocumentText(String text, List<Passage> passages) {

    /**
     * A passage of the text (code point offsets, as Web Annotation counts them) and the statement it is evidence of.
     */
    record Passage(int start, int end, String quote, Node subject, Node predicate, Node object) {
        /** The id of the passage's first mark on the page: the same passage, the same anchor. */
        String anchor() {
            return anchor(start, end);
        }

        /** The anchor of the passage from code point {@code start} to {@code end} on its document's page. */
        static String anchor(int start, int end) {
            return "text-" + start + "-" + end;
        }
    }

    /** The passages that state {@code (subject, predicate, object)}. */
    List<Passage> of(Node subject, Node predicate, Node object) {
        return passages.stream().filter(p -> p.subject().equals(subject) && p.predicate().equals(predicate)
                && p.object().equals(object)).toList();
    }

    /** The text and evidence of {@code document} when the store holds it, in one read transaction. */
    static Optional<DocumentText> read(DatasetGraph dataset, Node document) {
        return Txn.calculateRead(dataset, () -> {
            Iterator<Quad> graphs = dataset.find(Node.ANY, Node.ANY, FOAF.primaryTopic.asNode(), document);
            if (!graphs.hasNext()) {
                return Optional.empty();
            }
            Graph g = dataset.getGraph(graphs.next().getGraph());
            String text = null;
            for (Node expression : objects(g, document, Unld.expression)) {
                for (Node full : objects(g, expression, Unld.fullText)) {
                    text = full.isLiteral() ? full.getLiteralLexicalForm() : text;
                }
            }
            if (text == null) {
                return Optional.empty();
            }
            int length = text.codePointCount(0, text.length());
            List<Passage> passages = new ArrayList<>();
            for (Triple annotation : g.find(Node.ANY, RDF.Nodes.type, Oa.Annotation).toList()) {
                Node e = annotation.getSubject();
                for (Node body : objects(g, e, Oa.hasBody)) {
                    Node s = one(g, body, RDF.Nodes.subject);
                    Node p = one(g, body, RDF.Nodes.predicate);
                    Node o = one(g, body, RDF.Nodes.object);
                    if (s == null || p == null || o == null) {
                        continue;
                    }
                    for (int[] position : positions(g, e)) {
                        if (0 <= position[0] && position[0] < position[1] && position[1] <= length) {
                            passages.add(new Passage(position[0], position[1], substring(text, position[0], position[1]), s, p, o));
                        }
                    }
                }
            }
            passages.sort(Comparator.comparingInt(Passage::start).thenComparing(Comparator.comparingInt(Passage::end).reversed())
                    .thenComparing(p -> p.predicate().getURI()).thenComparing(p -> p.object().toString()));
            return Optional.of(new DocumentText(text, List.copyOf(passages)));
        });
    }

    /** The start and end (code points) of each passage an evidence annotation targets, in its document's graph. */
    static List<int[]> positions(Graph g, Node annotation) {
        List<int[]> positions = new ArrayList<>();
        for (Node target : objects(g, annotation, Oa.hasTarget)) {
            for (Node selector : objects(g, target, Oa.hasSelector)) {
                Node start = one(g, selector, Oa.start);
                Node end = one(g, selector, Oa.end);
                if (start != null && end != null) {
                    positions.add(new int[] {Integer.parseInt(start.getLiteralLexicalForm()), Integer.parseInt(end.getLiteralLexicalForm())});
                }
            }
        }
        return positions;
    }

    /** The text between two code point offsets. */
    static String substring(String text, int start, int end) {
        int from = text.offsetByCodePoints(0, start);
        return text.substring(from, text.offsetByCodePoints(from, end - start));
    }

    private static List<Node> objects(Graph g, Node s, Node p) {
        return g.find(s, p, Node.ANY).mapWith(Triple::getObject).toList();
    }

    private static Node one(Graph g, Node s, Node p) {
        List<Node> all = objects(g, s, p);
        return all.isEmpty() ? null : all.get(0);
    }
}
