package org.w3id.unld.parse;

import org.w3id.unld.model.RelatedDocument;
import org.w3id.unld.reference.UnBodies;
import org.w3id.unld.reference.UnBody;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * UN document symbols: "A/67/824", "S/2013/211", "A/80/L.10/Rev.1", "S/PV.8699 (Resumption 1)",
 * "A/C.3/80/L.12", "S/RES/2331 (2016)", "E/CN.9/2000/1", "A/ES-10/L.30", as printed in a masthead or
 * encoded in a file name ("A_73_716.txt", "S_RES_2331(2016).txt", "S_PV.8698_E.pdf").
 */
public final class SymbolGrammar {
    /**
     * Series prefixes: the first element of a symbol names the organ or body that issues it. Those of the UN
     * bodies are the table's ({@link UnBodies}: "A", "E", "CCPR", "UNEP", "LC" …); these are the others' (treaty
     * conferences, secretariats, training and research institutes, older or alternative forms).
     */
    private static final Set<String> OTHER_SERIES = Set.of(
            "ECLAC", "ESCWA", "FCCC", "CD", "ICEF", "ISBA", "SPLOS",
            "UNCTAD", "TRADE", "APLC", "CCW", "BWC", "NPT", "JIU", "ACC", "IDB", "CEB", "ITC", "UNITAR",
            "UNIDIR", "CTOC", "CAC", "INCB", "UNODC", "UNHCR", "EC", "AC", "ICC", "SC", "GA", "HRC", "CERF", "UNDP",
            "UNFPA", "UNICEF", "UNOPS", "UNWTO", "UNIDO", "UNCITRAL", "LOS", "ICSC", "UNEP/GC");
    static final Set<String> SERIES = series();

    /** An element; a body's element may carry its session in parentheses: "ICCD/COP(9)/18", "TD/B(S-XXIII)/1". */
    private static final String COMPONENT = "[A-Za-z0-9]+(?:\\.[A-Za-z0-9]+)*(?:-\\d+)?(?:(?<=[A-Z])\\((?:\\d{1,2}|S\\s?-\\s?[IVXLC]+)\\))?";
    private static final String SUFFIX = "(?:\\s?\\((?:\\d{4}|Resumption\\s?\\d+|[IVXLC]+|Part\\s[IVX]+)\\))?";
    /** A symbol as printed; the reissue asterisk is matched so that it can be left out. */
    static final Pattern SYMBOL = Pattern.compile(
            "(?<![\\w/.])((?:[A-Z][A-Z0-9]*(?:\\.[A-Z0-9]+)*|s(?=/\\d))(?:/" + COMPONENT + ")+" + SUFFIX + ")\\**");
    private static final Pattern HAS_DIGIT = Pattern.compile("\\d");
    private static final Pattern RESUMPTION = Pattern.compile("\\(Resumption\\s?(\\d+)\\)");
    private static final Pattern LANGUAGE_SUFFIX = Pattern.compile(
            "(?i)(?:[-_](?:EN|E|ENG|ENGLISH))?(?:_GOLD)?$");
    private static final Pattern YEAR = Pattern.compile("(?:19[4-9]\\d|20\\d\\d|2100)");
    private static final Pattern PAREN_GLUED = Pattern.compile("^(.*?\\d)\\(([^)]*)\\)$");
    private static final Pattern NUMERIC = Pattern.compile("\\d+");
    private static final Pattern AFTER_NUMBER = Pattern.compile(
            "(?i)(?:Add|Rev|Corr|Amend|Res|Sub|Part|Summary|Excerpt|PV|SR|L|Annex|Suppl|C|AC|INF|CRP|WP|NGO)\\.?\\d*(?:\\.\\d+)?"
                    // A session in roman figures after a record's number: "SR.125(VII)".
                    + "(?:\\([IVXLC]{1,8}\\))?");

    private static final Pattern ELEMENT = Pattern.compile("[A-Za-z][A-Za-z0-9.\\-]*(?:\\([^)]*\\))?");
    private static final Pattern BRACKETS = Pattern.compile("\\([^)]*\\)");
    private static final Pattern SPACE_BEFORE_BRACKET = Pattern.compile("\\s+\\(");
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s");
    /** Where a file name's symbol part ends: white space or a quote. */
    private static final Pattern SYMBOL_PART_END = Pattern.compile("[\\s\"'`]");
    private static final Pattern SYMBOL_BRACKET = Pattern.compile("\\((?:\\d{4}|Resumption\\s?\\d+|[IVXLC]+|Part\\s?[IVX]+)\\)");
    private static final Pattern LEADING_ZEROS = Pattern.compile("^0+(?=\\d)");
    /** A symbol whose last element is a revision, addendum or corrigendum of the symbol before it. */
    private static final Pattern VERSION = Pattern.compile("^(.+)/(Rev|Add|Corr)\\.[0-9]+$");
    private SymbolGrammar() {
    }

