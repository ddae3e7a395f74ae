package org.w3id.unld.store;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphMemFactory;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.TxnType;
import org.apache.jena.query.text.DatasetGraphText;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextDocProducerTriples;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.w3id.unld.map.Iris;
import org.w3id.unld.map.Linksets;
import org.w3id.unld.map.MappedDocument;
import org.w3id.unld.vocab.IriPaths;
import org.w3id.unld.vocab.Unld;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The store of published documents: one named graph per document in a TDB2 dataset (with its text
 * index), and one named graph per linkset ({@code {base}graph/linkset/{target}}: the links to Wikidata,
 * GeoNames, UNBIS and undocs.org). Every write is one transaction, so a reader or a crash sees each
 * document whole or not at all, with its links.
 *
 * <p>Linksets are shared by all documents, so they are maintained, not written: in the transaction that
 * replaces or removes documents, every resource the old or new graphs describe that may have links
 * (countries, organs, organizations, posts, documents, agenda items) is relinked from what all document
 * graphs then say of it ({@link Linksets#links(Node, Graph)}). A link is therefore present exactly while
 * some document graph calls for it, and the linksets are the same whatever the order of ingest and removal.
 */
public final class DocumentStore implements AutoCloseable {
    private final DatasetGraph dataset;
    private final boolean owned;
    /** The linksets of each IRI base met, under the write lock of a transaction. */
    private final Map<String, Linksets> linksets = new HashMap<>();
    /**
     * For the text dataset of config.ttl (TDB2 with a Lucene index fed quad by quad): TDB2 itself and the
     * index, which a batch writes directly (see {@link Batch}). Null for any other dataset, written through
     * its own API.
     */
    private final DatasetGraph tdb;
    private final TextIndex textIndex;

    private DocumentStore(DatasetGraph dataset, boolean owned) {
        this.dataset = dataset;
        this.owned = owned;
        if (dataset instanceof DatasetGraphText text && text.getMonitor() instanceof TextDocProducerTriples
                && text.getTextIndex() != null) {
            this.tdb = text.getWrapped();
            this.textIndex = text.getTextIndex();
        } else {
            this.tdb = null;
            this.textIndex = null;
        }
    }

    /** Opens the store of {@code configuration}; fails with a message that says what to do when it is held elsewhere. */
    public static DocumentStore open(FusekiConfiguration configuration) {
        return new DocumentStore(configuration.assembleDataset(), true);
    }

    /** A store over a dataset someone else opened and closes (the running server's). */
    public static DocumentStore over(DatasetGraph dataset) {
        return new DocumentStore(dataset, false);
    }

    public DatasetGraph dataset() {
        return dataset;
    }

    /** Whether a batch writes TDB2 and the text index directly (config.ttl's text dataset), not through the dataset. */
    boolean writesDirectly() {
        return tdb != null;
    }

    /**
     * Publishes documents in one transaction: each document's named graph is replaced by its new triples,
     * and the links of what the old and new graphs describe are recomputed. Either all of it is stored
     * or, on failure or crash, none.
     */
    public void replace(Collection<MappedDocument> documents) {
        try (Batch batch = begin()) {
            documents.forEach(batch::put);
            batch.commit();
        }
    }

    /**
     * Begins a write transaction on the calling thread, into which documents are put one by one as they
     * come; {@link Batch#commit()} publishes them all at once, and closing an uncommitted batch (or a
     * crash) publishes none of them. Readers go on meanwhile and see the store as it was before the batch.
     */
    public Batch begin() {
        dataset.begin(TxnType.WRITE);
        return new Batch();
    }

    /**
     * One write transaction of {@link #begin()}, used by the thread that began it.
     *
     * <p>The text dataset checks, before each quad it adds, whether the quad is already there (and before
     * each delete whether it is): a look-up in TDB2 per quad. A batch knows the answer — the graph is new, or
     * the quad is in the difference between the stored graph and the new one — so it writes the quad to TDB2
     * directly and gives the text index the entity the text dataset would have given it, on a thread of its
     * own ({@link TextIndexFeed}), finished before the transaction commits or aborts. The text index thus
     * holds, at every commit, exactly the indexed literals of the committed quads.
     */
    public final class Batch implements AutoCloseable {
        private final TextIndexFeed feed;
        private final EntityDefinition entities;
        /** Per IRI base, the resources whose links the batch must recompute before it commits. */
        private final Map<String, Set<Node>> touched = new TreeMap<>();
        private int documents;
        private int replaced;
        private long triples;
        private boolean open = true;

        private Batch() {
            this.feed = textIndex == null ? null : new TextIndexFeed(textIndex);
            this.entities = textIndex == null ? null : textIndex.getDocDef();
        }

        /** Replaces the document's named graph by its new triples (in this transaction). */
        public void put(MappedDocument d) {
            Node graphName = d.graphName();
            Graph graph = d.graph();
            // A graph named otherwise than a document's has no base to put links under: stored as it is.
            Linksets links = Iris.isDocumentGraph(graphName) ? linksetsOf(graphName) : null;
            Set<Node> subjects = links == null ? null
                    : touched.computeIfAbsent(Iris.baseOfDocumentGraph(graphName), b -> newNodeSet());
            if (dataset.containsGraph(graphName)) {
                if (links != null) {
                    subjects.addAll(links.linkable(dataset.getGraph(graphName)));
                }
                replaceGraph(graphName, graph);
                replaced++;
            } else {
                addAll(graphName, graph);
            }
            if (links != null) {
                subjects.addAll(links.linkable(graph));
            }
            documents++;
            triples += graph.size();
        }

        /** Documents put in this batch so far. */
        public int documents() {
            return documents;
        }

        /** Documents put in this batch that replaced a stored version (or one put earlier in the batch). */
        public int replaced() {
            return replaced;
        }

        /** Triples of the documents put in this batch so far. */
        public long triples() {
            return triples;
        }

        public void commit() {
            if (!open) {
                throw new IllegalStateException("the batch is already finished");
            }
            try {
                // Once per batch: a country named by every document of it is relinked once, not per document.
                touched.forEach((base, subjects) -> relink(linksets.get(base), subjects));
                if (feed != null) {
                    feed.finish();
                }
            } catch (RuntimeException | Error e) {
                close();
                throw e;
            }
            open = false;
            try {
                // A commit that fails is rolled back by the dataset itself.
                dataset.commit();
            } finally {
                dataset.end();
            }
        }

        /** Aborts the transaction unless it was committed. */
        @Override
        public void close() {
            if (open) {
                open = false;
                try {
                    if (feed != null) {
                        // No change may reach the index after the rollback.
                        feed.finish();
                    }
                } catch (RuntimeException ignored) {
                    // The batch is being abandoned; the rollback below discards the index changes too.
                } finally {
                    try {
                        dataset.abort();
                    } finally {
                        dataset.end();
                    }
                }
            }
        }

        private void addAll(Node graphName, Graph graph) {
            Iterator<Triple> it = graph.find();
            while (it.hasNext()) {
                Triple t = it.next();
                addNew(graphName, t.getSubject(), t.getPredicate(), t.getObject());
            }
        }

        /**
         * Makes the stored graph equal to the new one by deleting the triples it no longer has and adding the
         * ones it lacks: a document ingested again unchanged costs reads only, and the text index hears of
         * exactly the triples that change. Blank nodes cannot be matched this way (their labels differ from
         * run to run), so a graph with any is replaced whole.
         */
        private void replaceGraph(Node graphName, Graph graph) {
            List<Triple> stored = new ArrayList<>();
            boolean blank = false;
            Iterator<Quad> it = dataset.find(graphName, Node.ANY, Node.ANY, Node.ANY);
            while (it.hasNext()) {
                Triple t = it.next().asTriple();
                blank |= hasBlankNode(t);
                stored.add(t);
            }
            Set<Triple> wanted = new HashSet<>();
            graph.find().forEachRemaining(wanted::add);
            if (blank || wanted.stream().anyMatch(DocumentStore::hasBlankNode)) {
                stored.forEach(t -> deletePresent(graphName, t.getSubject(), t.getPredicate(), t.getObject()));
                addAll(graphName, graph);
                return;
            }
            Set<Triple> kept = new HashSet<>();
            for (Triple t : stored) {
                if (wanted.contains(t)) {
                    kept.add(t);
                } else {
                    deletePresent(graphName, t.getSubject(), t.getPredicate(), t.getObject());
                }
            }
            for (Triple t : wanted) {
                if (!kept.contains(t)) {
                    addNew(graphName, t.getSubject(), t.getPredicate(), t.getObject());
                }
            }
        }

        /** Adds a quad that is not in the store. */
        private void addNew(Node g, Node s, Node p, Node o) {
            change(true, g, s, p, o);
        }

        /** Deletes a quad that is in the store. */
        private void deletePresent(Node g, Node s, Node p, Node o) {
            change(false, g, s, p, o);
        }

        private void change(boolean add, Node g, Node s, Node p, Node o) {
            if (tdb == null) {
                if (add) {
                    dataset.add(g, s, p, o);
                } else {
                    dataset.delete(g, s, p, o);
                }
                return;
            }
            if (add) {
                tdb.add(g, s, p, o);
            } else {
                tdb.delete(g, s, p, o);
            }
            Entity e = TextQueryFuncs.entityFromQuad(entities, g, s, p, o);
            if (e != null) {
                feed.change(add, e);
            }
        }
    }

    private static boolean hasBlankNode(Triple t) {
        return t.getSubject().isBlank() || t.getObject().isBlank();
    }

    /** Removes a document's graph, and the links that no other document calls for; shared resources stay described by the other graphs. */
    public boolean remove(Node graphName) {
        return Txn.calculateWrite(dataset, () -> {
            boolean present = dataset.containsGraph(graphName);
            Set<Node> subjects = newNodeSet();
            Linksets links = Iris.isDocumentGraph(graphName) ? linksetsOf(graphName) : null;
            if (links != null) {
                subjects.addAll(links.linkable(dataset.getGraph(graphName)));
            }
            deleteGraph(graphName);
            if (links != null) {
                relink(links, subjects);
            }
            return present;
        });
    }

    /** The names of the linkset graphs that hold links, in name order. */
    public Set<Node> linksetGraphs() {
        return Txn.calculateRead(dataset, () -> {
            Set<Node> out = newNodeSet();
            for (Iterator<Node> it = dataset.listGraphNodes(); it.hasNext(); ) {
                Node g = it.next();
                if (g.isURI() && !Iris.isDocumentGraph(g) && g.getURI().contains("/" + IriPaths.LINKSET_GRAPH)) {
                    out.add(g);
                }
            }
            return out;
        });
    }

    private Linksets linksetsOf(Node documentGraph) {
        return linksets.computeIfAbsent(Iris.baseOfDocumentGraph(documentGraph), Linksets::new);
    }

    /**
     * Replaces the links of each subject by those that what the document graphs now say of it call for.
     * Links depend on a resource's linkable types, and for documents and agenda items on their symbols and
     * titles (see {@link Linksets#links(Node, Graph)}); a type is looked up with one index probe that stops at
     * the first document graph holding it, so that relinking a country named in thousands of documents
     * costs no more than relinking one named once.
     */
    private void relink(Linksets links, Set<Node> subjects) {
        for (Node subject : subjects) {
            for (String target : Linksets.TARGETS) {
                dataset.deleteAny(links.graph(target), subject, Node.ANY, Node.ANY);
            }
            Graph about = GraphMemFactory.createDefaultGraph();
            for (Node type : Linksets.LINKABLE) {
                if (inSomeDocumentGraph(subject, RDF.Nodes.type, type)) {
                    about.add(Triple.create(subject, RDF.Nodes.type, type));
                }
            }
            if (about.contains(subject, RDF.Nodes.type, Unld.Document)) {
                copyValues(subject, Unld.symbol, about);
            }
            if (about.contains(subject, RDF.Nodes.type, Unld.AgendaItem)) {
                copyValues(subject, DCTerms.title.asNode(), about);
            }
            for (Quad q : links.links(subject, about)) {
                dataset.add(q);
            }
        }
    }

    private boolean inSomeDocumentGraph(Node s, Node p, Node o) {
        Iterator<Quad> it = dataset.find(Node.ANY, s, p, o);
        try {
            while (it.hasNext()) {
                if (Iris.isDocumentGraph(it.next().getGraph())) {
                    return true;
                }
            }
            return false;
        } finally {
            Iter.close(it);
        }
    }

    private void copyValues(Node subject, Node predicate, Graph into) {
        dataset.find(Node.ANY, subject, predicate, Node.ANY).forEachRemaining(q -> {
            if (Iris.isDocumentGraph(q.getGraph())) {
                into.add(q.asTriple());
            }
        });
    }

    private static Set<Node> newNodeSet() {
        return new TreeSet<>(Comparator.comparing(Node::getURI));
    }

    private void deleteGraph(Node graphName) {
        // Quad by quad rather than removeGraph, so that the text index hears of every deletion.
        dataset.deleteAny(graphName, Node.ANY, Node.ANY, Node.ANY);
    }

    /** Whether the store holds no document. */
    /** Whether the store holds the named graph (a document already stored, before it is replaced). */
    public boolean contains(Node graphName) {
        return Txn.calculateRead(dataset, () -> dataset.containsGraph(graphName));
    }

    public boolean isEmpty() {
        return graphCount() == 0;
    }

    /** How many documents (document graphs; the linkset graphs are not counted) the store holds. */
    public long graphCount() {
        return Txn.calculateRead(dataset, () -> {
            long n = 0;
            for (Iterator<Node> it = dataset.listGraphNodes(); it.hasNext(); ) {
                if (Iris.isDocumentGraph(it.next())) {
                    n++;
                }
            }
            return n;
        });
    }

    /**
     * The bases the stored documents' IRIs were minted under (the {@code --base} of the ingests that wrote them):
     * one, unless documents were ingested under different bases.
     */
    public Set<String> bases() {
        return Txn.calculateRead(dataset, () -> {
            Set<String> bases = new TreeSet<>();
            for (Iterator<Node> it = dataset.listGraphNodes(); it.hasNext(); ) {
                Node g = it.next();
                if (Iris.isDocumentGraph(g)) {
                    bases.add(Iris.baseOfDocumentGraph(g));
                }
            }
            return bases;
        });
    }

    /** How many quads the named graphs hold. */
    public long quadCount() {
        return Txn.calculateRead(dataset, () -> {
            long n = 0;
            for (var it = dataset.find(Node.ANY, Node.ANY, Node.ANY, Node.ANY); it.hasNext(); it.next()) {
                n++;
            }
            return n;
        });
    }

    @Override
    public void close() {
        if (owned) {
            dataset.close();
            // TDB2 keeps a database open for the life of the JVM once connected; release it (and its lock) so
            // that a later open in this process, or another process, gets a fresh database with one text index.
            DatasetGraph base = dataset instanceof DatasetGraphWrapper w ? w.getWrapped() : dataset;
            if (TDBInternal.isTDB2(base)) {
                TDBInternal.expel(base, true);
            }
        }
    }

}
