package org.w3id.unld.store;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdfpatch.PatchHeader;
import org.apache.jena.rdfpatch.RDFPatch;
import org.apache.jena.rdfpatch.RDFPatchOps;
import org.apache.jena.rdfpatch.changes.RDFChangesCounter;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.unld.dump.SyntheticDocuments;
import org.w3id.unld.map.MappedDocument;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every committed write of a store is one RDF Patch in its journal, in order, and the patches rebuild the store. */
class PatchJournalTest extends OpenStore {
    @TempDir
    Path replicaDb;

    static Node graphOf(String symbol) {
        return NodeFactory.createURI(SyntheticDocuments.BASE + "graph/document/" + symbol);
    }

    static Set<String> quads(DocumentStore s) {
        return Txn.calculateRead(s.dataset(), () -> {
            Set<String> out = new TreeSet<>();
            s.dataset().find().forEachRemaining(q -> out.add(q.toString()));
            return out;
        });
    }

    PatchJournal journal() {
        return store.journal().orElseThrow();
    }

    @Test
    void aPatchIdIsMadeFromThePreviousIdAndTheChangesInWhateverOrderTheBatchMadeThem() {
        MappedDocument a = SyntheticDocuments.document("A/79/704", "A title");
        MappedDocument b = SyntheticDocuments.document("A/79/705", "Another title");
        store.replace(List.of(a, b));
        try (DocumentStore other = DocumentStore.open(FusekiConfiguration.load(null, new StoreLocation(replicaDb)))) {
            other.replace(List.of(b, a));
            assertEquals(store.lastPatch().orElseThrow().id(), other.lastPatch().orElseThrow().id(),
                    "the same changes after the same (no) patch: the same id, whatever their order or time");
        }
    }

    @Test
    void theSameChangesMadeAgainLaterGetANewId() {
        MappedDocument a = SyntheticDocuments.document("A/79/704", "A title");
        store.replace(List.of(a));
        store.remove(a.graphName());
        store.replace(List.of(a));
        List<PatchJournal.Entry> entries = journal().entries();
        assertEquals(3, entries.size());
        assertEquals(text(entries.get(0)).replaceAll("(?m)^H (id|prev|time) .*\\n", ""),
                text(entries.get(2)).replaceAll("(?m)^H (id|prev|time) .*\\n", ""), "the first and third patch make the same changes");
        assertEquals(3, entries.stream().map(e -> journal().header(e).getId()).distinct().count(),
                "each follows another patch, so each has its own id");
    }

    private static String text(PatchJournal.Entry e) {
        try {
            return Files.readString(e.file(), StandardCharsets.UTF_8);
        } catch (java.io.IOException ex) {
            throw new java.io.UncheckedIOException(ex);
        }
    }

    @Test
    void eachBatchIsOnePatchChainedToThePreviousOne() {
        store.replace(SyntheticDocuments.sample());
        store.replace(List.of(SyntheticDocuments.document("A/79/704", "A changed title")));
        List<PatchJournal.Entry> entries = journal().entries();
        assertEquals(2, entries.size());
        PatchHeader first = journal().header(entries.get(0));
        PatchHeader second = journal().header(entries.get(1));
        assertNull(first.getPrevious());
        assertEquals(first.getId(), second.getPrevious());
        assertEquals(second.getId(), store.lastPatch().orElseThrow().id());
        assertTrue(journal().header(entries.get(1)).get(PatchJournal.TIME).isLiteral());
    }

    @Test
    void aPatchHoldsTheQuadsTheBatchAddedAndDeletedInDocumentGraphsAndLinksets() {
        store.replace(List.of(SyntheticDocuments.document("A/79/1", "Title")));
        long before = store.quadCount();
        assertTrue(store.remove(graphOf("A/79/1")));
        RDFPatch removal = journal().read(journal().last().orElseThrow());
        RDFChangesCounter counter = new RDFChangesCounter();
        removal.apply(counter);
        assertEquals(0, counter.summary().getCountAddData());
        assertEquals(before, counter.summary().getCountDeleteData(), "every quad, the links included, is deleted");
        String text = RDFPatchOps.str(removal);
        assertTrue(text.contains("graph/linkset/"), text);
    }

    @Test
    void aWriteThatChangesNothingMakesNoPatch() {
        MappedDocument d = DocumentStoreTest.document("A/1", "Same");
        store.replace(List.of(d));
        store.replace(List.of(d));
        assertFalse(store.remove(NodeFactory.createURI("http://example.org/graph/document/none")));
        assertEquals(1, journal().entries().size());
    }

