package org.w3id.unld.parse;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How a heading printed over several lines becomes one string: lines joined with single spaces, a
 * word hyphenated at a line end re-joined with its hyphen ("eighty-" + "first" → "eighty-first"),
 * footnote and reissue marks taken out. And whether the next line continues a heading or starts a new one.
 */
final class Titles {
    private static final Pattern FOOTNOTE_MARKS = Pattern.compile("\\s*\\*+|[¹²³⁴⁵⁶⁷⁸⁹⁰]+");
    /** A footnote number glued to the last word ("intolerance1"), or standing after it ("Summit, 2"). */
    private static final Pattern TRAILING_FOOTNOTE_NUMBER = Pattern.compile("(?:(?<=[a-z”’)])|(?<=[”’),]\\s))\\d{1,2}$");
    private static final Set<String> CONTINUING = Set.of(
            "of", "and", "the", "for", "on", "to", "in", "at", "by", "with", "from", "a", "an", "or", "its", "their",
            "between", "against", "into", "under", "towards", "toward", "through", "as", "concerning", "regarding",
            "including", "within", "among", "upon", "pursuant", "relating", "related", "addressed", "dated", "&",
            "de", "du", "des", "la", "le", "et", "que", "nor", "than", "whose", "which", "that", "held", "entitled");

    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");
    private Titles() {
    }

    /** Joins heading lines into one title, or returns null when there is nothing. */
    static String join(List<String> lines) {
        StringBuilder b = new StringBuilder();
        for (String raw : lines) {
            String l = raw.trim();
            if (l.isEmpty()) {
                continue;
            }
            if (b.length() > 0) {
                char last = b.charAt(b.length() - 1);
                boolean hyphen = last == '-' && b.length() > 1 && Character.isLetter(b.charAt(b.length() - 2));
                if (!hyphen) {
                    b.append(' ');
                }
            }
            b.append(l);
        }
        return clean(b.toString());
    }

    /** Takes footnote and reissue marks out and folds white space; null for an empty title. */
    /** "Informe de la Tercera Comisión Relatora: Sra. …", "Report of the Secretary-General … I. Introduction 1.". */
    private static final java.util.regex.Pattern RUN_INTO_TITLE = java.util.regex.Pattern.compile(
            "\\s+(?:(?:Rapporteu(?:r|se)|Relatora?)\\s*:|(?:I|1)\\.\\s+(?:Introduction|Introducción"
                    // A report's first chapter: "I. Opening of the meeting", "I. Ouverture de la session".
                    + "|Opening of the (?:session|meeting)|Organization of (?:the )?(?:session|meeting|work)"
                    + "|Ouverture de la (?:session|réunion)|Apertura del (?:período de sesiones|reunión))\\b).*$");
    /** "…: Corrigendum 2", "… – Addendum": the part a document is, run into its title, is no part of the title. */
    private static final java.util.regex.Pattern PART_AT_END = java.util.regex.Pattern.compile(
            "(?iu)\\s*[:–—-]\\s*(?:Addendum|Additif|Adición|Corrigendum|Rectificatif|Corrección)(?:\\s+\\d{1,2})?\\s*\\**$");
    private static final java.util.regex.Pattern CELL_EDGES = java.util.regex.Pattern.compile("^(?:\\|\\s*)+|(?:\\s*\\|)+$");

    static String clean(String title) {
        if (title == null) {
            return null;
        }
        String s = title;
        if (s.indexOf('*') >= 0 || hasSuperscript(s)) {
            s = FOOTNOTE_MARKS.matcher(s).replaceAll("");
        }
        s = WHITE_SPACE.matcher(s).replaceAll(" ").trim();
        s = TRAILING_FOOTNOTE_NUMBER.matcher(s).replaceFirst("");
        // A web page's table cell around the title: "| Rationalization of the work of the Council |".
        s = CELL_EDGES.matcher(s).replaceAll("");
        // What a copy that lost its line breaks ran into the title: the rapporteur's line, the first chapter.
        s = RUN_INTO_TITLE.matcher(s).replaceFirst("");
        s = PART_AT_END.matcher(s).replaceFirst("");
        s = s.trim();
        return s.isEmpty() ? null : s;
    }

    private static boolean hasSuperscript(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '¹' || c == '²' || c == '³' || (c >= '⁰' && c <= '⁹')) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code next} continues the heading whose last line is {@code previous}: it starts in lower
     * case or with a parenthesis, or the previous line ends with a word that cannot end a heading
     * ("of", "and", "the", a comma, a hyphen, a colon).
     */
    static boolean continues(String previous, String next) {
        if (previous.isEmpty() || next.isEmpty()) {
            return false;
        }
        char first = next.charAt(0);
        if (Character.isLowerCase(first) || first == '(' || first == '“' && Character.isLowerCase(charAfter(next, 1))) {
            return true;
        }
        char last = previous.charAt(previous.length() - 1);
        if (last == ',' || last == '-' || last == ':' || last == '–' || last == '/' || last == '“' || last == '(') {
            return true;
        }
        int space = previous.lastIndexOf(' ');
        String word = previous.substring(space + 1).toLowerCase(java.util.Locale.ROOT);
        return CONTINUING.contains(word);
    }

    /**
     * A stronger test, good across a blank line (Word-derived text turns a heading's manual line breaks into
     * paragraphs): lower-case start, or a previous line ending in a word that cannot end a heading; for
     * headings in capitals, a capitalised function word at either side ("RULES OF PROCEDURE" / "OF THE").
     */
    static boolean continuesAcrossBlank(String previous, String next) {
        if (previous.isEmpty() || next.isEmpty()) {
            return false;
        }
        if (isUpperCase(previous) && isUpperCase(next)) {
            String firstWord = next.split(" ", 2)[0].toLowerCase(java.util.Locale.ROOT);
            int space = previous.lastIndexOf(' ');
            String lastWord = previous.substring(space + 1).toLowerCase(java.util.Locale.ROOT);
            return CONTINUING.contains(firstWord) || CONTINUING.contains(lastWord);
        }
        return continues(previous, next);
    }

    static boolean isUpperCase(String s) {
        int letters = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '(') {
                // A paragraph's mark in lower case stays so in a heading in capitals: "PARAGRAPH 9 (b) (i) OF …".
                int close = s.indexOf(')', i);
                if (close > i + 1 && close - i <= 5 && s.substring(i + 1, close).chars().allMatch(Character::isLetter)) {
                    i = close;
                    continue;
                }
            }
            if (Character.isLetter(c)) {
                if (Character.isLowerCase(c)) {
                    return false;
                }
                letters++;
            }
        }
        return letters >= 2;
    }

    private static char charAfter(String s, int i) {
        return i < s.length() ? s.charAt(i) : ' ';
    }
}
