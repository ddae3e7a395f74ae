package org.w3id.unld.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The lines of a document, each trimmed and with its white space folded, Markdown bold marks and
 * heading marks, soft hyphens and zero-width characters taken out: the form every part of the parser
 * reads. Line i here is line i+1 of the source text, so errors can cite lines.
 */
final class TextLines {
    private static final Pattern HEADING_MARK = Pattern.compile("^#{1,6}\\s+");
    /** Print furniture that can survive in text taken from PDFs: job numbers, bar codes, page numbers. */
    private static final Pattern NOISE = Pattern.compile(
            "^(?:(?:\\d{1,3}(?:/\\d{1,3})?\\s+)?\\d{2}-\\d{5}\\s*(?:\\([A-Z]\\))?(?:\\s+\\d{6}){0,2}(?:\\s+\\d{1,3}(?:/\\d{1,3})?)?\\s*(?:/\\s*\\.\\s*\\.\\s*\\.)?"
                    + "|\\*\\s?\\d{6,9}\\s?\\*|\\d{1,3}/\\d{1,3}|/\\s*\\.\\s*\\.\\s*\\.|-{3,}|_{3,}|<<<PAGE>>>)$");

    private final String[] lines;

    private TextLines(String[] lines) {
        this.lines = lines;
    }

    static TextLines of(String text) {
        List<String> out = new ArrayList<>();
        int from = 0;
        int n = text.length();
        while (from <= n) {
            int nl = text.indexOf('\n', from);
            int end = nl < 0 ? n : nl;
            out.add(normalize(text, from, end));
            if (nl < 0) {
                break;
            }
            from = nl + 1;
        }
        return new TextLines(out.toArray(new String[0]));
    }

    int size() {
        return lines.length;
    }

    String get(int i) {
        return lines[i];
    }

    boolean isBlank(int i) {
        return lines[i].isEmpty();
    }

    /** A line that is print furniture (job number, bar code, page number, rule), to be skipped like a blank. */
    boolean isNoise(int i) {
        String l = lines[i];
        return !l.isEmpty() && (l.length() < 40 && NOISE.matcher(l).matches() || isPunctuation(l));
    }

    /** A line of punctuation only ("`````````", a bar code or rule as some PDF text layers render it). */
    private static boolean isPunctuation(String l) {
        int letters = 0;
        int run = 0;
        int longestRun = 0;
        for (int k = 0; k < l.length(); k++) {
            char c = l.charAt(k);
            if (Character.isLetterOrDigit(c)) {
                letters++;
            }
            run = Character.isLetter(c) ? run + 1 : 0;
            longestRun = Math.max(longestRun, run);
        }
        return letters == 0 || l.length() >= 12 && letters * 5 < l.length() && longestRun < 3;
    }

    boolean isSkippable(int i) {
        return isBlank(i) || isNoise(i);
    }

    /** The index of the first line at or after i that is neither blank nor noise, or size() when none. */
    int nextContent(int i) {
        int j = i;
        while (j < lines.length && isSkippable(j)) {
            j++;
        }
        return j;
    }

    static String normalize(String text, int from, int to) {
        StringBuilder b = new StringBuilder(to - from);
        boolean space = false;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '*' && i + 1 < to && text.charAt(i + 1) == '*') {
                i++;
                continue;
            }
            if (c == '\u00AD' || c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\uFEFF' || c == '\r') {
                continue;
            }
            if (c == ' ' || c == '\t' || c == '\u00A0' || c == '\u2007' || c == '\u202F' || c == '\u2009'
                    || c == '\u2002' || c == '\u2003' || c == '\u000B' || c == '\f') {
                space = b.length() > 0;
                continue;
            }
            if (space) {
                b.append(' ');
                space = false;
            }
            b.append(c);
        }
        String s = b.toString();
        if (!s.isEmpty() && s.charAt(0) == '#') {
            s = HEADING_MARK.matcher(s).replaceFirst("");
        }
        if (s.startsWith("<!--") && s.endsWith("-->")) {
            return "";
        }
        return s;
    }
}
