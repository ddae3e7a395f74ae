package org.w3id.unld.reference;

import java.text.Normalizer;
import java.util.Locale;

/**
 * How names are compared. Documents print the same name in many ways ("Côte d’Ivoire", "Cote
 * d'Ivoire", "the Republic of\nAzerbaijan"); these functions make such spellings equal. The build
 * script (scripts/build-gazetteer.py, {@code key}) applies the same rules when it checks that no
 * name is given to two entries.
 */
final class Names {

    private Names() {
    }

    /**
     * The lookup key of a name: case, diacritics, apostrophe style, spacing and a leading "the" do not
     * matter. {@code key("the Republic of  Côte d’Ivoire")} is {@code "republic of cote d'ivoire"}.
     */
    static String key(String name) {
        StringBuilder out = new StringBuilder(name.length());
        boolean space = false;
        for (int i = 0; i < name.length(); i++) {
            char c = fold(name.charAt(i));
            if (c == ' ') {
                space = out.length() > 0;
                continue;
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            out.append(c);
        }
        String key = out.toString().toLowerCase(Locale.ROOT);
        return key.startsWith("the ") ? key.substring(4) : key;
    }

    /** A name without a leading "the " or "The " ("the Republic of Azerbaijan" → "Republic of Azerbaijan"). */
    static String withoutArticle(String name) {
        String trimmed = name.strip();
        return trimmed.regionMatches(true, 0, "the ", 0, 4) ? trimmed.substring(4).strip() : trimmed;
    }

    /** {@link #fold(char)} of every character, worked out once: a document's every character is folded. */
    private static final char[] FOLDED = new char[Character.MAX_VALUE + 1];

    static {
        for (int i = 0; i <= Character.MAX_VALUE; i++) {
            FOLDED[i] = foldOnce((char) i);
        }
    }

    /**
     * One character as names are compared, keeping case and length: Latin letters lose their
     * diacritics, every apostrophe becomes ', every hyphen -, every kind of white space a space.
     */
    static char fold(char c) {
        return FOLDED[c];
    }

    private static char foldOnce(char c) {
        if (c < 0x250) {
            String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
            char f = decomposed.isEmpty() ? c : decomposed.charAt(0);
            return Character.isWhitespace(f) || Character.isSpaceChar(f) ? ' ' : f;
        }
        switch (c) {
            case '\u2018': case '\u2019': case '\u02bc': case '\u2032':
                return '\'';
            case '\u2010': case '\u2011':
                return '-';
            default:
                return Character.isWhitespace(c) || Character.isSpaceChar(c) ? ' ' : c;
        }
    }
}
