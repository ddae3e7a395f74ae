package org.w3id.unld.serve;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.w3id.unld.vocab.IriPaths;
import org.w3id.unld.vocab.Prov;
import org.w3id.unld.vocab.Schema;
import org.w3id.unld.vocab.Oa;
import org.w3id.unld.vocab.Unld;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Collection;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * Which documents state each value of a shared resource. Events, persons, places, posts and agenda items are described
 * again in every document graph that uses them, and the union graph merges what the documents say into one
 * description ("location Dubai, Glasgow"); a document graph holding the triple is a document stating it. Read from
 * the quad index with the subject fixed (every graph's copy of the resource's triples, no scan of other resources),
 * in the description's read transaction, and served only: the stored graphs and the dumps are unchanged.
 * <p>
 * Organs, sessions and countries are shared too but are not attributed: their descriptions come from unld's reference
 * tables and are the same in every document, so an attribution would say only "all of them" (a country is named by
 * most documents).
 */
public final class Attributions {
    /** The documents listed per value; the others are counted, and one query away. */
    public static final int DOCUMENTS_PER_VALUE = 5;
    /** The kinds of resource whose values are attributed to the documents that state them. */
    static final List<Node> ATTRIBUTED = List.of(Unld.Event, FOAF.Person.asNode(), Schema.Place, ORG.Post.asNode(), Unld.AgendaItem);
    static final Attributions NONE = new Attributions(Map.of());
    /** First by symbol: a document graph's name ends with its document's path, and A/79/L.2 comes before A/79/L.10. */
    private static final Comparator<Node> BY_SYMBOL = Comparator.comparing(Node::getURI, ResourcePage::naturalCompare);

    private final Map<Triple, Attribution> byStatement;

    private Attributions(Map<Triple, Attribution> byStatement) {
        this.byStatement = byStatement;
    }

    /** Whether the values of {@code subject}, as {@code description} types it, are attributed. */
    static boolean attributed(Graph description, Node subject) {
        return ATTRIBUTED.stream().anyMatch(type -> description.contains(subject, RDF.Nodes.type, type));
    }

    /**
     * Who states each triple of {@code subject}: every quad with that subject in a document graph
     * ({@code {base}graph/document/…}) counts once for its triple; the linksets' triples are no document's. In a read
     * transaction. Memory is bounded by the resource's distinct triples, whatever the number of documents.
     */
    static Attributions read(DatasetGraph dataset, String base, Node subject) {
        String documentGraphs = base + IriPaths.DOCUMENT_GRAPH;
        Map<Triple, Tally> tallies = new LinkedHashMap<>();
        Iterator<Quad> it = dataset.find(Node.ANY, subject, Node.ANY, Node.ANY);
        try {
            while (it.hasNext()) {
                Quad q = it.next();
                Node graph = q.getGraph();
                if (graph.isURI() && graph.getURI().startsWith(documentGraphs)) {
                    tallies.computeIfAbsent(q.asTriple(), t -> new Tally()).add(graph);
                }
            }
        } finally {
            Iter.close(it);
        }
        Map<Triple, Attribution> byStatement = new LinkedHashMap<>();
        tallies.forEach((triple, tally) -> {
            List<Node> documents = new ArrayList<>();
            Map<Node, String> passages = new HashMap<>();
            for (Node graph : tally.first()) {
                documentOf(dataset, graph).ifPresent(document -> {
                    documents.add(document);
                    passageIn(dataset, graph, triple).ifPresent(anchor -> passages.put(document, anchor));
                });
            }
            byStatement.put(triple, new Attribution(triple, documents, tally.count, passages));
        });
        return new Attributions(byStatement);
    }

    /**
     * Where a document's text says a triple, when its graph's evidence shows it: the first passage of the annotation
     * whose body reifies the triple (found from the statement's object, in that graph only), as its anchor.
     */
    private static Optional<String> passageIn(DatasetGraph dataset, Node graph, Triple triple) {
        Iterator<Quad> statements = dataset.find(graph, Node.ANY, RDF.Nodes.object, triple.getObject());
        try {
            while (statements.hasNext()) {
                Node statement = statements.next().getSubject();
                if (!dataset.contains(graph, statement, RDF.Nodes.subject, triple.getSubject())
                        || !dataset.contains(graph, statement, RDF.Nodes.predicate, triple.getPredicate())) {
                    continue;
                }
                Iterator<Quad> annotations = dataset.find(graph, Node.ANY, Oa.hasBody, statement);
                while (annotations.hasNext()) {
                    Optional<String> anchor = firstPosition(dataset, graph, annotations.next().getSubject());
                    if (anchor.isPresent()) {
                        return anchor;
                    }
                }
            }
            return Optional.empty();
        } finally {
            Iter.close(statements);
        }
    }

