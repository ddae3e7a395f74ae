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
    /**
     * The principal organs' names, split into words: the organ slot of a typewriter masthead, which a scan may read across
     * the columns, prints one of them.
     */
    private static final List<String[]> ORGANS = NAMES.stream()
            .filter(n -> UnBodies.standard().byName(String.join(" ", n)).map(b -> b.kind() == UnBody.Kind.PRINCIPAL_ORGAN).orElse(false))
            .map(n -> java.util.Arrays.stream(n).map(ColumnMasthead::key).toArray(String[]::new))
            .toList();
    /** The first words of {@link #NAMES}. */
    private static final java.util.Set<String> FIRST_WORDS = NAMES.stream().map(n -> n[0]).collect(java.util.stream.Collectors.toUnmodifiableSet());
    /** What the column left of the name may print before a piece of it: a series letter ("E", "A"), "Distr.". */
    private static final java.util.regex.Pattern LEFT_OF_NAME = java.util.regex.Pattern.compile("[A-Z]{1,2}|DISTR\\.?:?");
    /** How far into the head a name read across the columns may reach, and how many of their words may stand between its pieces. */
    private static final int ACROSS_CHARS = 300;
    private static final int ACROSS_GAP = 8;
    /** The words "Distr." is followed by that an organ's name also has ("Distr. GENERAL"). */
    private static final java.util.Set<String> DISTRIBUTION_WORDS = java.util.Set.of("GENERAL", "GENERALE");
    /** The words of a line of the head, as {@link #rejoinAcross(String)} reads them. */
    private static final java.util.regex.Pattern NON_SPACE = java.util.regex.Pattern.compile("\\S+");
    private static final java.util.regex.Pattern UNITED_NATIONS = java.util.regex.Pattern.compile(
            "(?iu)\\s*" + Headings.UN_WORDS + "\\b\\s*");
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

    /** A word of the head: its line, where it stands on that line, and how it compares with a name's words. */
    private record Word(int line, int start, int end, String key) {
    }

    /**
     * The text with a body's name put back on a line of its own where a scan read the masthead straight across both
     * columns, the right column's fields between the name's words ("UNITED NATIONS Distr. TRUSTEESHIP GENERAL T/PV.1611
     * COUNCIL 4 June 1986 ENGLISH", "United Nations GENERAL THIRD COMMITTEE ASSEMBLY 57th meeting"): under "United
     * Nations", or above the line of its first word. Looked for once a copy's lost line breaks are back, in the first
     * characters of the text; other texts come back unchanged.
     */
    static String rejoinAcross(String text) {
        List<String> head = new ArrayList<>();
        List<Word> words = new ArrayList<>();
        java.util.Set<String> keys = new java.util.HashSet<>();
        int end = 0;
        while (end < text.length() && end < ACROSS_CHARS) {
            int next = text.indexOf('\n', end);
            next = next < 0 ? text.length() : next;
            String line = text.substring(end, next);
            java.util.regex.Matcher m = NON_SPACE.matcher(line);
            while (m.find() && end + m.start() < ACROSS_CHARS) {
                String key = key(m.group());
                words.add(new Word(head.size(), m.start(), m.end(), key));
                keys.add(key);
            }
            head.add(line);
            end = Math.min(text.length(), next + 1);
        }
        for (String[] name : ORGANS) {
            if (!keys.contains(name[0]) || !keys.contains(name[name.length - 1])) {
                continue; // most names: not in the head at all
            }
            String rejoined = rejoinAcross(head, words, name);
            if (rejoined != null) {
                return rejoined + (end < text.length() || text.endsWith("\n") ? "\n" : "") + text.substring(end);
            }
        }
        return text;
    }

    /** The head with {@code name} taken from the words of its lines, or null when they do not spell it across the columns. */
    private static String rejoinAcross(List<String> head, List<Word> words, String[] name) {
        if (printedWhole(words, name)) {
            return null; // the masthead prints it in one piece: nothing to put back
        }
        for (int first = 0; first < words.size(); first++) {
            if (!isPiece(head, words, first, name[0])) {
                continue;
            }
            List<Integer> taken = new ArrayList<>(List.of(first));
            List<String> printed = new ArrayList<>(List.of(printed(head, words.get(first))));
            int pieces = 1;
            int w = 1;
            int at = first + 1;
            while (w < name.length) {
                // The right column's fields between two pieces: a symbol, a date, "Distr.", a language; never running text.
                int gap = 0;
                while (at < words.size() && gap <= ACROSS_GAP && !startsPiece(words.get(at), name, w)
                        && !Character.isLowerCase(head.get(words.get(at).line()).charAt(words.get(at).start()))) {
                    if (w == 1 && isPiece(head, words, at, name[0])) {
                        // The first word again ("Distr. GENERAL GENERAL A/3191 ASSEMBLY"): the one nearer the rest is the name's.
                        taken.set(0, at);
                        printed.set(0, printed(head, words.get(at)));
                        gap = -1;
                    }
                    gap++;
                    at++;
                }
                if (at >= words.size() || gap > ACROSS_GAP || !startsPiece(words.get(at), name, w) || !inCapitals(head, words.get(at))) {
                    break;
                }
                if (!words.get(at).key().equals(name[w])) {
                    printed.add(name[w]); // the scan lost the small word between the pieces: the name is put back whole
                    w++;
                }
                pieces += gap > 0 ? 1 : 0;
                taken.add(at);
                printed.add(printed(head, words.get(at)));
                w++;
                at++;
            }
            if (w == name.length && pieces >= 2) {
                return withNameApart(head, words, taken, String.join(" ", printed));
            }
        }
        return null;
    }

    /**
     * Whether word {@code i} may be a piece of a name read across the columns: the word, printed in capitals as the organ
     * slot of a typewriter masthead is, and not the distribution's "GENERAL" after "Distr.".
     */
    private static boolean isPiece(List<String> head, List<Word> words, int i, String nameWord) {
        Word word = words.get(i);
        if (!word.key().equals(nameWord) || !inCapitals(head, word)) {
            return false;
        }
        return i == 0 || !words.get(i - 1).key().equals("DISTR") || !DISTRIBUTION_WORDS.contains(word.key());
    }

    /** Whether the word gives the name's word {@code w}, or the one after it where word {@code w} is a small word a scan may lose. */
    private static boolean startsPiece(Word word, String[] name, int w) {
        return word.key().equals(name[w]) || GLUE.contains(name[w]) && w + 1 < name.length && word.key().equals(name[w + 1]);
    }

    /** The word as printed, without the scan's marks around it. */
    private static String printed(List<String> head, Word word) {
        return bare(head.get(word.line()).substring(word.start(), word.end()));
    }

    /** Whether the word is printed in capitals, as the organ slot of a typewriter masthead is. */
    private static boolean inCapitals(List<String> head, Word word) {
        String printed = printed(head, word);
        return printed.equals(printed.toUpperCase(Locale.ROOT));
    }

    /** A word without what is not a letter at its ends: the scan's marks around it ("ASAMBLEA'~·"), a full stop. */
    private static String bare(String word) {
        int start = 0;
        int end = word.length();
        while (start < end && !Character.isLetter(word.charAt(start))) {
            start++;
        }
        while (end > start && !Character.isLetter(word.charAt(end - 1))) {
            end--;
        }
        return word.substring(start, end);
    }

    /** Whether the head prints the name's words one after the other somewhere. */
    private static boolean printedWhole(List<Word> words, String[] name) {
        for (int i = 0; i + name.length <= words.size(); i++) {
            int n = 0;
            while (n < name.length && words.get(i + n).key().equals(name[n])) {
                n++;
            }
            if (n == name.length) {
                return true;
            }
        }
        return false;
    }

    /** The head without the name's words, the name on a line of its own where the masthead's organ slot is. */
    private static String withNameApart(List<String> head, List<Word> words, List<Integer> taken, String name) {
        List<String> lines = new ArrayList<>(head);
        java.util.Set<Integer> gone = new java.util.HashSet<>(taken);
        Word first = words.get(taken.get(0));
        // Each line that gave words of the name is rewritten from the words it keeps; words past the reach of the search
        // stay as printed.
        java.util.Map<Integer, List<String>> kept = new java.util.TreeMap<>();
        java.util.Map<Integer, Integer> lastWordEnd = new java.util.HashMap<>();
        for (int t : taken) {
            kept.put(words.get(t).line(), new ArrayList<>());
        }
        for (int i = 0; i < words.size(); i++) {
            Word word = words.get(i);
            List<String> keep = kept.get(word.line());
            if (keep != null) {
                lastWordEnd.put(word.line(), word.end());
                if (!gone.contains(i)) {
                    keep.add(head.get(word.line()).substring(word.start(), word.end()));
                }
            }
        }
        for (var e : kept.entrySet()) {
            String line = head.get(e.getKey());
            lines.set(e.getKey(), (String.join(" ", e.getValue()) + line.substring(lastWordEnd.get(e.getKey()))).strip());
        }
        String firstLine = lines.get(first.line());
        java.util.regex.Matcher un = UNITED_NATIONS.matcher(firstLine);
        if (un.lookingAt() && head.get(first.line()).strip().toUpperCase(Locale.ROOT).startsWith(un.group().strip().toUpperCase(Locale.ROOT))) {
            lines.set(first.line(), un.group().strip() + "\n" + name + "\n" + firstLine.substring(un.end()).strip());
        } else {
            lines.add(first.line(), name);
        }
        return String.join("\n", lines);
    }

    /**
     * A word as a name's words are compared: in capitals, without the scan's marks around it ("ASAMBLEA'~·") or the accents
     * a typewriter did not print ("ASSEMBLEE GENERALE"), which the text's fold takes off ({@link FoldedText#fold}).
     */
    private static String key(String word) {
        String bare = bare(word);
        for (int k = 0; k < bare.length(); k++) {
            if (bare.charAt(k) >= 128) {
                return FoldedText.fold(bare).toUpperCase(Locale.ROOT);
            }
        }
        return bare.toUpperCase(Locale.ROOT);
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
