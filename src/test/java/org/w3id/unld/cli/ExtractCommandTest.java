package org.w3id.unld.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.unld.testing.TestResources;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.w3id.unld.cli.CommandLineTest.unld;

/** {@code unld extract}: one document to standard output, or a folder of them to one JSON file each. */
class ExtractCommandTest {
    @TempDir
    Path temp;

    @Test
    void aFolderGivesOneJsonPerDocumentAtItsRelativePathExactlyAsTheSingleFileFormPrintsIt() throws Exception {
        Path in = Files.createDirectories(temp.resolve("in/part/documents"));
        Files.copy(TestResources.REFERENCE_DOCUMENT, in.resolve("reference.txt"));
        Files.writeString(temp.resolve("in/top.md"), Files.readString(TestResources.REFERENCE_DOCUMENT));
        Files.writeString(in.resolve("reference.txt.expected.json"), "{}"); // not a document: left alone
        Path out = temp.resolve("out");

        var run = unld("extract", temp.resolve("in").toString(), "--out", out.toString());

        assertEquals(0, run.exit(), run.err());
        assertEquals("", run.err());
        assertEquals(List.of("part/documents/reference.txt.json", "top.md.json"), filesUnder(out));
        var single = unld("extract", in.resolve("reference.txt").toString());
        assertEquals(single.out(), Files.readString(out.resolve("part/documents/reference.txt.json")));
    }

    @Test
    void aRejectedDocumentWritesNoJsonIsReportedWithItsReasonAndTheOthersGoOn() throws Exception {
        Path in = Files.createDirectories(temp.resolve("in"));
        Files.writeString(in.resolve("a-empty.txt"), "");
        Files.writeString(in.resolve("b-shopping-list.txt"), "Shopping list\n\nEggs, flour, milk.\nCall the plumber on Tuesday.\n");
        Files.copy(TestResources.REFERENCE_DOCUMENT, in.resolve("c-reference.txt"));
        Path out = temp.resolve("out");

        var run = unld("extract", in.toString(), "--out", out.toString());

        assertEquals(Unld.REJECTED, run.exit());
        assertEquals(List.of("c-reference.txt.json"), filesUnder(out));
        List<String> reported = run.err().lines().toList();
        assertEquals(2, reported.size(), run.err());
        assertTrue(reported.get(0).startsWith(in.resolve("a-empty.txt") + ": empty file"), reported.get(0));
        assertTrue(reported.get(1).matches("\\Q" + in.resolve("b-shopping-list.txt") + "\\E(:\\d+)?: .+"), reported.get(1));
        assertFalse(run.err().contains("\tat "), "no stack trace");
    }

    @Test
    void oneFileWithOutIsWrittenUnderItsName() throws Exception {
        Path reference = TestResources.REFERENCE_DOCUMENT;
        Path out = temp.resolve("out");

        var run = unld("extract", reference.toString(), "--out", out.toString());

        assertEquals(0, run.exit(), run.err());
        assertEquals("", run.out());
        assertEquals(unld("extract", reference.toString()).out(), Files.readString(out.resolve(reference.getFileName() + ".json")));
    }

    @Test
    void aFolderWithoutOutIsAUsageError() {
        var run = unld("extract", temp.toString());
        assertEquals(Unld.USAGE, run.exit());
        assertTrue(run.err().startsWith("unld: extract on a folder needs --out"), run.err());
    }

    @Test
    void theHelpExplainsTheFolderForm() {
        var run = unld("extract", "--help");
        assertEquals(0, run.exit());
        assertTrue(run.out().contains("--out=OUTDIR") && run.out().contains("folder"), run.out());
    }

    private static List<String> filesUnder(Path folder) throws Exception {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).map(p -> folder.relativize(p).toString().replace('\\', '/')).sorted().toList();
        }
    }
}
