package org.w3id.unld.parse;

import org.w3id.unld.model.Citation;
import org.w3id.unld.reference.UnBodies;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The UN documents a text cites, as canonical symbols in the order the text first cites them:
 * <ul>
 * <li>symbols printed as such ("document A/67/742-S/2013/95" gives both, "(S/PRST/1997/34)"), read with
 *     the masthead's grammar ({@link SymbolGrammar}) and kept only in a known UN series;</li>
 * <li>resolutions and decisions cited by number, with the organ that adopted them:
 *     "resolution 186 (1964)" is the Security Council's (only it numbers resolutions with the year in
 *     brackets) → S/RES/186 (1964); "General Assembly resolution 78/10" → A/RES/78/10; "Human Rights
 *     Council resolution 39/2" → A/HRC/RES/39/2; "Economic and Social Council resolution 2012/30" →
 *     E/RES/2012/30; "Commission on Human Rights resolution 2005/69" → E/CN.4/RES/2005/69; "General
 *     Assembly resolution 1514 (XV)" → A/RES/1514 (XV); "General Assembly decision 78/539" →
 *     A/DEC/78/539 (the form the UN Digital Library catalogues General Assembly decisions under).</li>
 * </ul>
 * Precision first. A number without its organ ("its resolution 78/10", "resolution 39/2") takes the
 * organ named "of the …" right after it, else the last organ the sentence names before it ("the
 * Assembly, in its resolution 65/123"), else the document's own organ (a General Assembly text
 * citing "its resolution 78/10"); when none of these is certain, or the number cannot be that organ's
 * (General Assembly resolutions carry a session number from 31 on, Human Rights Council resolutions
 * fewer than 200 per session, Council years from 1946), nothing is cited. Decisions of other organs
 * are not cited: their symbol forms are not certain. The document's own symbols are not citations.
 */
final class CitationFinder {
    private static final UnBodies BODIES = UnBodies.standard();
    /** The organs whose resolutions are cited by number, by their names in the table of UN bodies. */
    static final String GA = name("general-assembly");
    static final String SC = name("security-council");
    static final String HRC = name("human-rights-council");
    static final String ECOSOC = name("economic-and-social-council");
    static final String CHR = name("commission-on-human-rights");
    /** The organs above, in the order a sentence's names are tried, then the short forms "Assembly" and "Council". */
    private static final List<String> CITING_ORGANS = List.of(GA, SC, HRC, ECOSOC, CHR);

    /** The series each of them issues its documents under ("A/", "A/HRC/", "E/CN.4/"). */
    private static final Map<String, String> SERIES = CITING_ORGANS.stream()
            .collect(Collectors.toUnmodifiableMap(o -> o, o -> BODIES.byName(o).orElseThrow().series().get(0)));

