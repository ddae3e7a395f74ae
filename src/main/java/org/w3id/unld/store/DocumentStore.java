package org.w3id.unld.store;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphMemFactory;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.system.Txn;
import org.w3id.unld.map.Iris;
import org.w3id.unld.map.Linksets;
import org.w3id.unld.map.MappedDocument;
import org.w3id.unld.map.Terms;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
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

    private DocumentStore(DatasetGraph dataset, boolean owned) {
        this.dataset = dataset;
        this.owned = owned;
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

    /**
     * Publishes documents in one transaction: each document's named graph is replaced by its new triples,
     * and the links of what the old and new graphs describe are recomputed. Either all of it is stored
     * or, on failure or crash, none.
     */
    public void replace(Collection<MappedDocument> documents) {
        Txn.executeWrite(dataset, () -> {
            Map<String, Set<Node>> touched = new TreeMap<>();
            for (MappedDocument d : documents) {
                // A graph named otherwise than a document's has no base to put links under: stored as it is.
                Linksets links = Iris.isDocumentGraph(d.graphName()) ? linksetsOf(d.graphName()) : null;
                Set<Node> subjects = links == null ? newNodeSet()
                        : touched.computeIfAbsent(Iris.baseOfDocumentGraph(d.graphName()), b -> newNodeSet());
                if (links != null) {
                    subjects.addAll(links.linkable(dataset.getGraph(d.graphName())));
                }
                deleteGraph(d.graphName());
                Iterator<Triple> it = d.graph().find();
                while (it.hasNext()) {
                    Triple t = it.next();
                    dataset.add(d.graphName(), t.getSubject(), t.getPredicate(), t.getObject());
                }
                if (links != null) {
                    subjects.addAll(links.linkable(d.graph()));
                }
            }
            touched.forEach((base, subjects) -> relink(linksets.get(base), subjects));
        });
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
                if (g.isURI() && !Iris.isDocumentGraph(g) && g.getURI().contains("/graph/linkset/")) {
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
                if (inSomeDocumentGraph(subject, Terms.TYPE, type)) {
                    about.add(Triple.create(subject, Terms.TYPE, type));
                }
            }
            if (about.contains(subject, Terms.TYPE, Terms.DOCUMENT)) {
                copyValues(subject, Terms.SYMBOL, about);
            }
            if (about.contains(subject, Terms.TYPE, Terms.AGENDA_ITEM)) {
                copyValues(subject, Terms.TITLE, about);
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
