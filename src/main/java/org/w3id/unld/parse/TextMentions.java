package org.w3id.unld.parse;

import org.w3id.unld.model.Mention;
import org.w3id.unld.reference.Country;
import org.w3id.unld.reference.Found;
import org.w3id.unld.reference.Gazetteer;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The countries, organizations and places a document's text names, each once, in the order the text
 * first names them. Countries and organizations are what {@link Gazetteer#find} finds. Places are the
 * capitals of States that the gazetteer knows, and only where the text says something happens there
 * ("in Baku", "at Addis Ababa", "from Kabul"): a city's name alone often names something else (the
 * "Rome Statute", the "Paris Agreement", "Lake Victoria", a person called Stanley).
 */
final class TextMentions {
    /**
     * Capitals whose name is also a common surname, another city or another place, or that the gazetteer
     * gives to two countries: never taken for a place.
     */
    private static final Set<String> AMBIGUOUS_CAPITALS = Set.of(
            "victoria", "city of victoria", "georgetown", "george town", "saint john's", "st. george's", "sucre",
            "tripoli", "male", "santiago", "hamilton", "stanley", "douglas", "plymouth", "jamestown", "kingston",
            "saint-denis", "san juan", "the valley", "west island");
    private static final Pattern CAPITALISED_AFTER = Pattern.compile("^\\s+(?:\\p{Lu}\\p{L}*|de|del|da)\\b");

    private record Capital(String name, String key) {
    }

    private static final class Capitals {
        static final Map<String, Capital> BY_FOLDED = load(Gazetteer.standard());
        /** The longest capital's name, in characters: no name ends farther from where it starts. */
        static final int LONGEST = BY_FOLDED.keySet().stream().mapToInt(String::length).max().orElse(0);
        /** The first word of every capital's name: a word that begins none is passed over at once. */
        static final Set<String> FIRST_WORDS = BY_FOLDED.keySet().stream().map(n -> n.substring(0, wordEnd(n, 0)))
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    private TextMentions() {
    }

    /** The mentions of the text from line {@code from} on (the heading and the body, not the masthead). */
    static List<Mention> find(TextLines lines, int from) {
        int length = 0;
        for (int i = from; i < lines.size(); i++) {
            length += lines.get(i).length() + 1;
        }
        char[] chars = new char[length];
        int at = 0;
        for (int i = from; i < lines.size(); i++) {
            String line = lines.get(i);
            line.getChars(0, line.length(), chars, at);
            at += line.length();
            chars[at++] = '\n';
        }
        return find(new String(chars), chars);
    }

    static List<Mention> find(String text) {
        return find(text, text.toCharArray());
    }

    /** The mentions of {@code text}, whose characters {@code chars} are (the place scan reads them from the array). */
    private static List<Mention> find(String text, char[] chars) {
        List<At> all = new ArrayList<>();
        for (Found f : Gazetteer.standard().find(text)) {
            all.add(new At(f.start(), f.toMention()));
        }
        places(text, chars, all);
        all.sort((a, b) -> Integer.compare(a.offset(), b.offset()));
        Map<Named, Mention> once = new LinkedHashMap<>();
        for (At a : all) {
            once.putIfAbsent(new Named(a.mention().kind(), a.mention().key()), a.mention());
        }
        return List.copyOf(once.values());
    }

    /** A mention and where the text names it. */
    private record At(int offset, Mention mention) {
    }

    /** What makes two mentions the same: a text names each thing once in the output. */
    private record Named(Mention.Kind kind, String key) {
    }

    /**
     * The capitals named as places: a capital's name printed with a capital letter right after "in", "at" or
     * "from". Only such word starts are looked up; no capital's name holds one of these words, so looking
     * nowhere else skips none.
     */
    private static void places(String text, char[] chars, List<At> out) {
        int previous = 0;
        int beforePrevious = 0;
        for (int start = 0; start < chars.length; start++) {
            int current = CharClass.of(chars[start]);
            boolean candidate = mayFollowPlaceWord(beforePrevious, previous, current);
            beforePrevious = previous;
            previous = current;
            if (!candidate || !placeWordBefore(text, start)) {
                continue;
            }
            int end = longestCapitalAt(text, start);
            if (end < 0) {
                continue;
            }
            Capital c = Capitals.BY_FOLDED.get(fold(text.substring(start, end)));
            if (!CAPITALISED_AFTER.matcher(text.substring(end, Math.min(text.length(), end + 30))).find()) {
                out.add(new At(start, new Mention(Mention.Kind.PLACE, c.key(), text.substring(start, end))));
            }
            start = end - 1;
            previous = CharClass.of(chars[start]);
            beforePrevious = CharClass.of(chars[start - 1]);
        }
    }

