package org.w3id.unld.serve;

import org.apache.jena.dboe.transaction.txn.Transaction;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.unld.reference.Gazetteer;
import org.w3id.unld.vocab.Datasets;
import org.w3id.unld.vocab.Prefixes;
import org.w3id.unld.vocab.Schema;
import org.w3id.unld.vocab.Unld;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Describes resources from the store's union graph (every document graph at once), in one read
 * transaction per description, with the Graph API: plain index look-ups, no query planning. A shared
 * resource's values are attributed to the documents that state them ({@link Attributions}), from the
 * named graphs in the same transaction.
 */
public final class Describer {
    public static final int PAGE_SIZE = 100;
    /** The properties whose value names a thing for a person, best first. */
    static final List<Node> LABELS = List.of(RDFS.Nodes.label, DCTerms.title.asNode(), FOAF.name.asNode(),
            SKOS.prefLabel.asNode(), Schema.name);

    private static final Set<Node> REIFICATION = Set.of(org.apache.jena.vocabulary.RDF.Nodes.subject, org.apache.jena.vocabulary.RDF.Nodes.object);

    private final DatasetGraph dataset;
    private final Addresses addresses;
    private final int pageSize;
    private final Labels labels;

    public Describer(DatasetGraph dataset, Addresses addresses) {
        this(dataset, addresses, PAGE_SIZE);
    }

    Describer(DatasetGraph dataset, Addresses addresses, int pageSize) {
        this.dataset = dataset;
        this.addresses = addresses;
        this.pageSize = pageSize;
        this.labels = new Labels(dataset);
    }

    /**
     * The resource an IRI names: itself when the store says anything about it; for a document IRI minted
     * from another of the document's symbols, the document (found by its {@code unld:symbol}); else empty.
     */
    public Optional<Node> resolve(String iri) {
        Node node = NodeFactory.createURI(iri);
        return Txn.calculateRead(dataset, () -> {
            Graph union = dataset.getUnionGraph();
            if (union.contains(node, Node.ANY, Node.ANY) || union.contains(Node.ANY, Node.ANY, node)) {
                return Optional.of(node);
            }
            String prefix = addresses.base() + Addresses.DOCUMENT;
            if (iri.startsWith(prefix) && iri.length() > prefix.length()) {
                Node symbol = NodeFactory.createLiteralString(Addresses.symbolOf(iri.substring(prefix.length())));
                ExtendedIterator<Triple> it = union.find(Node.ANY, Unld.symbol, symbol);
                try {
                    // Several documents could claim one symbol (a corrigendum re-issued under it); the first IRI in order is stable.
                    return it.mapWith(Triple::getSubject).filterKeep(Node::isURI).toList().stream()
                            .min(Comparator.comparing(Node::getURI));
                } finally {
                    it.close();
                }
            }
            return Optional.empty();
        });
    }

    /** The description of {@code subject} with page {@code page} (1-based) of its incoming links. */
    public Description describe(Node subject, int page) {
        int p = Math.max(1, page);
        return Txn.calculateRead(dataset, () -> {
            Graph union = dataset.getUnionGraph();
            Graph out = GraphFactory.createDefaultGraph();
            out.getPrefixMapping().setNsPrefixes(Prefixes.DATA_MAPPING);
            Set<Node> inside = own(union, subject, out);
            Attributions attributions = Attributions.attributed(out, subject)
                    ? Attributions.read(dataset, addresses.base(), subject) : Attributions.NONE;

            List<Triple> incoming = new ArrayList<>();
            Set<Triple> seen = new HashSet<>();
            ExtendedIterator<Triple> it = union.find(Node.ANY, Node.ANY, subject);
            try {
                while (it.hasNext()) {
                    Triple t = it.next();
                    // Evidence's statements (rdf:subject, rdf:object) are about the resource, not links to it.
                    if (!inside.contains(t.getSubject()) && !REIFICATION.contains(t.getPredicate()) && seen.add(t)) {
                        incoming.add(t);
                    }
                }
            } finally {
                it.close();
            }
            // A stable order, so that page 2 is the same page tomorrow.
            incoming.sort(Comparator.comparing((Triple t) -> t.getPredicate().toString()).thenComparing(t -> t.getSubject().toString()));
            // In long arithmetic: ?page=2147483647 is past the end (an empty page), not an overflow.
            int from = (int) Math.min(incoming.size(), (p - 1L) * pageSize);
            int to = (int) Math.min(incoming.size(), (long) from + pageSize);
            List<Triple> shown = incoming.subList(from, to);
            shown.forEach(out::add);

            Set<Node> sentFromPosts = sentFromPosts(union, subject, out);

            Set<Node> linked = new LinkedHashSet<>(sentFromPosts);
            out.find().forEachRemaining(t -> {
                if (t.getObject().isURI() && !inside.contains(t.getObject())) {
                    linked.add(t.getObject());
                }
            });
            shown.forEach(t -> linked.add(t.getSubject()));
            linked.addAll(attributions.documents());
            for (Node n : linked) {
                labels.names(union, n).forEach(out::add);
                thesaurusNames(n).forEach(out::add);
            }
            // Last: the statements' nodes (a predicate, the query's address) name nothing a reader needs a label for.
            attributions.addTo(out, addresses.base());
            return new Description(subject, out, p, pageSize, incoming.size(), attributions);
        });
    }

