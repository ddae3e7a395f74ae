package org.w3id.unld.parse;

/**
 * What the scans of a whole text need to know of a character, looked up in one table. The scans that
 * look for where something may start (a word with an event word's first letters, a capitalised word after
 * white space) test every character of a document; done with branches per test, the processor's mispredicted
 * branches cost more than the rest of the parser together. With the table, a scan combines bits and takes a
 * branch only at the rare candidate.
 *
 * <p>The classes follow Java's regular expressions, so that a scan finds what the pattern it stands in front
 * of would: {@link #WORD} is what {@code \b} takes for a word character, {@link #SPACE} is {@code \s}.
 */
final class CharClass {
    /** A letter, a digit or "_": a word character to {@code \b}. */
    static final int WORD = 1;
    /** The last letter of "in", "at" or "from" (n, t, m): a capitalised word two characters on may be a place. */
    static final int PLACE_WORD_END = 2;
    /** White space to {@code \s}: space, tab, line feed, vertical tab, form feed, carriage return. */
    static final int SPACE = 4;
    /** An upper-case letter ({@link Character#isUpperCase(char)}). */
    static final int UPPER = 8;
    /**
     * A character that normalising a line removes or changes ({@link TextLines}): control characters, "*" (of
     * Markdown's bold marks), no-break and other wide spaces, the soft hyphen, zero-width characters, the BOM.
     */
    static final int NORMALISED = 16;
    /** The space character itself: two in a row are normalised into one. */
    static final int BLANK = 32;

    private static final byte[] TABLE = new byte[Character.MAX_VALUE + 1];

    static {
        for (int i = 0; i <= Character.MAX_VALUE; i++) {
            char c = (char) i;
            int bits = 0;
            if (c == '_' || Character.isLetterOrDigit(c)) {
                bits |= WORD;
            }
            if (c == 'n' || c == 't' || c == 'm') { // "In", "At", "From" end in small letters too
                bits |= PLACE_WORD_END;
            }
            if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
                bits |= SPACE;
            }
            if (Character.isUpperCase(c)) {
                bits |= UPPER;
            }
            if (c < ' ' || c == '*' || c == '\u00A0' || c == '\u00AD' || c >= '\u2002' && c <= '\u200D' || c == '\u202F'
                    || c == '\uFEFF') {
                bits |= NORMALISED;
            }
            if (c == ' ') {
                bits |= BLANK;
            }
            TABLE[i] = (byte) bits;
        }
    }

    private CharClass() {
    }

    /** The class bits of {@code c}. */
    static int of(char c) {
        return TABLE[c];
    }

    static boolean isWord(char c) {
        return (TABLE[c] & WORD) != 0;
    }

    static boolean isSpace(char c) {
        return (TABLE[c] & SPACE) != 0;
    }
}
