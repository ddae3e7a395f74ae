package org.w3id.unld.parse;

import java.text.Normalizer;

/**
 * A text folded for finding the words a value was read from: lower case, accents off, every run of white space one
 * space, Markdown marks, soft hyphens, zero-width characters and quotation marks dropped, dashes one hyphen. Each
 * folded character remembers where it stood in the text, so what is found here is a passage of the text itself.
 * The parser reads a restored copy of the text (line breaks put back, columns rejoined), whose offsets are not the
 * text's: evidence is found again in the text as read, by the values' printed forms.
 */
final class FoldedText {
    /** The fold of each character below U+0250 (Latin, Latin-1, Latin Extended-A and -B); 0 drops it. */
    private static final char[] TABLE = table();

    private final String text;
    private final String folded;
    /** For each folded character, the index in {@link #text} of the character it came from. */
    private final int[] origin;

    private FoldedText(String text, String folded, int[] origin) {
        this.text = text;
        this.folded = folded;
        this.origin = origin;
    }

    static FoldedText of(String text) {
        char[] out = new char[text.length()];
        int[] origin = new int[text.length()];
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char f = fold(text.charAt(i));
            if (f == 0 || f == ' ' && (n == 0 || out[n - 1] == ' ')) {
                continue;
            }
            out[n] = f;
            origin[n] = i;
            n++;
        }
        return new FoldedText(text, new String(out, 0, n), origin);
    }

    /** A value folded as the text is, without the spaces at its ends. */
    static String fold(String value) {
        return of(value).folded.stripTrailing();
    }

    private static char fold(char c) {
        if (c < TABLE.length) {
            return TABLE[c];
        }
        if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
            return ' ';
        }
        return switch (c) {
            case '\u00AD', '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u201C', '\u201D', '\u201E', '\u00AB', '\u00BB' -> 0;
            case '\u2018', '\u2019', '\u201A', '\u2032' -> '\'';
            case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212' -> '-';
            default -> Character.toLowerCase(c);
        };
    }

    private static char[] table() {
        char[] t = new char[0x250];
        for (char c = 0; c < t.length; c++) {
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c)) {
                t[c] = ' ';
            } else if (c == '*' || c == '_' || c == '#' || c == '"' || c == '\u00AB' || c == '\u00BB' || c == '\u00AD') {
                t[c] = 0;
            } else {
                String base = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
                t[c] = Character.toLowerCase(base.charAt(0));
            }
        }
        return t;
    }

    String folded() {
        return folded;
    }

    int length() {
        return folded.length();
    }

    /** Where in the text the folded character at {@code index} stands (the text's length past the end). */
    int origin(int index) {
        return index >= origin.length || index >= folded.length() ? text.length() : origin[index];
    }

    /** The text's index just after the folded characters {@code from}..{@code to} (exclusive). */
    int originEnd(int to) {
        int last = origin[to - 1];
        return Character.isHighSurrogate(text.charAt(last)) && last + 1 < text.length() ? last + 2 : last + 1;
    }

    /**
     * The first place at or after {@code from} and before {@code to} (folded indices) where the folded value stands as
     * whole words: a letter or digit at either end of the value is not glued to another. -1 when it does not.
     */
    int find(String foldedValue, int from, int to) {
        if (foldedValue.isEmpty()) {
            return -1;
        }
        int limit = Math.min(to, folded.length()) - foldedValue.length();
        for (int at = folded.indexOf(foldedValue, Math.max(0, from)); at >= 0 && at <= limit;
             at = folded.indexOf(foldedValue, at + 1)) {
            if (wordEdge(at, foldedValue.charAt(0), -1) && wordEdge(at + foldedValue.length(), foldedValue.charAt(foldedValue.length() - 1), 0)) {
                return at;
            }
        }
        return -1;
    }

    /** The last place before {@code to} where the folded value stands as whole words, or -1. */
    int findLast(String foldedValue, int from, int to) {
        int found = -1;
        for (int at = find(foldedValue, from, to); at >= 0; at = find(foldedValue, at + 1, to)) {
            found = at;
        }
        return found;
    }

    /** Whether the value's end character {@code edge} at folded index {@code at} (offset -1: the one before) is a word's edge. */
    private boolean wordEdge(int at, char edge, int offset) {
        if (!Character.isLetterOrDigit(edge)) {
            return true;
        }
        int neighbour = at + offset;
        return neighbour < 0 || neighbour >= folded.length() || !Character.isLetterOrDigit(folded.charAt(neighbour));
    }
}
