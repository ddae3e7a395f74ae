package org.w3id.unld.serve;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdfpatch.RDFPatch;
import org.apache.jena.rdfpatch.RDFPatchOps;
import org.apache.jena.rdfpatch.changes.RDFChangesCollector;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.unld.store.DocumentStore;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The server keeps rendered descriptions between requests ({@link DescriptionCache}); a commit must change what
 * {@code /doc/…} serves at once, in every format: a write through the server's dataset, and a patch applied as a
 * replica applies the writer's.
 */
class DescriptionsAfterCommitsTest {

    @Test
    void aCommitChangesTheServedDescriptionAtOnce(@TempDir Path folder) {
        try (TestServer server = TestServer.start(folder, b -> { })) {
            Node document = NodeFactory.createURI(server.referenceDocument);
            String turtle = docPath(server, ".ttl");
            String html = docPath(server, ".html");
            String title = "A title written after the description was first served";
            assertFalse(body(server, turtle).contains(title));
            assertFalse(body(server, html).contains(title));
            assertEquals(body(server, turtle), body(server, turtle), "served twice at one version: the same");

            Node graph = NodeFactory.createURI(server.base + "graph/document/later-write");
            Txn.executeWrite(server.server.dataset(), () ->
                    server.server.dataset().add(graph, document, DCTerms.alternative.asNode(), NodeFactory.createLiteralString(title)));

            assertTrue(body(server, turtle).contains(title), "the Turtle after the commit");
            assertTrue(body(server, html).contains(title), "the page after the commit");
        }
    }

    @Test
    void aReplicasAppliedPatchChangesTheServedDescriptionAtOnce(@TempDir Path folder) {
        try (TestServer server = TestServer.start(folder, b -> { })) {
            Node document = NodeFactory.createURI(server.referenceDocument);
            String turtle = docPath(server, ".ttl");
            String title = "A title the writer's patch brings";
            assertFalse(body(server, turtle).contains(title));

            RDFChangesCollector changes = new RDFChangesCollector();
            changes.header("id", NodeFactory.createURI("uuid:" + UUID.randomUUID()));
            changes.txnBegin();
            changes.add(NodeFactory.createURI(server.base + "graph/document/patched"), document, DCTerms.alternative.asNode(),
                    NodeFactory.createLiteralString(title));
            changes.txnCommit();
            RDFPatch patch = changes.getRDFPatch();
            assertTrue(DocumentStore.over(server.server.dataset()).apply(patch, RDFPatchOps.str(patch).getBytes(StandardCharsets.UTF_8), 0));

            assertTrue(body(server, turtle).contains(title), "the Turtle after the replica applied the patch");
        }
    }

    /** The reference document's description in one format, e.g. "/doc/document/….ttl". */
    private static String docPath(TestServer server, String extension) {
        return "/doc/" + server.referencePath().substring("id/".length()) + extension;
    }

    private static String body(TestServer server, String path) {
        HttpResponse<String> r = server.get(path, null);
        assertEquals(200, r.statusCode(), path);
        return r.body();
    }
}
