package org.w3id.unld.cli;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphMemFactory;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.unld.testing.TestResources;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.w3id.unld.cli.CommandLineTest.unld;

class ValidateCommandTest {
    @TempDir
    Path temp;

    @Test
    void aDocumentWithAWarningConformsAndItsWarningIsListedWithItsFile() throws Exception {
        Path file = Files.copy(TestResources.AGENDA_ITEM_WITHOUT_SESSION, temp.resolve("A_HRC_PRST_OS_14_2.txt"));
        Path report = temp.resolve("report.ttl");

        var run = unld("validate", "--report", report.toString(), file.toString());

        assertEquals(0, run.exit(), run.out() + run.err());
        List<String> lines = run.out().lines().toList();
        assertTrue(lines.get(0).startsWith("conforms " + file + " → "), run.out());
        assertTrue(lines.get(1).startsWith("    warning " + file + ": document <"), run.out());
        assertTrue(lines.get(1).contains("/agenda-item/5> unld:session: The document does not print this agenda item's organ or session"), run.out());
        assertEquals("1 file: 1 conform (1 with warnings), 0 rejected", lines.get(2), run.out());

        Graph written = GraphMemFactory.createDefaultGraph();
        RDFParser.source(report).lang(Lang.TURTLE).parse(written);
        Node severity = NodeFactory.createURI("http://www.w3.org/ns/shacl#resultSeverity");
        Node warning = NodeFactory.createURI("http://www.w3.org/ns/shacl#Warning");
        assertEquals(1, written.find(Node.ANY, severity, warning).toList().size(), "--report holds the warning");
    }
}
