package org.w3id.unld.parse;

import org.w3id.unld.reference.UnBodies;
import org.w3id.unld.reference.UnBody;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * A body's name that a masthead printed in its left column, a word or two a line, beside the right column's fields,
 * and that text extraction interleaved with them. A typewriter's organ:
 * <pre>
 * ECONOMIC GENERAL                      Economic and Social
 * AND E/CN.6/573                        Distr.
 * 6 November 1973                       Council LIMITED
 * SOCIAL COUNCIL ORIGINAL: ENGLISH
 * </pre>
 * or a programme's board in a PDF's text:
 * <pre>
 *     Executive Board of the
 *     United Nations Development            Distr.: General
 *     Programme and of the                  19 December 2002
 *     United Nations Population Fund        Original: English
 * </pre>
 * The name, as printed, is put back on a line of its own above the first of those lines, and the right column's fields
 * stay on theirs ("GENERAL", "E/CN.6/573", "Distr.: General"), so that the masthead reads as a well-formed one. The
 * names are those of the table of UN bodies, in English, French and Spanish, and their aliases.
 */
final class ColumnMasthead {
    /** How far into the text the masthead's left column may reach. */
    private static final int LINES = 14;
    /** A line between two pieces of the name that carries none of it (the date, in the example above). */
    private static final int GAP = 1;
    /**
     * Short lines between two pieces of a name of three words or more: the right column's fields (the symbol, the date and
     * the language between "ECONOMIC" and "SOCIAL COUNCIL" in a 1950 record). A name of two words ("General Committee")
     * is not looked for that far: "Distr.: General" would start it.
     */
    private static final int LONG_NAME_GAP = 3;
    private static final int GAP_LINE_LENGTH = 40;
    /** The small words of a name that a scan may lose between its pieces ("ECONOMIC" / … / "SOCIAL COUNCIL"). */
    private static final java.util.Set<String> GLUE = java.util.Set.of("AND", "OF", "THE", "ET", "Y", "DE", "DU", "DES", "LA", "LE", "DEL");
    private static final java.util.regex.Pattern WHITE_SPACE = java.util.regex.Pattern.compile("\\s+");
    /** The names of the table's bodies of two words or more, in capitals and split into words, longest first. */
    private static final List<String[]> NAMES = names();
    /** The first words of {@link #NAMES}. */
    private static final java.util.Set<String> FIRST_WORDS = NAMES.stream().map(n -> n[0]).collect(java.util.stream.Collectors.toUnmodifiableSet());
    /** What the column left of the name may print before a piece of it: a series letter ("E", "A"), "Distr.". */
    private static final java.util.regex.Pattern LEFT_OF_NAME = java.util.regex.Pattern.compile("[A-Z]{1,2}|DISTR\\.?:?");
    private static final java.util.regex.Pattern DISTR_ALONE = java.util.regex.Pattern.compile("(?i)\\s*distr\\s*\\.?\\s*:?\\s*");

    private ColumnMasthead() {
    }

    /** The text with a body's name split over its first lines put back on one line; other texts come back unchanged. */
    static String rejoin(String text) {
        int end = 0;
        List<String> head = new ArrayList<>();
        for (int k = 0; k < LINES && end < text.length(); k++) {
            int next = text.indexOf('\n', end);
            next = next < 0 ? text.length() : next;
            head.add(text.substring(end, next));
            end = Math.min(text.length(), next + 1);
        }
        // Each line's words, in capitals, split once: the names are matched against them.
        List<String[]> words = new ArrayList<>(head.size());
        boolean nameStarts = false;
        for (String line : head) {
            String l = line.strip();
            String[] w = l.isEmpty() ? new String[0] : WHITE_SPACE.split(l.toUpperCase(Locale.ROOT));
            words.add(w);
            nameStarts |= w.length > 0 && FIRST_WORDS.contains(w[0]);
        }
        if (!nameStarts) {
            return text; // most texts: no line of the head starts with a word a body's name starts with
        }
        for (String[] name : NAMES) {
            String rejoined = rejoin(head, words, name);
            if (rejoined != null) {
                return rejoined + (end < text.length() || text.endsWith("\n") ? "\n" : "") + text.substring(end);
            }
        }
        return text;
    }

