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
    private static final Pattern FOOTNOTE_REFERENCES = Pattern.compile("(?<=\\S)(?:,?\\[(?:\\*{1,3}|\\d{1,2})\\])+$");
    /** Print furniture that can survive in text taken from PDFs: job numbers, bar codes, page numbers. */
    private static final Pattern NOISE = Pattern.compile(
            "^(?:(?:\\d{1,3}(?:/\\d{1,3})?\\s+)?(?:GE\\.)?\\d{2}-\\d{4,5}\\s*(?:\\([A-Z]\\))?(?:\\s+\\d{6}){0,2}(?:\\s+\\*\\s?\\d{6,9}\\s?\\*)?(?:\\s+\\d{1,3}(?:/\\d{1,3})?)?\\s*(?:/\\s*\\.\\s*\\.\\s*\\.)?"
                    + "|\\*\\s?\\d{6,9}\\s?\\*|\\d{1,3}/\\d{1,3}|/\\s*\\.\\s*\\.\\s*\\.|-{3,}|_{3,}|<<<PAGE>>>)$");

    /** The text's characters: read far more often than copied, and faster from an array than through String.charAt. */
    private final char[] chars;
    private final int[] starts;
    private final int[] ends;
    /** Lines are normalised when first read: most of a long document's body is never looked at line by line. */
    private final String[] lines;
    /**
     * What is told of each line, once told: whether it is blank, whether it is noise. The events, the citations
     * and the structure parsers each skip blank lines and noise, over the same lines.
     */
    private final byte[] told;
    private static final int BLANK_TOLD = 1;
    private static final int BLANK = 2;
    private static final int NOISE_TOLD = 4;
    private static final int NOISE_LINE = 8;

    private TextLines(String text, int[] starts, int[] ends) {
        this.chars = text.toCharArray();
        this.starts = starts;
        this.ends = ends;
        this.lines = new String[starts.length];
        this.told = new byte[starts.length];
    }

    static TextLines of(String text) {
        int[] starts = new int[256];
        int[] ends = new int[256];
        int line = 0;
        int from = 0;
        while (true) {
            int nl = text.indexOf('\n', from);
            if (line == starts.length) {
                starts = java.util.Arrays.copyOf(starts, line * 2);
                ends = java.util.Arrays.copyOf(ends, line * 2);
            }
            starts[line] = from;
            ends[line] = nl < 0 ? text.length() : nl;
            line++;
            if (nl < 0) {
                break;
            }
            from = nl + 1;
        }
        return new TextLines(text, java.util.Arrays.copyOf(starts, line), java.util.Arrays.copyOf(ends, line));
    }

    /** The line that the character at {@code offset} belongs to. */
    int lineAt(int offset) {
        int i = java.util.Arrays.binarySearch(starts, offset);
        return i >= 0 ? i : -i - 2;
    }

    int size() {
        return starts.length;
    }

    /** A piece of text normalised as {@link #get} normalises a line. */
    static String normalized(String text) {
        return normalizeEachCharacter(text.toCharArray(), 0, text.length());
    }

    /** Line i as the text has it, its runs of spaces kept (which columns side by side are told apart by). */
    String raw(int i) {
        return new String(chars, starts[i], ends[i] - starts[i]);
    }

    String get(int i) {
        String l = lines[i];
        if (l == null) {
            l = normalize(starts[i], ends[i]);
            lines[i] = l;
        }
        return l;
    }

    /** The first character of a line other than white space and Markdown marks, without normalising it (0 for none). */
    char firstChar(int i) {
        String l = lines[i];
        if (l != null) {
            return l.isEmpty() ? 0 : l.charAt(0);
        }
        for (int k = starts[i]; k < ends[i]; k++) {
            char c = chars[k];
            if (c == ' ' || c == '\t' || c == '*' || c == '#' || c == '\u00A0' || c == '\uFEFF' || c == '\r') {
                if (c == '*' || c == '#') {
                    return get(i).isEmpty() ? 0 : get(i).charAt(0);
                }
                continue;
            }
            return c;
        }
        return 0;
    }

    /**
     * Whether line i, normalised, starts with {@code prefix} (letters), told from the source where it can be:
     * only a line whose start holds a mark or an invisible character is normalised to tell.
     */
    boolean startsWith(int i, String prefix) {
        String l = lines[i];
        if (l != null) {
            return l.startsWith(prefix);
        }
        int k = starts[i];
        while (k < ends[i] && (chars[k] == ' ' || chars[k] == '\t')) {
            k++;
        }
        for (int j = 0; j < prefix.length(); j++) {
            if (k + j >= ends[i]) {
                return false;
            }
            char c = chars[k + j];
            if (c != prefix.charAt(j)) {
                return !Character.isLetterOrDigit(c) && get(i).startsWith(prefix);
            }
        }
        return true;
    }

    /** The source text's characters, for scans of the whole text; not to be changed. */
    char[] chars() {
        return chars;
    }

    int start(int i) {
        return starts[i];
    }

    int end(int i) {
        return ends[i];
    }

    boolean isBlank(int i) {
        return asked(i, BLANK_TOLD, BLANK, this::tellBlank);
    }

    /**
     * What {@code tell} says of line {@code i}, asked once: {@code toldBit} of {@link #told} says it was asked,
     * {@code yesBit} what it said.
     */
    private boolean asked(int i, int toldBit, int yesBit, java.util.function.IntPredicate tell) {
        int t = told[i];
        if ((t & toldBit) == 0) {
            t |= toldBit | (tell.test(i) ? yesBit : 0);
            told[i] = (byte) t;
        }
        return (t & yesBit) != 0;
    }

    private boolean tellBlank(int i) {
        String l = lines[i];
        if (l != null) {
            return l.isEmpty();
        }
        for (int k = starts[i]; k < ends[i]; k++) {
            char c = chars[k];
            if (!(c == ' ' || c == '\t' || c == '\r' || c == '\u00A0' || c == '\u2007' || c == '\u202F' || c == '\u2009'
                    || c == '\u2002' || c == '\u2003' || c == '\u000B' || c == '\f' || c == '\u200B' || c == '\uFEFF'
                    || c == '\u00AD')) {
                // Only Markdown marks and comments can make a line with other characters blank.
                return (c == '*' || c == '<' || c == '#') && get(i).isEmpty();
            }
        }
        return true;
    }

    /** A line that is print furniture (job number, bar code, page number, rule), to be skipped like a blank. */
    boolean isNoise(int i) {
        return asked(i, NOISE_TOLD, NOISE_LINE, this::tellNoise);
    }

    private boolean tellNoise(int i) {
        if (ends[i] - starts[i] > 200) {
            return false;
        }
        String l = get(i);
        if (l.isEmpty()) {
            return false;
        }
        char c = l.charAt(0);
        boolean mayBeFurniture = c == '*' || c == '/' || c == '-' || c == '_' || c == '<' || Character.isDigit(c);
        return mayBeFurniture && l.length() < 40 && NOISE.matcher(l).matches() || l.length() < 120 && isPunctuation(l);
    }

    /** A line of punctuation only ("`````````", a bar code or rule as some PDF text layers render it). */
    private static boolean isPunctuation(String l) {
        int letters = 0;
        int run = 0;
        for (int k = 0; k < l.length(); k++) {
            char c = l.charAt(k);
            if (Character.isLetterOrDigit(c)) {
                letters++;
            }
            run = Character.isLetter(c) ? run + 1 : 0;
            if (run >= 3) {
                return false; // a word: the line has letters and a run of three
            }
        }
        return letters == 0 || l.length() >= 12 && letters * 5 < l.length();
    }

    boolean isSkippable(int i) {
        return isBlank(i) || isNoise(i);
    }

    /** The index of the first line at or after i that is neither blank nor noise, or size() when none. */
    /** The lines with content from {@code from} up to (not including) {@code to}, page furniture left out. */
    List<String> contentBetween(int from, int to) {
        List<String> out = new ArrayList<>();
        for (int i = from; i < to && i < size(); i++) {
            if (!isSkippable(i)) {
                out.add(get(i));
            }
        }
        return out;
    }

    int nextContent(int i) {
        int j = i;
        while (j < lines.length && isSkippable(j)) {
            j++;
        }
        return j;
    }

    private String normalize(int from, int to) {
        char[] in = chars;
        // Most lines need no change: they are taken as they are after one look at each character, which only
        // gathers class bits (no branch per character: see CharClass).
        if (from < to && in[from] != ' ' && in[to - 1] != ' ' && in[to - 1] != ']' && in[from] != '#' && in[from] != '<') {
            int changes = 0;
            int previous = 0;
            for (int i = from; i < to; i++) {
                int current = CharClass.of(in[i]);
                changes |= current & CharClass.NORMALISED | current & previous & CharClass.BLANK;
                previous = current;
            }
            if (changes == 0) {
                return new String(in, from, to - from);
            }
        }
        return normalizeEachCharacter(in, from, to);
    }

    /** The normalisation rules, applied one character at a time: what {@link #get} gives for any line. */
    static String normalizeEachCharacter(char[] in, int from, int to) {
        // Into a char array rather than a StringBuilder, which re-encodes itself at a line's first
        // character outside Latin-1 (a dash, a typographic quote): most lines of a UN document have one.
        char[] out = new char[to - from];
        int n = 0;
        boolean space = false;
        for (int i = from; i < to; i++) {
            char c = in[i];
            if (c == '*' && i + 1 < to && in[i + 1] == '*') {
                i++;
                continue;
            }
            if (c == '\u00AD' || c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\uFEFF' || c == '\r') {
                continue;
            }
            if (c == ' ' || c == '\t' || c == '\u00A0' || c == '\u2007' || c == '\u202F' || c == '\u2009'
                    || c == '\u2002' || c == '\u2003' || c == '\u000B' || c == '\f') {
                space = n > 0;
                continue;
            }
            if (space) {
                out[n++] = ' ';
                space = false;
            }
            out[n++] = c;
        }
        String s = new String(out, 0, n);
        if (!s.isEmpty() && s.charAt(0) == '#') {
            s = HEADING_MARK.matcher(s).replaceFirst("");
        }
        if (s.startsWith("<!--") && s.endsWith("-->")) {
            return "";
        }
        if (s.endsWith("]")) {
            // A web copy's footnote references at a line's end: "… for the seventy-third session[1],[2]", "agenda[*]".
            s = FOOTNOTE_REFERENCES.matcher(s).replaceFirst("");
        }
        return s;
    }
}