    /**
     * Finds the next {@link #SYMBOL} at or after {@code from}, as {@code m.find(from)} would, but tries the pattern
     * only where a symbol can start: a symbol holds a slash, and since nothing that may stand before a symbol
     * ({@code [\\w/.]}) may stand in its series either, it starts where the run of word characters and dots
     * before its first slash starts. A long text is then not tried at each of its characters.
     *
     * @param m a matcher of {@link #SYMBOL} over {@code text}; on success it holds the match
     */
    static boolean findSymbol(Matcher m, String text, int from) {
        m.useTransparentBounds(true).useAnchoringBounds(false);
        int pos = from;
        int slash;
        while ((slash = text.indexOf('/', pos)) >= 0) {
            int start = slash;
            while (start > 0 && isWordOrDot(text.charAt(start - 1))) {
                start--;
            }
            if (start >= pos && start < slash) {
                m.region(start, text.length());
                if (m.lookingAt()) {
                    return true;
                }
            }
            pos = slash + 1;
        }
        return false;
    }

    private static boolean isWordOrDot(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '.';
    }

    /** The symbols a masthead line prints, in order ("A/67/824–S/2013/211" gives both). */
    public static List<String> symbolsIn(String line) {
        List<String> out = new ArrayList<>(2);
        if (line.indexOf('/') < 0) {
            return out;
        }
        Matcher m = SYMBOL.matcher(line);
        while (m.find()) {
            String s = normalize(m.group(1));
            if (isSymbol(s)) {
                out.add(s);
            }
        }
        return out;
    }

    /** Where symbols stand in a line: start and end of each match (asterisks included), for masthead tokenizing. */
    static List<int[]> spans(String line) {
        List<int[]> out = new ArrayList<>(2);
        if (line.indexOf('/') < 0) {
            return out;
        }
        Matcher m = SYMBOL.matcher(line);
        while (m.find()) {
            if (isSymbol(normalize(m.group(1)))) {
                out.add(new int[]{m.start(), m.end()});
            }
        }
        return out;
    }

    /** The first element of every series in the table of UN bodies ("E/CN.6/" → "E", "UNEP/EA." → "UNEP"), and the others'. */
    private static Set<String> series() {
        Set<String> all = new HashSet<>(OTHER_SERIES);
        for (UnBody b : UnBodies.standard().all()) {
            for (String prefix : b.series()) {
                String first = prefix.substring(0, prefix.indexOf('/'));
                int dot = first.indexOf('.');
                all.add(dot < 0 ? first : first.substring(0, dot));
            }
        }
        return Set.copyOf(all);
    }

    /** The part of a symbol that makes it a meeting's record: "/PV.8698", "/SR.57". */
    private static final Pattern MEETING_RECORD = Pattern.compile("/(?:PV|SR)\\.(\\d{1,5})\\b");
    private static final Pattern SUMMARY_RECORD = Pattern.compile("/SR\\.\\d");
    private static final Pattern VERBATIM_RECORD = Pattern.compile("/PV\\.\\d");

    /** Whether a symbol is a meeting record's, verbatim or summary ("S/PV.8698", "CAT/C/SR.835/Add.1"). */
    /**
     * A symbol or a line as a scan may have read it, reduced to what survives the scan's confusions: "/" read as "l", "I"
     * or "1", "O" as "0", "5" as "S", "8" as "B", "2" as "Z", and marks and spaces lost or added. "SlPV.1537" and
     * "S/PV.1537", "A/38/PV.IOl" and "A/38/PV.101" give the same key.
     */
    static String scannedKey(String text) {
        StringBuilder key = new StringBuilder(text.length());
        for (int k = 0; k < text.length(); k++) {
            char c = Character.toUpperCase(text.charAt(k));
            switch (c) {
                case '/', 'L', 'I', '|', '!', '1' -> key.append('1');
                case 'O', 'Q', '0' -> key.append('0');
                case 'S', '5', '$' -> key.append('S');
                case 'B', '8' -> key.append('B');
                case 'Z', '2' -> key.append('Z');
                default -> {
                    if (c < 128 && Character.isLetterOrDigit(c)) {
                        key.append(c);
                    }
                }
            }
        }
        return key.toString();
    }

