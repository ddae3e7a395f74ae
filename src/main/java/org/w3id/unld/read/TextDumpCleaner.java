package org.w3id.unld.read;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Cleans text that a PDF extractor (PyMuPDF, pdftotext) wrote out without page marks: the page
 * furniture stays in it ("25-17857 (E)    121125", "*2517857*", the symbol and "2/5" at the top of each
 * page), and so do the footnotes under "__________________". A text is taken for such a dump when its
 * first lines hold a job number or a bar code. Furniture lines are dropped, footnote blocks up to the page
 * end (an empty line) are dropped, and a paragraph that a page break cut is joined again.
 */
final class TextDumpCleaner {
    private static final Pattern JOB_NUMBER = Pattern.compile("^\\d{2}-\\d{5}\\*?(?:\\s*\\([A-Z]\\))?(?:\\s+\\d{6}){0,2}\\s*(?:/\\s*\\.\\s*\\.\\s*\\.)?$");
    private static final Pattern BAR_CODE = Pattern.compile("^\\*\\s?\\d{6,9}\\s?\\*$");
    private static final Pattern PAGE_NUMBER = Pattern.compile("^(?:\\d{1,3}\\s*/\\s*\\d{1,3}|\\d{2}-\\d{5}\\s+\\d{1,3}/\\d{1,3}|\\d{1,3}/\\d{1,3}\\s+\\d{2}-\\d{5})$");
    private static final Pattern FOOTNOTE_SEPARATOR = Pattern.compile("^_{8,}$");
    private static final Pattern SYMBOL_LINE = Pattern.compile("^[A-Z][A-Z0-9.\\-]*(?:/[A-Za-z0-9.\\-]+)+(?:\\s?\\([^)]{1,16}\\))?\\*?$");
    private static final int HEAD = 30;

    private TextDumpCleaner() {
    }

    static boolean looksLikeDump(String text) {
        int n = 0;
        int from = 0;
        while (n < HEAD && from < text.length()) {
            int nl = text.indexOf('\n', from);
            int end = nl < 0 ? text.length() : nl;
            int first = from;
            while (first < end && text.charAt(first) == ' ') {
                first++;
            }
            char c = first < end ? text.charAt(first) : ' ';
            if ((c == '*' || Character.isDigit(c)) && end - first < 60) {
                String line = text.substring(first, end).strip();
                if (JOB_NUMBER.matcher(line).matches() || BAR_CODE.matcher(line).matches()) {
                    return true;
                }
            }
            if (nl < 0) {
                break;
            }
            from = nl + 1;
            n++;
        }
        return false;
    }

    static String clean(String text) {
        String[] raw = text.split("\n", -1);
        Set<String> symbols = new HashSet<>();
        for (int i = 0; i < Math.min(raw.length, 12); i++) {
            String t = raw[i].strip();
            if (SYMBOL_LINE.matcher(t).matches()) {
                symbols.add(t.replace("*", ""));
            }
        }
        List<String> out = new ArrayList<>(raw.length);
        boolean footnotes = false;
        boolean pageBreak = false;
        for (int i = 0; i < raw.length; i++) {
            String line = raw[i];
            String t = line.strip();
            boolean masthead = i < 12;
            if (line.isEmpty()) {
                // An empty line (not one of spaces) ends a page in these dumps.
                footnotes = false;
                pageBreak = true;
                continue;
            }
            if (FOOTNOTE_SEPARATOR.matcher(t).matches()) {
                footnotes = true;
                continue;
            }
            if (footnotes) {
                continue;
            }
            boolean furniture = JOB_NUMBER.matcher(t).matches() || BAR_CODE.matcher(t).matches() || PAGE_NUMBER.matcher(t).matches()
                    || !masthead && symbols.contains(t.replace("*", ""));
            if (furniture && !masthead) {
                continue;
            }
            if (furniture) {
                // The masthead's job number and bar code: furniture too, but its line is kept blank.
                out.add("");
                continue;
            }
            if (t.isEmpty()) {
                if (!pageBreak) {
                    out.add("");
                }
                continue;
            }
            if (pageBreak) {
                pageBreak = false;
                String previous = lastContent(out);
                if (previous != null && endsParagraph(previous) && startsParagraph(t)) {
                    out.add("");
                } else {
                    // The page cut a paragraph: the blank lines around the page head are dropped.
                    while (!out.isEmpty() && out.get(out.size() - 1).isBlank()) {
                        out.remove(out.size() - 1);
                    }
                }
            }
            out.add(line);
        }
        return String.join("\n", out);
    }

    private static String lastContent(List<String> out) {
        for (int i = out.size() - 1; i >= 0; i--) {
            if (!out.get(i).isBlank()) {
                return out.get(i).strip();
            }
        }
        return null;
    }

    private static boolean endsParagraph(String line) {
        char c = line.charAt(line.length() - 1);
        return c == '.' || c == ';' || c == ':' || c == ',' || c == '”' || c == ')';
    }

    private static boolean startsParagraph(String line) {
        char c = line.charAt(0);
        return Character.isUpperCase(c) || Character.isDigit(c) || c == '(' || c == '“' || c == '*';
    }
}
