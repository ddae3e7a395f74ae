package org.w3id.unld.read;

import org.w3id.unld.model.RejectedDocumentException;
import org.w3id.unld.model.SourceText;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.Path;
import java.time.Duration;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a document file (.txt, .md, .pdf, .docx) into plain text: one reader per format, the format
 * told by the file's first bytes before its extension (a PDF named .txt is still a PDF). A file that is
 * empty, binary, too large or unreadable is rejected with a one-line reason; the size limits are checked
 * before anything is loaded, so a 200 MB file costs nothing.
 */
public final class SourceReader {
    public static final String TEXT = "text/plain";
    public static final String MARKDOWN = "text/markdown";
    public static final String PDF = "application/pdf";
    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /** The most characters read off a PDF or Word file: ten times the longest UN report. */
    static final long MAX_CHARACTERS = 20_000_000;
    /** The most bytes a PDF's streams or a Word package's parts may decode to. */
    static final long MAX_DECODED_BYTES = 512L * 1024 * 1024;
    private static final Set<String> DOCUMENT_EXTENSIONS = Set.of("txt", "md", "pdf", "docx");

    private final long maxTextBytes;
    private final long maxBinaryBytes;
    private final int maxPdfPages;
    private final Duration readingTime;

    /** A reader with the default limits: 50 MB of text, 100 MB of PDF or Word, 2,000 PDF pages, 2 minutes to read one. */
    public SourceReader() {
        this(builder());
    }

    private SourceReader(Builder b) {
        this.maxTextBytes = b.maxTextBytes;
        this.maxBinaryBytes = b.maxBinaryBytes;
        this.maxPdfPages = b.maxPdfPages;
        this.readingTime = b.readingTime;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Reads one file; a file that is empty, binary, too large or unreadable is rejected with a one-line reason. */
    public SourceText read(Path file) throws RejectedDocumentException {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            throw new RejectedDocumentException("no such file");
        } catch (IOException e) {
            throw new RejectedDocumentException("file cannot be read: " + PdfTextReader.oneLine(e.getMessage()), e);
        }
        if (!attributes.isRegularFile()) {
            throw new RejectedDocumentException("not a regular file");
        }
        long size = attributes.size();
        if (size == 0) {
            throw new RejectedDocumentException("empty file");
        }
        String fileName = file.getFileName().toString();
        String ext = extension(fileName);
        boolean binaryByName = ext.equals("pdf") || ext.equals("docx");
        try {
            if (!binaryByName) {
                // One read for text files: the format is told from the bytes read anyway.
                checkSize(size, maxTextBytes, false);
                byte[] bytes = Files.readAllBytes(file);
                String mediaType = mediaType(fileName, bytes);
                if (!mediaType.equals(PDF) && !mediaType.equals(DOCX)) {
                    return text(fileName, mediaType, bytes);
                }
                checkSize(size, maxBinaryBytes, true);
                return binary(file, fileName, mediaType);
            }
            String mediaType = mediaType(fileName, head(file));
            checkSize(size, mediaType.equals(PDF) || mediaType.equals(DOCX) ? maxBinaryBytes : maxTextBytes,
                    mediaType.equals(PDF) || mediaType.equals(DOCX));
            return binary(file, fileName, mediaType);
        } catch (AccessDeniedException e) {
            throw new RejectedDocumentException("file is not readable");
        } catch (IOException e) {
            throw new RejectedDocumentException("file cannot be read: " + PdfTextReader.oneLine(e.getMessage()), e);
        } catch (OutOfMemoryError e) {
            throw new RejectedDocumentException("file too large to read in the memory available");
        }
    }

    private SourceText binary(Path file, String fileName, String mediaType) throws IOException, RejectedDocumentException {
        switch (mediaType) {
            case PDF:
                return new SourceText(fileName, PDF, sha256(file), BoundedWork.run("PDF", readingTime,
                        () -> new PdfTextReader(maxPdfPages, MAX_CHARACTERS, MAX_DECODED_BYTES).read(file)));
            case DOCX:
                return new SourceText(fileName, DOCX, sha256(file), BoundedWork.run("Word document", readingTime,
                        () -> new DocxTextReader(MAX_CHARACTERS, MAX_DECODED_BYTES).read(file)));
            default:
                return text(fileName, mediaType, Files.readAllBytes(file));
        }
    }

    private static SourceText text(String fileName, String mediaType, byte[] bytes) throws RejectedDocumentException {
        String text = TextDecoder.decode(bytes);
        text = mediaType.equals(MARKDOWN) ? MarkdownStripper.strip(text) : cleanPlainText(text);
        if (TextDumpCleaner.looksLikeDump(text)) {
            text = TextDumpCleaner.clean(text);
        }
        if (text.isBlank()) {
            throw new RejectedDocumentException("empty file: no text");
        }
        return new SourceText(fileName, mediaType, hex(digest().digest(bytes)), text);
    }