    private static final String ORGAN = "(" + String.join("|", CITING_ORGANS) + "|Assembly|Council)";
    /** The words that end the name of each organ in {@link #ORGAN}. */
    private static final String[] ORGAN_WORDS = {"Assembly", "Council", CHR};
    /** The length of the longest name in {@link #ORGAN}, "Economic and Social Council". */
    private static final int ORGAN_REACH = CITING_ORGANS.stream().mapToInt(String::length).max().orElseThrow();
    /** Organs a sentence names; the last one before a number without organ is taken for it. */
    private static final Pattern ORGAN_NAME = Pattern.compile("\\b" + ORGAN + "\\b");
    /** The head of a list of resolutions or decisions: its organ, or "its", then the word. */
    static final Pattern HEAD = Pattern.compile(
            "\\b(?:" + ORGAN + "\\s+|(its)\\s+)?(resolutions?|decisions?)\\s+(?=(?:E?S-)?\\d)");
    /** How far before its word "resolution" or "decision" a head may start ("Economic and Social Council "), and after it end. */
    private static final int HEAD_REACH = 64;
    /** One number: "78/10", "ES-10/21", "S-30/1", "2012/30", "186 (1964)", "1514 (XV)". */
    private static final Pattern ITEM = Pattern.compile(
            "\\G(?:((?:E?S-)?\\d{1,4})/(\\d{1,4})|(\\d{1,4})\\s?\\((\\d{4}|[IVXL]{1,7})\\))(?![\\w/])");
    private static final String OF_DATE = "(?:,?\\s+of\\s+\\d{1,2}\\s+" + UnDates.MONTH + ",?\\s+\\d{4})?";
    /** The adoption date printed after a number: "78/10 of 1 December 2023"; group: the year. */
    private static final Pattern DATE_AFTER = Pattern.compile("\\G,?\\s+of\\s+\\d{1,2}\\s+" + UnDates.MONTH + ",?\\s+(\\d{4})\\b");
    /** "decision 91/46 of 21 June 1991 of the Governing Council": a body other than the organs named here. */
    private static final Pattern OF_OTHER_BODY = Pattern.compile("\\G" + OF_DATE + ",?\\s+of\\s+(?:the\\s+|its\\s+)?\\p{Lu}");
    /** What may stand between two numbers of one list: a date, a comma, "and", "as well as". */
    private static final Pattern NEXT = Pattern.compile("\\G" + OF_DATE
            + "(?:\\s*,\\s*(?:and\\s+)?|\\s+and\\s+|,?\\s+as\\s+well\\s+as\\s+)(?=(?:E?S-)?\\d)");
    /** "resolution 60/251 of the General Assembly", "resolution 5/1 of 18 June 2007 of the Human Rights Council". */
    private static final Pattern OF_ORGAN = Pattern.compile("\\G" + OF_DATE
            + ",?\\s+of\\s+the\\s+" + ORGAN + "\\b");
    /** Words that name a body other than the organs above: "the Economic Commission for Latin America …, in its resolution 574 (XXVII)". */
    static final Pattern OTHER_BODY = Pattern.compile(
            "\\b(?:Commission|Committee|Conference|Board|Forum|Programme|Fund|Organization|Agency|Authority|Tribunal|Court|Union|Parties|Group|Panel)\\b");

    private CitationFinder() {
    }

    /**
     * @param lines       the document's lines
     * @param ownSymbols  the document's own symbols, which are not citations
     * @param ownOrgans   the organs the masthead names; with the organ of the symbol's series
     *                    ({@link DocumentParser#organOfSeries}: a Main Committee's is the General Assembly, a
     *                    commission's is the commission, whose resolutions are not cited by number), the organ
     *                    whose resolutions a number without organ is taken for
     */
    static List<Citation> find(TextLines lines, List<String> ownSymbols, List<String> ownOrgans) {
        Set<String> own = new HashSet<>();
        for (String s : ownSymbols) {
            own.add(canonical(s));
        }
        Set<String> organs = new LinkedHashSet<>();
        for (String o : ownOrgans) {
            if (o != null && !o.isBlank()) {
                organs.add(o.strip());
            }
        }
        String series = DocumentParser.organOfSeries(ownSymbols);
        if (series != null) {
            organs.add(series);
        }
        Map<String, Integer> cited = new LinkedHashMap<>();
        for (Paragraph p : paragraphs(lines)) {
            List<Found> found = new ArrayList<>();
            symbols(p.text, found);
            numbers(p.text, organs, found);
            found.sort((a, b) -> Integer.compare(a.offset, b.offset));
            for (Found f : found) {
                if (!own.contains(f.symbol)) {
                    cited.putIfAbsent(f.symbol, p.lineOf(f.offset) + 1);
                }
            }
        }
        List<Citation> out = new ArrayList<>(cited.size());
        cited.forEach((symbol, line) -> out.add(new Citation(symbol, line)));
        return out;
    }

    private record Found(int offset, String symbol) {
    }

    /** A Security Council resolution's symbol without its year. */
    private static final Pattern UNDATED_SC_RESOLUTION = Pattern.compile("S/RES/\\d+");

