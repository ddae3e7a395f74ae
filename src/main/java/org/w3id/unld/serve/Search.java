package org.w3id.unld.serve;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.text.TextIndexException;
import org.apache.jena.query.text.TextIndexParseException;
import org.apache.jena.query.text.assembler.TextVocab;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.w3id.unld.vocab.Unld;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Full-text search over the jena-text Lucene index of config.ttl (titles, labels — agenda item titles among
 * them — and documents' full text), through the same {@code text:query} a SPARQL user writes.
 */
public final class Search {
    static final int MAX_HITS = 100;
    private static final String QUERY = "PREFIX text: <" + TextVocab.NS + ">\n" + """
            SELECT ?s ?score ?literal { (?s ?score ?literal) text:query (?q ?limit) } ORDER BY DESC(?score) ?s
            """;

    private final DatasetGraph dataset;
    private final Duration timeout;

    public Search(DatasetGraph dataset, Duration timeout) {
        this.dataset = dataset;
        this.timeout = timeout;
    }

    /** Documents shown under a hit that is not itself a document. */
    static final int LINKED_DOCUMENTS = 5;

    /**
     * One resource found: its label and types, the matching text around the first term found, the best score,
     * and — when it is an agenda item, an event, an annex… — the documents that link to it (label by IRI).
     */
    /** What separates words when a query is read as plain words: anything but letters and digits. */
    private static final java.util.regex.Pattern PLAIN_WORDS = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]+");

    public record Hit(Node resource, String label, List<Node> types, String snippet, double score, Map<Node, String> documents) {
    }

    /** Resources matching {@code text} (Lucene syntax: words, "phrases", AND/OR; anything else is searched as plain words). */
    public List<Hit> find(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        try {
            return run(text.strip());
        } catch (TextIndexException | TextIndexParseException e) {
            // Not valid Lucene syntax (an unbalanced quote, a lone '*', a trailing AND): search for its words.
            String words = String.join(" ", PLAIN_WORDS.split(text.toLowerCase(Locale.ROOT))).strip();
            return words.isEmpty() ? List.of() : run(words);
        }
    }

    private List<Hit> run(String luceneQuery) {
        ParameterizedSparqlString pss = new ParameterizedSparqlString(QUERY);
        pss.setLiteral("q", luceneQuery);
        pss.setLiteral("limit", MAX_HITS * 3);
        return Txn.calculateRead(dataset, () -> {
            Map<Node, Hit> hits = new LinkedHashMap<>();
            Graph union = dataset.getUnionGraph();
            try (QueryExec exec = QueryExec.dataset(dataset).query(pss.asQuery())
                    .timeout(timeout.toMillis(), TimeUnit.MILLISECONDS).build()) {
                RowSet rows = exec.select();
                while (rows.hasNext() && hits.size() < MAX_HITS) {
                    Binding b = rows.next();
                    Node s = b.get(Var.alloc("s"));
                    if (s == null || hits.containsKey(s)) {
                        continue;
                    }
                    Node literal = b.get(Var.alloc("literal"));
                    double score = b.get(Var.alloc("score")).getLiteralValue() instanceof Number n ? n.doubleValue() : 0;
                    String label = Describer.labelOf(union, s).map(t -> t.getObject().getLiteralLexicalForm()).orElse(s.toString());
                    List<Node> types = union.find(s, RDF.Nodes.type, Node.ANY).mapWith(Triple::getObject).toList();
                    String snippet = literal == null || !literal.isLiteral() ? "" : snippet(literal.getLiteralLexicalForm(), luceneQuery);
                    Map<Node, String> documents = types.contains(Unld.Document) ? Map.of() : documentsLinkingTo(union, s);
                    hits.put(s, new Hit(s, label, types, snippet.equals(label) ? "" : snippet, score, documents));
                }
            }
            return new ArrayList<>(hits.values());
        });
    }

    /** The documents that link to a resource (issued under an agenda item, referring to an event, holding an annex). */
    private static Map<Node, String> documentsLinkingTo(Graph union, Node resource) {
        Map<Node, String> documents = new java.util.TreeMap<>(java.util.Comparator.comparing(Node::toString));
        var it = union.find(Node.ANY, Node.ANY, resource);
        try {
            while (it.hasNext() && documents.size() < LINKED_DOCUMENTS) {
                Node d = it.next().getSubject();
                if (d.isURI() && !documents.containsKey(d) && union.contains(d, RDF.Nodes.type, Unld.Document)) {
                    documents.put(d, Describer.labelOf(union, d).map(t -> t.getObject().getLiteralLexicalForm()).orElse(d.getURI()));
                }
            }
        } finally {
            it.close();
        }
        return documents;
    }

    /** About 300 characters of {@code text} around the first word of the query found in it. */
    static String snippet(String text, String query) {
        String flat = text.replaceAll("\\s+", " ").strip();
        if (flat.length() <= 300) {
            return flat;
        }
        String lower = flat.toLowerCase(Locale.ROOT);
        int at = -1;
        for (String word : query.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (word.length() > 2) {
                int i = lower.indexOf(word);
                if (i >= 0 && (at < 0 || i < at)) {
                    at = i;
                }
            }
        }
        int from = Math.max(0, at < 0 ? 0 : at - 100);
        int to = Math.min(flat.length(), from + 300);
        return (from > 0 ? "… " : "") + flat.substring(from, to).strip() + (to < flat.length() ? " …" : "");
    }
}
