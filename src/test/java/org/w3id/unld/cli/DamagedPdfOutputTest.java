package org.w3id.unld.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a person sees when unld reads damaged or hostile PDFs, in a process of its own as they run it: one line per
 * rejected file on stderr, nothing from PDFBox, no stack trace (the library's own log is off: the reason says it all).
 */
class DamagedPdfOutputTest {
    @TempDir
    Path temp;

    @Test
    void damagedPdfsGiveOneLineEachAndNoStackTrace() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("pdfs"));
        byte[] sample = Files.readAllBytes(Path.of("src", "main", "resources", "unld", "samples", "A_RES_73_3-EN.pdf"));
        Files.write(folder.resolve("truncated.pdf"), java.util.Arrays.copyOf(sample, sample.length / 7));
        Files.writeString(folder.resolve("garbage.pdf"), "%PDF-1.7\n" + "x".repeat(5000), StandardCharsets.ISO_8859_1);
        Files.writeString(folder.resolve("bad-font.pdf"), """
                %PDF-1.4
                1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
                2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj
                3 0 obj << /Type /Page /Parent 2 0 R /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >> endobj
                4 0 obj << /Length 44 >> stream
                BT /F1 12 Tf 72 712 Td (Hello) Tj ET
                endstream endobj
                5 0 obj << /Type /Font /Subtype /Type0 /BaseFont /Broken /DescendantFonts [6 0 R] /Encoding /Identity-H >> endobj
                6 0 obj << /Type /Font /Subtype /CIDFontType2 /FontDescriptor 7 0 R >> endobj
                7 0 obj << /FontFile2 8 0 R >> endobj
                8 0 obj << /Length 10 >> stream
                notafont!!
                endstream endobj
                trailer << /Root 1 0 R >>
                %%EOF
                """, StandardCharsets.ISO_8859_1);
        Files.write(folder.resolve("bad-stream.pdf"), badStream());
        Path out = temp.resolve("out");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Unld.class.getName(), "extract", folder.toString(), "--out", out.toString()));
        Process p = new ProcessBuilder(command).redirectOutput(temp.resolve("stdout").toFile()).redirectError(temp.resolve("stderr").toFile()).start();
        assertTrue(p.waitFor(3, TimeUnit.MINUTES), "unld extract did not finish");
        String err = Files.readString(temp.resolve("stderr"));
        assertFalse(err.contains("\tat ") || err.contains("Exception in thread") || err.contains("org.apache.pdfbox"), err);
        long rejected = err.lines().filter(l -> !l.isBlank()).count();
        long written;
        try (var s = Files.walk(out)) {
            written = s.filter(f -> f.toString().endsWith(".json")).count();
        }
        assertEquals(4, rejected + written, "each file is either extracted or rejected on one line:\n" + err);
        err.lines().filter(l -> !l.isBlank()).forEach(l -> assertTrue(l.startsWith(folder.toString()), "a line that names no file: " + l));
    }

    /** A page whose FlateDecode content stream is cut in the middle of its compressed data. */
    private static byte[] badStream() throws Exception {
        var compressed = new java.io.ByteArrayOutputStream();
        try (var z = new DeflaterOutputStream(compressed, new Deflater())) {
            z.write("BT /F1 12 Tf 72 712 Td (Hello world) Tj ET ".repeat(200).getBytes(StandardCharsets.US_ASCII));
        }
        byte[] cut = java.util.Arrays.copyOf(compressed.toByteArray(), compressed.size() / 2);
        var pdf = new java.io.ByteArrayOutputStream();
        pdf.writeBytes(("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
                + "3 0 obj << /Type /Page /Parent 2 0 R /Contents 4 0 R >> endobj\n4 0 obj << /Length " + cut.length
                + " /Filter /FlateDecode >> stream\n").getBytes(StandardCharsets.ISO_8859_1));
        pdf.writeBytes(cut);
        pdf.writeBytes("\nendstream endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1));
        return pdf.toByteArray();
    }
}