    /**
     * For a country or organization: the documents sent from its posts (a letter is sent by the Permanent
     * Representative of Azerbaijan, a post in Azerbaijan), two links away, as {@code document unld:sender post}
     * triples; at most a page of them. Returns the documents.
     */
    private Set<Node> sentFromPosts(Graph union, Node subject, Graph out) {
        Set<Node> documents = new java.util.TreeSet<>(Comparator.comparing(Node::toString));
        List<Node> posts = union.find(Node.ANY, ORG.postIn.asNode(), subject).mapWith(Triple::getSubject).toList();
        for (Node post : posts) {
            ExtendedIterator<Triple> it = union.find(Node.ANY, Unld.sender, post);
            try {
                while (it.hasNext() && documents.size() < pageSize) {
                    Triple t = it.next();
                    out.add(t);
                    documents.add(t.getSubject());
                }
            } finally {
                it.close();
            }
        }
        return documents;
    }

    /**
     * Adds the subject's triples and those of the resources that live inside its description: blank nodes
     * and IRIs {@code subject#fragment} (a document's signature blocks). Returns the nodes described.
     */
    private static Set<Node> own(Graph union, Node subject, Graph out) {
        Set<Node> done = new HashSet<>();
        Deque<Node> todo = new ArrayDeque<>();
        todo.add(subject);
        String hashPrefix = subject.isURI() ? subject.getURI() + "#" : null;
        while (!todo.isEmpty()) {
            Node s = todo.poll();
            if (!done.add(s)) {
                continue;
            }
            ExtendedIterator<Triple> it = union.find(s, Node.ANY, Node.ANY);
            try {
                while (it.hasNext()) {
                    Triple t = it.next();
                    out.add(t);
                    Node o = t.getObject();
                    if (o.isBlank() || (o.isURI() && hashPrefix != null && o.getURI().startsWith(hashPrefix))) {
                        todo.add(o);
                    }
                }
            } finally {
                it.close();
            }
        }
        return done;
    }

    /**
     * The labels of linked resources, remembered for the state of the store they were read from. A shared
     * resource (an organ, a country, a session) is described again in every document graph that uses it, so
     * reading its label from the union graph goes through one copy per document: on a store of 10,000
     * documents that was most of the time of a description. The labels read at one TDB2 data version (the
     * count of committed writes) serve the readers of that version only; the first reader of a newer version
     * starts afresh, and a reader of an older one reads the store.
     */
    static final class Labels {
        private static final int MAX = 200_000;
        private final DatasetGraph tdb;
        private long version = Long.MIN_VALUE;
        private Map<Node, List<Triple>> known = new ConcurrentHashMap<>();

        Labels(DatasetGraph dataset) {
            // The text dataset wraps TDB2's switchable dataset, which wraps the storage.
            DatasetGraph d = dataset;
            while (TDBInternal.getDatasetGraphTDB(d) == null && d instanceof DatasetGraphWrapper w) {
                d = w.getWrapped();
            }
            this.tdb = TDBInternal.getDatasetGraphTDB(d) == null ? null : d;
        }

