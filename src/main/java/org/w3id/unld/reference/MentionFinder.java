package org.w3id.unld.reference;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the countries and organizations a text names, in one left-to-right pass over a character
 * trie of every name, alias and acronym.
 *
 * <p>Rules, chosen so that a hit is a name and not a word that looks like one:
 * <ul>
 * <li>Leftmost, then longest: "Papua New Guinea" and "Guinea-Bissau" are not read as Guinea,
 *     "United Nations High Commissioner for Refugees" is not read as the United Nations.</li>
 * <li>Whole words only: "Niger" is not found in "Nigeria", "Azerbaijan" not in "Azerbaijani".</li>
 * <li>Case: the text may capitalise what the name writes in lower case ("Republic Of Azerbaijan",
 *     "AZERBAIJAN" in a heading), never the reverse. So acronyms match only in capitals ("WHO",
 *     not "who") and names only capitalised: "Chad", "Jordan", "Niger", "Turkey", "Guinea" are not
 *     found as the words "chad", "jordan", "turkey" or "guinea pig".</li>
 * <li>Diacritics, apostrophe style and line breaks inside a name do not matter ("Cote d’Ivoire",
 *     "Republic of\nAzerbaijan").</li>
 * <li>Ignored phrases (ignored-phrases.tsv) contain a name but name something else ("Gulf of
 *     Guinea", "Northern Ireland", "Under-Secretary-General"): they are consumed and give nothing.</li>
 * <li>"Secretary-General", "Secretariat" and "General Assembly" followed by "of" and the name of
 *     another body ("Secretary-General of the League of Arab States", "Secretariat of the Pacific
 *     Community") are that body's, not the United Nations', and give nothing; the other body's name
 *     is still found.</li>
 * </ul>
 * What is left ambiguous: a capitalised "Georgia" is taken for the State even where a text means
 * the US state, and "Chad" or "Jordan" as a person's name is taken for the State. UN documents rarely
 * use them so.
 */
final class MentionFinder {

    /** What a trie entry names: a country, an organization, or nothing (an ignored phrase). */
    private record Target(Country country, Organization organization) {
        static final Target NOTHING = new Target(null, null);
    }

    /**
     * A trie node. While names are added, children live in a map; {@link #freeze()} then packs them
     * into sorted arrays, which are faster to search and cheaper to hold.
     */
    private static final class Node {
        Map<Character, Node> building = new HashMap<>(4);
        char[] chars = new char[0];
        Node[] children = new Node[0];
        Target target;
        /** Children indexed by character from {@link #first}, for nodes with many children; null for the others. */
        Node[] table;
        char first;

        Node child(char c) {
            Node[] t = table;
            if (t != null) {
                int k = c - first;
                return k >= 0 && k < t.length ? t[k] : null;
            }
            char[] cs = chars;
            if (cs.length < 8) {
                for (int i = 0; i < cs.length; i++) {
                    if (cs[i] == c) {
                        return children[i];
                    }
                }
                return null;
            }
            int i = Arrays.binarySearch(cs, c);
            return i >= 0 ? children[i] : null;
        }

        void freeze() {
            if (building == null) {
                return;
            }
            List<Character> keys = new ArrayList<>(building.keySet());
            keys.sort(null);
            chars = new char[keys.size()];
            children = new Node[keys.size()];
            for (int i = 0; i < chars.length; i++) {
                chars[i] = keys.get(i);
                children[i] = building.get(keys.get(i));
                children[i].freeze();
            }
            building = null;
            // A node with many children (the root, the letters after "Republic of ") is looked up by index.
            if (chars.length >= 8 && chars[chars.length - 1] - chars[0] < 512) {
                first = chars[0];
                table = new Node[chars[chars.length - 1] - first + 1];
                for (int i = 0; i < chars.length; i++) {
                    table[chars[i] - first] = children[i];
                }
            }
        }
    }

    private static final Set<String> TITLES_OF_OTHER_BODIES = Set.of("secretary-general", "secretariat", "general-assembly");
    /** "… of the League of Arab States": the title belongs to the body named after "of". */
    private static final Pattern OF_ANOTHER_BODY = Pattern.compile(
            "\\s+(?i:of)\\s+(?:(?i:the)\\s+)?(?!(?i:united\\s+nations|UN\\b|organi[sz]ation\\b(?!\\s+(?i:of)\\b)))\\p{Lu}");

    private final Node root = new Node();
    private volatile boolean frozen;

    void add(String name, Country country) {
        put(name, new Target(country, null));
    }

    void add(String name, Organization organization) {
        put(name, new Target(null, organization));
    }

    void ignore(String phrase) {
        put(phrase, Target.NOTHING);
    }

    private void put(String name, Target target) {
        if (frozen) {
            throw new IllegalStateException("names are added before the first search");
        }
        String surface = Names.withoutArticle(name);
        Node node = root;
        boolean space = false;
        for (int i = 0; i < surface.length(); i++) {
            char c = Names.fold(surface.charAt(i));
            if (c == ' ') {
                space = true;
                continue;
            }
            if (space) {
                node = node.building.computeIfAbsent(' ', k -> new Node());
                space = false;
            }
            node = node.building.computeIfAbsent(c, k -> new Node());
        }
        if (node == root) {
            throw new IllegalArgumentException("empty name");
        }
        // A name given twice to the same target is harmless; to two targets it is a table error
        // that the build script already refuses, so the first one wins.
        if (node.target == null) {
            node.target = target;
        }
    }

    /** Ends the adding of names; called once the gazetteer is built. */
    void freeze() {
        root.freeze();
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            char ch = (char) c;
            boolean word = isWordChar(ch);
            boolean nameStart = word && (root.child(ch) != null
                    || Character.isUpperCase(ch) && Character.toLowerCase(ch) != ch && root.child(Character.toLowerCase(ch)) != null);
            classBits[c] = (byte) ((word ? WORD : 0) | (nameStart ? NAME_START : 0));
        }
        frozen = true;
    }

    /** Class bits of a folded character: a word character; a word character that a name may begin with. */
    private static final int WORD = 1;
    private static final int NAME_START = 2;
    /** {@link #WORD} and {@link #NAME_START} of every character, set by {@link #freeze()}. */
    private final byte[] classBits = new byte[Character.MAX_VALUE + 1];

    List<Found> find(String text) {
        if (!frozen) {
            throw new IllegalStateException("search before freeze()");
        }
        int n = text.length();
        char[] folded = text.toCharArray();
        for (int i = 0; i < n; i++) {
            folded[i] = Names.fold(folded[i]);
        }
        List<Found> found = new ArrayList<>();
        int[] best = new int[2];
        Target[] bestTarget = new Target[1];
        byte[] classes = classBits;
        int previous = 0;
        for (int i = 0; i < n; i++) {
            int current = classes[folded[i]];
            // A word start whose character may begin a name, tested on class bits: the branch is taken rarely.
            boolean candidate = (current & ~previous << 1 & NAME_START) != 0; // WORD << 1 is NAME_START
            previous = current;
            if (!candidate) {
                continue;
            }
            best[0] = -1;
            bestTarget[0] = null;
            longest(root, folded, i, best, bestTarget);
            if (best[0] < 0) {
                continue;
            }
            int end = best[0];
            Target target = bestTarget[0];
            if (target != Target.NOTHING && !titleOfAnotherBody(target, text, end)) {
                found.add(new Found(i, end, text.substring(i, end), target.country(), target.organization()));
            }
            i = end - 1;
            previous = classes[folded[i]];
        }
        return found;
    }

    /**
     * Walks the trie from {@code from}, recording in {@code best} the end of the longest name that
     * ends on a word boundary. A lower-case letter of a name also accepts its capital; a space of a
     * name accepts any run of white space.
     */
    private static void longest(Node node, char[] text, int at, int[] best, Target[] bestTarget) {
        if (node.target != null && at > best[0] && boundaryAt(text, at)) {
            best[0] = at;
            bestTarget[0] = node.target;
        }
        if (at >= text.length || node.chars.length == 0) {
            return;
        }
        char c = text[at];
        if (c == ' ') {
            Node next = node.child(' ');
            if (next != null) {
                int after = at;
                while (after < text.length && text[after] == ' ') {
                    after++;
                }
                longest(next, text, after, best, bestTarget);
            }
            return;
        }
        Node same = node.child(c);
        if (same != null) {
            longest(same, text, at + 1, best, bestTarget);
        }
        char small = SMALL_LETTER[c];
        if (small != 0) {
            Node capitalised = node.child(small);
            if (capitalised != null) {
                longest(capitalised, text, at + 1, best, bestTarget);
            }
        }
    }

    /**
     * The small letter of each capital that has one, else 0: a name's small letter takes its capital too. A
     * table, as the trie is walked a character at a time from every capitalised word.
     */
    private static final char[] SMALL_LETTER = new char[Character.MAX_VALUE + 1];

    static {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            char lower = Character.toLowerCase((char) c);
            if (Character.isUpperCase((char) c) && lower != c) {
                SMALL_LETTER[c] = lower;
            }
        }
    }

    /** A name ends where a word ends: not in the middle of "Azerbaijani" or "Nigeria". */
    private static boolean boundaryAt(char[] text, int at) {
        return at == text.length || !isWordChar(text[at]) || !isWordChar(text[at - 1]);
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c);
    }

    private static boolean titleOfAnotherBody(Target target, String text, int end) {
        if (target.organization() == null || !TITLES_OF_OTHER_BODIES.contains(target.organization().slug())) {
            return false;
        }
        Matcher m = OF_ANOTHER_BODY.matcher(text);
        m.region(end, Math.min(text.length(), end + 80));
        return m.lookingAt();
    }
}