    /**
     * Capitals of Member and observer States that name one place only: not a country's name too
     * ("Singapore", "Djibouti": the country is found already), not given to two countries, not in
     * {@link #AMBIGUOUS_CAPITALS}. Keyed by their folded form (see {@link #fold}).
     */
    private static Map<String, Capital> load(Gazetteer gazetteer) {
        Map<String, List<Country>> byName = new HashMap<>();
        for (Country c : gazetteer.countries()) {
            if (c.capital() != null && !c.capital().isBlank()) {
                byName.computeIfAbsent(fold(c.capital().strip()), k -> new ArrayList<>()).add(c);
            }
        }
        Map<String, Capital> out = new HashMap<>();
        byName.forEach((folded, countries) -> {
            Country c = countries.get(0);
            if (countries.size() == 1 && c.status() != Country.Status.OTHER && !AMBIGUOUS_CAPITALS.contains(folded)
                    && gazetteer.country(c.capital()).isEmpty() && gazetteer.organization(c.capital()).isEmpty()) {
                out.put(folded, new Capital(c.capital().strip(), c.capital().strip()));
            }
        });
        return out;
    }

    /**
     * Where the longest capital's name that starts at {@code start} ends, or -1: a whole-word match of the folded
     * text (no letter or digit on either side), found by looking up each word end within reach. Names are
     * looked up where words start rather than matched by one pattern of every name, which would try each name
     * at each character of the text.
     */
    private static int longestCapitalAt(String text, int start) {
        // Folded over the reach of the longest name, and one character more to see where the last word ends.
        String folded = fold(text.substring(start, Math.min(text.length(), start + Capitals.LONGEST + 1)));
        if (!Capitals.FIRST_WORDS.contains(folded.substring(0, wordEnd(folded, 0)))) {
            return -1;
        }
        int limit = Math.min(folded.length(), Capitals.LONGEST);
        int found = -1;
        for (int end = 1; end <= limit; end++) {
            if ((end == folded.length() || !isWordChar(folded.charAt(end))) && isWordChar(folded.charAt(end - 1))
                    && Capitals.BY_FOLDED.containsKey(folded.substring(0, end))) {
                found = end;
            }
        }
        return found < 0 ? -1 : start + found;
    }

    /**
     * Whether a capital letter (class bits {@code current}) may follow a place word: white space before it, and
     * before that white space or the last letter of "in", "at" or "from". Every start that {@link #placeWordBefore}
     * accepts passes. Tested on the class bits ({@code SPACE << 1} and {@code PLACE_WORD_END << 2} are
     * {@code UPPER}) without a branch: the scan branches only where they hold.
     */
    static boolean mayFollowPlaceWord(int beforePrevious, int previous, int current) {
        return (current & previous << 1 & (beforePrevious << 1 | beforePrevious << 2) & CharClass.UPPER) != 0;
    }

    /** Whether "in", "at" or "from" (capitalised or not) and white space come right before {@code start}, within 8 characters. */
    static boolean placeWordBefore(String text, int start) {
        int reach = Math.max(0, start - 8);
        int wordEnd = start;
        while (wordEnd > reach && CharClass.isSpace(text.charAt(wordEnd - 1))) {
            wordEnd--;
        }
        if (wordEnd == start) {
            return false;
        }
        for (String w : PLACE_WORDS) {
            int wordStart = wordEnd - w.length();
            if (wordStart >= reach && Character.toLowerCase(text.charAt(wordStart)) == w.charAt(0)
                    && text.regionMatches(wordStart + 1, w, 1, w.length() - 1)
                    && (wordStart == reach || !CharClass.isWord(text.charAt(wordStart - 1)))) {
                return true;
            }
        }
        return false;
    }

    private static final String[] PLACE_WORDS = {"in", "at", "from"};

    private static int wordEnd(String s, int start) {
        int end = start;
        while (end < s.length() && isWordChar(s.charAt(end))) {
            end++;
        }
        return end;
    }

    /** A letter or a number (regular expressions' {@code [\p{L}\p{N}]}). */
    private static boolean isWordChar(char c) {
        if (c < 128) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
        }
        int type = Character.getType(c);
        return Character.isLetter(c) || type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    /**
     * Lower case without diacritics, typographic apostrophes as "'": same length as the input, so that
     * offsets in the folded text are offsets in the text ("Bogotá" and "Bogota", "Sana’a" and "Sana'a").
     */
    static String fold(String s) {
        char[] out = new char[s.length()];
        for (int i = 0; i < out.length; i++) {
            char c = s.charAt(i);
            out[i] = c < FOLDED.length ? FOLDED[c] : fold(c);
        }
        return new String(out);
    }

    /** {@link #fold(char)} of the Latin, Greek and Cyrillic letters, worked out once. */
    private static final char[] FOLDED = new char[0x0530];

    static {
        for (char c = 0; c < FOLDED.length; c++) {
            FOLDED[c] = fold(c);
        }
    }

    private static char fold(char c) {
        if (c == '\u2019' || c == '\u2018' || c == '\u02BC') {
            return '\'';
        }
        if (!Character.isLetter(c)) {
            return c; // punctuation, digits, spaces: nothing to fold
        }
        String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
        return Character.toLowerCase(d.isEmpty() ? c : d.charAt(0));
    }
}
