package org.w3id.unld.store;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.unld.testing.TestResources;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IngestTest extends OpenStore {
    static final String BASE = "http://example.org/";

    @Test
    void aDocumentWithAnAgendaItemWithoutSessionIsStoredAndItsWarningListed() throws Exception {
        Path file = TestResources.AGENDA_ITEM_WITHOUT_SESSION;
        IngestSummary summary = Ingest.create(new Pipeline(BASE), store).build().run(List.of(file));

        assertEquals(1, summary.stored());
        assertEquals(List.of(), summary.rejected());
        assertEquals(1, summary.warnings().size(), summary.warnings()::toString);
        assertTrue(summary.warnings().get(0).startsWith(file + ": document <" + BASE + "id/document/A/HRC/PRST/OS/14/2>: "),
                summary.warnings().get(0));
        assertTrue(summary.allStored(), "a warning is no rejection");
        Node item = NodeFactory.createURI(BASE + "id/document/A/HRC/PRST/OS/14/2/agenda-item/5");
        assertTrue(Txn.calculateRead(store.dataset(), () -> store.dataset().contains(Node.ANY, Node.ANY, Node.ANY, item)),
                "the agenda item is stored, under its document");
    }

    @Test
    void aRunWithoutWarningsListsNone(@TempDir Path temp) throws Exception {
        Path empty = Files.writeString(temp.resolve("empty.txt"), "");
        IngestSummary summary = Ingest.create(new Pipeline(BASE), store).build().run(List.of(empty));
        assertEquals(1, summary.rejected().size());
        assertEquals(List.of(), summary.warnings());
    }
}
