package org.w3id.unld.read;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.unld.model.RejectedDocumentException;
import org.w3id.unld.model.SourceText;
import org.w3id.unld.testing.TestResources;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SourceReaderTest {
    @TempDir
    Path dir;

    private Path write(String name, byte[] bytes) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, bytes);
        return p;
    }

    private static String reason(Path file) {
        RejectedDocumentException e = assertThrows(RejectedDocumentException.class, () -> new SourceReader().read(file));
        assertFalse(e.getMessage().contains("\n"), "a reason is one line");
        return e.getMessage();
    }

    @Test
    void textWithByteOrderMarkAndWindowsLineEndsIsPlainLines() throws Exception {
        byte[] body = "United Nations\r\nA/80/1\r\nGeneral Assembly\r\n".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bytes, 3, body.length);
        SourceText t = new SourceReader().read(write("a.txt", bytes));
        assertEquals("United Nations\nA/80/1\nGeneral Assembly\n", t.text());
        assertEquals("text/plain", t.mediaType());
        assertEquals("a.txt", t.fileName());
        assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)), t.sha256());
    }

    @Test
    void utf16AndWindows1252TextIsDecoded() throws Exception {
        byte[] utf16 = "\uFEFFChargé d'affaires".getBytes(StandardCharsets.UTF_16LE);
        assertEquals("Chargé d'affaires", new SourceReader().read(write("u.txt", utf16)).text());
        byte[] cp1252 = "Chargé d’affaires".getBytes("windows-1252");
        assertEquals("Chargé d’affaires", new SourceReader().read(write("w.txt", cp1252)).text());
    }

    @Test
    void emptyBinaryAndUnsupportedFilesAreRejectedWithAReason() throws Exception {
        assertTrue(reason(write("empty.txt", new byte[0])).startsWith("empty file"));
        assertTrue(reason(write("blank.txt", "  \n \n".getBytes(StandardCharsets.UTF_8))).startsWith("empty file"));
        assertTrue(reason(write("image.txt", new byte[]{(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 'I', 'H', 'D', 'R'})).startsWith("binary file"));
        assertTrue(reason(write("photo.jpg", new byte[]{1, 2, 3})).startsWith("unsupported format .jpg"));
        assertTrue(reason(write("fake.pdf", "not a pdf".getBytes(StandardCharsets.UTF_8))).startsWith("not a PDF"));
        assertTrue(reason(dir.resolve("missing.txt")).startsWith("no such file"));
        assertTrue(reason(dir).startsWith("not a regular file"));
    }

    @Test
    void aFileOverTheLimitIsRejectedWithoutBeingRead() throws Exception {
        Path big = dir.resolve("big.txt");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(200L * 1024 * 1024);
        }
        assertTrue(reason(big).startsWith("file too large: 200 MB"));
        Path small = write("small.txt", "United Nations A/80/1".getBytes(StandardCharsets.UTF_8));
        RejectedDocumentException e = assertThrows(RejectedDocumentException.class,
                () -> SourceReader.builder().maxTextBytes(10).build().read(small));
        assertTrue(e.getMessage().startsWith("file too large"));
    }

    @Test
    void aPdfThatPdfBoxCannotOpenIsRejected() throws Exception {
        assertTrue(reason(write("broken.pdf", "%PDF-1.7\n1 0 obj << /Type /Catalog >>\ngarbage".getBytes(StandardCharsets.US_ASCII)))
                .startsWith("PDF cannot be read"));
    }

    @Test
    void aPasswordProtectedPdfIsRejected() throws Exception {
        Path file = dir.resolve("locked.pdf");
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage());
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "user", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            doc.save(file.toFile());
        }
        assertTrue(reason(file).startsWith("encrypted PDF"));
    }

    @Test
    void aPdfWithTextIsReadPageByPage() throws Exception {
        Path file = dir.resolve("made.pdf");
        try (PDDocument doc = new PDDocument()) {
            for (int p = 1; p <= 2; p++) {
                PDPage page = new PDPage();
                doc.addPage(page);
                try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
                    s.beginText();
                    s.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                    s.newLineAtOffset(72, 700);
                    s.showText(p == 1 ? "United Nations A/80/1" : "A/80/1");
                    s.newLineAtOffset(0, -20);
                    s.showText(p == 1 ? "The Secretary-" : "General has the honour.");
                    s.newLineAtOffset(0, -20);
                    s.showText("25-17857 (E)    121125");
                    s.endText();
                }
            }
            doc.save(file.toFile());
        }
        SourceText t = new SourceReader().read(file);
        assertEquals("application/pdf", t.mediaType());
        assertTrue(t.text().contains("The Secretary-General"), t.text());
        assertFalse(t.text().contains("25-17857"), t.text());
    }

    @Test
    void unPdfsLoseTheirJobNumbersBarCodesAndRunningHeads() throws Exception {
        SourceText t = new SourceReader().read(TestResources.CORPUS.resolve("pdf/ga-resolutions/A_RES_73_3-EN.pdf"));
        assertTrue(t.text().startsWith("United Nations A/RES/73/3"), t.text().substring(0, 80));
        assertFalse(t.text().contains("*1816895*"));
        assertFalse(t.text().contains("18-16895"));
        assertFalse(t.text().contains("__________________"));
        assertEquals(1, t.text().split("\nA/RES/73/3\n", -1).length, "the running head is gone from every page");
        assertFalse(t.text().contains("drug -\nresistant"));
    }

    @Test
    void aWordFileGivesItsFirstPageMastheadAndItsParagraphs() throws Exception {
        SourceText t = new SourceReader().read(TestResources.CORPUS.resolve("pdf/ga-reports/A_80_590.docx"));
        assertTrue(t.text().startsWith("United Nations\n\nA/80/590"), t.text().substring(0, 80));
        assertTrue(t.text().contains("Distr.: General"));
        assertTrue(t.text().contains("Report of the Secretary-General"));
    }

    @Test
    void markdownIsReadWithoutItsMarks() throws Exception {
        SourceText t = new SourceReader().read(write("doc.md",
                "# Report\n\n**Tofiq** Musayev \\* A/80/1\n<!-- Page 1 -->\n| a | b |\n|---|---|".getBytes(StandardCharsets.UTF_8)));
        assertEquals("text/markdown", t.mediaType());
        assertEquals("Report\n\nTofiq Musayev * A/80/1\n\na  b\n", t.text());
    }
}
