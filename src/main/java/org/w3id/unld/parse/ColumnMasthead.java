package org.w3id.unld.parse;

import org.w3id.unld.reference.UnBodies;
import org.w3id.unld.reference.UnBody;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * An organ's name that a typewriter masthead printed in its left column, a word or two a line, beside the right
 * column's fields, and that text extraction interleaved with them:
 * <pre>
 * ECONOMIC GENERAL                      Economic and Social
 * AND E/CN.6/573                        Distr.
 * 6 November 1973                       Council LIMITED
 * SOCIAL COUNCIL ORIGINAL: ENGLISH
 * </pre>
 * The name is put back on a line of its own above the first of those lines, and the right column's fields stay
 * on theirs ("GENERAL", "E/CN.6/573", "ORIGINAL: ENGLISH"), so that the masthead reads as a well-formed one.
 */
final class ColumnMasthead {
    /** How far into the text the masthead's left column may reach. */
    private static final int LINES = 14;
    /** A line between two pieces of the name that carries none of it (the date, in the example above). */
    private static final int GAP = 1;
    /** The names of the organ-line bodies in English, French and Spanish, of two words or more, longest first. */
    private static final List<String[]> NAMES = names();
    /** The first words of {@link #NAMES}. */
    private static final java.util.Set<String> FIRST_WORDS = NAMES.stream().map(n -> n[0]).collect(java.util.stream.Collectors.toUnmodifiableSet());
    private static final java.util.regex.Pattern DISTR_ALONE = java.util.regex.Pattern.compile("(?i)\\s*distr\\s*\\.?\\s*:?\\s*");

    private ColumnMasthead() {
    }

    /** The text with an organ's name split over its first lines put back on one line; other texts come back unchanged. */
    static String rejoin(String text) {
        int end = 0;
        List<String> head = new ArrayList<>();
        for (int k = 0; k < LINES && end < text.length(); k++) {
            int next = text.indexOf('\n', end);
            next = next < 0 ? text.length() : next;
            head.add(text.substring(end, next));
            end = Math.min(text.length(), next + 1);
        }
        if (!anyLineStartsAName(head)) {
            return text; // most texts: no line of the head starts with a word an organ's name starts with
        }
        for (String[] name : NAMES) {
            String rejoined = rejoin(head, name);
            if (rejoined != null) {
                return rejoined + (end < text.length() || text.endsWith("\n") ? "\n" : "") + text.substring(end);
            }
        }
        return text;
    }

    /** Whether a line of the head starts with the first word of some organ's name, in any case. */
    private static boolean anyLineStartsAName(List<String> head) {
        for (String line : head) {
            String l = line.strip();
            int end = 0;
            while (end < l.length() && !Character.isWhitespace(l.charAt(end))) {
                end++;
            }
            if (end > 0 && FIRST_WORDS.contains(l.substring(0, end).toUpperCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** The head with {@code name} taken from the starts of its lines, or null when they do not spell it. */
    private static String rejoin(List<String> head, String[] name) {
        for (int first = 0; first < head.size(); first++) {
            List<String> lines = new ArrayList<>(head);
            int word = 0;
            int pieces = 0;
            int gap = 0;
            for (int k = first; k < lines.size() && word < name.length; k++) {
                String line = lines.get(k).strip();
                if (line.isEmpty()) {
                    continue;
                }
                int taken = wordsAtStart(line, name, word);
                if (taken == 0) {
                    if (pieces == 0 || ++gap > GAP) {
                        break;
                    }
                    continue;
                }
                gap = 0;
                pieces++;
                word += taken;
                String[] words = line.split("\\s+", taken + 1);
                lines.set(k, words.length > taken ? words[taken] : "");
            }
            if (word == name.length && pieces >= 2) {
                // Above the first piece's line, and above a "Distr." whose word that line carried ("Distr." / "ECONOMIC GENERAL").
                int at = first;
                int before = previousContent(lines, first);
                if (before >= 0 && DISTR_ALONE.matcher(lines.get(before)).matches()) {
                    at = before;
                }
                lines.add(at, String.join(" ", name));
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

    /** How many words of {@code name}, from word {@code from} on, start the line (in any case); 0 when not the next one. */
    private static int wordsAtStart(String line, String[] name, int from) {
        String[] words = line.split("\\s+");
        int n = 0;
        while (n < words.length && from + n < name.length && words[n].equalsIgnoreCase(name[from + n])) {
            n++;
        }
        return n;
    }

    private static List<String[]> names() {
        List<String[]> names = new ArrayList<>();
        for (UnBody b : UnBodies.standard().organLine()) {
            for (String language : new String[]{"en", "fr", "es"}) {
                String n = b.name(language);
                if (n != null && n.strip().contains(" ")) {
                    names.add(n.strip().toUpperCase(Locale.ROOT).split("\\s+"));
                }
            }
        }
        names.sort(Comparator.comparingInt((String[] n) -> n.length).reversed().thenComparing(n -> String.join(" ", n)));
        return List.copyOf(names);
    }
}