    /** Symbols printed as such, in a known UN series. */
    private static void symbols(String text, List<Found> out) {
        if (text.indexOf('/') < 0) {
            return;
        }
        Matcher m = SymbolGrammar.SYMBOL.matcher(text);
        int from = 0;
        while (SymbolGrammar.findSymbol(m, text, from)) {
            from = m.end();
            String s = SymbolGrammar.normalize(m.group(1));
            // "S/RES/1882" without its year is not a Security Council resolution's symbol; the number form finds it.
            if (SymbolGrammar.isSymbol(s) && knownSeries(s) && !UNDATED_SC_RESOLUTION.matcher(s).matches()) {
                out.add(new Found(m.start(1), canonical(s)));
            }
        }
    }

    private static boolean knownSeries(String symbol) {
        String prefix = symbol.substring(0, symbol.indexOf('/'));
        int dot = prefix.indexOf('.');
        return SymbolGrammar.SERIES.contains(dot < 0 ? prefix : prefix.substring(0, dot));
    }

    /** Resolutions and decisions cited by number. */
    private static void numbers(String text, Set<String> ownOrgans, List<Found> out) {
        Matcher head = HEAD.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        if (text.isEmpty() || !findHead(head, text, 0)) {
            return; // most paragraphs that may cite have no head: the list's matchers are not made
        }
        Matcher item = ITEM.matcher(text).useTransparentBounds(true);
        Matcher date = DATE_AFTER.matcher(text).useTransparentBounds(true);
        Matcher next = NEXT.matcher(text).useTransparentBounds(true);
        Matcher of = OF_ORGAN.matcher(text).useTransparentBounds(true);
        Matcher ofOther = OF_OTHER_BODY.matcher(text).useTransparentBounds(true);
        int from;
        do {
            String printedOrgan = head.group(1);
            boolean decision = head.group(3).startsWith("decision");
            List<int[]> items = new ArrayList<>();
            List<String[]> numbers = new ArrayList<>();
            int pos = head.end();
            while (at(item, pos)) {
                items.add(new int[]{item.start()});
                pos = item.end();
                String year = at(date, pos) ? date.group(1) : null;
                numbers.add(item.group(1) != null ? new String[]{item.group(1), item.group(2), null, year}
                        : new String[]{item.group(3), null, item.group(4), year});
                if (!at(next, pos)) {
                    break;
                }
                pos = next.end();
            }
            String after = at(of, pos) ? of.group(1) : null;
            if (after == null && printedOrgan == null && at(ofOther, pos)) {
                from = Math.max(pos, head.end()); // another body's resolutions ("of the Governing Council")
                continue;
            }
            String before = printedOrgan == null ? lastOrganOfSentence(text, head.start()) : null;
            if (after == null && OTHER.equals(before)) {
                from = Math.max(pos, head.end());
                continue;
            }
            for (int i = 0; i < numbers.size(); i++) {
                String[] n = numbers.get(i);
                String organ = organ(after, printedOrgan, before, ownOrgans, n);
                String symbol = organ == null ? null : symbol(organ, decision, n);
                if (symbol != null) {
                    out.add(new Found(items.get(i)[0], symbol));
                }
            }
            from = Math.max(pos, head.end());
        } while (from < text.length() && findHead(head, text, from));
    }

    /**
     * Whether the pattern of {@code m}, which starts with {@code \\G}, matches at {@code pos}. The same as
     * {@code m.find(pos)}, without find's walk to the text's end past every position where {@code \\G} fails.
     */
    private static boolean at(Matcher m, int pos) {
        m.region(pos, m.regionEnd()); // the end stays the text's: no region here is cut short
        return m.lookingAt();
    }

