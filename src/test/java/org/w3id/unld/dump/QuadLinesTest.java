package org.w3id.unld.dump;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QuadLinesTest {
    static final Node S = NodeFactory.createURI("http://example.org/s");
    static final Node P = NodeFactory.createURI("http://example.org/p");
    static final Node G = NodeFactory.createURI("http://example.org/graph/linkset/x");

    static List<Node> objects() {
        return List.of(
                NodeFactory.createURI("http://example.org/o"),
                NodeFactory.createBlankNode("b1"),
                NodeFactory.createLiteralString("plain"),
                NodeFactory.createLiteralString("with \"quotes\" and a \\\" and <brackets> and \" . \" <http://x> ."),
                NodeFactory.createLiteralString("ends with a backslash \\"),
                NodeFactory.createLiteralString(""),
                NodeFactory.createLiteralLang("bonjour \"@fr\"", "fr-CA"),
                NodeFactory.createLiteralDT("12", XSDDatatype.XSDinteger),
                NodeFactory.createLiteralDT("a^^<b>", XSDDatatype.XSDanyURI));
    }

    @Test
    void theTripleEndsWhereTheObjectEndsAndTheGraphFollows() {
        QuadLines lines = new QuadLines();
        for (Node o : objects()) {
            for (Node g : List.of(G, NodeFactory.createBlankNode("g1"), Quad.defaultGraphIRI)) {
                byte[] line = lines.line(Quad.create(g, S, P, o));
                int end = QuadLines.tripleEnd(line);
                String text = new String(line, StandardCharsets.UTF_8);
                String triple = new String(line, 0, end, StandardCharsets.UTF_8);
                // The triple part, as N-Triples, parses back to the same triple.
                DatasetGraph parsed = DatasetGraphFactory.create();
                RDFParser.fromString(triple + " .", Lang.NTRIPLES).parse(parsed);
                assertEquals(1, parsed.getDefaultGraph().size(), text);
                assertTrue(parsed.getDefaultGraph().contains(S, P, o.isBlank() ? Node.ANY : o), text);
                int graph = QuadLines.graphStart(line, end);
                if (Quad.isDefaultGraph(g)) {
                    assertEquals(-1, graph, text);
                } else {
                    String graphTerm = new String(line, graph, line.length - 2 - graph, StandardCharsets.UTF_8);
                    // Blank-node labels are encoded (B + label) by Jena's N-Triples formatter.
                    assertEquals(g.isBlank() ? "_:Bg1" : "<" + g.getURI() + ">", graphTerm, text);
                }
                int p = QuadLines.predicateStart(line);
                assertEquals("<http://example.org/p>", new String(line, p, QuadLines.termEnd(line, p) - p, StandardCharsets.UTF_8));
            }
        }
    }
}
