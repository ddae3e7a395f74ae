package org.w3id.unld.parse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a document can mention an event: its event words ("Conference", "summit", "side event" …, {@link #HEAD}),
 * found in one pass over the source text, and the paragraphs around them. Only these paragraphs are split into
 * lines, normalised and read by the rest of the event parser.
 */
final class EventCandidates {
    static final Pattern HEAD = Pattern.compile(
            "\\b(?=[CcSsMmFfDdWwTtRr])(?:[Cc]onference|[Ss]ummit|[Mm]eeting|[Ss]ession|[Ff]orum|[Cc]ongress|[Ss]ymposium|[Dd]ialogue|[Ww]orkshop|[Ss]eminar"
                    + "|[Cc]onsultations|[Tt]alks|[Ss]ide[ -][Ee]vent|[Ss]egment|[Rr]ound[ -]?[Tt]able|[Cc]olloquium|[Rr]etreat)\\b");

    /** The event words of {@link #HEAD}, in lower case. */
    static final List<String> EVENT_WORD_LIST = List.of("conference", "summit", "meeting", "session", "forum", "congress",
            "symposium", "dialogue", "workshop", "seminar", "consultations", "talks", "side event", "side-event", "segment",
            "round table", "roundtable", "round-table", "colloquium", "retreat");
    /** The event words by their first letter, in either case. */
    private static final char[][][] EVENT_WORDS = new char[128][][];
    /**
     * The event words' first three letters, as a set of bits indexed by {@link #tripleIndex}: a word start whose
     * three letters are none of these ("Council", "countries", "for", "security") is passed over at once.
     */
    private static final long[] EVENT_TRIPLES = new long[1 << 15 >> 6];

    static {
        for (String w : EVENT_WORD_LIST) {
            char c = w.charAt(0);
            char[][] old = EVENT_WORDS[c];
            char[][] grown = old == null ? new char[1][] : Arrays.copyOf(old, old.length + 1);
            grown[grown.length - 1] = w.toCharArray();
            EVENT_WORDS[c] = grown;
            EVENT_WORDS[Character.toUpperCase(c)] = grown;
            int t = tripleIndex(w.charAt(0), w.charAt(1), w.charAt(2));
            EVENT_TRIPLES[t >>> 6] |= 1L << t;
        }
    }

    /** An event word in a paragraph: where {@link #HEAD} matched, from {@code start} to {@code end}. */
    record Head(int start, int end) {
    }

    private EventCandidates() {
    }

    /**
     * The paragraphs (runs of lines between blank lines, noise left out) that hold an event word at or after line
     * {@code from}, in order, once each. A paragraph does not reach back over line {@code from}.
     */
    static List<String> paragraphs(TextLines lines, int from) {
        List<String> paragraphs = new ArrayList<>();
        if (from >= lines.size()) {
            return paragraphs;
        }
        int done = -1;
        for (int hit : eventWordLines(lines, lines.start(from))) {
            if (hit <= done) {
                continue;
            }
            int start = hit;
            while (start > from && !lines.isBlank(start - 1)) {
                start--;
            }
            int end = hit;
            while (end < lines.size() && !lines.isBlank(end)) {
                end++;
            }
            if (end > start) {
                paragraphs.add(paragraph(lines, start, end));
            }
            done = end;
        }
        return paragraphs;
    }

    /** Where {@link #HEAD} matches in a paragraph, in order: tried only where a word starts with an event word, as find() would meet them. */
    static List<Head> heads(String paragraph) {
        List<Head> heads = new ArrayList<>();
        Matcher h = HEAD.matcher(paragraph).useTransparentBounds(true).useAnchoringBounds(false);
        char[] chars = paragraph.toCharArray();
        for (int i = nextEventWord(chars, 0); i >= 0; ) {
            h.region(i, paragraph.length());
            if (!h.lookingAt()) {
                i = nextEventWord(chars, i + 1);
                continue;
            }
            heads.add(new Head(h.start(), h.end()));
            i = nextEventWord(chars, h.end());
        }
        return heads;
    }

    /**
     * The lines (in order, once each) that hold an event word at or after {@code from}: one pass over the source
     * text, looking up each word start's first three letters. Wherever {@link #HEAD} matches, an event word starts.
     */
    static int[] eventWordLines(TextLines lines, int from) {
        BitSet found = new BitSet(lines.size());
        char[] text = lines.chars();
        for (int i = nextEventWord(text, from); i >= 0; ) {
            int line = lines.lineAt(i);
            found.set(line);
            i = nextEventWord(text, Math.max(i, lines.end(line)) + 1); // the line is taken: on to the next one
        }
        return found.stream().toArray();
    }

    /**
     * The first word start at or after {@code from} where an event word starts ({@link #eventWordAt}), or -1. Each
     * character's class bits and first three letters are looked up and combined without a branch; the scan
     * branches only at the rare candidate.
     */
    static int nextEventWord(char[] s, int from) {
        if (from >= s.length - 2) {
            return -1; // the last two characters start no event word: none is shorter than three letters
        }
        int previous = from > 0 ? CharClass.of(s[from - 1]) : CharClass.SPACE;
        for (int i = from; i < s.length - 2; i++) {
            int current = CharClass.of(s[i]);
            boolean candidate = (eventTriple(s, i) & ~previous & CharClass.WORD) != 0;
            previous = current;
            if (candidate && eventWordAt(s, i)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Three characters by their low five bits: an ASCII letter and its capital fall on the same index. Other
     * characters fall on some letter's index too, which gives a false candidate, never a missed one.
     */
    private static int tripleIndex(char a, char b, char c) {
        return (a & 31) << 10 | (b & 31) << 5 | c & 31;
    }

    /** 1 when an event word may start with the three characters at {@code i} of {@code s}, else 0; without a branch. */
    private static int eventTriple(char[] s, int i) {
        int t = tripleIndex(s[i], s[i + 1], s[i + 2]);
        return (int) (EVENT_TRIPLES[t >>> 6] >>> t) & 1;
    }

    /**
     * Whether an event word starts at {@code i}, in any case of its ASCII letters: a superset of where
     * {@link #HEAD}, which reads the first letter in either case, can match (the word boundaries are the caller's).
     */
    private static boolean eventWordAt(char[] s, int i) {
        char first = s[i];
        if (first >= 128 || EVENT_WORDS[first] == null) {
            return false;
        }
        for (char[] w : EVENT_WORDS[first]) {
            if (i + w.length <= s.length && sameIgnoringAsciiCase(s, i + 1, w)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code s} from {@code from} holds {@code w} without its first letter, a lower-case letter of {@code w} in either case. */
    private static boolean sameIgnoringAsciiCase(char[] s, int from, char[] w) {
        for (int k = 1; k < w.length; k++) {
            char c = s[from + k - 1];
            char expected = w[k];
            if (c != expected && (expected < 'a' || expected > 'z' || c != expected - ('a' - 'A'))) {
                return false;
            }
        }
        return true;
    }

    /** The paragraph of lines {@code from} to {@code to}, noise left out, joined with a space (none after a hyphen ending a word). */
    private static String paragraph(TextLines lines, int from, int to) {
        StringBuilder paragraph = new StringBuilder();
        for (int k = from; k < to; k++) {
            if (lines.isNoise(k)) {
                continue;
            }
            String l = lines.get(k);
            if (paragraph.length() > 0) {
                char last = paragraph.charAt(paragraph.length() - 1);
                if (!(last == '-' && paragraph.length() > 1 && Character.isLetter(paragraph.charAt(paragraph.length() - 2)))) {
                    paragraph.append(' ');
                }
            }
            paragraph.append(l);
        }
        return paragraph.toString();
    }
}
