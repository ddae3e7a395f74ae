package org.w3id.unld.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The command line's contract: help everywhere, exit codes 0/1/2, one-line errors without stack traces. */
class CommandLineTest {
    @TempDir
    Path temp;

    /** Output and exit code of one run of {@code unld}. */
    record Run(int exit, String out, String err) {
    }

    static Run unld(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Unld.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"extract", "validate", "ingest", "serve", "dump", "compact"})
    void everyCommandExplainsItselfWithHelp(String command) {
        Run run = unld(command, "--help");
        assertEquals(0, run.exit());
        assertTrue(run.out().startsWith("Usage: unld " + command), run.out());
    }

    @Test
    void withoutACommandItPrintsTheCommands() {
        Run run = unld();
        assertEquals(0, run.exit());
        assertTrue(run.out().contains("ingest") && run.out().contains("serve"), run.out());
    }

    @Test
    void anUnknownOptionIsAUsageError() {
        Run run = unld("ingest", "--frobnicate", "x");
        assertEquals(Unld.USAGE, run.exit());
        assertTrue(run.err().contains("Unknown option: '--frobnicate'"), run.err());
    }

    @Test
    void aMissingFileIsAUsageErrorOnOneLine() {
        Run run = unld("extract", temp.resolve("nothing.txt").toString());
        assertEquals(Unld.USAGE, run.exit());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().startsWith("unld: no file "), run.err());
    }

    @Test
    void aBadPortIsAUsageError() {
        Run run = unld("serve", "--db", temp.toString(), "--port", "70000");
        assertEquals(Unld.USAGE, run.exit());
        assertTrue(run.err().contains("--port"), run.err());
    }

    @Test
    void aTimeoutOrResultCapBelowOneIsAUsageError() {
        Run timeout = unld("serve", "--db", temp.toString(), "--timeout", "0");
        assertEquals(Unld.USAGE, timeout.exit());
        assertTrue(timeout.err().contains("--timeout must be at least 1 second"), timeout.err());
        Run cap = unld("serve", "--db", temp.toString(), "--max-results", "0");
        assertEquals(Unld.USAGE, cap.exit());
        assertTrue(cap.err().contains("--max-results must be at least 1"), cap.err());
    }

    @Test
    void aBaseThatIsNotAnHttpIriIsAUsageError() {
        Run run = unld("validate", "--base", "urn:x", temp.toString());
        assertEquals(Unld.USAGE, run.exit());
        assertTrue(run.err().contains("--base must be an absolute http(s) IRI"), run.err());
        assertFalse(run.err().contains("\tat "), "no stack trace");
    }

    @Test
    void versionNamesUnldAndJena() {
        Run run = unld("--version");
        assertEquals(0, run.exit());
        assertTrue(run.out().startsWith("unld 0."), run.out());
        assertTrue(run.out().contains("Apache Jena"), run.out());
    }
}
