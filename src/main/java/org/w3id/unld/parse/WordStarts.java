package org.w3id.unld.parse;

import java.util.regex.Matcher;

/**
 * A pattern that starts at a word start ({@code \b}) with one of a few letters, and how to find it by trying it
 * only there. {@code find()} tries a pattern at every character of its region; most of a sentence cannot start
 * a match, and trying each word start with one of the letters, in order, finds the same first match.
 */
final class WordStarts {
    /** The letters a match may start with, by character (ASCII only: every pattern here starts with an ASCII letter). */
    private final boolean[] letters = new boolean[128];

    /** @param letters every letter a match of the pattern can start with, at a word start */
    WordStarts(String letters) {
        for (char c : letters.toCharArray()) {
            this.letters[c] = true;
        }
    }

    /**
     * Where the first match of {@code m} (a matcher of the pattern over {@code text}) starting between {@code from}
     * and {@code last} and ending by {@code to} starts, or -1; {@code m} then holds that match, as
     * {@code lookingAt} left it. With {@code seesBefore} the character before {@code from} tells whether a word
     * starts there (the matcher's bounds are transparent), without it {@code from} is a word start if it holds a
     * letter (opaque bounds: nothing is seen before the region).
     */
    int firstMatch(Matcher m, CharSequence text, int from, int last, int to, boolean seesBefore) {
        int noneBefore = seesBefore ? 0 : from;
        for (int k = from; k <= last; k++) {
            char c = text.charAt(k);
            if (c >= 128 || !letters[c] || k > noneBefore && CharClass.isWord(text.charAt(k - 1))) {
                continue;
            }
            if (m.region(k, to).lookingAt()) {
                return k;
            }
        }
        return -1;
    }
}
