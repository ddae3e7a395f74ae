package org.w3id.unld.map;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.w3id.unld.model.Evidence;
import org.w3id.unld.vocab.Oa;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where the text says each statement of the graph that translates an extracted value: a W3C Web Annotation whose body
 * is the statement (reified) and whose targets are the passages of the document's text (its language version) that
 * state it, each selected by its quote and by its position in the text as read ({@code unld:fullText}).
 *
 * <pre>
 * {graph}#evidence-{n} a oa:Annotation ; oa:hasBody {graph}#statement-{n} ; oa:hasTarget {graph}#evidence-{n}-{k} .
 * {graph}#statement-{n} rdf:subject … ; rdf:predicate … ; rdf:object … .
 * {graph}#evidence-{n}-{k} oa:hasSource {document}/en ; oa:hasSelector …-quote, …-position .
 * …-quote a oa:TextQuoteSelector ; oa:exact "27 December 2024" .
 * …-position a oa:TextPositionSelector ; oa:start 51 ; oa:end 67 .
 * </pre>
 * Numbered in the order the mappers wrote the statements, so the same document gives the same IRIs. Must run after the
 * mappers whose statements it annotates.
 */
final class EvidenceMapper implements FactMapper {

    @Override
    public void map(MappingContext context, Triples out) {
        Evidence evidence = context.parsed().evidence();
        // One annotation per statement, with the passages of every value it translates (a post: its role and its State).
        Map<Triple, List<Evidence.Passage>> byStatement = new LinkedHashMap<>();
        for (Triples.Stated s : out.stated()) {
            List<Evidence.Passage> passages = evidence.of(s.field());
            if (!passages.isEmpty()) {
                List<Evidence.Passage> all = byStatement.computeIfAbsent(s.triple(), t -> new ArrayList<>());
                passages.stream().filter(p -> !all.contains(p)).forEach(all::add);
            }
        }
        Iris iris = context.iris();
        Node graph = context.graphName();
        int n = 0;
        for (Map.Entry<Triple, List<Evidence.Passage>> e : byStatement.entrySet()) {
            n++;
            Node annotation = iris.inGraph(graph, "evidence-" + n);
            Node statement = iris.inGraph(graph, "statement-" + n);
            Triple t = e.getKey();
            out.type(annotation, Oa.Annotation);
            out.add(annotation, Oa.hasBody, statement);
            out.add(statement, RDF.Nodes.subject, t.getSubject());
            out.add(statement, RDF.Nodes.predicate, t.getPredicate());
            out.add(statement, RDF.Nodes.object, t.getObject());
            int k = 0;
            for (Evidence.Passage p : e.getValue()) {
                String passage = "evidence-" + n + "-" + ++k;
                Node target = iris.inGraph(graph, passage);
                Node quote = iris.inGraph(graph, passage + "-quote");
                Node position = iris.inGraph(graph, passage + "-position");
                out.add(annotation, Oa.hasTarget, target);
                out.add(target, Oa.hasSource, context.expression());
                out.add(target, Oa.hasSelector, quote);
                out.add(target, Oa.hasSelector, position);
                out.type(quote, Oa.TextQuoteSelector);
                out.add(quote, Oa.exact, NodeFactory.createLiteralString(p.quote()));
                out.type(position, Oa.TextPositionSelector);
                out.add(position, Oa.start, offset(p.start()));
                out.add(position, Oa.end, offset(p.end()));
            }
        }
    }

    private static Node offset(int codePoints) {
        return NodeFactory.createLiteralDT(Integer.toString(codePoints), XSDDatatype.XSDnonNegativeInteger);
    }
}
