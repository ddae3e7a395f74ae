package org.w3id.unld.serve;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What a person typed in the search box, read as people mean it: every word must be found, unless two are joined by
 * {@code OR}; text in double quotes is a phrase; a word holding punctuation (a symbol such as {@code A/80/L.10},
 * {@code self-determination}) is the phrase of its parts. Nothing of the text is Lucene syntax: {@link #lucene()}
 * writes each word or phrase as a quoted Lucene phrase (only {@code "} and {@code \} have a meaning there, and
 * both are dropped), so no {@code *}, {@code ~}, {@code field:} or bracket the user types can reach the parser.
 *
 * @param clauses each clause must match; a clause matches when any of its alternatives (words or phrases) does
 */
record SearchQuery(List<List<String>> clauses) {
    /** Words or phrases read from one query at most; the rest is ignored (a bound on the work of one search). */
    static final int MAX_TERMS = 32;
    private static final String OR = "OR";
    private static final String AND = "AND";

    SearchQuery {
        clauses = clauses.stream().map(List::copyOf).toList();
    }

    /** The query of {@code text}; empty when it has no letter or digit. */
    static SearchQuery parse(String text) {
        // Typographic quotes (what phones and word processors type, and UN texts print) are quotes too.
        List<String> tokens = tokens(text == null ? "" : text.replaceAll("[\u201C\u201D\u201E\u00AB\u00BB]", "\""));
        List<List<String>> clauses = new ArrayList<>();
        boolean join = false;
        int terms = 0;
        for (String token : tokens) {
            if (token.equals(OR)) {
                join = !clauses.isEmpty();
                continue;
            }
            if (token.equals(AND)) {
                join = false;
                continue;
            }
            String phrase = phrase(token);
            if (phrase.isEmpty() || terms == MAX_TERMS) {
                continue;
            }
            terms++;
            if (join) {
                clauses.get(clauses.size() - 1).add(phrase);
            } else {
                clauses.add(new ArrayList<>(List.of(phrase)));
            }
            join = false;
        }
        return new SearchQuery(clauses);
    }

    /**
     * The words, the quoted phrases (a quote left open runs to the end) and the operators, in order. An operator is
     * the bare word OR or AND in capitals; quoted, or in small letters, it is a word to find.
     */
    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '"') {
                int end = text.indexOf('"', i + 1);
                int stop = end < 0 ? text.length() : end;
                String quoted = text.substring(i + 1, stop);
                // Quoted "OR" is a word: marked so that it is not taken for the operator.
                tokens.add(quoted.strip().equals(OR) || quoted.strip().equals(AND) ? quoted.toLowerCase(Locale.ROOT) : quoted);
                i = stop + 1;
            } else {
                int end = i;
                while (end < text.length() && !Character.isWhitespace(text.charAt(end)) && text.charAt(end) != '"') {
                    end++;
                }
                tokens.add(text.substring(i, end));
                i = end;
            }
        }
        return tokens;
    }

    /** The words of a token, lower-cased, with the two characters that mean something inside a Lucene phrase gone. */
    private static String phrase(String token) {
        String s = token.replace('"', ' ').replace('\\', ' ').strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        return s.codePoints().anyMatch(Character::isLetterOrDigit) ? s : "";
    }

    boolean isEmpty() {
        return clauses.isEmpty();
    }

    /** The Lucene query: {@code +("right") +("to") +("return" "returns")}; each clause required, its alternatives any. */
    String lucene() {
        return clauses.stream()
                .map(alternatives -> alternatives.stream().map(p -> "\"" + p + "\"").collect(Collectors.joining(" ", "+(", ")")))
                .collect(Collectors.joining(" "));
    }

    /** The query as a person reads it back: {@code right to "return home" OR back}. */
    @Override
    public String toString() {
        return clauses.stream()
                .map(alternatives -> alternatives.stream().map(p -> p.contains(" ") ? "\"" + p + "\"" : p)
                        .collect(Collectors.joining(" OR ")))
                .collect(Collectors.joining(" "));
    }
}