    /**
     * The next head of a list at or after {@code from}. The pattern is tried only near the words
     * "resolution" and "decision", which every head ends with: tried at every character, its organ names
     * made it the most expensive part of reading a long report.
     */
    private static boolean findHead(Matcher head, String text, int from) {
        // Each word's next occurrence is searched again only once passed, not at every step.
        int r = text.indexOf("resolution", from);
        int d = text.indexOf("decision", from);
        while (r >= 0 || d >= 0) {
            int word = r < 0 ? d : d < 0 ? r : Math.min(r, d);
            // The head must end near its word (the number after it is looked at, not taken). Most of these
            // words have no number after them ("the draft resolution"): the pattern is not tried there.
            if (numberFollows(text, word, word == r ? "resolution".length() : "decision".length())) {
                if (headNear(head, text, Math.max(from, word - HEAD_REACH), Math.min(text.length(), word + HEAD_REACH))) {
                    return true;
                }
            }
            if (word == r) {
                r = text.indexOf("resolution", word + 1);
            }
            if (word == d) {
                d = text.indexOf("decision", word + 1);
            }
        }
        return false;
    }

    /** Heads start with an organ's first letter, "its", or the word itself. */
    private static final WordStarts HEAD_STARTS = new WordStarts("GSHECAird");

    /**
     * Whether {@link #HEAD} finds a head between {@code from} and {@code to}, leaving it in {@code head} as
     * {@code find()} in that region would. It is tried only at word starts with a letter a head may start with;
     * near a word with a number after it, the first of them is at that word or before.
     */
    static boolean headNear(Matcher head, String text, int from, int to) {
        return HEAD_STARTS.firstMatch(head, text, from, to - 1, to, true) >= 0;
    }

    /**
     * Whether the word at {@code word} is whole at its start and followed, as {@link #HEAD} requires, by an
     * optional "s", white space and a number ("78/10", "ES-10/21", "S-30/1").
     */
    private static boolean numberFollows(String text, int word, int length) {
        if (word > 0 && CharClass.isWord(text.charAt(word - 1))) {
            return false;
        }
        int k = word + length;
        if (k < text.length() && text.charAt(k) == 's') {
            k++;
        }
        int afterWord = k;
        while (k < text.length() && CharClass.isSpace(text.charAt(k))) {
            k++;
        }
        if (k == afterWord) {
            return false;
        }
        if (text.startsWith("ES-", k)) {
            k += 3;
        } else if (text.startsWith("S-", k)) {
            k += 2;
        }
        return k < text.length() && text.charAt(k) >= '0' && text.charAt(k) <= '9';
    }

    /**
     * The last organ a sentence names before {@code end}; null when it names none, and {@link #OTHER} when
     * it names another body after it (whose resolutions "its resolution" may then be).
     */
    private static String lastOrganOfSentence(String text, int end) {
        int start = sentenceStart(text, end);
        String last = null;
        int lastEnd = start;
        // Every organ's name ends with one of ORGAN_WORDS: the pattern is tried only before the last of them
        // (far enough back to take in the longest name and the one before it), not over the whole sentence.
        Matcher m = ORGAN_NAME.matcher(text).useTransparentBounds(true);
        int before = end;
        while (last == null) {
            int word = -1;
            for (String w : ORGAN_WORDS) {
                word = Math.max(word, text.lastIndexOf(w, Math.min(before, end - w.length())));
            }
            if (word < start) {
                break;
            }
            m.region(Math.max(start, word - 2 * ORGAN_REACH), end);
            while (m.find()) {
                last = m.group(1);
                lastEnd = m.end();
            }
            before = word - 1;
        }
        return namesOtherBody(text, lastEnd, end) ? OTHER : last;
    }

    /** Another body's name starts with its first word's capital. */
    private static final WordStarts OTHER_BODY_STARTS = new WordStarts("CBFPOATUG");

    /** Whether {@link #OTHER_BODY} finds a word between {@code from} and {@code to} (the text outside not seen). */
    static boolean namesOtherBody(String text, int from, int to) {
        return from < to && OTHER_BODY_STARTS.firstMatch(OTHER_BODY.matcher(text), text, from, to - 1, to, false) >= 0;
    }