    /** The anchor of an annotation's first passage. */
    private static Optional<String> firstPosition(DatasetGraph dataset, Node graph, Node annotation) {
        return DocumentText.positions(dataset.getGraph(graph), annotation).stream().min(Comparator.comparingInt((int[] p) -> p[0]))
                .map(p -> DocumentText.Passage.anchor(p[0], p[1]));
    }

    /** The document a document graph is about ({@code ?graph foaf:primaryTopic ?doc}, in that graph). */
    private static Optional<Node> documentOf(DatasetGraph dataset, Node graph) {
        Iterator<Quad> it = dataset.find(graph, graph, FOAF.primaryTopic.asNode(), Node.ANY);
        try {
            return it.hasNext() ? Optional.of(it.next().getObject()) : Optional.empty();
        } finally {
            Iter.close(it);
        }
    }

    /** The documents that state {@code statement}, when documents state it. */
    public Optional<Attribution> of(Triple statement) {
        return Optional.ofNullable(byStatement.get(statement));
    }

    public Collection<Attribution> all() {
        return byStatement.values();
    }

    public boolean isEmpty() {
        return byStatement.isEmpty();
    }

    /** Every document listed, to be named in the description. */
    Set<Node> documents() {
        Set<Node> documents = new LinkedHashSet<>();
        byStatement.values().forEach(a -> documents.addAll(a.documents()));
        return documents;
    }

    /**
     * Adds each attribution to {@code out} as an RDF reification, standard terms only but for the count:
     * {@code [] a rdf:Statement ; rdf:subject <r> ; rdf:predicate schema:location ; rdf:object <place> ;
     * prov:wasDerivedFrom <document>, … ; unld:documentCount 2}, and, when documents are left unlisted,
     * {@code rdfs:seeAlso} the SPARQL endpoint's answer to {@link Attribution#query()}.
     */
    void addTo(Graph out, String base) {
        for (Attribution a : byStatement.values()) {
            Node statement = NodeFactory.createBlankNode();
            out.add(statement, RDF.Nodes.type, RDF.Nodes.Statement);
            out.add(statement, RDF.Nodes.subject, a.statement().getSubject());
            out.add(statement, RDF.Nodes.predicate, a.statement().getPredicate());
            out.add(statement, RDF.Nodes.object, a.statement().getObject());
            a.documents().forEach(d -> out.add(statement, Prov.wasDerivedFrom, d));
            out.add(statement, Unld.documentCount, NodeFactory.createLiteralDT(Long.toString(a.documentCount()), XSDDatatype.XSDinteger));
            if (a.unlisted() > 0) {
                out.add(statement, RDFS.Nodes.seeAlso, NodeFactory.createURI(base + UnldServer.QUERY_SERVICE.substring(1)
                        + "?query=" + URLEncoder.encode(a.query(), StandardCharsets.UTF_8)));
            }
        }
    }

    /** The documents of one statement: how many, and the first few graphs by symbol. */
    private static final class Tally {
        private long count;
        /** The first graphs by symbol seen so far, the last of them at the head, to be dropped by a better one. */
        private final PriorityQueue<Node> first = new PriorityQueue<>(BY_SYMBOL.reversed());

        void add(Node graph) {
            count++;
            // Most graphs of a value many documents state come after the first five: one comparison turns them away.
            if (first.size() == DOCUMENTS_PER_VALUE && BY_SYMBOL.compare(graph, first.peek()) >= 0) {
                return;
            }
            first.add(graph);
            if (first.size() > DOCUMENTS_PER_VALUE) {
                first.poll();
            }
        }

        List<Node> first() {
            List<Node> sorted = new ArrayList<>(first);
            sorted.sort(BY_SYMBOL);
            return sorted;
        }
    }
}