        /** {@link #labelOf(Graph, Node)}, from memory when the store has not changed since; in a read transaction. */
        Optional<Triple> of(Graph union, Node n) {
            // The label comes first among the names (namesOf), and a resource without one has no names.
            return names(union, n).stream().findFirst();
        }

        /** {@link #namesOf(Graph, Node)}, from memory when the store has not changed since; in a read transaction. */
        List<Triple> names(Graph union, Node n) {
            Map<Node, List<Triple>> map = forVersion(dataVersion());
            if (map == null) {
                return namesOf(union, n);
            }
            List<Triple> label = map.get(n);
            if (label == null) {
                label = namesOf(union, n);
                if (map.size() < MAX) {
                    map.put(n, label);
                }
            }
            return label;
        }

        private synchronized Map<Node, List<Triple>> forVersion(long v) {
            if (v < 0) {
                return null;
            }
            if (v > version) {
                version = v;
                known = new ConcurrentHashMap<>();
            }
            return v == version ? known : null;
        }

        /** The data version the calling thread's transaction reads, or -1 when it cannot be known. */
        private long dataVersion() {
            if (tdb == null) {
                return -1;
            }
            DatasetGraphTDB storage = TDBInternal.getDatasetGraphTDB(tdb);
            Transaction txn = storage == null ? null : storage.getTxnSystem().getThreadTransaction();
            return txn == null ? -1 : txn.getDataVersion();
        }
    }

    /**
     * What names a linked resource in a description: its label ({@link #labelOf}) and its names in the UN's languages
     * (the language-tagged {@code skos:prefLabel}s of a country or a UN body), so that a page can name it in the
     * reader's language and a client of the RDF can choose.
     */
    static List<Triple> namesOf(Graph graph, Node n) {
        List<Triple> names = new ArrayList<>();
        labelOf(graph, n).ifPresent(names::add);
        ExtendedIterator<Triple> it = graph.find(n, SKOS.prefLabel.asNode(), Node.ANY);
        try {
            it.forEachRemaining(t -> {
                if (t.getObject().isLiteral() && !t.getObject().getLiteralLanguage().isEmpty() && !names.contains(t)) {
                    names.add(t);
                }
            });
        } finally {
            it.close();
        }
        return List.copyOf(names);
    }

    /**
     * The names of a UNBIS Thesaurus concept in the UN's languages, as language-tagged {@code skos:prefLabel}s; none for
     * any other resource. They come from the shipped table (unbis-labels.tsv), not from the store: the store holds only
     * the links to a concept, so its names can never outlive the last link, and the dumps are not changed by them.
     */
    static List<Triple> thesaurusNames(Node n) {
        if (!n.isURI() || !n.getURI().startsWith(Datasets.UNBIS_CONCEPT)) {
            return List.of();
        }
        List<Triple> names = new ArrayList<>();
        Gazetteer.standard().unbisLabels(n.getURI()).forEach((language, name) ->
                names.add(Triple.create(n, SKOS.prefLabel.asNode(), NodeFactory.createLiteralLang(name, language))));
        return names;
    }

    /** The triple that names a resource for a person: rdfs:label, else a title or name; English or untagged first. */
    static Optional<Triple> labelOf(Graph graph, Node n) {
        for (Node p : LABELS) {
            List<Triple> values = graph.find(n, p, Node.ANY).toList();
            Optional<Triple> best = values.stream().filter(t -> t.getObject().isLiteral())
                    .min(Comparator.comparingInt((Triple t) -> languageRank(t.getObject())).thenComparing(t -> t.getObject().getLiteralLexicalForm()));
            if (best.isPresent()) {
                return best;
            }
        }
        return Optional.empty();
    }

    private static int languageRank(Node literal) {
        String lang = literal.getLiteralLanguage();
        if (lang.isEmpty()) {
            return 1;
        }
        return lang.equalsIgnoreCase("en") || lang.toLowerCase(java.util.Locale.ROOT).startsWith("en-") ? 0 : 2;
    }
}
