package org.w3id.unld.read;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CleanersTest {

    @Test
    void markdownMarksGoAndLinesStay() {
        assertEquals("Heading\nbold and italic text\nA link", MarkdownStripper.strip("## Heading\n**bold** and _italic_ text\n[A link](http://x)"));
        assertEquals("Italy and Turkmenistan:* draft resolution", MarkdownStripper.strip("Italy and Turkmenistan:* draft resolution"));
        assertEquals("1. Reaffirms", MarkdownStripper.strip("1\\. Reaffirms"));
        assertEquals("a\n\nb", MarkdownStripper.strip("a\n<!-- Page 2 -->\nb"));
    }

    @Test
    void aWordTemplatesFieldCodesAreNotText() {
        String saved = String.join("\n", "UNITED NATIONS", "A Word.Picture.8", "General Assembly",
                "Distr. Distr. \\* MERGEFORMAT GENERAL Symbol \\* MERGEFORMAT", "A/HRC/7/G/3", "Date \\* MERGEFORMAT",
                "5 February 2008", "Original: Orig. Lang. \\* MERGEFORMAT ENGLISH HUMAN RIGHTS COUNCIL",
                "Permanent Representative A/HRC/1/L.6 page \\* MERGEFORMAT 5");
        assertEquals(String.join("\n", "UNITED NATIONS", "A", "General Assembly", "Distr. GENERAL", "A/HRC/7/G/3", "",
                        "5 February 2008", "Original: ENGLISH HUMAN RIGHTS COUNCIL", "Permanent Representative A/HRC/1/L.6 5"),
                SourceReader.cleanPlainText(saved));
        assertEquals("Symbol: A/80/1, page 2 * note", SourceReader.cleanPlainText("Symbol: A/80/1, page 2 * note"));
    }

    @Test
    void pdfPagesLoseFurnitureAndFootnotesAndKeepParagraphsThatCrossPages() {
        String page1 = String.join("\n", "United Nations A/80/1", "General Assembly", "Distr.: General", "1. The Council decided to hold",
                "__________________", "1 Resolution 60/1.", "25-17857 (E) 121125", "*2517857*");
        String page2 = String.join("\n", "A/80/1", "", "25-17857 2/5", "a meeting of the Working Group on Women, Peace and Security in",
                "West Africa, held in Dakar.", "");
        String page3 = String.join("\n", "A/80/1", "", "3/5 25-17857", "2. The Secretary-", "General reported.");
        String text = PdfPageCleaner.clean(List.of(page1, page2, page3));
        assertEquals(String.join("\n", "United Nations A/80/1", "General Assembly", "Distr.: General", "1. The Council decided to hold",
                "a meeting of the Working Group on Women, Peace and Security in", "West Africa, held in Dakar.", "",
                "2. The Secretary-General", "reported.", ""), text);
    }

    @Test
    void aPdfTextDumpLosesItsPageFurnitureAndFootnotes() {
        String dump = String.join("\n", "United Nations ", "A/80/L.10", " ", "General Assembly ", "Distr.: Limited ", "5 November 2025 ",
                " ", "25-17857 (E)    121125     ", "*2517857* ", " ", "Eightieth session ", "Agenda item 11 ", "Sport ", " ",
                "Noting that the Games will be ", "__________________ ", " ", "1  Resolution 60/1. ", "", "A/80/L.10 ", " ", "25-17857",
                "2/5 ", " ", " ", "held in Milano-Cortina in 2026, ", " ", "Welcoming the designation,");
        assertTrue(TextDumpCleaner.looksLikeDump(dump));
        String text = TextDumpCleaner.clean(dump);
        assertTrue(text.contains("Noting that the Games will be \nheld in Milano-Cortina in 2026, \n\nWelcoming"), text);
        assertFalse(text.contains("Resolution 60/1"));
        assertFalse(text.contains("2/5"));
        assertTrue(text.startsWith("United Nations \nA/80/L.10"));
    }

    @Test
    void aTextWithoutPageFurnitureIsNoDump() {
        assertFalse(TextDumpCleaner.looksLikeDump("Seventy-third session\n\nAgenda item 74 (c)\n"));
    }
}