    private static void checkSize(long size, long limit, boolean binaryFormat) throws RejectedDocumentException {
        if (size > limit) {
            throw new RejectedDocumentException("file too large: " + megabytes(size) + " MB, the limit for "
                    + (binaryFormat ? "PDF and Word" : "text") + " files is " + megabytes(limit) + " MB");
        }
    }

    /**
     * Text files made from Word or PDF by conversion tools keep a few marks of their origin: bold marks
     * ("Tofiq **Musayev**") and page comments ("<!-- Page 1 -->"). They never belong to the text.
     */
    static String cleanPlainText(String text) {
        String s = text.indexOf("<!--") >= 0 ? MarkdownStripper.removeHtmlComments(text) : text;
        s = s.indexOf("**") >= 0 ? s.replace("**", "") : s;
        return s.indexOf("MERGEFORMAT") >= 0 || s.indexOf("Word.Picture") >= 0 ? WORD_FIELD_CODE.matcher(s).replaceAll("") : s;
    }

    /**
     * What a Word document's fields leave in a text saved from it: the field's instruction beside its result ("Symbol \*
     * MERGEFORMAT A/HRC/S-1/1", "Original: Orig. Lang. \* MERGEFORMAT ENGLISH", "page \* MERGEFORMAT 5") and an embedded
     * emblem's class name ("A Word.Picture.8"). The UN's Geneva templates of 2006–2010 filled their mastheads so.
     */
    private static final Pattern WORD_FIELD_CODE = Pattern.compile(
            "[ \\t]*(?:\\b(?:Symbol\\d?|Date|Orig\\.\\s?Lang\\.|Distr\\.|page|PAGE|Lang\\.?|Title)[ \\t]+)?\\\\\\*[ \\t]*(?:MERGEFORMAT|CHARFORMAT)\\b"
                    + "|[ \\t]*\\bWord\\.Picture\\.\\d+\\b");

    static String mediaType(String fileName, byte[] head) throws RejectedDocumentException {
        if (startsWith(head, "%PDF-")) {
            return PDF;
        }
        String ext = extension(fileName);
        if (startsWith(head, "PK\u0003\u0004")) {
            if (ext.equals("docx")) {
                return DOCX;
            }
            throw new RejectedDocumentException("not a text document: a ZIP archive" + (ext.isEmpty() ? "" : " (." + ext + ")"));
        }
        switch (ext) {
            case "pdf":
                throw new RejectedDocumentException("not a PDF: the file does not start with %PDF-");
            case "docx":
                throw new RejectedDocumentException("not a Word document: the file is not a .docx (ZIP) package");
            case "md":
            case "markdown":
                return MARKDOWN;
            case "doc":
            case "rtf":
            case "odt":
            case "xls":
            case "xlsx":
            case "ppt":
            case "pptx":
            case "zip":
            case "gz":
            case "jpg":
            case "jpeg":
            case "png":
            case "gif":
            case "tif":
            case "tiff":
                throw new RejectedDocumentException("unsupported format ." + ext + ": unld reads .txt, .md, .pdf and .docx");
            default:
                return TEXT;
        }
    }

    /**
     * Whether a file's name says it is a document unld reads (.txt, .md, .pdf or .docx, in any case): what a
     * walk through a folder of documents takes, leaving the other files (expected JSON, notes, images) alone.
     */
    public static boolean isDocumentName(Path file) {
        return DOCUMENT_EXTENSIONS.contains(extension(file.getFileName().toString()));
    }

    private static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static byte[] head(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(8);
        }
    }

    private static boolean startsWith(byte[] head, String magic) {
        if (head.length < magic.length()) {
            return false;
        }
        for (int i = 0; i < magic.length(); i++) {
            if ((head[i] & 0xFF) != magic.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static String sha256(Path file) throws IOException {
        MessageDigest d = digest();
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                d.update(buffer, 0, n);
            }
        }
        return hex(d.digest());
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }

    private static long megabytes(long bytes) {
        return (bytes + 1024 * 1024 - 1) / (1024 * 1024);
    }

    /** Limits of a {@link SourceReader}. */
    public static final class Builder {
        private long maxTextBytes = 50L * 1024 * 1024;
        private long maxBinaryBytes = 100L * 1024 * 1024;
        private int maxPdfPages = 2000;
        private Duration readingTime = Duration.ofMinutes(2);

        private Builder() {
        }

        /** The longest a PDF or Word file may take to read before it is rejected. */
        public Builder readingTime(Duration time) {
            this.readingTime = time;
            return this;
        }

        public Builder maxTextBytes(long bytes) {
            this.maxTextBytes = bytes;
            return this;
        }

        public Builder maxBinaryBytes(long bytes) {
            this.maxBinaryBytes = bytes;
            return this;
        }

        public Builder maxPdfPages(int pages) {
            this.maxPdfPages = pages;
            return this;
        }

        public SourceReader build() {
            return new SourceReader(this);
        }
    }
}