    static boolean isMeetingRecord(String symbol) {
        return meetingNumber(symbol) != null;
    }

    /** The number of the meeting a record's symbol names ("S/PV.2321" → "2321", "A/C.3/38/SR.57" → "57"), or null. */
    static String meetingNumber(String symbol) {
        Matcher m = MEETING_RECORD.matcher(symbol);
        return m.find() ? m.group(1) : null;
    }

    /** Whether a symbol is a verbatim record's ("S/PV.8698", "A/43/PV.85"), which is dated by its meeting. */
    static boolean isVerbatimRecord(String symbol) {
        return VERBATIM_RECORD.matcher(symbol).find();
    }

    /** Whether a symbol is a summary record's ("A/C.3/38/SR.57"), whose contents list the items it took up. */
    static boolean isSummaryRecord(String symbol) {
        return SUMMARY_RECORD.matcher(symbol).find();
    }

    /** A symbol in its printed form: a UN series prefix (or capitals) and at least one element with a digit. */
    public static boolean isSymbol(String s) {
        int slash = s.indexOf('/');
        if (slash <= 0 || !HAS_DIGIT.matcher(s).find()) {
            return false;
        }
        String prefix = s.substring(0, slash);
        int dot = prefix.indexOf('.');
        String series = dot < 0 ? prefix : prefix.substring(0, dot);
        if (SERIES.contains(series)) {
            return true;
        }
        // An unknown series is accepted in a symbol of three or more elements ("UNEP/EA.5/Res.12" style).
        return prefix.length() >= 2 && s.chars().filter(c -> c == '/').count() >= 2;
    }

    /**
     * The documents a document's symbols say it revises, adds to or corrects: each symbol whose last element is
     * "Rev.N", "Add.N" or "Corr.N" names its base, the symbol without that element (A/520/Rev.9/Corr.1 corrects
     * A/520/Rev.9), unless the base is the document itself (its first symbol, the one it is named by), each once.
     */
    public static List<RelatedDocument> relatedDocuments(List<String> symbols) {
        String self = symbols.isEmpty() || symbols.get(0) == null ? null : symbols.get(0).trim();
        List<RelatedDocument> related = new ArrayList<>();
        for (String symbol : symbols) {
            Matcher m = symbol == null ? null : VERSION.matcher(symbol.strip());
            if (m == null || !m.matches() || m.group(1).trim().equals(self)) {
                continue;
            }
            RelatedDocument.Relation relation = switch (m.group(2)) {
                case "Rev" -> RelatedDocument.Relation.REVISION_OF;
                case "Add" -> RelatedDocument.Relation.ADDENDUM_TO;
                default -> RelatedDocument.Relation.CORRIGENDUM_TO;
            };
            RelatedDocument r = new RelatedDocument(relation, m.group(1));
            if (!related.contains(r)) {
                related.add(r);
            }
        }
        return related;
    }

    /**
     * A scan's "l" for "1" in a symbol's number: after a full stop or a digit, before a digit, a slash or the end ("E/CN.l1/593",
     * "L.l", "E/CN.ll/407").
     */
    private static final Pattern SCANNED_ONE = Pattern.compile("(?<=[.\\d])l+(?=[\\d/]|$)");

    private static final Pattern RECORD_SESSION = Pattern.compile("/(?:SR|PV)\\.\\d{1,5}\\([IVXL]{1,8}\\)$");

    static String normalize(String raw) {
        String s = raw.trim();
        if (s.indexOf('l') >= 0) {
            s = SCANNED_ONE.matcher(s).replaceAll(m -> "1".repeat(m.group().length()));
        }
        if (s.contains("(S ") || s.contains("S -")) {
            // "TD/B(S -XXIII)/1": a special session's element as a copy spaced it.
            s = SPACED_SPECIAL_SESSION.matcher(s).replaceAll("(S-");
        }
        while (s.endsWith("*")) {
            s = s.substring(0, s.length() - 1);
        }
        if (s.startsWith("s/")) {
            s = "S" + s.substring(1);
        }
        Matcher r = RESUMPTION.matcher(s);
        if (r.find()) {
            s = s.substring(0, r.start()).trim() + " (Resumption " + r.group(1) + ")";
        } else {
            // The year or session after a symbol stands apart ("S/RES/2331 (2016)"); a body's session inside it does not
            // ("ICCD/COP(9)/18": a slash follows).
            // Nor does a regional commission's session after a record's number, as its records print it ("E/CN.14/SR.125(VII)").
            int paren = s.lastIndexOf('(');
            if (paren > 0 && s.charAt(paren - 1) != ' ' && s.indexOf('/', paren) < 0 && !RECORD_SESSION.matcher(s).find()) {
                s = s.substring(0, paren) + " " + s.substring(paren);
            }
        }
        return s;
    }