    /**
     * Where the sentence holding {@code end} starts: after the last end of a sentence (a full stop, semicolon,
     * colon, exclamation or question mark, white space, then a capital, a bracket or an opening quote) before it.
     * Looked for backwards from {@code end}, so that a long paragraph is not read from its start at each citation.
     */
    static int sentenceStart(String text, int end) {
        for (int q = Math.min(end, text.length() - 1); q >= 2; q--) {
            if (!opensSentence(text.charAt(q)) || !CharClass.isSpace(text.charAt(q - 1))) {
                continue;
            }
            int p = q - 1;
            while (p > 0 && CharClass.isSpace(text.charAt(p - 1))) {
                p--;
            }
            if (p > 0 && ".;:!?".indexOf(text.charAt(p - 1)) >= 0) {
                return q;
            }
        }
        return 0;
    }

    private static boolean opensSentence(char c) {
        return Character.getType(c) == Character.UPPERCASE_LETTER || c == '(' || c == '"' || c == '“' || c == '‘';
    }

    /** Marks a sentence that names a body other than the organs whose resolutions are recognised. */
    private static final String OTHER = "";

    /**
     * The organ whose resolution a number is: the one printed or named around it ("Assembly" is the
     * General Assembly; "Council" the document's own council), else the document's own organ among
     * those that number resolutions that way.
     */
    private static String organ(String after, String printed, String before, Set<String> own, String[] number) {
        String explicit = after != null ? after : printed;
        if (number[2] != null && isYear(number[2])) {
            // Only the Security Council numbers resolutions "186 (1964)": an organ named around it that is
            // not the Council makes the citation doubtful, and the symbol is then refused.
            return explicit == null || explicit.equals("Council") ? SC : explicit;
        }
        String named = explicit != null ? explicit : before;
        if (named != null) {
            if (named.equals("Assembly")) {
                return GA;
            }
            if (named.equals("Council")) {
                return only(own, List.of(HRC, ECOSOC, SC));
            }
            return named;
        }
        // "its resolution" or a bare number: the document's own organ among those using this form.
        return number[2] != null ? only(own, List.of(GA, ECOSOC)) : only(own, List.of(GA, HRC, ECOSOC));
    }

    private static String only(Set<String> own, List<String> candidates) {
        String found = null;
        for (String c : candidates) {
            if (own.contains(c)) {
                if (found != null) {
                    return null;
                }
                found = c;
            }
        }
        return found;
    }

    /** The symbol of resolution or decision {@code number} of {@code organ}, or null when the number cannot be that organ's. */
    static String symbol(String organ, boolean decision, String[] number) {
        if (number[2] != null) { // "186 (1964)", "1514 (XV)"
            if (decision || !positive(number[0], 9999)) {
                return null;
            }
            String n = Integer.toString(Integer.parseInt(number[0]));
            if (isYear(number[2])) {
                int year = Integer.parseInt(number[2]);
                return organ.equals(SC) && year >= 1946 && year <= 2099 ? issued(SC, "RES/") + n + " (" + year + ")" : null;
            }
            return organ.equals(GA) || organ.equals(ECOSOC) ? issued(organ, "RES/") + n + " (" + number[2] + ")" : null;
        }
        String session = number[0];
        String n = number[1];
        if (!positive(n, 999)) {
            return null;
        }
        Integer adopted = number.length > 3 && number[3] != null ? Integer.valueOf(number[3]) : null;
        n = Integer.toString(Integer.parseInt(n));
        boolean special = session.startsWith("S-") || session.startsWith("ES-");
        int s = Integer.parseInt(special ? session.substring(session.indexOf('-') + 1) : session);
        if (organ.equals(GA)) {
            // A regular session opens in September of year 1945 + n and ends in the next September.
            if (special ? s < 1 || s > 99 : s < 31 || s > 99 || adopted != null && (adopted < 1945 + s || adopted > 1946 + s)) {
                return null;
            }
            if (decision) {
                return special ? null : issued(GA, "DEC/") + s + "/" + n;
            }
            return issued(GA, "RES/") + (special ? session.substring(0, session.indexOf('-') + 1) + s : Integer.toString(s)) + "/" + n;
        }
        if (organ.equals(HRC)) {
            // The Council meets three times a year since 2006: regular session n falls around 2006 + (n - 1) / 3.
            if (decision || session.startsWith("ES-") || s < 1 || s > 99 || Integer.parseInt(n) > 199
                    || !special && adopted != null && Math.abs(adopted - (2006 + (s - 1) / 3)) > 1) {
                return null;
            }
            return issued(HRC, "RES/") + (special ? "S-" + s : Integer.toString(s)) + "/" + n;
        }
        if (organ.equals(ECOSOC)) {
            return !decision && !special && s >= 1946 && s <= 2099 && (adopted == null || adopted == s) ? issued(ECOSOC, "RES/") + s + "/" + n : null;
        }
        if (organ.equals(CHR)) {
            return !decision && !special && s >= 1946 && s <= 2006 && (adopted == null || adopted == s) ? issued(CHR, "RES/") + s + "/" + n : null;
        }
        return null;
    }

