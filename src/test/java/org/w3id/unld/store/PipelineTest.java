package org.w3id.unld.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.unld.testing.TestResources;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PipelineTest {
    final Pipeline pipeline = new Pipeline("http://example.org/");

    @Test
    void theReferenceDocumentIsAcceptedAsOneConformingNamedGraph() {
        Outcome o = pipeline.process(TestResources.REFERENCE_DOCUMENT);
        Outcome.Accepted a = assertInstanceOf(Outcome.Accepted.class, o);
        assertTrue(a.document().graphName().getURI().startsWith("http://example.org/graph/document/"));
        assertTrue(a.document().document().getURI().startsWith("http://example.org/id/document/"));
        assertTrue(a.document().graph().size() > 50);
    }

    @Test
    void aDocumentWithAnAgendaItemWithoutSessionIsAcceptedWithOneWarning() {
        Outcome o = pipeline.process(TestResources.AGENDA_ITEM_WITHOUT_SESSION);
        Outcome.Accepted a = assertInstanceOf(Outcome.Accepted.class, o, o::toString);
        assertEquals("http://example.org/id/document/A/HRC/PRST/OS/14/2", a.document().document().getURI());
        assertEquals(1, a.warnings().size(), a.warnings()::toString);
        assertTrue(a.warnings().get(0).contains("<http://example.org/id/document/A/HRC/PRST/OS/14/2/agenda-item/5> unld:session: "
                + "The document does not print this agenda item's organ or session"), a.warnings().get(0));
        assertEquals(List.of(TestResources.AGENDA_ITEM_WITHOUT_SESSION + ": " + a.warnings().get(0)), a.describeWarnings());
    }

    @Test
    void aConformingDocumentHasNoWarning() {
        Outcome.Accepted a = assertInstanceOf(Outcome.Accepted.class, pipeline.process(TestResources.REFERENCE_DOCUMENT));
        assertEquals(List.of(), a.warnings());
    }

    @Test
    void aFileThatCannotBeReadIsRejectedWithItsReasonNotAnException(@TempDir Path temp) throws Exception {
        Path empty = Files.writeString(temp.resolve("empty.txt"), "");
        Outcome.Rejected r = assertInstanceOf(Outcome.Rejected.class, pipeline.process(empty));
        assertEquals(empty, r.file());
        assertTrue(r.describe().startsWith(empty + ": "), r.describe());
        assertTrue(r.violations().isEmpty());
    }

    @Test
    void aTextWithNoUnLayoutIsRejected(@TempDir Path temp) throws Exception {
        Path recipe = Files.writeString(temp.resolve("recipe.txt"), "Pancakes\n\nMix flour, eggs and milk. Fry.\n");
        Outcome.Rejected r = assertInstanceOf(Outcome.Rejected.class, pipeline.process(recipe));
        assertTrue(r.reason().length() > 0 && !r.reason().contains("internal error"), r.reason());
    }
}