    @Test
    void applyingTheJournalToAnEmptyStoreRebuildsTheStoreTextIndexIncluded() {
        store.replace(SyntheticDocuments.sample());
        store.replace(List.of(SyntheticDocuments.document("A/79/704", "Building a better world through sport")));
        assertTrue(store.remove(graphOf("S/2024/1")));
        try (DocumentStore replica = DocumentStore.open(FusekiConfiguration.load(null, new StoreLocation(replicaDb)))) {
            long offset = 0;
            for (PatchJournal.Entry e : journal().entries()) {
                assertTrue(replica.apply(journal().read(e), journal().bytes(e), offset++));
            }
            assertEquals(quads(store), quads(replica));
            assertEquals(store.lastPatch().orElseThrow().id(), replica.lastPatch().orElseThrow().id());
            assertEquals(2, replica.lastPatch().orElseThrow().offset());
            assertEquals(1, Txn.calculateRead(replica.dataset(), () -> org.apache.jena.sparql.exec.QueryExec.dataset(replica.dataset())
                    .query("PREFIX text: <http://jena.apache.org/text#> SELECT ?s { ?s text:query 'sport' }").select()
                    .materialize().rewindable().size()));
            assertEquals(3, replica.journal().orElseThrow().entries().size(), "a replica keeps the patches it applied");
            PatchJournal.Entry again = journal().entries().get(2);
            assertFalse(replica.apply(journal().read(again), journal().bytes(again), 3), "a redelivered patch is skipped");
        }
    }

    @Test
    void aPatchThatDoesNotFollowTheStoresLastOneIsRefusedAndWritesNothing() {
        store.replace(List.of(DocumentStoreTest.document("A/1", "One")));
        store.replace(List.of(DocumentStoreTest.document("A/2", "Two")));
        store.replace(List.of(DocumentStoreTest.document("A/3", "Three")));
        try (DocumentStore replica = DocumentStore.open(FusekiConfiguration.load(null, new StoreLocation(replicaDb)))) {
            PatchJournal.Entry first = journal().entries().get(0);
            PatchJournal.Entry third = journal().entries().get(2);
            replica.apply(journal().read(first), journal().bytes(first), 0);
            Set<String> before = quads(replica);
            assertThrows(PatchOrderException.class, () -> replica.apply(journal().read(third), journal().bytes(third), 2));
            assertEquals(before, quads(replica));
            assertEquals(1, replica.journal().orElseThrow().entries().size());
        }
    }

    @Test
    void aPatchWhoseBatchNeverCommittedIsDroppedAtTheNextWrite() throws Exception {
        store.replace(List.of(DocumentStoreTest.document("A/1", "One")));
        Node committed = store.lastPatch().orElseThrow().id();
        // What a crash after the patch was synced and before the commit leaves: a last patch the store does not hold.
        String orphan = "H id <uuid:0a1b2c3d-0000-4000-8000-000000000000> .\nH prev <" + committed.getURI() + "> .\nTX .\n"
                + "A <http://example.org/s> <http://example.org/p> \"never committed\" <http://example.org/graph/document/X> .\nTC .\n";
        Files.writeString(journal().folder().resolve("000000000002.rdfp"), orphan, StandardCharsets.UTF_8);
        store.replace(List.of(DocumentStoreTest.document("A/2", "Two")));
        List<PatchJournal.Entry> entries = journal().entries();
        assertEquals(2, entries.size());
        assertEquals(committed, journal().header(entries.get(1)).getPrevious());
        assertFalse(RDFPatchOps.str(journal().read(entries.get(1))).contains("never committed"));
    }

    @Test
    void aJournalThatDoesNotEndAtTheStoresLastPatchIsReportedNotRepaired() throws Exception {
        store.replace(List.of(DocumentStoreTest.document("A/1", "One")));
        Files.writeString(journal().folder().resolve("000000000002.rdfp"),
                "H id <uuid:0a1b2c3d-0000-4000-8000-000000000001> .\nH prev <uuid:0a1b2c3d-0000-4000-8000-000000000002> .\nTX .\nTC .\n");
        StoreUnavailableException e = assertThrows(StoreUnavailableException.class,
                () -> store.replace(List.of(DocumentStoreTest.document("A/2", "Two"))));
        assertTrue(e.getMessage().contains("does not match the store"), e.getMessage());
        assertEquals(1, store.graphCount());
    }

    @Test
    void blankNodesKeepTheirLabelsOnAReplica() {
        store.replace(SyntheticDocuments.sample());
        try (DocumentStore replica = DocumentStore.open(FusekiConfiguration.load(null, new StoreLocation(replicaDb)))) {
            PatchJournal.Entry e = journal().entries().get(0);
            replica.apply(journal().read(e), journal().bytes(e), 0);
            Set<String> blanks = new TreeSet<>();
            quads(store).stream().filter(q -> q.contains("_:")).forEach(blanks::add);
            assertFalse(blanks.isEmpty(), "the sample has blank nodes");
            assertTrue(quads(replica).containsAll(blanks));
        }
    }
}
