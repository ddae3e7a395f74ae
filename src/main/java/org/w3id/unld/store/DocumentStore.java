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
import org.apache.jena.rdfpatch.RDFPatch;
import org.apache.jena.rdfpatch.changes.RDFChangesApply;
import org.apache.jena.rdfpatch.changes.RDFChangesExternalTxn;
import org.apache.jena.rdfpatch.changes.RDFChangesNoOp;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.lang.LabelToNode;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.store.DatasetGraphSwitchable;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.w3id.unld.map.Iris;
import org.w3id.unld.map.Linksets;
import org.w3id.unld.map.MappedDocument;
import org.w3id.unld.vocab.IriPaths;
import org.w3id.unld.vocab.Unld;

import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
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
 *
 * <p>A store with a {@link PatchJournal} records every committed write as one RDF Patch: the quads each batch adds
 * and deletes, in document graphs and linksets, in the order it makes them. A replica takes the same patches in with
 * {@link #apply}. Either way the transaction also records the patch's id ({@link PatchMark}).
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
    /** Where committed writes are recorded; null: not recorded. */
    private final PatchJournal journal;

    private DocumentStore(DatasetGraph dataset, boolean owned, PatchJournal journal) {
        this.dataset = dataset;
        this.owned = owned;
        this.journal = journal;
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
        return new DocumentStore(configuration.assembleDataset(), true, PatchJournal.of(configuration.location()));
    }

    /** A store over a dataset someone else opened and closes (the running server's); its writes are not recorded. */
    public static DocumentStore over(DatasetGraph dataset) {
        return new DocumentStore(dataset, false, null);
    }

    /** A store over a dataset someone else opened and closes (the running server's), recording its writes in {@code journal}. */
    public static DocumentStore over(DatasetGraph dataset, PatchJournal journal) {
        return new DocumentStore(dataset, false, journal);
    }

    /** The journal of the store's writes, if they are recorded. */
    public Optional<PatchJournal> journal() {
        return Optional.ofNullable(journal);
    }

    /** The last patch the store committed or applied. */
    public Optional<PatchMark> lastPatch() {
        return Txn.calculateRead(dataset, () -> PatchMark.read(dataset));
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
        /** The patch of this batch's changes; null when the store keeps no journal. */
        private final PatchJournal.Recording patch;
        /** Whether each document graph the batch changed was there before the batch. */
        private final Map<Node, Boolean> existed = new LinkedHashMap<>();
        private int documents;
        private int replaced;
        private long triples;
        private boolean open = true;

        private Batch() {
            PatchJournal.Recording recording = null;
            if (journal != null) {
                try {
                    Optional<PatchMark> last = PatchMark.read(dataset);
                    journal.reconcile(last);
                    recording = journal.record(last.map(PatchMark::id).orElse(null));
                } catch (RuntimeException e) {
                    dataset.abort();
                    dataset.end();
                    throw e;
                }
            }
            this.patch = recording;
            this.feed = textIndex == null ? null : new TextIndexFeed(textIndex);
            this.entities = textIndex == null ? null : textIndex.getDocDef();
        }

        /**
         * Removes a document's graph (in this transaction), and the links that no other document calls for;
         * shared resources stay described by the other graphs. Whether it was there.
         */
        public boolean remove(Node graphName) {
            boolean present = dataset.containsGraph(graphName);
            existed.putIfAbsent(graphName, present);
            if (present) {
                Linksets links = Iris.isDocumentGraph(graphName) ? linksetsOf(graphName) : null;
                if (links != null) {
                    touched.computeIfAbsent(Iris.baseOfDocumentGraph(graphName), b -> newNodeSet())
                            .addAll(links.linkable(dataset.getGraph(graphName)));
                }
                List<Quad> quads = new ArrayList<>();
                dataset.find(graphName, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(quads::add);
                // Quad by quad rather than removeGraph, so that the text index hears of every deletion.
                quads.forEach(q -> deletePresent(graphName, q.getSubject(), q.getPredicate(), q.getObject()));
            }
            return present;
        }

        /** Replaces the document's named graph by its new triples (in this transaction). */
        public void put(MappedDocument d) {
            Node graphName = d.graphName();
            Graph graph = d.graph();
            // A graph named otherwise than a document's has no base to put links under: stored as it is.
            Linksets links = Iris.isDocumentGraph(graphName) ? linksetsOf(graphName) : null;
            Set<Node> subjects = links == null ? null
                    : touched.computeIfAbsent(Iris.baseOfDocumentGraph(graphName), b -> newNodeSet());
            boolean present = dataset.containsGraph(graphName);
            existed.putIfAbsent(graphName, present);
            if (present) {
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
                touched.forEach((base, subjects) -> relink(linksets.get(base), subjects, this));
                if (feed != null) {
                    feed.finish();
                }
            } catch (RuntimeException | Error e) {
                close();
                throw e;
            }
            PatchJournal.Entry recorded = null;
            try {
                if (patch != null && !patch.isEmpty()) {
                    // The patch is on disk before the commit, and the commit records its id: see PatchJournal.
                    new PatchMark(patch.end(), -1, patch.time()).write(dataset);
                    recorded = patch.seal(graphChanges());
                } else if (patch != null) {
                    patch.discard();
                }
            } catch (RuntimeException | Error e) {
                close();
                throw e;
            }
            open = false;
            boolean committed = false;
            try {
                // A commit that fails is rolled back by the dataset itself.
                dataset.commit();
                committed = true;
            } finally {
                dataset.end();
                if (!committed && recorded != null) {
                    journal.drop(recorded);
                }
            }
        }

        /** Aborts the transaction unless it was committed. */
        @Override
        public void close() {
            if (open) {
                open = false;
                try {
                    if (patch != null) {
                        patch.discard();
                    }
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

        /** What the batch did to each document graph it changed. */
        private List<GraphChange> graphChanges() {
            List<GraphChange> out = new ArrayList<>();
            existed.forEach((graph, before) -> {
                if (patch.changed(graph) && Iris.isDocumentGraph(graph)) {
                    out.add(new GraphChange(graph, GraphChange.Kind.of(before, dataset.containsGraph(graph))));
                }
            });
            return out;
        }

        /** Adds or deletes a link, through the dataset (the text index does not index links), recorded in the patch. */
        private void linkChange(boolean add, Quad q) {
            if (patch != null) {
                if (add) {
                    patch.add(q.getGraph(), q.getSubject(), q.getPredicate(), q.getObject());
                } else {
                    patch.delete(q.getGraph(), q.getSubject(), q.getPredicate(), q.getObject());
                }
            }
            if (add) {
                dataset.add(q);
            } else {
                dataset.delete(q);
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
            if (patch != null) {
                if (add) {
                    patch.add(g, s, p, o);
                } else {
                    patch.delete(g, s, p, o);
                }
            }
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
        try (Batch batch = begin()) {
            boolean present = batch.remove(graphName);
            batch.commit();
            return present;
        }
    }

    /**
     * Applies a patch of the writer's journal (a replica's step): in one write transaction, through the text dataset
     * (so the text index follows), with the patch and its {@code offset} in the replication topic recorded as the
     * store's {@link PatchMark} and the patch appended to this store's journal. The patch must follow the store's
     * last one; a patch already applied (a redelivery) is skipped. Nothing is written when it fails.
     *
     * @return whether the patch was applied (false: it was the store's last one already)
     * @throws PatchOrderException when the patch does not follow the store's last one
     */
    public boolean apply(RDFPatch patch, byte[] text, long offset) {
        Node id = patch.getId();
        if (id == null) {
            throw new PatchOrderException("the patch has no id");
        }
        dataset.begin(TxnType.WRITE);
        PatchJournal.Entry recorded = null;
        boolean committed = false;
        try {
            Optional<PatchMark> last = PatchMark.read(dataset);
            Node lastId = last.map(PatchMark::id).orElse(null);
            if (id.equals(lastId)) {
                return false;
            }
            // A store that has taken in no patch takes the first it is given (a new replica takes the topic's first).
            if (last.isPresent() && !Objects.equals(patch.getPrevious(), lastId)) {
                throw new PatchOrderException("patch " + PatchJournal.idText(id) + " follows "
                        + (patch.getPrevious() == null ? "no patch" : PatchJournal.idText(patch.getPrevious()))
                        + ", but the store's last patch is " + PatchJournal.idText(lastId));
            }
            Map<Node, Boolean> existed = new LinkedHashMap<>();
            patch.apply(new RDFChangesNoOp() {
                @Override
                public void add(Node g, Node s, Node p, Node o) {
                    touch(g);
                }

                @Override
                public void delete(Node g, Node s, Node p, Node o) {
                    touch(g);
                }

                private void touch(Node g) {
                    if (g != null && Iris.isDocumentGraph(g)) {
                        existed.computeIfAbsent(g, dataset::containsGraph);
                    }
                }
            });
            patch.apply(new RDFChangesExternalTxn(new RDFChangesApply(dataset)));
            new PatchMark(id, offset, Instant.now()).write(dataset);
            if (journal != null) {
                List<GraphChange> changes = new ArrayList<>();
                existed.forEach((g, before) -> changes.add(new GraphChange(g, GraphChange.Kind.of(before, dataset.containsGraph(g)))));
                journal.reconcile(last);
                recorded = journal.append(text, changes);
            }
            dataset.commit();
            committed = true;
            return true;
        } finally {
            if (!committed) {
                dataset.abort();
                if (recorded != null) {
                    journal.drop(recorded);
                }
            }
            dataset.end();
        }
    }

    /**
     * Fills an empty store with the quads of an N-Quads stream (a dump's), in one write transaction through the text
     * dataset (so the index follows), blank nodes keeping the labels the dump gives them; records {@code patch}, the
     * last change the dump includes, as the store's mark, so that a replica goes on with the patch after it.
     *
     * @return how many quads were read
     */
    public long load(InputStream nquads, Optional<Node> patch) {
        dataset.begin(TxnType.WRITE);
        boolean committed = false;
        try {
            if (dataset.listGraphNodes().hasNext()) {
                throw new StoreUnavailableException("the store is not empty: load a dump into a new --db folder");
            }
            long[] count = {0};
            StreamRDF into = new StreamRDFBase() {
                @Override
                public void quad(Quad q) {
                    dataset.add(q);
                    count[0]++;
                }

                @Override
                public void triple(Triple t) {
                    dataset.add(Quad.defaultGraphIRI, t.getSubject(), t.getPredicate(), t.getObject());
                    count[0]++;
                }
            };
            // The dump writes a label in Jena's encoded form (N-Triples allows fewer characters than TDB2 labels hold): decoded back.
            RDFParser.source(nquads).lang(Lang.NQUADS).labelToNode(LabelToNode.createUseLabelEncoded()).parse(into);
            patch.ifPresent(id -> new PatchMark(id, -1, Instant.now()).write(dataset));
            dataset.commit();
            committed = true;
            return count[0];
        } finally {
            if (!committed) {
                dataset.abort();
            }
            dataset.end();
        }
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
    private void relink(Linksets links, Set<Node> subjects, Batch batch) {
        for (Node subject : subjects) {
            // Only the links that change are written (and recorded in the batch's patch).
            Set<Quad> old = new HashSet<>();
            for (String target : Linksets.TARGETS) {
                dataset.find(links.graph(target), subject, Node.ANY, Node.ANY).forEachRemaining(old::add);
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
            Set<Quad> wanted = new HashSet<>(links.links(subject, about));
            for (Quad q : old) {
                if (!wanted.contains(q)) {
                    batch.linkChange(false, q);
                }
            }
            for (Quad q : wanted) {
                if (!old.contains(q)) {
                    batch.linkChange(true, q);
                }
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

    /**
     * How much of the TDB2 store's current generation is live and how much superseded (see {@link StoreSpace}); empty
     * when the configuration gives a dataset that is not TDB2 on disk.
     */
    public Optional<StoreSpace> space() {
        DatasetGraphTDB storage = StoreSpace.storage(dataset);
        return storage == null || storage.getLocation().isMem() ? Optional.empty() : Optional.of(StoreSpace.of(dataset));
    }

    /**
     * Compacts the TDB2 store: Jena copies the live quads and prefixes (so the {@link PatchMark}) into a new
     * generation ({@code Data-0002} after {@code Data-0001} …), switches to it and deletes the old one. The text index
     * is not touched: it indexes by entity IRI, not by TDB2's node ids, so it stays right for the new generation.
     *
     * <p>Only a store this object opened (not one {@link #over} a server's dataset), outside any transaction: the
     * store's lock (TDB2's and Lucene's) keeps every other process out, and nothing else of this process holds it.
     */
    public Compaction compact() {
        if (!owned) {
            throw new IllegalStateException("only a store opened with DocumentStore.open is compacted");
        }
        if (dataset.isInTransaction()) {
            throw new IllegalStateException("compact outside a transaction");
        }
        DatasetGraph container = dataset;
        while (!(container instanceof DatasetGraphSwitchable) && container instanceof DatasetGraphWrapper w) {
            container = w.getWrapped();
        }
        if (!(container instanceof DatasetGraphSwitchable) || space().isEmpty()) {
            throw new StoreUnavailableException("the store is not a TDB2 database on disk; only TDB2 is compacted");
        }
        StoreSpace before = StoreSpace.of(dataset);
        long started = System.nanoTime();
        DatabaseMgr.compact(container, true);
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        return new Compaction(before, StoreSpace.of(dataset), took);
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
