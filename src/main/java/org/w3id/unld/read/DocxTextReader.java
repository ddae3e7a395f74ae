package org.w3id.unld.read;

import org.apache.poi.xwpf.usermodel.IBodyElement;
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

/**
 * The text of a Word (.docx) file through Apache POI: one line per paragraph with a blank line between
 * paragraphs (the layout of the UN's Word-derived text), header and footer parts left out (they hold the
 * symbol and job number, print furniture). Table cells become one line each.
 */
final class DocxTextReader {

    String read(Path file) throws RejectedDocumentException {
        try (InputStream in = Files.newInputStream(file); XWPFDocument doc = new XWPFDocument(in)) {
            StringBuilder b = new StringBuilder();
            for (IBodyElement e : doc.getBodyElements()) {
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

    private static void paragraph(StringBuilder b, String text) {
        if (text == null || text.isBlank()) {
            return;
        }
        b.append(text.strip()).append("\n\n");
    }
}
