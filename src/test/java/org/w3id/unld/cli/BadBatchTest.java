package org.w3id.unld.cli;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.unld.testing.TestResources;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.w3id.unld.cli.CommandLineTest.unld;

/**
 * One ingest of good documents mixed with every kind of bad input: the good ones are stored, each bad one
 * is reported with its reason, the exit code is 1 and nothing crashes.
 */
class BadBatchTest {
    @TempDir
    static Path temp;
    static CommandLineTest.Run run;
    static Map<String, String> rejected;

    @BeforeAll
    static void ingestTheBatch() throws Exception {
        Path in = Files.createDirectories(temp.resolve("batch"));
        Path words = TestResources.CORPUS.resolve("text/word-derived");
        // Good: the reference document, a letter and a resolution, the last under a name with spaces and quotes.
        Files.copy(TestResources.REFERENCE_DOCUMENT, in.resolve("reference.txt"));
        Files.copy(words.resolve("A_73_716.txt"), in.resolve("A_73_716.txt"));
        Files.copy(words.resolve("S_RES_2331(2016).txt"), in.resolve("S_RES_2331(2016) \"copy\" 'of' it.txt"));
        // Bad:
        Files.writeString(in.resolve("empty.txt"), "");
        Files.write(in.resolve("binary.txt"), new byte[]{0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 0, 0x3e, 0});
        writeLarge(in.resolve("large.txt"), 100L << 20);
        writeEncryptedPdf(in.resolve("encrypted.pdf"));
        Files.writeString(in.resolve("broken.pdf"), "%PDF-1.7\n1 0 obj << /Type /Catalog >>\ngarbage without xref or trailer\n");
        Files.writeString(in.resolve("shopping-list.txt"), "Shopping list\n\nEggs, flour, milk.\nCall the plumber on Tuesday.\n");
        Files.writeString(in.resolve("illegal-symbol.txt"), Files.readString(words.resolve("A_73_716.txt"))
                .replaceFirst("Seventy-third session", "United Nations\nA/73/<716>{x}|\"^`\\\\\nGeneral Assembly\nDistr.: General\n16 January 2019\n\nSeventy-third session"),
                StandardCharsets.UTF_8);

        run = unld("ingest", "--db", temp.resolve("db").toString(), in.toString());
        rejected = run.out().lines().filter(l -> l.startsWith("  rejected "))
                .collect(Collectors.toMap(l -> Path.of(l.substring("  rejected ".length(), l.indexOf(": "))).getFileName().toString()
                        .replaceFirst(":\\d+$", ""), l -> l.substring(l.indexOf(": ") + 2)));
    }

    static void writeLarge(Path file, long bytes) throws Exception {
        byte[] line = "This line repeats to make a file far larger than any UN document. \n".getBytes(StandardCharsets.UTF_8);
        try (OutputStream os = Files.newOutputStream(file)) {
            for (long n = 0; n < bytes; n += line.length) {
                os.write(line);
            }
        }
    }

    static void writeEncryptedPdf(Path file) throws Exception {
        try (PDDocument pdf = new PDDocument()) {
            pdf.addPage(new PDPage());
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            pdf.protect(policy);
            pdf.save(file.toFile());
        }
    }

    @Test
    void theRunEndsWithExitCodeOneAndNoStackTrace() {
        assertEquals(Unld.REJECTED, run.exit(), run.out() + run.err());
        assertFalse(run.err().contains("\tat ") || run.out().contains("\tat "), run.err());
        assertFalse(run.out().contains("internal error"), run.out());
    }

    @Test
    void theGoodDocumentsAreStored() {
        String summary = run.out().lines().findFirst().orElseThrow();
        assertTrue(summary.startsWith("read 10 files: stored "), summary);
        for (String good : List.of("reference.txt", "A_73_716.txt", "S_RES_2331(2016) \"copy\" 'of' it.txt")) {
            assertFalse(rejected.containsKey(good), good + " was rejected: " + rejected.get(good));
        }
    }

    @Test
    void eachBadFileIsReportedWithItsReason() {
        for (String bad : List.of("empty.txt", "binary.txt", "large.txt", "encrypted.pdf", "broken.pdf", "shopping-list.txt")) {
            assertTrue(rejected.containsKey(bad), bad + " was not reported: " + run.out());
            assertFalse(rejected.get(bad).isBlank(), bad);
        }
        assertTrue(rejected.get("encrypted.pdf").toLowerCase().contains("encrypt"), rejected.get("encrypted.pdf"));
        assertTrue(rejected.get("large.txt").contains("MB") || rejected.get("large.txt").contains("large"), rejected.get("large.txt"));
    }

    @Test
    void aSymbolWithCharactersIllegalInIrisIsStoredEncodedOrReportedButNeverBreaksTheRun() {
        // Either outcome is right; what matters is a valid IRI when stored, a reason when not.
        String summary = run.out().lines().findFirst().orElseThrow();
        int stored = Integer.parseInt(summary.replaceAll(".*stored (\\d+) document.*", "$1"));
        assertEquals(3 + (rejected.containsKey("illegal-symbol.txt") ? 0 : 1), stored, run.out());
    }
}
