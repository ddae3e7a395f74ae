package org.w3id.unld.read;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.w3id.unld.model.RejectedDocumentException;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The text layer of a PDF through PDFBox, page by page, cleaned of print furniture by
 * {@link PdfPageCleaner}. Anything PDFBox cannot open (damaged file, password, no text layer) is a
 * rejected document with a one-line reason, never an exception that stops a batch.
 */
final class PdfTextReader {
    private static final char PAGE_END = '\f';
    private static final java.util.regex.Pattern WHITE_SPACE = java.util.regex.Pattern.compile("\\s+");
    private final int maxPages;
    private final long maxCharacters;
    private final long maxDecodedBytes;

    /**
     * @param maxCharacters   the most characters read off the pages: a page of millions of glyphs is refused, not held in memory
     * @param maxDecodedBytes the most bytes the PDF's streams may decode to (in a temporary file): a decompression bomb is refused
     */
    PdfTextReader(int maxPages, long maxCharacters, long maxDecodedBytes) {
        this.maxPages = maxPages;
        this.maxCharacters = maxCharacters;
        this.maxDecodedBytes = maxDecodedBytes;
    }

    String read(Path file) throws RejectedDocumentException {
        // A temp-file stream cache keeps a large PDF's objects off the heap; its size bound stops a decompression bomb.
        try (PDDocument doc = Loader.loadPDF(file.toFile(), MemoryUsageSetting.setupTempFileOnly(maxDecodedBytes).streamCache)) {
            if (doc.isEncrypted() && !doc.getCurrentAccessPermission().canExtractContent()) {
                throw new RejectedDocumentException("encrypted PDF: text extraction is not permitted");
            }
            int pages = doc.getNumberOfPages();
            if (pages == 0) {
                throw new RejectedDocumentException("PDF has no pages");
            }
            PDFTextStripper stripper = new BoundedStripper(maxCharacters);
            stripper.setLineSeparator("\n");
            stripper.setPageStart("");
            stripper.setPageEnd(String.valueOf(PAGE_END));
            stripper.setStartPage(1);
            stripper.setEndPage(Math.min(pages, maxPages));
            String text = stripper.getText(doc);
            List<String> pageTexts = new ArrayList<>();
            int from = 0;
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == PAGE_END) {
                    pageTexts.add(text.substring(from, i));
                    from = i + 1;
                }
            }
            if (from < text.length()) {
                pageTexts.add(text.substring(from));
            }
            // Text drawn rotated (landscape tables on portrait pages) comes out one letter per line in
            // content order; read such pages again in position order, which gives the words back.
            for (int p = 0; p < pageTexts.size(); p++) {
                if (isVertical(pageTexts.get(p))) {
                    PDFTextStripper sorted = new BoundedStripper(maxCharacters);
                    sorted.setSortByPosition(true);
                    sorted.setLineSeparator("\n");
                    sorted.setStartPage(p + 1);
                    sorted.setEndPage(p + 1);
                    pageTexts.set(p, sorted.getText(doc));
                }
            }
            String cleaned = PdfPageCleaner.clean(pageTexts);
            if (cleaned.isBlank()) {
                throw new RejectedDocumentException("PDF has no text layer (a scanned image?)");
            }
            return cleaned;
        } catch (InvalidPasswordException e) {
            throw new RejectedDocumentException("encrypted PDF: it needs a password", e);
        } catch (IOException e) {
            throw new RejectedDocumentException("PDF cannot be read: " + oneLine(e.getMessage()), e);
        } catch (TooMuchText e) {
            throw new RejectedDocumentException("PDF holds more text than unld reads (over " + maxCharacters
                    + " characters, or over 200,000 on one page): a damaged or hostile file?");
        } catch (BoundedWork.DeadlineException e) {
            throw e;
        } catch (RuntimeException | StackOverflowError e) {
            throw new RejectedDocumentException("PDF cannot be read: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + oneLine(e.getMessage())), e);
        }
    }

    /** PDFBox's text stripper that stops at a number of characters and at its worker's deadline. */
    private static final class BoundedStripper extends PDFTextStripper {
        /** PDFBox holds a page's glyphs in memory, a few hundred bytes each; a printed page has a few thousand. */
        private static final int MAX_PAGE_CHARACTERS = 200_000;
        private final long maxCharacters;
        private long characters;
        private int pageCharacters;

        BoundedStripper(long maxCharacters) {
            this.maxCharacters = maxCharacters;
        }

        @Override
        protected void processTextPosition(TextPosition text) {
            if (++characters > maxCharacters || ++pageCharacters > MAX_PAGE_CHARACTERS) {
                throw new TooMuchText();
            }
            if ((characters & 0xFFF) == 0) {
                BoundedWork.checkDeadline();
            }
            super.processTextPosition(text);
        }

        @Override
        protected void startPage(PDPage page) throws IOException {
            BoundedWork.checkDeadline();
            pageCharacters = 0;
            super.startPage(page);
        }
    }

    private static final class TooMuchText extends RuntimeException {
        TooMuchText() {
            super(null, null, false, false);
        }
    }

    /** Whether most of a page's lines hold one or two characters: text that ran down the page. */
    static boolean isVertical(String page) {
        int lines = 0;
        int tiny = 0;
        for (String l : page.split("\n")) {
            String t = l.strip();
            if (t.isEmpty()) {
                continue;
            }
            lines++;
            if (t.length() <= 2) {
                tiny++;
            }
        }
        return tiny >= 20 && tiny * 10 >= lines * 4;
    }

    static String oneLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        String s = WHITE_SPACE.matcher(message).replaceAll(" ").trim();
        return s.length() > 200 ? s.substring(0, 200) + "…" : s;
    }
}
