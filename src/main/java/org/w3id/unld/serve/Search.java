package org.w3id.unld.serve;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.text.DatasetGraphText;
import org.apache.jena.query.text.assembler.TextVocab;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.w3id.unld.vocab.Unld;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Full-text search for documents, over the jena-text Lucene index of config.ttl (documents' labels and titles, and
 * the full text of their language versions), through the same {@code text:query} a SPARQL user writes.
 * <p>
 * A hit is a document unld holds: a match on its language version counts for the document, so each document is one
 * hit, scored by its best match. The matches of one search ({@link #MAX_MATCHES} at most, the documented cap) are
 * read once, in one read transaction, with what the facets need of each document (and remembered for a minute, or
 * until a write, for the next page and the facets); the facets the user chose narrow them, the facet counts are over
 * what remains, and one page of it ({@link #PAGE_SIZE}) is described: label, symbols,
 * date, types, and a snippet from jena-text's highlighter, asked for only the page's documents.
 */
public final class Search {
    /** Hits on a page. */
    static final int PAGE_SIZE = 20;
    /**
     * Matching texts (labels, titles, full texts) read from the index for one search. A search with more says so and
     * shows the best-scored; it bounds the work of a search and so the last page reachable.
     */
    static final int MAX_MATCHES = 10_000;
    /** Values listed per facet, the most frequent first. */
    static final int FACET_VALUES = 12;

    /** Marks the highlighter puts around matched words and between fragments: private-use characters, never in a UN text. */
    static final char MATCH_START = '\uE000';
    static final char MATCH_END = '\uE001';
    static final char FRAGMENTS = '\uE002';
    /** jena-text's highlight option: our marks, two fragments of about 160 characters. */
    private static final String HIGHLIGHT = "highlight:s:" + MATCH_START + " | e:" + MATCH_END + " | f:" + FRAGMENTS + " | z:160 | m:2";

    private static final String TEXT = "PREFIX text: <" + TextVocab.NS + ">\n";
    private static final String MATCHES = TEXT + "SELECT ?s ?score { (?s ?score) text:query (?q ?limit) }";
    private static final String HIGHLIGHTED = TEXT + "SELECT ?s ?score ?literal { (?s ?score ?literal) text:query (?q ?limit ?highlight) }";

    /** What a search can be narrowed by: the request parameter and what of a document it reads. */
    public enum Facet {
        TYPE("type", "Type"), ORGAN("organ", "Organ"), SESSION("session", "Session"), YEAR("year", "Year");

        final String parameter;
        final String title;

        Facet(String parameter, String title) {
            this.parameter = parameter;
            this.title = title;
        }
    }

    /** A search: the user's query, the facet values chosen (by their keys: IRI or year), the page (from 1). */
    public record Request(SearchQuery query, Map<Facet, String> chosen, int page) {
        public Request {
            chosen = java.util.Collections.unmodifiableMap(chosen.isEmpty() ? new EnumMap<>(Facet.class) : new EnumMap<>(chosen));
            page = Math.max(1, page);
        }
    }

    /** One value of a facet: its key (an IRI, or a year), label and the documents having it among the results. */
    public record FacetValue(String key, String label, int count) {
    }

    /** One document found: title (else label), symbols, date (ISO, or empty), types, snippet (with the match marks), score. */
    public record Hit(Node document, String label, List<String> symbols, String date, List<Node> types, String snippet, double score) {
    }

    /**
     * One page of results: the documents matching (after the chosen facets) and whether the index had more matching
     * texts than were read; the facets' values over those documents; the page's hits.
     */
    public record Results(Request request, int total, boolean capped, Map<Facet, List<FacetValue>> facets, List<Hit> hits) {
        public int pageCount() {
            return Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        }
    }

    /** What the facets need of one found document, and its best score. */
    private record Found(Node document, double score, Map<Facet, Set<String>> values) {
        boolean has(Map<Facet, String> chosen) {
            return chosen.entrySet().stream().allMatch(c -> values.get(c.getKey()).contains(c.getValue()));
        }
    }

    /** The matches of a search, its documents best first; and when they were read. */
    private record Matched(List<Found> all, boolean capped, long takenAt) {
    }

    /**
     * How long the matches of a search are remembered, and of how many searches at most: a search holds at most
     * {@link #MAX_MATCHES} documents' facet values, a few megabytes, so some tens of megabytes at most stay in memory.
     */
    private static final long KEEP_MILLIS = 60_000;
    private static final int MAX_REMEMBERED = 16;

    private final DatasetGraph dataset;
    private final Duration timeout;
    private final int maxMatches;
    private final Map<String, Matched> recent = new java.util.concurrent.ConcurrentHashMap<>();
    /** Counts the writes: matches read while one happened are not remembered (they may be the store before it). */
    private final java.util.concurrent.atomic.AtomicLong writes = new java.util.concurrent.atomic.AtomicLong();

    public Search(DatasetGraph dataset, Duration timeout) {
        this(dataset, timeout, MAX_MATCHES);
    }

    /** A search reading at most {@code maxMatches} matching texts of the index. */
    Search(DatasetGraph dataset, Duration timeout, int maxMatches) {
        this.dataset = dataset;
        this.timeout = timeout;
        this.maxMatches = maxMatches;
    }

    public Results find(Request request) {
        if (request.query().isEmpty()) {
            return new Results(request, 0, false, Map.of(), List.of());
        }
        String lucene = request.query().lucene();
        return Txn.calculateRead(dataset, () -> {
            Graph union = dataset.getUnionGraph();
            Matched matched = matched(union, lucene);
            List<Found> found = matched.all().stream().filter(f -> f.has(request.chosen())).toList();
            int from = (int) Math.min((long) (request.page() - 1) * PAGE_SIZE, found.size());
            List<Found> page = found.subList(from, Math.min(found.size(), from + PAGE_SIZE));
            Map<Node, String> snippets = snippets(union, lucene, page);
            List<Hit> hits = page.stream().map(f -> hit(union, f, snippets.getOrDefault(f.document(), ""))).toList();
            return new Results(request, found.size(), matched.capped(), facets(union, found, request.chosen()), hits);
        });
    }

    /** Forgets the remembered matches: the store has changed (an ingest, an update). */
    void invalidate() {
        writes.incrementAndGet();
        recent.clear();
    }

    /**
     * Every document a Lucene query finds, best first, with its facet values; remembered for {@link #KEEP_MILLIS} (and
     * until a write), so that the next page or a facet of the same search does not read the matches again.
     */
    private Matched matched(Graph union, String lucene) {
        long now = System.currentTimeMillis();
        long writesBefore = writes.get();
        Matched known = recent.get(lucene);
        if (known != null && now - known.takenAt() < KEEP_MILLIS) {
            return known;
        }
        Map<Node, Double> scores = new HashMap<>();
        int[] matches = {0};
        select(MATCHES, lucene, maxMatches, null, b -> {
            matches[0]++;
            Node document = documentOf(union, b.get(Var.alloc("s")));
            if (document != null) {
                scores.merge(document, score(b), Math::max);
            }
        });
        List<Found> all = scores.entrySet().stream()
                .map(e -> new Found(e.getKey(), e.getValue(), facetValues(union, e.getKey())))
                .sorted(Comparator.comparingDouble(Found::score).reversed().thenComparing(f -> f.document().toString()))
                .toList();
        Matched matched = new Matched(all, matches[0] >= maxMatches, now);
        if (recent.size() >= MAX_REMEMBERED) {
            recent.clear();
        }
        recent.put(lucene, matched);
        if (writes.get() != writesBefore) {
            recent.remove(lucene);
        }
        return matched;
    }

    /** The document a matching resource stands for: itself when it is a held document, or the document of a language version. */
    private static Node documentOf(Graph union, Node s) {
        if (s == null || !s.isURI()) {
            return null;
        }
        Node document = union.contains(s, RDF.Nodes.type, Unld.Document) ? s
                : union.find(Node.ANY, Unld.expression, s).nextOptional().map(Triple::getSubject).orElse(null);
        // Held: the primary topic of a document graph; a document only cited has no text to find it by.
        return document != null && union.contains(Node.ANY, FOAF.primaryTopic.asNode(), document) ? document : null;
    }

    private static Map<Facet, Set<String>> facetValues(Graph union, Node document) {
        Map<Facet, Set<String>> values = new EnumMap<>(Facet.class);
        values.put(Facet.TYPE, objects(union, document, RDF.Nodes.type).stream()
                .filter(t -> t.startsWith(Unld.NS) && !t.equals(Unld.Document.getURI())).collect(Collectors.toCollection(TreeSet::new)));
        values.put(Facet.ORGAN, objects(union, document, Unld.organ));
        values.put(Facet.SESSION, objects(union, document, Unld.session));
        values.put(Facet.YEAR, date(union, document).isEmpty() ? Set.of() : Set.of(date(union, document).substring(0, 4)));
        return values;
    }

    private static Set<String> objects(Graph union, Node s, Node p) {
        return union.find(s, p, Node.ANY).mapWith(Triple::getObject).filterKeep(Node::isURI).mapWith(Node::getURI)
                .toList().stream().collect(Collectors.toCollection(TreeSet::new));
    }

    private static String date(Graph union, Node document) {
        return union.find(document, DCTerms.date.asNode(), Node.ANY).mapWith(Triple::getObject).filterKeep(Node::isLiteral)
                .mapWith(Node::getLiteralLexicalForm).toList().stream().collect(Collectors.toCollection(TreeSet::new)).stream().findFirst().orElse("");
    }

    /** Each facet's values over the documents found, the most frequent first; the chosen value always listed. */
    private static Map<Facet, List<FacetValue>> facets(Graph union, List<Found> found, Map<Facet, String> chosen) {
        Map<Facet, List<FacetValue>> facets = new EnumMap<>(Facet.class);
        for (Facet facet : Facet.values()) {
            Map<String, Integer> counts = new HashMap<>();
            for (Found f : found) {
                f.values().get(facet).forEach(v -> counts.merge(v, 1, Integer::sum));
            }
            Comparator<Map.Entry<String, Integer>> order = facet == Facet.YEAR
                    ? Map.Entry.<String, Integer>comparingByKey().reversed()
                    : Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey());
            List<FacetValue> values = counts.entrySet().stream().sorted(order)
                    .limit(FACET_VALUES)
                    .map(e -> new FacetValue(e.getKey(), facet == Facet.YEAR ? e.getKey() : label(union, e.getKey()), e.getValue()))
                    .collect(Collectors.toCollection(ArrayList::new));
            String picked = chosen.get(facet);
            if (picked != null && values.stream().noneMatch(v -> v.key().equals(picked))) {
                values.add(0, new FacetValue(picked, facet == Facet.YEAR ? picked : label(union, picked), counts.getOrDefault(picked, 0)));
            }
            if (!values.isEmpty()) {
                facets.put(facet, List.copyOf(values));
            }
        }
        return facets;
    }

    private static String label(Graph union, String iri) {
        Node n = org.apache.jena.graph.NodeFactory.createURI(iri);
        return Describer.labelOf(union, n).map(t -> t.getObject().getLiteralLexicalForm()).orElse(iri);
    }

    private static Hit hit(Graph union, Found f, String snippet) {
        Node d = f.document();
        List<String> symbols = union.find(d, Unld.symbol, Node.ANY).mapWith(Triple::getObject).filterKeep(Node::isLiteral)
                .mapWith(Node::getLiteralLexicalForm).toList().stream().collect(Collectors.toCollection(TreeSet::new)).stream().toList();
        List<Node> types = union.find(d, RDF.Nodes.type, Node.ANY).mapWith(Triple::getObject)
                .filterKeep(t -> t.isURI() && t.getURI().startsWith(Unld.NS) && !t.equals(Unld.Document)).toList();
        // The title says what a document is about; its label is often only its symbol, shown beside it anyway.
        String title = union.find(d, DCTerms.title.asNode(), Node.ANY).mapWith(Triple::getObject).filterKeep(Node::isLiteral)
                .mapWith(Node::getLiteralLexicalForm).toList().stream().sorted().findFirst().orElseGet(() -> label(union, d.getURI()));
        return new Hit(d, title, symbols, date(union, d), types, snippet, f.score());
    }

    /**
     * The highlighted text of each page document: jena-text runs the user's query again, narrowed to the page's
     * documents and their language versions by the index's entity field, with the highlight option, so only these
     * few texts are highlighted. The full text's fragments are preferred to a matching title.
     */
    private Map<Node, String> snippets(Graph union, String lucene, List<Found> page) {
        if (page.isEmpty()) {
            return Map.of();
        }
        Map<String, Node> documentOfSubject = new LinkedHashMap<>();
        for (Found f : page) {
            documentOfSubject.put(f.document().getURI(), f.document());
            union.find(f.document(), Unld.expression, Node.ANY).mapWith(Triple::getObject).filterKeep(Node::isURI)
                    .forEach(e -> documentOfSubject.put(e.getURI(), f.document()));
        }
        String field = entityField();
        String subjects = documentOfSubject.keySet().stream()
                .filter(iri -> iri.indexOf('"') < 0 && iri.indexOf('\\') < 0)
                .map(iri -> field + ":\"" + iri + "\"").collect(Collectors.joining(" ", "+(", ")"));
        Map<Node, String> snippets = new HashMap<>();
        Set<Node> fromFullText = new java.util.HashSet<>();
        select(HIGHLIGHTED, "+(" + lucene + ") " + subjects, documentOfSubject.size() * 4, HIGHLIGHT, b -> {
            Node s = b.get(Var.alloc("s"));
            Node literal = b.get(Var.alloc("literal"));
            Node document = s == null ? null : documentOfSubject.get(s.getURI());
            if (document == null || literal == null || !literal.isLiteral() || fromFullText.contains(document)) {
                return;
            }
            String text = literal.getLiteralLexicalForm().strip();
            if (text.indexOf(MATCH_START) < 0) {
                return;
            }
            boolean fullText = !s.equals(document);
            if (fullText || !snippets.containsKey(document)) {
                snippets.put(document, text);
            }
            if (fullText) {
                fromFullText.add(document);
            }
        });
        return snippets;
    }

    /** The Lucene field holding the subject's IRI (config.ttl's {@code text:entityField}). */
    private String entityField() {
        return dataset instanceof DatasetGraphText text ? text.getTextIndex().getDocDef().getEntityField() : "uri";
    }

    private void select(String query, String lucene, int limit, String highlight, Consumer<Binding> row) {
        ParameterizedSparqlString pss = new ParameterizedSparqlString(query);
        pss.setLiteral("q", lucene);
        pss.setLiteral("limit", limit);
        if (highlight != null) {
            pss.setLiteral("highlight", highlight);
        }
        try (QueryExec exec = QueryExec.dataset(dataset).query(pss.asQuery()).timeout(timeout.toMillis(), TimeUnit.MILLISECONDS).build()) {
            RowSet rows = exec.select();
            rows.forEachRemaining(row);
        }
    }

    private static double score(Binding b) {
        Node score = b.get(Var.alloc("score"));
        return score != null && score.isLiteral() && score.getLiteralValue() instanceof Number n ? n.doubleValue() : 0;
    }
}