    /** The symbol prefix of an organ's resolutions or decisions: its series, then "RES/" or "DEC/" ("A/HRC/RES/", "E/CN.4/RES/"). */
    private static String issued(String organ, String what) {
        return SERIES.get(organ) + what;
    }

    private static String name(String key) {
        return BODIES.byKey(key).orElseThrow().name();
    }

    private static boolean isYear(String s) {
        return s.length() == 4 && Character.isDigit(s.charAt(0));
    }

    private static boolean positive(String digits, int max) {
        int v = Integer.parseInt(digits);
        return v >= 1 && v <= max;
    }

    /** A symbol in the form the masthead grammar gives it: "S/RES/186(1964)" is "S/RES/186 (1964)". */
    static String canonical(String symbol) {
        return SymbolGrammar.normalize(symbol.strip());
    }

    /** A paragraph (lines between blank lines) joined with spaces, and where each of its lines starts. */
    private record Paragraph(String text, int[] starts, int[] lineIndexes) {
        int lineOf(int offset) {
            int i = 0;
            while (i + 1 < starts.length && starts[i + 1] <= offset) {
                i++;
            }
            return lineIndexes[i];
        }
    }

    /**
     * Whether a line may hold what {@link #symbols} or {@link #numbers} find: a slash, or the word every head
     * ends with. A paragraph none of whose lines may is not made into a string.
     */
    private static boolean mayCite(String line) {
        return line.indexOf('/') >= 0 || line.contains("resolution") || line.contains("decision");
    }

    /** The paragraphs that may cite something (see {@link #mayCite}). */
    private static List<Paragraph> paragraphs(TextLines lines) {
        List<Paragraph> out = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        int[] starts = new int[16];
        int[] indexes = new int[16];
        int count = 0;
        boolean citing = false;
        for (int i = 0; i <= lines.size(); i++) {
            if (i < lines.size() && !lines.isBlank(i)) {
                if (lines.isNoise(i)) {
                    continue;
                }
                if (text.length() > 0) {
                    text.append(' ');
                }
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                    indexes = Arrays.copyOf(indexes, count * 2);
                }
                starts[count] = text.length();
                indexes[count] = i;
                count++;
                String line = lines.get(i);
                citing |= mayCite(line);
                text.append(line);
                continue;
            }
            if (text.length() > 0) {
                if (citing) {
                    out.add(new Paragraph(text.toString(), Arrays.copyOf(starts, count), Arrays.copyOf(indexes, count)));
                }
                text.setLength(0);
                count = 0;
                citing = false;
            }
        }
        return out;
    }
}