    /**
     * The symbols a file name encodes, in order: "/" written as "_", a language suffix ("-EN", "_E"),
     * a mission name before or after ("MINUGUA_S_1997_432.pdf", "S_25719_UNTAC.md"), joint symbols
     * ("MINUNGUA_A_51_695_S_1996_998.pdf"), Security Council resolutions with their year
     * ("S_RES_2331(2016).txt", "S_RES_0084_1950_EN_GOLD.txt" → "S/RES/84 (1950)").
     */
    public static List<String> fromFileName(String fileName) {
        String name = fileName;
        int dot = name.lastIndexOf('.');
        if (dot > 0 && name.length() - dot <= 9 && !Character.isDigit(name.charAt(dot + 1))) {
            name = name.substring(0, dot);
        }
        name = LANGUAGE_SUFFIX.matcher(safeFileNamePart(name)).replaceFirst("");
        // A joint document's two symbols joined by a hyphen: "A_45_913-S_22048".
        name = JOINT_IN_FILE_NAME.matcher(name).replaceAll("_");
        List<String> tokens = tokens(name);
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            if (!startsSymbol(tokens, i)) {
                i++;
                continue;
            }
            List<String> parts = new ArrayList<>();
            parts.add(tokens.get(i));
            boolean numberSeen = false;
            int j = i + 1;
            for (; j < tokens.size(); j++) {
                String t = tokens.get(j);
                boolean numeric = HAS_DIGIT.matcher(t).find() && Character.isDigit(t.charAt(0)) || t.startsWith("(");
                if (numberSeen && !numeric && !continuesSymbol(tokens, j)) {
                    if (startsSymbol(tokens, j) || !AFTER_NUMBER.matcher(t).matches()) {
                        break;
                    }
                }
                if (!numberSeen && !numeric && !ELEMENT.matcher(t).matches()) {
                    break;
                }
                parts.add(t);
                numberSeen |= HAS_DIGIT.matcher(t).find();
            }
            String symbol = assemble(parts);
            boolean wordsFollow = j < tokens.size() && Character.isLetter(tokens.get(j).charAt(0));
            if (symbol != null && isSymbol(symbol) && !(wordsFollow && isBareSeriesAndNumber(symbol))) {
                out.add(symbol);
            }
            i = j;
        }
        return out;
    }

    /**
     * "UNHCR/1966": a series other than a principal organ's and one number. In a file name that goes on with words
     * ("UNHCR_1966_Protocol_measures.txt") it is a name and a year, not a symbol.
     */
    private static boolean isBareSeriesAndNumber(String symbol) {
        String[] parts = symbol.split("/");
        return parts.length == 2 && !Set.of("A", "S", "E", "T", "ST").contains(parts[0]);
    }

    /**
     * What of a file name can encode a symbol. People and browsers add words, quotes and copy numbers
     * ("S_RES_2331(2016) \"copy\".txt", "A_73_716 (1).txt"): the name is read up to the first space or
     * quote, and only a bracket that a symbol can end with is kept ("(2016)", "(Resumption 1)", "(XIV)").
     */
    /**
     * Whether reading symbols from this file name leaves words out ("A_79_733 (draft copy).txt", "A_73_716 copy.txt"),
     * beyond a bracket a symbol ends with and the language suffix: the file may then be a copy or a draft of the
     * document the symbol names, and whoever stores it should be told.
     */
    public static boolean fileNameHasMoreThanSymbols(String fileName) {
        String name = fileName;
        int dot = name.lastIndexOf('.');
        if (dot > 0 && name.length() - dot <= 9 && !Character.isDigit(name.charAt(dot + 1))) {
            name = name.substring(0, dot);
        }
        String kept = safeFileNamePart(name);
        return !WHITE_SPACE.matcher(kept).replaceAll("").equals(WHITE_SPACE.matcher(name.strip()).replaceAll(""));
    }

    static String safeFileNamePart(String name) {
        String glued = SPACE_BEFORE_BRACKET.matcher(name).replaceAll("(");
        Matcher m = BRACKETS.matcher(glued);
        StringBuilder kept = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(kept, SYMBOL_BRACKET.matcher(m.group()).matches() ? Matcher.quoteReplacement(WHITE_SPACE.matcher(m.group()).replaceAll("")) : "");
        }
        m.appendTail(kept);
        Matcher end = SYMBOL_PART_END.matcher(kept);
        return end.find() ? kept.substring(0, end.start()) : kept.toString();
    }

    /**
     * Whether token {@code i}, after a number, goes on with the symbol rather than starting another: a body's element
     * with its number ("AC.61", "SR.57", "WP.1") or letters before a number ("NGO" of E/CN.6/NGO/273, "CO" of
     * CCPR/C/FRA/CO/4), but not a principal organ's series letter (the S of "A_45_913-S_22048").
     */
    private static boolean continuesSymbol(List<String> tokens, int i) {
        String t = tokens.get(i);
        if (ELEMENT_WITH_NUMBER.matcher(t).matches()) {
            return true;
        }
        return LETTERS.matcher(t).matches() && !PRINCIPAL_SERIES.contains(t) && i + 1 < tokens.size()
                && Character.isDigit(tokens.get(i + 1).charAt(0));
    }

    private static final Pattern SPACED_SPECIAL_SESSION = Pattern.compile("\\(S\\s?-\\s?");
    private static final Pattern JOINT_IN_FILE_NAME = Pattern.compile("(?<=\\d)-(?=[ASE]_)");
    private static final Pattern ELEMENT_WITH_NUMBER = Pattern.compile("[A-Z]{1,6}\\.\\d{1,4}");
    /** An element of letters between numbers: "SR", "CRP", and one letter ("D" of a treaty body's views, CCPR/C/66/D/746/1997). */
    private static final Pattern LETTERS = Pattern.compile("[A-Z]{1,6}");
    private static final Set<String> PRINCIPAL_SERIES = Set.of("A", "S", "E", "T", "ST");

    private static boolean startsSymbol(List<String> tokens, int i) {
        String t = tokens.get(i);
        int dot = t.indexOf('.');
        String series = dot < 0 ? t : t.substring(0, dot);
        if (!SERIES.contains(series) || i + 1 >= tokens.size()) {
            return false;
        }
        for (int j = i + 1; j < tokens.size(); j++) {
            if (HAS_DIGIT.matcher(tokens.get(j)).find()) {
                return true;
            }
        }
        return false;
    }

    private static List<String> tokens(String name) {
        List<String> raw = new ArrayList<>(List.of(name.split("_")));
        List<String> out = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            String t = raw.get(i);
            if (t.isEmpty()) {
                continue;
            }
            // "NICOSIA._CONF": a dot at the end of an element joins it to the next ("ECE/NICOSIA.CONF").
            while (t.endsWith(".") && i + 1 < raw.size()) {
                t = t + raw.get(++i);
            }
            if (t.startsWith("(") && !out.isEmpty()) {
                out.set(out.size() - 1, out.get(out.size() - 1) + t);
                continue;
            }
            out.add(t);
        }
        return out;
    }

    private static String assemble(List<String> parts) {
        String series = parts.get(0).toUpperCase(Locale.ROOT);
        // Security Council resolutions: S_RES_0084_1950 and S_RES_2331(2016) are "S/RES/84 (1950)", "S/RES/2331 (2016)".
        if (series.equals("S") && parts.size() >= 3 && parts.get(1).equalsIgnoreCase("RES")) {
            Matcher glued = PAREN_GLUED.matcher(parts.get(2));
            if (parts.size() == 3 && glued.matches()) {
                return "S/RES/" + stripZeros(glued.group(1)) + " (" + glued.group(2) + ")";
            }
            if (parts.size() == 4 && NUMERIC.matcher(parts.get(2)).matches() && YEAR.matcher(parts.get(3)).matches()) {
                return "S/RES/" + stripZeros(parts.get(2)) + " (" + parts.get(3) + ")";
            }
        }
        StringBuilder b = new StringBuilder(series);
        for (int k = 1; k < parts.size(); k++) {
            b.append('/').append(element(parts.get(k)));
        }
        return normalize(b.toString());
    }

    /** "REV.20" → "Rev.20", "ADD.1" → "Add.1", "RES.12" → "Res.12": the UN writes these in title case. */
    private static String element(String t) {
        int dot = t.indexOf('.');
        if (dot > 0) {
            String head = t.substring(0, dot);
            String lower = head.toLowerCase(Locale.ROOT);
            if (lower.equals("rev") || lower.equals("add") || lower.equals("corr") || lower.equals("amend")
                    || lower.equals("res") || lower.equals("sub") || lower.equals("part")) {
                return Character.toUpperCase(lower.charAt(0)) + lower.substring(1) + t.substring(dot);
            }
        }
        return t;
    }

    private static String stripZeros(String n) {
        String s = LEADING_ZEROS.matcher(n).replaceFirst("");
        return s;
    }
}
