package org.w3id.unld.read;

import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.w3id.unld.model.RejectedDocumentException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The text of a Word (.docx) file through Apache POI: one line per paragraph with a blank line between
 * paragraphs (the layout of the UN's Word-derived text), header and footer parts left out (they hold the
 * symbol and job number, print furniture) except the first page's header, which in UN Word files holds
 * the masthead ("United Nations / A/80/590 / General Assembly / Distr.: General / 7 January 2026").
 * Table cells become one line each.
 */
final class DocxTextReader {
    private final long maxCharacters;
    private final long maxDecodedBytes;

    /**
     * @param maxCharacters   the most characters of text a document may hold
     * @param maxDecodedBytes the most bytes one part of the package may inflate to (a ZIP bomb is refused)
     */
    DocxTextReader(long maxCharacters, long maxDecodedBytes) {
        this.maxCharacters = maxCharacters;
        this.maxDecodedBytes = maxDecodedBytes;
    }

    String read(Path file) throws RejectedDocumentException {
        // POI's own guards are process-wide settings: its defaults let one part inflate to 4 GB.
        ZipSecureFile.setMaxEntrySize(maxDecodedBytes);
        ZipSecureFile.setMaxTextSize(maxCharacters);
        try (InputStream in = Files.newInputStream(file); XWPFDocument doc = new XWPFDocument(in)) {
            StringBuilder b = new StringBuilder();
            // The first page's header is referenced from the first section, which POI's policy does not always
            // see; the masthead header is the one that prints the distribution line.
            for (XWPFHeader header : doc.getHeaderList()) {
                String text = header.getText();
                if (text != null && text.contains("Distr")) {
                    elements(b, header.getBodyElements());
                    break;
                }
            }
            elements(b, doc.getBodyElements());
            String text = TextDecoder.normalizeLineEnds(b.toString().replace('\u000B', '\n'));
            if (text.isBlank()) {
                throw new RejectedDocumentException("Word document has no text");
            }
            return text;
        } catch (IOException e) {
            throw new RejectedDocumentException("Word document cannot be read: " + PdfTextReader.oneLine(e.getMessage()), e);
        } catch (RuntimeException e) {
            throw new RejectedDocumentException("Word document cannot be read: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + PdfTextReader.oneLine(e.getMessage())), e);
        }
    }

    private static void elements(StringBuilder b, List<IBodyElement> elements) {
        for (IBodyElement e : elements) {
            if (e instanceof XWPFParagraph) {
                paragraph(b, ((XWPFParagraph) e).getText());
            } else if (e instanceof XWPFTable) {
                for (XWPFTableRow row : ((XWPFTable) e).getRows()) {
                    for (XWPFTableCell cell : row.getTableCells()) {
                        for (XWPFParagraph p : cell.getParagraphs()) {
                            paragraph(b, p.getText());
                        }
                    }
                }
            }
        }
    }

    private static void paragraph(StringBuilder b, String text) {
        if (text == null || text.isBlank()) {
            return;
        }
        b.append(text.strip()).append("\n\n");
    }
}
