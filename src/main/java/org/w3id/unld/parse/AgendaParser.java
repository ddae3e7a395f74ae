package org.w3id.unld.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The agenda items a masthead prints: "Agenda item 43", "Agenda items 32, 60, 61, 69, 71, 84 and 132",
 * "Agenda item 74 (c)", "Item 35 of the provisional agenda*", "Items 38 and 39 of the preliminary list*",
 * and under them one title per item, in order, each joined across its lines.
 */
final class AgendaParser {
    private static final String NUMBER = "\\d{1,3}\\s?(?:\\([a-z]{1,2}\\))?";
    private static final String LIST = "(" + NUMBER + "(?:\\s*(?:,\\s*(?:and\\s+)?|\\s+and\\s+|\\s*&\\s*)(?:" + NUMBER + "|\\([a-z]{1,2}\\)))*)";
    private static final Pattern AGENDA = Pattern.compile(
            "^(?:Provisional\\s+|Preliminary\\s+)?Agenda(?:\\s+items?)?\\s+" + LIST + "\\s*\\**(?:\\s*\\(\\s*continued\\s*\\))?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern ITEMS_OF = Pattern.compile(
            "^(?:Sub-)?Items?\\s+" + LIST + "\\s+of\\s+the\\s+(?:annotated\\s+)?(?:revised\\s+)?(?:provisional|preliminary)\\s+(?:agenda|list)(?:\\s+\\(\\S+\\))?\\s*\\**$",
            Pattern.CASE_INSENSITIVE);
    /** French and Spanish: "Point 68 de l’ordre du jour", "Points 68 a) et 70", "Tema 68 del programa provisional*", "Tema 3 de la agenda". */
    private static final String ROMANCE_NUMBER = "\\d{1,3}(?:\\s?\\(?[a-z]{1,2}\\))?";
    private static final String ROMANCE_LIST = "(" + ROMANCE_NUMBER + "(?:\\s*(?:,\\s*|\\s+et\\s+|\\s+y\\s+)(?:" + ROMANCE_NUMBER + "))*)";
    private static final Pattern ROMANCE = Pattern.compile(
            "^(?:Points?\\s+" + ROMANCE_LIST + "\\s+de\\s+l[’']ordre\\s+du\\s+jour(?:\\s+provisoire)?"
                    + "|Temas?\\s+" + ROMANCE_LIST + "\\s+(?:del\\s+programa(?:\\s+provisional)?|de\\s+la\\s+agenda(?:\\s+provisional)?))\\s*\\**$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern ROMANCE_SEPARATOR = Pattern.compile("\\s*(?:,|\\s+et\\s+|\\s+y\\s+)\\s*");
    private static final Pattern ROMANCE_ONE = Pattern.compile("(\\d{1,3})\\s?\\(?([a-z]{1,2})?\\)?");
    private static final Pattern ONE = Pattern.compile("(\\d{1,3})?\\s?(\\([a-z]{1,2}\\))?");
    private static final Pattern SEPARATOR = Pattern.compile("\\s*(?:,\\s*(?:and\\s+)?|\\s+and\\s+|\\s*&\\s*)");

    private AgendaParser() {
    }

    /** "68 a) et 70" → "68(a)", "70". */
    private static List<String> romance(String list) {
        List<String> numbers = new ArrayList<>();
        for (String part : ROMANCE_SEPARATOR.split(list.trim())) {
            Matcher one = ROMANCE_ONE.matcher(part.trim());
            if (!one.matches()) {
                return null;
            }
            numbers.add(one.group(1) + (one.group(2) == null ? "" : "(" + one.group(2) + ")"));
        }
        return numbers;
    }

    /** The item numbers an agenda line announces ("71(c)" without spaces), or null when the line is none. */
    static List<String> header(String line) {
        if (line.length() > 120) {
            return null;
        }
        char c = line.isEmpty() ? ' ' : Character.toLowerCase(line.charAt(0));
        if (c != 'a' && c != 'i' && c != 'p' && c != 's' && c != 't') {
            return null;
        }
        if (c == 'p' || c == 't') {
            Matcher r = ROMANCE.matcher(line);
            if (r.matches()) {
                return romance(r.group(1) != null ? r.group(1) : r.group(2));
            }
        }
        Matcher m = AGENDA.matcher(line);
        if (!m.matches()) {
            m = ITEMS_OF.matcher(line);
            if (!m.matches()) {
                return null;
            }
        }
        List<String> numbers = new ArrayList<>();
        String last = null;
        for (String part : SEPARATOR.split(m.group(1).trim())) {
            Matcher one = ONE.matcher(part.trim());
            if (!one.matches()) {
                return null;
            }
            String n = one.group(1) != null ? one.group(1) : last;
            if (n == null) {
                return null;
            }
            last = n;
            numbers.add(n + (one.group(2) == null ? "" : one.group(2)));
        }
        return numbers;
    }

    /** Titles read under an agenda line, and the index of the first line after them. */
    record AgendaTitles(List<String> titles, int end) {
    }

    /**
     * Reads up to {@code count} titles from line {@code from}. A blank line always ends a title. When the
     * blank-separated blocks ahead are at least as many as the titles wanted, each block is one title (the
     * layout of Word and of most PDFs); otherwise a title goes on while its lines continue one another
     * (lower-case start, a line ending in "of", "and", a comma…).
     */
    /** The asterisked footnote of "provisional agenda*", printed under the item line in typewriter layouts. */
    private static final Pattern AGENDA_FOOTNOTE = Pattern.compile("\\*+\\s*(?:[A-Z]{1,6}/\\S+?|[A-Z]{1,6}/\\S+\\s+and\\s+\\S+?)\\.?");

    /** Whether the line right after line k (no blank between) is in mixed case. */
    private static boolean mixedCaseNext(TextLines lines, int k) {
        int n = k + 1;
        return n < lines.size() && !lines.isBlank(n) && !Titles.isUpperCase(lines.get(n)) && Character.isUpperCase(lines.firstChar(n));
    }

    static AgendaTitles titles(TextLines lines, int from, int count, IntPredicate stop) {
        List<String> titles = new ArrayList<>();
        int j = from;
        while (titles.size() < count) {
            j = lines.nextContent(j);
            if (j < lines.size() && AGENDA_FOOTNOTE.matcher(lines.get(j)).matches()) {
                // "Item 17 (b) of the provisional agenda*" / "* A/51/150.": the footnote that gives the agenda's symbol.
                j++;
                continue;
            }
            if (j >= lines.size() || stop.test(j)) {
                break;
            }
            int remaining = count - titles.size();
            boolean blockMode = blocksAhead(lines, j, remaining, stop) >= remaining;
            boolean last = remaining == 1;
            List<String> parts = new ArrayList<>();
            parts.add(lines.get(j));
            int k = j + 1;
            while (k < lines.size()) {
                if (lines.isBlank(k)) {
                    // A heading broken by a blank line (Word paragraphs) goes on only when the next line plainly continues it.
                    int next = lines.nextContent(k);
                    // Not when each of the titles still to come is a block of its own ("QUESTION OF PALESTINE" / blank / "THE SITUATION …").
                    if (!(blockMode && remaining > 1) && next < lines.size() && next - k == 1 && !stop.test(next)
                            && Titles.continuesAcrossBlank(parts.get(parts.size() - 1), lines.get(next))) {
                        parts.add(lines.get(next));
                        k = next + 1;
                        continue;
                    }
                    break;
                }
                if (lines.isNoise(k)) {
                    k++;
                    continue;
                }
                String prev = parts.get(parts.size() - 1);
                if (stop.test(k) && !Titles.continues(prev, lines.get(k))) {
                    break;
                }
                String line = lines.get(k);
                if (startsSponsors(lines, k) || isListOfNames(line)) {
                    // "… of the Occupied Palestinian Territory" / "Algeria, Bahrain, …" / "… State of Palestine:* draft
                    // resolution": a draft's sponsors under the item, on the next line without a blank.
                    break;
                }
                if (repeats(Titles.join(parts), line)) {
                    // "Report of the Economic and Social Council" / "Report of the Economic and Social Council for 2006": the
                    // document's own title starts with the item's words.
                    break;
                }
                if (!Titles.continues(prev, line) && aboveTitlePresenter(lines, k, 3)) {
                    // A new line run straight into "Report of the Secretary-General": the report's own title.
                    break;
                }
                if (Titles.isUpperCase(prev) != Titles.isUpperCase(line) && !Character.isLowerCase(line.charAt(0))) {
                    // A heading in capitals does not go on in mixed case, nor the reverse.
                    break;
                }
                if (Titles.continues(prev, line)
                        || Titles.isUpperCase(prev) && Titles.isUpperCase(line) && Titles.continuesAcrossBlank(prev, line)
                        || blockMode
                        || last && parts.size() < 4 && endsInBlank(lines, k, 4 - parts.size(), stop)
                        // "PROMOTION AND PROTECTION OF HUMAN RIGHTS" / "HUMAN RIGHTS DEFENDERS" / "Report submitted by …": the
                        // item's title in capitals runs to the document's own title in mixed case.
                        || last && parts.size() < 4 && Titles.isUpperCase(prev) && Titles.isUpperCase(line) && mixedCaseNext(lines, k)) {
                    parts.add(lines.get(k));
                    k++;
                } else {
                    break;
                }
            }
            titles.add(withoutHeadingRunIn(withoutTitleInMixedCase(Titles.join(parts))));
            j = k;
        }
        return new AgendaTitles(titles, j);
    }

    /**
     * Whether a line is a list of names, three or more, each capitalised and short: a draft's sponsors ("Andorra, Antigua and
     * Barbuda, Argentina, Austria, Bahamas (The),"), which no item's title continues into, even where a copy cut the list
     * before its ": draft resolution".
     */
    static boolean isListOfNames(String line) {
        if (Titles.isUpperCase(line)) {
            return false; // a title in capitals: "… OF PEACE, FREEDOM, DEMOCRACY AND DEVELOPMENT"
        }
        String[] names = line.split(",");
        int counted = 0;
        for (String name : names) {
            String n = name.strip();
            if (n.isEmpty()) {
                continue;
            }
            if (n.startsWith("and ") || n.startsWith("et ") || n.startsWith("y ")) {
                n = n.substring(n.indexOf(' ') + 1).strip();
            }
            if (n.isEmpty() || !Character.isUpperCase(n.charAt(0)) || n.split("\\s+").length > 5) {
                return false;
            }
            counted++;
        }
        return counted >= 3;
    }

    /** How many lines a draft's sponsors take at most, the Member States and observers all listed. */
    private static final int SPONSOR_LINES = 60;

    /** Whether line k starts a list of States that ends with ": draft resolution" (or another draft's genre) before a blank. */
    private static boolean startsSponsors(TextLines lines, int k) {
        String line = lines.get(k);
        // A list of States starts with a State's name, in capitals; a title's next line in lower case goes on with it.
        if (line.isEmpty() || !Character.isUpperCase(line.charAt(0))) {
            return false;
        }
        if (line.indexOf(',') < 0 && !line.contains(" and ") && !line.contains(" et ") && !line.contains(" y ") && !line.contains(":")) {
            return false; // most title lines: no list and no genre
        }
        int end = k;
        while (end < lines.size() && end - k < SPONSOR_LINES && !lines.isBlank(end)) {
            end++;
        }
        return Headings.sponsorsEnd(lines, k, end) > k;
    }

    /** Two words or more in capitals, then a word in mixed case that starts another heading on the same line. */
    private static final Pattern CAPITALS_THEN_MIXED = Pattern.compile(
            "^((?:[\\p{Lu}\\d][\\p{Lu}\\d’'\\-.,:;()]*\\s+){1,}[\\p{Lu}\\d][\\p{Lu}\\d’'\\-.,:;()]*)\\s+\\p{Lu}\\p{Ll}.*$");

    /**
     * An item's title in capitals without the document's own title in mixed case that a copy ran into its line ("DROITS
     * ÉCONOMIQUES, SOCIAUX ET CULTURELS Promotion de la jouissance effective …"): the item's title ends where the capitals do.
     */
    static String withoutTitleInMixedCase(String title) {
        Matcher m = CAPITALS_THEN_MIXED.matcher(title);
        return m.matches() && m.group(1).codePoints().filter(Character::isLetter).count() >= 8 ? m.group(1) : title;
    }

    /**
     * The document's own heading, or a record's notice, that a copy ran into the item's title: "CREDENCIALES DE LOS
     * REPRESENTANTES … Not.a verbal de fecha 14 de septiembre de 1979 dirigida …", "The situation in the Middle East This record
     * contains the text of speeches …". A scan's "Not.a" for "Nota" too.
     */
    private static final Pattern HEADING_RUN_IN = Pattern.compile(
            "(?iu)\\s+(?:" + Headings.COMMUNICATION_DATED
                    + "|This\\s+record\\s+contains\\s+the\\s+text|Le\\s+pr[ée]sent\\s+proc[èe]s-verbal\\s+contient|La\\s+presente\\s+acta\\s+contiene).*$");

    /**
     * A report's or note's heading a copy ran into the item's title, after a word in lower case: "Organizational and procedural
     * matters Report of the Human Rights Council on its twenty-eighth session".
     */
    private static final Pattern GENRE_RUN_IN = Pattern.compile(
            "(?<=\\p{Ll})\\s+(?:Report|Note|Rapport|Informe|Nota)\\s+(?:of|by|du|de|del)\\s+(?:the\\s+|la\\s+|l[’'])?\\p{Lu}.*$");

    static String withoutHeadingRunIn(String title) {
        Matcher m = HEADING_RUN_IN.matcher(title);
        if (m.find() && m.start() >= 10) {
            return title.substring(0, m.start()).strip();
        }
        Matcher genre = GENRE_RUN_IN.matcher(title);
        return genre.find() && genre.start() >= 10 ? title.substring(0, genre.start()).strip() : title;
    }

    /** Whether {@code line} starts again with the words of the title so far, three words at least. */
    static boolean repeats(String titleSoFar, String line) {
        return titleSoFar.split("\\s+").length >= 3 && line.length() >= titleSoFar.length()
                && line.regionMatches(true, 0, titleSoFar, 0, titleSoFar.length());
    }

    /** How many blank-separated blocks of at most five lines stand ahead before a stop line. */
    private static int blocksAhead(TextLines lines, int from, int wanted, IntPredicate stop) {
        int blocks = 0;
        int j = from;
        while (blocks <= wanted) {
            j = lines.nextContent(j);
            if (j >= lines.size() || stop.test(j)) {
                return blocks;
            }
            int size = 0;
            while (j < lines.size() && !lines.isBlank(j)) {
                if (!lines.isNoise(j)) {
                    if (stop.test(j)) {
                        return blocks + (size > 0 && size <= 5 ? 1 : 0);
                    }
                    size++;
                }
                j++;
            }
            if (size > 5) {
                return blocks;
            }
            blocks++;
        }
        return blocks;
    }

    /**
     * Whether the lines from k run, without a blank, into "Report of the Secretary-General" (or its French or Spanish):
     * they are then the report's title, printed right under the last agenda title, not more of it.
     */
    private static boolean aboveTitlePresenter(TextLines lines, int k, int within) {
        for (int i = k; i < lines.size() && i <= k + within + 1; i++) {
            if (lines.isBlank(i)) {
                return false;
            }
            if (i > k && Headings.PRESENTED_BY.matcher(lines.get(i)).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    /** Whether the block that line k belongs to ends with a blank line within {@code within} more lines. */
    private static boolean endsInBlank(TextLines lines, int k, int within, IntPredicate stop) {
        for (int i = k; i < lines.size() && i <= k + within; i++) {
            if (lines.isBlank(i)) {
                return true;
            }
            if (stop.test(i) && i > k) {
                return true;
            }
        }
        return false;
    }
}