    /** The head with {@code name} taken from the starts of its lines, or null when they do not spell it. */
    private static String rejoin(List<String> head, List<String[]> words, String[] name) {
        for (int first = 0; first < head.size(); first++) {
            String[] firstWords = words.get(first);
            if (firstWords.length == 0 || !firstWords[0].equals(name[0])
                    && !(firstWords.length > 1 && firstWords[1].equals(name[0]) && LEFT_OF_NAME.matcher(firstWords[0]).matches())) {
                continue;
            }
            List<String> lines = new ArrayList<>(head);
            List<String> printed = new ArrayList<>();
            int word = 0;
            int pieces = 0;
            int gap = 0;
            boolean fieldsOnly = true;
            for (int k = first; k < lines.size() && word < name.length; k++) {
                String[] lineWords = words.get(k);
                if (lineWords.length == 0) {
                    continue;
                }
                // The name's piece may stand after the series letter or the "Distr." of the column to its left
                // ("E Economic and Social" / "Distr. Council GENERAL").
                int taken = wordsAt(lineWords, 0, name, word);
                if (taken == 0 && pieces > 0 && word + 1 < name.length && GLUE.contains(name[word]) && wordsAt(lineWords, 0, name, word + 1) > 0) {
                    // The scan lost the small word between the pieces: the name is put back whole.
                    printed.add(name[word]);
                    word++;
                    taken = wordsAt(lineWords, 0, name, word);
                }
                int lead = 0;
                if (taken == 0 && lineWords.length > 1 && LEFT_OF_NAME.matcher(lineWords[0]).matches()) {
                    lead = 1;
                    taken = wordsAt(lineWords, 1, name, word);
                }
                if (taken == 0) {
                    // Past one line, every line between the pieces must be a short field: a line that starts a name of its own
                    // ("GENERAL ASSEMBLY", "UNITED NATIONS") or runs on is not.
                    fieldsOnly &= lines.get(k).strip().length() <= GAP_LINE_LENGTH && !FIRST_WORDS.contains(lineWords[0]);
                    if (pieces == 0 || ++gap > (name.length >= 3 ? LONG_NAME_GAP : GAP) || gap > GAP && !fieldsOnly) {
                        break;
                    }
                    continue;
                }
                gap = 0;
                fieldsOnly = true;
                pieces++;
                word += taken;
                String[] split = WHITE_SPACE.split(lines.get(k).strip(), lead + taken + 1);
                printed.addAll(List.of(split).subList(lead, lead + taken));
                String rest = split.length > lead + taken ? split[lead + taken] : "";
                lines.set(k, lead == 1 ? (split[0] + " " + rest).strip() : rest);
            }
            if (word == name.length && pieces >= 2) {
                // Above the first piece's line, and above a "Distr." whose word that line carried ("Distr." / "ECONOMIC GENERAL").
                int at = first;
                int before = previousContent(lines, first);
                if (before >= 0 && DISTR_ALONE.matcher(lines.get(before)).matches()) {
                    at = before;
                }
                lines.add(at, String.join(" ", printed));
                return String.join("\n", lines);
            }
        }
        return null;
    }

    private static int previousContent(List<String> lines, int i) {
        for (int k = i - 1; k >= 0; k--) {
            if (!lines.get(k).isBlank()) {
                return k;
            }
        }
        return -1;
    }

    /** How many words of {@code name}, from word {@code from} on, the line's words give from word {@code at} on. */
    private static int wordsAt(String[] words, int at, String[] name, int from) {
        int n = 0;
        while (at + n < words.length && from + n < name.length && words[at + n].equals(name[from + n])) {
            n++;
        }
        return n;
    }

    private static List<String[]> names() {
        java.util.Set<String> names = new java.util.HashSet<>();
        for (UnBody b : UnBodies.standard().all()) {
            for (String language : new String[]{"en", "fr", "es"}) {
                names.add(b.name(language));
            }
            names.addAll(b.aliases());
        }
        List<String[]> split = new ArrayList<>();
        for (String n : names) {
            if (n != null && n.strip().contains(" ")) {
                split.add(WHITE_SPACE.split(n.strip().toUpperCase(Locale.ROOT)));
            }
        }
        split.sort(Comparator.comparingInt((String[] n) -> n.length).reversed().thenComparing(n -> String.join(" ", n)));
        return List.copyOf(split);
    }
}
