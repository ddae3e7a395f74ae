package org.w3id.unld.store;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.system.Txn;
import org.w3id.unld.map.MappedDocument;

import java.util.Collection;
import java.util.Iterator;

/**
 * The store of published documents: one named graph per document in a TDB2 dataset (with its text
 * index). Every write is one transaction, so a reader or a crash sees each document whole or not at all.
 */
public final class DocumentStore implements AutoCloseable {
    private final DatasetGraph dataset;
    private final boolean owned;

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
     * Publishes documents in one transaction: each document's named graph is replaced by its new triples.
     * Either all of them are stored or, on failure or crash, none.
     */
    public void replace(Collection<MappedDocument> documents) {
        Txn.executeWrite(dataset, () -> {
            for (MappedDocument d : documents) {
                deleteGraph(d.graphName());
                Iterator<Triple> it = d.graph().find();
                while (it.hasNext()) {
                    Triple t = it.next();
                    dataset.add(d.graphName(), t.getSubject(), t.getPredicate(), t.getObject());
                }
            }
        });
    }

    /** Removes a document's graph; shared resources stay described by the other documents' graphs. */
    public boolean remove(Node graphName) {
        return Txn.calculateWrite(dataset, () -> {
            boolean present = dataset.containsGraph(graphName);
            deleteGraph(graphName);
            return present;
        });
    }

    private void deleteGraph(Node graphName) {
        // Quad by quad rather than removeGraph, so that the text index hears of every deletion.
        dataset.deleteAny(graphName, Node.ANY, Node.ANY, Node.ANY);
    }

    public boolean isEmpty() {
        return Txn.calculateRead(dataset, () -> !dataset.listGraphNodes().hasNext());
    }

    /** How many documents (named graphs) the store holds. */
    public long graphCount() {
        return Txn.calculateRead(dataset, () -> {
            long n = 0;
            for (Iterator<Node> it = dataset.listGraphNodes(); it.hasNext(); it.next()) {
                n++;
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
