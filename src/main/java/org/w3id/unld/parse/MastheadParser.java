package org.w3id.unld.parse;

import org.w3id.unld.model.AgendaItem;
import org.w3id.unld.model.Session;
import org.w3id.unld.reference.UnBodies;
import org.w3id.unld.reference.UnBody;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The masthead block at the top of a UN document, in any of its layouts: modern ("United Nations /
 * A/80/L.10 / General Assembly / Distr.: Limited / 5 November 2025 / Original: English / Eightieth
 * session / Agenda item 11 / title"), joint ("General Assembly Security Council … General Assembly
 * Seventy-ninth session … Security Council Seventy-ninth year"), 1990s ("UNITED NATIONS / S / Security
 * Council / Distr. GENERAL / S/25719 / 3 May 1993 / ORIGINAL: ENGLISH"), and Word-derived text where
 * only the session and agenda lines are left.
 *
 * <p>Each line is read as a sequence of masthead parts (organ, symbol, distribution, date, original
 * language, session); a line that is not wholly made of such parts, and is not an agenda line or
 * agenda title, ends the masthead.
 */
final class MastheadParser {
    private static final UnBodies BODIES = UnBodies.standard();
    /** The six official languages by their names in English, French and Spanish, as "Original:" lines print them. */
    private static final Map<String, String> LANGUAGES = Map.ofEntries(
            Map.entry("english", "en"), Map.entry("french", "fr"), Map.entry("spanish", "es"), Map.entry("russian", "ru"),
            Map.entry("arabic", "ar"), Map.entry("chinese", "zh"),
            Map.entry("anglais", "en"), Map.entry("français", "fr"), Map.entry("francais", "fr"), Map.entry("franc'ais", "fr"), Map.entry("espagnol", "es"),
            Map.entry("russe", "ru"), Map.entry("arabe", "ar"), Map.entry("chinois", "zh"),
            Map.entry("inglés", "en"), Map.entry("ingles", "en"), Map.entry("francés", "fr"), Map.entry("frances", "fr"),
            Map.entry("español", "es"), Map.entry("espanol", "es"), Map.entry("ruso", "ru"), Map.entry("árabe", "ar"), Map.entry("chino", "zh"));
    // "FRANC'AIS": a 1990s text file that printed each accent as a mark after its letter ("Confe'rence", "Quatrie`me").
    static final String LANGUAGE_NAME = "english|french|spanish|russian|arabic|chinese|anglais|fran(?:[cç]|c')ais|espagnol|russe|arabe|chinois"
            + "|ingl[eé]s|franc[eé]s|espa[nñ]ol|ruso|[aá]rabe|chino";
    /** The distribution words in English, French and Spanish, by the English value the extraction gives. */
    private static final Map<String, String> DISTRIBUTIONS = Map.ofEntries(
            Map.entry("general", "General"), Map.entry("limited", "Limited"), Map.entry("restricted", "Restricted"),
            Map.entry("générale", "General"), Map.entry("generale", "General"), Map.entry("limitée", "Limited"),
            Map.entry("limitee", "Limited"), Map.entry("restreinte", "Restricted"),
            Map.entry("limitada", "Limited"), Map.entry("reservada", "Restricted"), Map.entry("restringida", "Restricted"));
    static final String DISTRIBUTION_WORD = "general|limited|restricted|g[ée]n[ée]rale|limit[ée]e|restreinte|limitada|reservada|restringida";

    /** "United Nations" at the head of a masthead, in the six official languages (and its OCR-broken English forms). */
    private static final Pattern UN = Pattern.compile("(?iu:nations\\s+unies|naciones\\s+unidas|организация\\s+объединенных\\s+наций)"
            + "|الأمم\\s+المتحدة|联合国"
            // "NATIONS UNIES" before the OCR-broken English forms, whose "NATIONS" alone would take its first word.
            + "|(?i:united\\s+nations)\\b|UNITED(?:\\s+[AES]{1,2})?\\s*[AES]{0,2}NATIONS\\b|UNITED\\b|[AES]{0,2}NATIONS\\b");
    /** The body that numbers years, not sessions (the Security Council): a year line without organ is its. */
    private static final String YEARS_BODY = BODIES.numbered(UnBody.SessionNumbering.YEARS).get(0).name();
    /**
     * The organ slot: a name, in any of the UN's languages, of a body the table reads there ({@link UnBodies#organLine()}),
     * or a treaty that stands for its committee.
     */
    private static final Pattern ORGAN = organPattern();
    /** Any body of the table by one of its names, printed before its session on one line ("United Nations Environment Assembly … First session"). */
    private static final Pattern BODY_BEFORE_SESSION = bodyBeforeSessionPattern();
    /** A session's place and dates after it on the same line: "Nairobi, 23–27 June 2014". */
    static final Pattern PLACE_AND_DATES = Pattern.compile(
            // The place, and its country: "Addis Ababa, Ethiopia February 1996".
            "\\p{Lu}[\\p{L} .'’-]{1,40},(?:\\s*\\p{Lu}\\p{L}+(?:\\s+\\p{Lu}\\p{L}+)?,?)??\\s*"
                    + "(?:\\d{1,2}(?:er)?(?:\\s+(?:de\\s+)?" + UnDates.ANY_MONTH + ")?(?:\\s+(?:de\\s+)?\\d{4})?"
                    // A range whose dash a copy lost ("6 10 November 2017"), a second range ("2 October and 10 October").
                    + "(?:\\s*(?:[-–—]|to|au|al|a)\\s*|\\s+))?(?:\\d{1,2}(?:er)?\\s+(?:de\\s+)?" + UnDates.ANY_MONTH + "\\s+(?:and|et|y)\\s+)?"
                    // A month alone when the dates were not fixed yet: "Geneva, March 2018".
                    + "(?:\\d{1,2}\\s+(?:de\\s+)?)?" + UnDates.ANY_MONTH + ",?\\s+(?:de\\s+)?\\d{4}");
    /** "Fifty-second session", "Tenth emergency special session", "First regular session" (an executive board's). */
    private static final Pattern SESSION = Pattern.compile(
            "(?i)(?:(resumed)\\s+)?(" + Ordinals.PATTERN + ")\\s+(?:(emergency)\\s+)?(special\\s+)?(?:regular\\s+)?(sess\\s?ion|year)\\b(?:\\s*\\((resumed)\\))?");
    /**
     * What a session line prints after the session, when it is not the place first: the year of an executive board's
     * session ("First regular session 2004"), or its dates and then its place ("23 to 30 January 2004, New York").
     */
    private static final Pattern SESSION_YEAR_OR_DATES = Pattern.compile(
            // "First regular session January 1998, New York": a month and the place.
            UnDates.ANY_MONTH + "\\s+(?:de\\s+)?(?:19|20)\\d\\d(?:\\s*,\\s*\\p{Lu}[\\p{L} .'’-]{1,40})?(?![\\p{L}\\d])"
            + "|(?:19|20)\\d\\d\\b(?!\\s+" + UnDates.MONTH + ")|\\d{1,2}(?:\\s+" + UnDates.MONTH + ")?(?:\\s+\\d{4})?\\s*(?:[-–—]|to|au|al|a)\\s*\\d{1,2}\\s+(?:de\\s+)?"
                    + UnDates.ANY_MONTH + ",?\\s+(?:de\\s+)?\\d{4}(?:\\s*,\\s*\\p{Lu}[\\p{L} .'’-]{1,40})?");
    /** "Soixante-dix-neuvième session", "Soixante-dix-neuvième année", "Septuagésimo noveno período de sesiones", "… año". */
    private static final Pattern ROMANCE_SESSION = Pattern.compile(
            "(?iu)(" + RomanceOrdinals.PATTERN + ")\\s+(?:(session|ann[ée]e|a[ñn]o)(?:\\s+(extraordinaire))?"
                    + "|per[ií]odo\\s+(extraordinario\\s+)?de\\s+sesiones)(?![\\p{L}])");
    /** "192nd session", "41st special session": a session numbered in figures (ECE and other subsidiary bodies). */
    private static final Pattern FIGURE_SESSION = Pattern.compile("(?iu)(\\d{1,3})\\s?(?:(?:st|nd|rd|th)\\s+(?:(special)\\s+)?session"
            // "87º período de sesiones", "87e session", "87ème session".
            + "|(?:[ºª°o]\\.?|\\s?er)?\\s*per[ií]odo\\s+(?:(extraordinario)\\s+)?de\\s+sesiones|(?:e|ème)\\s+session)\\b");
    /**
     * "Seventh meeting" alone on its line (its place and dates may follow): the session of a body that calls its sessions
     * meetings, if the body over it is one ({@link UnBody.SessionNumbering#MEETINGS}); kept as {@link #MEETING} until then.
     */
    private static final Pattern MEETING_SESSION = Pattern.compile("(?i)(" + Ordinals.PATTERN + ")\\s+meeting\\b");
    /** "TWELFTH MEETING OF THE PARTIES TO THE MONTREAL PROTOCOL …", "Seventh meeting of the Conference of the Parties to …". */
    private static final Pattern MEETING_OF_BODY = Pattern.compile("(?iu)(" + Ordinals.PATTERN + ")\\s+(meeting\\s+of\\s+the\\s+(.+))");
    /**
     * A session line that names its body after the session: "Twenty-third session of the Governing Council/" / "Global
     * Ministerial Environment Forum", "Fifty-second session of the Commission on Human Rights".
     */
    private static final Pattern SESSION_OF_BODY = Pattern.compile(
            "(?iu)(?:(" + Ordinals.PATTERN + ")\\s+(special\\s+)?(?:regular\\s+)?session\\s+of\\s+(?:the\\s+)?"
                    // "Vingt-deuxième session du Conseil d’administration/", "23º período de sesiones del Consejo de Administración".
                    + "|(" + RomanceOrdinals.PATTERN + ")\\s+(?:session|per[ií]odo\\s+de\\s+sesiones)\\s+(?:du|de\\s+la|de\\s+l[’']|del)\\s*)"
                    + "(\\p{Lu}.+?)\\s*/?\\s*");
    /** The right column of a line that prints two side by side, apart by a run of spaces. */
    private static final Pattern RIGHT_COLUMN = Pattern.compile("\\S[ \\t]{8,}(\\S.*?)\\s*$");
    private static final Pattern SYMBOL_INTO_DATE = Pattern.compile(LostLineBreaks.SYMBOL_INTO_DATE);
    private static final Pattern SPACED_YEAR = Pattern.compile("/((?:19|20)\\d{0,2}) (\\d{1,2})/");
    /** The kind a meeting line's session has until its body is known. */
    private static final String MEETING = "meeting";
    /** A stray mark before a symbol, or a full stop after its series letter, as OCR reads a typewritten masthead. */
    private static final Pattern OCR_SYMBOL_NOISE = Pattern.compile("^['‘’`]?\\s?([ASE])\\.?\\s?/");
    /** The series letters printed beside the emblem: one to three capitals standing alone. */
    private static final Pattern SERIES_BESIDE_EMBLEM = seriesBesideEmblemPattern();
    private static final Pattern YEAR_SESSION = Pattern.compile("(?i)((?:19|20)\\d\\d)\\s+(?:(resumed)\\s+)?(?:substantive\\s+|regular\\s+|organizational\\s+)?session\\b");
    /** The Human Rights Council's "Twelfth cycle" and "Organizational session" lines, which number no session. */
    private static final Pattern CYCLE = Pattern.compile(
            "^(?:" + Ordinals.PATTERN + "\\s+cycle|(?:Organizational|Organisational)\\s+(?:session|meeting)(?:\\s+of\\s+the\\s+\\S+\\s+cycle)?)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DISTR = Pattern.compile("(?iu)distr\\s*\\.?\\s*:?\\s*(" + DISTRIBUTION_WORD + ")?(?![\\p{L}])\\.?");
    private static final Pattern DISTR_WORD = Pattern.compile("(?iu)(" + DISTRIBUTION_WORD + ")(?![\\p{L}])");
    private static final Pattern ORIGINAL_ALONE = Pattern.compile("(?iu)\\s*original\\s*:?\\s*");
    private static final Pattern ORIGINAL = Pattern.compile(
            "(?iu)original\\s*[:;.]\\s*(" + LANGUAGE_NAME + ")(?:\\s*(?:/|,|and|et|y)\\s*(?:" + LANGUAGE_NAME + "))*(?![\\p{L}])");
    /** The versions issued: "English", "English, French and Spanish only", "Anglais et français seulement". */
    private static final Pattern LANGUAGE_VERSION = Pattern.compile("(?iu)(?:" + LANGUAGE_NAME + ")(?:\\s*(?:,|\\band\\b|\\bet\\b|\\by\\b)\\s*(?:"
            + LANGUAGE_NAME + "))*(?:\\s+only|\\s+seulement|\\s+únicamente)?$");
    private static final Pattern PROVISIONAL = Pattern.compile("(?i)provisional$");
    /** "PROVISIONAL", "PROVISOIRE" among a record's fields, as a scan may space it ("PROVIS IONAL"). */
    private static final Pattern PROVISIONAL_WORD = Pattern.compile("(?i)provis\\s?(?:ional|oire)\\b");
    /** The words a General Assembly meeting record prints beside its masthead. */
    private static final Pattern OFFICIAL_RECORDS = Pattern.compile("(?i)\\s*official\\s+records\\s*$");
    private static final Pattern SPACED_LETTERS = Pattern.compile("^(?:\\p{Lu} ){3,}\\p{Lu}$");
    private static final Pattern SPACED_SLASH = Pattern.compile("\\b([A-Z]{1,5}) /(?=[A-Z0-9])");
    /** A space after each slash of a symbol, as a copy set it: "A/ 59/ 565". */
    private static final Pattern SPACE_AFTER_SLASH = Pattern.compile("\\b([A-Z]{1,5}(?:/ \\d{1,4})+)/ (?=\\d)");
    private static final Pattern JOINT = Pattern.compile("\\s*(?:[–—\\-]|and)\\s*");
    private static final Pattern SESSION_DATES = Pattern.compile(
            "^(?:(?![^,]*\\b(?iu:session|year|sesiones|per[ií]odo|année|año)\\b)[A-Z][\\p{L} .'’-]{1,40},\\s*)?(?:\\d{1,2}(?:er|º|°)?(?:\\s+(?:de\\s+)?" + UnDates.ANY_MONTH + ")?(?:\\s+(?:de\\s+)?\\d{4})?"
                    + "\\s*(?:[-–—]|to|au|al|a)\\s*)?(?:\\d{1,2}(?:er|º|°)?\\s+(?:de\\s+)?" + UnDates.ANY_MONTH + "\\s+(?:and|et|y)\\s+)?"
                    + "\\d{1,2}(?:er|º|°)?\\s+(?:de\\s+)?" + UnDates.ANY_MONTH + ",?\\s+(?:de\\s+)?\\d{4}"
                    // The place after the dates: "23 to 30 January 2004, New York".
                    + "(?:\\s*,\\s*[A-Z][\\p{L} .'’-]{1,40})?$");
    /**
     * The Economic and Social Council's sessions that have no number ("Substantive session of 1994", "Organizational
     * session for 1995", "Session de fond de 1994", "Período de sesiones sustantivo de 1994"): a masthead line, but no
     * session to report (EXTRACTION-CONVENTIONS: a session has a number).
     */
    private static final Pattern NUMBERLESS_SESSION = Pattern.compile(
            "(?iu)\\s*(?:resumed\\s+)?(?:substantive|organizational|coordination\\s+and\\s+management)\\s+session(?:\\s+(?:of|for)\\s+(?:19|20)\\d\\d)?\\s*"
                    + "|\\s*session\\s+(?:de\\s+fond|d['’]organisation)(?:\\s+(?:de|pour)\\s+(?:19|20)\\d\\d)?\\s*"
                    + "|\\s*per[ií]odo\\s+de\\s+sesiones\\s+(?:sustantivo|de\\s+organizaci[óo]n)(?:\\s+de\\s+(?:19|20)\\d\\d)?\\s*");
    private static final Pattern BODY = Pattern.compile(
            "^[A-Z][\\p{L}’'\\-]*(?:[ ,]+[\\p{L}’'\\-()]+){0,24}$");
    /** Whether the next line with content is a record's meeting line: the body above it is the record's, not an organ. */
    private static boolean meetingFollows(TextLines lines, int i) {
        int j = lines.nextContent(i + 1);
        return j < lines.size() && MeetingParser.lineAt(lines, j) != null;
    }

    /** A body's name that starts with what it is: "CONFERENCE OF THE PARTIES", "GOVERNING COUNCIL", "COMITÉ …". */
    private static final Pattern BODY_FIRST = Pattern.compile(
            "(?iu)(?:the\\s+)?(?:conference|committee|commission|council|board|assembly|meeting|governing|executive|subsidiary"
                    + "|working|comité|comisión|conseil|consejo|conférence|conferencia|junta)\\b[\\p{L} ,’'\\-]{0,90}");
    private static final Pattern BODY_WORD = Pattern.compile(
            "(?iu)\\b(?:Commission|Committee|Council|Conference|Forum|Board|Assembly|Meeting|Group|Panel|Programme|Organization|Parties|Authority|Body|Party"
                    + "|Comité|Comisión|Conseil|Consejo|Conférence|Conferencia|Assemblée|Asamblea|Junta|Groupe|Grupo|Programa|Organe|[ÓO]rgano)\\b");
    /** A meeting record's meeting line: "8703rd meeting", "107th plenary meeting" (also with the ordinal's letters apart: "107 th"). */
    /** How far into a document a masthead may reach (S/PV first pages list members and agenda below it). */
    private static final int MAX_LINES = 400;

    private static final Pattern GARBLED_WORD = Pattern.compile("^[A-Z]{5,10}$");
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");
    private MastheadParser() {
    }

    /**
     * What a masthead says. Sessions and agenda items carry their organ where the masthead prints it, or
     * null; {@code end} is the first line after the masthead; {@code meetingLine} the line of
     * "8698th meeting" in a verbatim record, or -1.
     */
    record Masthead(List<String> symbols, List<String> organs, String distribution, LocalDate date,
                    String originalLanguage, List<Session> sessions, List<AgendaItem> agendaItems,
                    int start, int end, int meetingLine, boolean found) {

        /**
         * This masthead completed by one printed further down ({@link #below}): its symbols, organs, distribution,
         * date and language where this one lacks them, its sessions and agenda items after these.
         */
        Masthead withFieldsOf(Masthead below) {
            List<Session> allSessions = new ArrayList<>(sessions);
            below.sessions().stream().filter(s -> !allSessions.contains(s)).forEach(allSessions::add);
            List<AgendaItem> allItems = new ArrayList<>(agendaItems);
            allItems.addAll(below.agendaItems());
            return new Masthead(symbols.isEmpty() ? below.symbols() : symbols, organs.isEmpty() ? below.organs() : organs,
                    distribution != null ? distribution : below.distribution(), date != null ? date : below.date(),
                    originalLanguage != null ? originalLanguage : below.originalLanguage(), allSessions, allItems,
                    found ? start : below.start(), below.end(), meetingLine, true);
        }
    }

    /** What one masthead line holds. */
    private static final class Parts {
        /** A body printed before its session on the same line: the session's body, not an organ. */
        String body;
        final List<String> symbols = new ArrayList<>(2);
        final List<String> organs = new ArrayList<>(2);
        final List<Session> sessions = new ArrayList<>(2);
        String distribution;
        boolean distrWithoutWord;
        LocalDate date;
        String language;
        boolean un;
        boolean other;

        /** Whether the line held a field (not only the words "United Nations" or a series letter). */
        boolean found() {
            return !symbols.isEmpty() || !organs.isEmpty() || !sessions.isEmpty() || distribution != null || distrWithoutWord
                    || date != null || language != null;
        }
    }

    static Masthead parse(TextLines lines) {
        return parse(lines, 0);
    }

    /** The masthead that starts at line {@code first} (a web copy may put a footnote's paragraph above it). */
    static Masthead parseFrom(TextLines lines, int first) {
        return parse(lines, first);
    }

    /**
     * The masthead that a copy printed under the title block rather than above it (a cover page's title block that
     * text extraction put first: "Reports of the World Forum …" / "United Nations ECE/TRANS/WP.29/1139" /
     * "Economic and Social Council Distr.: General"): one that starts within {@code within} lines after {@code from}
     * and gives a distribution, or a symbol with an organ or a date; or null.
     */
    static Masthead below(TextLines lines, int from, int within) {
        for (int j = lines.nextContent(from), n = 0; j < lines.size() && n < within; j = lines.nextContent(j + 1), n++) {
            Parts p = parts(lines.get(j), false);
            if (p == null || p.symbols.isEmpty() && p.distribution == null && !p.un) {
                continue;
            }
            Masthead m = parse(lines, j);
            // A masthead, not a symbol cited in the body: a distribution, or a symbol with its organ or date.
            if (m.found() && (m.distribution() != null || !m.symbols().isEmpty() && (!m.organs().isEmpty() || m.date() != null))) {
                return m;
            }
        }
        return null;
    }

    /** A word in capitals with a scan's "l" for "I" in it: "TRlGESIMO". */
    private static final Pattern CAPITALS_WITH_SCANNED_L = Pattern.compile("\\b\\p{Lu}+l[\\p{Lu}l]*\\b");
    /** A hyphen inside a compound ordinal as a scan printed it: a dash, or with a space after it. */
    private static final Pattern SCANNED_HYPHEN = Pattern.compile("(?<=\\p{L})\\s?[-–—]\\s?(?=\\p{L})");
    /** How far into a line run together the cover of a scanned record can reach. */
    private static final int COVER_CHARACTERS = 300;

    /** How many characters of the lines before the heading {@link #scatteredFields} reads: a scanned front page's masthead. */
    private static final int SCATTERED_FIELDS_REACH = 1200;

    /** Distribution and original language read in a masthead whose lines the reader could not follow as fields. */
    record ScatteredFields(String distribution, String originalLanguage) {
    }

    /**
     * "Distr. GENERAL" and "ORIGINAL: ENGLISH" wherever they stand in the lines before {@code end} (the heading), for a
     * scanned or run-together masthead whose lines mix them with debris ("Distr. SECURITY GENERAL S/8;sO9 COUNCIL"). Each
     * is unambiguous where it stands; null where not printed.
     */
    static ScatteredFields scatteredFields(TextLines lines, int end) {
        String distribution = null;
        String language = null;
        StringBuilder head = new StringBuilder();
        for (int i = 0; i < Math.min(end, lines.size()) && head.length() < SCATTERED_FIELDS_REACH; i++) {
            head.append(lines.get(i)).append('\n');
        }
        Matcher distr = DISTR.matcher(head);
        while (distribution == null && distr.find()) {
            distribution = distr.group(1) == null ? null : DISTRIBUTIONS.get(distr.group(1).toLowerCase(Locale.ROOT));
        }
        Matcher original = ORIGINAL.matcher(head);
        if (original.find()) {
            language = LANGUAGES.get(original.group(1).toLowerCase(Locale.ROOT));
        }
        return new ScatteredFields(distribution, language);
    }

    /** "[Original: English]", "[Original : ANGLAIS]": the language as the Official Records print it, in brackets. */
    private static final Pattern BRACKETED_ORIGINAL = Pattern.compile("(?iu)^\\[\\s*original\\s*:\\s*(" + LANGUAGE_NAME + ")\\s*\\]\\s*");
    /** "[10 July 1996]", "[29 Mars 2018]", "[11 septembre 1997]": the date, in brackets, on a line of its own or after the language. */
    private static final Pattern BRACKETED_DATE = Pattern.compile(
            "(?iu)^\\[\\s*(\\d{1,2})(?:er|º|°)?\\s+(?:de\\s+)?(" + UnDates.ANY_MONTH + "),?\\s+(?:de\\s+)?(\\d{4})\\s*\\]$");

    /** A document's language and date as the Official Records print them, under its heading: "[Original: English]" / "[10 July 1996]". */
    record Bracketed(String originalLanguage, LocalDate date) {
    }

    /**
     * The bracketed language and date of a document printed in the Official Records (a Council's report, a letter in a
     * supplement), within the first {@code within} lines, which have no masthead to give them; null values where none is printed.
     */
    static Bracketed bracketed(TextLines lines, int within) {
        String language = null;
        LocalDate date = null;
        for (int i = 0; i < Math.min(lines.size(), within) && date == null; i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.charAt(0) != '[') {
                continue;
            }
            Matcher original = BRACKETED_ORIGINAL.matcher(line);
            if (original.lookingAt()) {
                language = LANGUAGES.get(original.group(1).toLowerCase(Locale.ROOT));
                line = line.substring(original.end());
            }
            Matcher d = BRACKETED_DATE.matcher(line);
            if (d.matches()) {
                date = UnDates.of(d.group(3), d.group(2), d.group(1));
            }
        }
        return new Bracketed(language, date);
    }

    /**
     * The organ and session on a scanned record's cover, where the masthead reader, which reads a line only when all of it
     * is fields, found none: cover lines mix them with a scan's debris ("ASAMBLEA GENERAL TRlGESIMO PRIMER PERIODO DE
     * SESIONES", "NACIONES UNIDAS CONSEJO DE SEGURIDAD ACTAS OFICIALES QUINTO ANO 502a. SESIÓN …"). The first organ named
     * in the lines before the meeting line (and at the start of it), and the first session or year printed there.
     */
    static Masthead recordCover(TextLines lines, int meetingLine) {
        StringBuilder cover = new StringBuilder();
        for (int i = 0; i <= meetingLine && i < lines.size() && cover.length() < COVER_CHARACTERS; i++) {
            if (!lines.isSkippable(i)) {
                cover.append(lines.get(i).strip()).append(' ');
            }
        }
        String text = cover.substring(0, Math.min(cover.length(), COVER_CHARACTERS));
        text = CAPITALS_WITH_SCANNED_L.matcher(text).replaceAll(w -> w.group().replace('l', 'I'));
        // "Thirty—seventh session", "TWENTY- FIFTH YEAR": one ordinal, not "seventh".
        text = SCANNED_HYPHEN.matcher(text).replaceAll("-");
        Matcher organ = ORGAN.matcher(text);
        String organName = organ.find() ? BODIES.byName(organ.group(1)).orElseThrow().name() : null;
        List<Session> sessions = new ArrayList<>();
        Matcher english = SESSION.matcher(text);
        Matcher romance = ROMANCE_SESSION.matcher(text);
        // The first session or year, word by word (an ordinal's words may take the debris before them): a record's session
        // is its organ's, the General Assembly's session or the Security Council's year.
        for (int pos = 0; pos < text.length() && sessions.isEmpty(); pos = nextWord(text, pos)) {
            OptionalInt n = english.region(pos, text.length()).lookingAt() ? Ordinals.parse(english.group(2))
                    : romance.region(pos, text.length()).lookingAt() ? RomanceOrdinals.parse(romance.group(1)) : OptionalInt.empty();
            n.ifPresent(number -> sessions.add(new Session(organName, number, null)));
        }
        return new Masthead(List.of(), organName == null ? List.of() : List.of(organName), null, null, null, sessions, List.of(),
                -1, 0, meetingLine, false);
    }

    /** Where the word after the one at {@code pos} starts, or the text's length. */
    private static int nextWord(String text, int pos) {
        int i = pos;
        while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static Masthead parse(TextLines lines, int first) {
        List<String> symbols = new ArrayList<>();
        List<String> organs = new ArrayList<>();
        List<Session> sessions = new ArrayList<>();
        List<AgendaItem> items = new ArrayList<>();
        String distribution = null;
        LocalDate date = null;
        String language = null;
        boolean found = false;
        boolean pendingDistr = false;
        boolean sessionSeen = false;
        int distrLine = -1;
        String lastOrgan = null;
        String organAbove = null;
        List<String> organsAbove = List.of();
        Session current = null;
        int meetingLine = -1;
        boolean bodyOnlyInSessionLine = false;
        // Whether the first session's body was printed (over it or on its line), not only inferred ("Twenty-fifth year" alone).
        boolean printedBodyOverSession = false;
        boolean bodyUnderFields = false;
        int start = -1;
        int i = first;
        int limit = Math.min(lines.size(), first + MAX_LINES);
        int junk = 0;
        while (i < limit) {
            if (lines.isSkippable(i)) {
                i++;
                continue;
            }
            String line = lines.get(i);
            if (MeetingParser.lineAt(lines, i) != null) {
                meetingLine = i;
                break;
            }
            List<String> agenda = AgendaParser.header(line);
            int rest = agenda == null && ITEMS_START.matcher(line).lookingAt() ? lines.nextContent(i + 1) : -1;
            if (rest > 0 && rest <= i + 2 && rest < limit && (agenda = AgendaParser.header(line.strip() + " " + lines.get(rest).strip())) != null) {
                // "Items 26, 33 and 38 of the" / "provisional agenda*": the item line broken by the typewriter.
                i = rest;
            }
            if (agenda != null) {
                found = true;
                start = start < 0 ? i : start;
                final int headerLine = i;
                AgendaParser.AgendaTitles t = AgendaParser.titles(lines, i + 1, agenda.size(),
                        j -> j > headerLine && stopsAgendaTitles(lines, j));
                String organ = current != null ? current.organ() : lastOrgan;
                Integer number = current != null ? current.number() : null;
                List<String> titles = new ArrayList<>(t.titles());
                String organBeside = titles.isEmpty() ? null : organRunIntoTitle(titles.get(titles.size() - 1), lines, t.end(), limit);
                if (organBeside != null) {
                    // A joint document's second column run into the item's title: "LA SITUACION EN BOSNIA Y HERZEGOVINA
                    // CONSEJO DE SEGURIDAD" over "Cuadragésimo noveno año". The organ heads the session line under it.
                    String last = titles.get(titles.size() - 1);
                    titles.set(titles.size() - 1, last.substring(0, last.length() - organBeside.length()).strip());
                }
                for (int k = 0; k < agenda.size(); k++) {
                    items.add(new AgendaItem(organ, number, agenda.get(k), k < titles.size() ? titles.get(k) : null));
                }
                i = t.end();
                organAbove = null;
                if (organBeside != null) {
                    String o = BODIES.byName(organBeside).orElseThrow().name();
                    addOnce(organs, o);
                    lastOrgan = o;
                    organAbove = o;
                }
                continue;
            }
            if (found && CYCLE.matcher(line).matches()) {
                i++;
                continue;
            }
            if (sessionSeen && isMainCommittee(line)) {
                i++;
                continue;
            }
            if (found && SESSION_DATES.matcher(line).matches() && (sessionSeen || date != null) && !rightUnder(lines, distrLine, i)) {
                i++;
                continue;
            }
            if (ORIGINAL_ALONE.matcher(line).matches()) {
                // "ORIGINAL:" / "ENGLISH": the typewriter layout put the language on the next line.
                int next = lines.nextContent(i + 1);
                Parts original = next < limit ? parts(line.strip() + " " + lines.get(next).strip(), false) : null;
                if (original != null && original.language != null) {
                    language = language == null ? original.language : language;
                    found = true;
                    start = start < 0 ? i : start;
                    i = next + 1;
                    continue;
                }
            }
            SessionOfBody named = namedSession(lines, i, limit, organs);
            if (named != null) {
                found = true;
                start = start < 0 ? i : start;
                Session session = named.session();
                // The body printed only inside its session line, not in the organ slot: no organ.
                bodyOnlyInSessionLine = sessions.isEmpty() && organs.isEmpty();
                sessions.add(session);
                current = session;
                sessionSeen = true;
                lastOrgan = session.organ();
                i = named.end();
                continue;
            }
            Parts p = parts(line, pendingDistr);
            if (p == null) {
                // Two columns side by side, as a PDF's text lays them out: "Governing Council          7 April 2005". The
                // right column's fields are read; the left column's words go on below it.
                Matcher column = RIGHT_COLUMN.matcher(lines.raw(i));
                Parts right = column.find() ? parts(TextLines.normalized(column.group(1)), pendingDistr) : null;
                p = right != null && right.found() ? right : null;
            }
            if (p == null && i + 1 < limit && line.length() < 60) {
                // A body's name broken over two lines by a typewriter layout ("Commission on" / "Human Settlements",
                // "NACIONES" / "UNIDAS"), the second line next or after a blank line.
                int next = lines.nextContent(i + 1);
                Parts joined = next < limit && next <= i + 2 ? parts(line + " " + lines.get(next), pendingDistr) : null;
                if (joined != null && (!joined.organs.isEmpty() || joined.un)) {
                    p = joined;
                    i = next;
                }
            }
            int bodyLines = p == null ? tableBodyLines(lines, i, limit) : 0;
            if (bodyLines > 0) {
                String body = bodyName(lines, i, bodyLines);
                boolean organSlot = !sessionSeen && !pendingDistr && (distribution == null && date == null
                        && distributionComesFirst(lines, i + bodyLines, limit)
                        // A two-column layout whose text put the body's name between the right column's fields
                        // ("Distr.: General" / "Governing Council of the United Nations Environment Programme" / "7 April 2005").
                        || organs.isEmpty() && (distribution != null || date != null) && fieldFollows(lines, i + bodyLines, limit));
                if (organSlot || bodyLines > 1 && sessionFollows(lines, i + bodyLines, limit)) {
                    // The organ slot, above "Distr.": a commission or a programme's assembly may print itself there
                    // ("Commission on" / "Human Settlements") (EXTRACTION-CONVENTIONS, Subsidiary bodies). Or a body
                    // whose name the layout broke over two lines, over its session line: the session's body.
                    found = true;
                    start = start < 0 ? i : start;
                    if (organSlot) {
                        addOnce(organs, body);
                    } else {
                        organAbove = body;
                    }
                    lastOrgan = body;
                    i += bodyLines;
                    continue;
                }
            }
            if (p == null && found && distribution == null && date == null && !sessionSeen && !pendingDistr && line.length() < 100
                    && BODY.matcher(line).matches() && distributionFollows(lines, i + 1, limit)) {
                // The organ slot prints a body under a name the table does not know ("Committee on the elimination of
                // all forms of discrimination against women"): no organ unld can name, but the masthead goes on.
                i++;
                continue;
            }
            if (p == null && found && (distribution != null || date != null) && !sessionSeen && organs.isEmpty()
                    && line.length() < 100 && Titles.isUpperCase(line) && BODY_FIRST.matcher(line).matches()
                    && !isBodyAboveSession(lines, i) && !meetingFollows(lines, i)) {
                // "CONFERENCE OF THE PARTIES" under the fields, a body the table cannot name alone: the body printed itself
                // in the organ slot (EXTRACTION-CONVENTIONS, Subsidiary bodies).
                addOnce(organs, reported(Titles.clean(line)));
                i++;
                continue;
            }
            if (p == null) {
                if (isBodyAboveSession(lines, i)) {
                    bodyUnderFields |= organs.isEmpty() && (distribution != null || date != null) && isSessionBodyOnly(line);
                    found = true;
                    start = start < 0 ? i : start;
                    // The body whose session the next lines give: not an organ of the masthead (EXTRACTION-CONVENTIONS,
                    // Subsidiary bodies), unless the organ slot printed it too.
                    String body = reported(innermostBody(Titles.clean(line)));
                    organAbove = body;
                    lastOrgan = body;
                    i++;
                    continue;
                }
                if (!hasLetterOrDigit(line) && (found || i < 8)) {
                    // A scanned emblem's or rule's specks ("r:-,.,,-,. ·. :-:", "; ...,"): nothing, however many lines.
                    i++;
                    continue;
                }
                if (junk < 6 && (found || i < 8) && (isJunk(line, pendingDistr) || isStampBeforeField(lines, i, limit, found))) {
                    // Scanned mastheads: bits of the emblem or garbled words ("f. $@ti", "GENKRAL", "5121349").
                    junk++;
                    if (DISTR_AT_END.matcher(line).find()) {
                        pendingDistr = true;
                        found = true;
                        start = start < 0 ? i : start;
                    } else {
                        pendingDistr = false;
                    }
                    i++;
                    continue;
                }
                if (junk < 6 && found && items.isEmpty() && (line.length() <= 40 || !sessionSeen && line.length() <= 80)
                        && !TitleParser.namesGenre(line)
                        && missingFieldFollows(lines, i, limit, pendingDistr, symbols.isEmpty(),
                        distribution == null, date == null, language == null)) {
                    // A line no field explains between fields still to come: another column's words that the text put among
                    // them ("Distr." / "CONVENTION ON" / "GENERAL" / "BIOLOGICAL DIVERSITY" / "UNEP/CBD/SBSTTA/2/1/Add.1"). The
                    // masthead is a stream of fields; a line that is none and names no genre is passed over while fields it lacks
                    // follow, up to its agenda item (after its session line, only a short one: a title block may stand over a
                    // masthead printed under it).
                    junk++;
                    i++;
                    continue;
                }
                break;
            }
            found = true;
            start = start < 0 ? i : start;
            pendingDistr = p.distrWithoutWord;
            if (p.distribution != null || p.distrWithoutWord) {
                distrLine = i;
            }
            if (p.distribution != null) {
                distribution = distribution == null ? p.distribution : distribution;
            }
            if (p.language != null && language == null) {
                language = p.language;
            }
            for (String s : p.symbols) {
                addOnce(symbols, s);
            }
            // A body printed alone under the fields and over its session line, where no organ slot was printed ("Original:
            // ENGLISH" / "COMMISSION ON HUMAN RIGHTS" / "Fifty-ninth session"): the session's body, not an organ.
            boolean overItsSession = organs.isEmpty() && (distribution != null || date != null) && p.organs.size() == 1
                    && p.sessions.isEmpty() && p.symbols.isEmpty() && p.distribution == null && p.date == null && p.language == null
                    && isSessionBodyOnly(p.organs.get(0)) && sessionFollows(lines, i + 1, limit);
            bodyUnderFields |= overItsSession;
            for (String o : p.organs) {
                if (!overItsSession) {
                    addOnce(organs, o);
                }
                lastOrgan = o;
            }
            // A date under the session line is the session's, unless it is the one right under "Distr." (a copy that
            // printed the session before the distribution).
            if (p.date != null && date == null && (!sessionSeen || rightUnder(lines, distrLine, i))
                    && (distribution != null || pendingDistr || !symbols.isEmpty() || !organs.isEmpty() || p.un || p.other
                    // A date alone on the text's first line: all that a copy kept of its masthead.
                    || p.language != null || originalFollows(lines, i, limit) || i == lines.nextContent(0))) {
                date = p.date;
            }
            for (int si = 0; si < p.sessions.size(); si++) {
                Session s = p.sessions.get(si);
                String organ = s.organ();
                if (organ == null) {
                    if (organsAbove.size() == p.sessions.size() && p.organs.isEmpty()) {
                        // "GENERAL ASSEMBLY SECURITY COUNCIL" over "Fifty-first session Fifty-first year": column by column.
                        organ = organsAbove.get(si);
                    } else {
                        organ = organAbove != null ? organAbove : lastOrgan;
                    }
                    organ = numberedLike(organ, "year".equals(s.kind()), organs);
                }
                printedBodyOverSession |= sessions.isEmpty() && (s.organ() != null || organAbove != null || lastOrgan != null);
                if (MEETING.equals(s.kind()) && !callsSessionsMeetings(organ)) {
                    // "Seventh meeting" under a committee: one of its meetings, not a session.
                    continue;
                }
                String kind = "year".equals(s.kind()) || MEETING.equals(s.kind()) ? null : s.kind();
                Session session = new Session(organ, s.number(), kind);
                sessions.add(session);
                // Agenda items belong to a session, not to a Security Council year printed beside it or under it.
                if (!"year".equals(s.kind()) || current == null) {
                    current = session;
                }
                sessionSeen = true;
            }
            organAbove = p.organs.isEmpty() || !p.sessions.isEmpty() ? null : p.organs.get(p.organs.size() - 1);
            organsAbove = p.sessions.isEmpty() ? p.organs : List.of();
            i++;
        }
        if (!found) {
            return new Masthead(List.of(), List.of(), null, null, null, List.of(), List.of(), -1, lines.nextContent(0),
                    meetingLine, false);
        }
        if (organs.isEmpty() && !sessions.isEmpty() && !bodyOnlyInSessionLine && !bodyUnderFields && sessions.get(0).organ() != null && printedBodyOverSession
                && isTableBody(sessions.get(0).organ())
                && (distribution == null && meetingLine < 0
                    || BODIES.byName(sessions.get(0).organ()).map(b -> b.treaties().isEmpty()).orElse(false))) {
            // No organ slot but the body over the session line ("United Nations Environment Assembly of the United Nations
            // Environment Programme" / "First session"): the body printed itself where the organ goes. Not a committee of a
            // human rights treaty under a masthead's fields: its organ slot prints the treaty, and a copy without that slot
            // prints no organ; but a copy with no fields at all (a treaty database's views or concluding observations) opens
            // on the committee as the body that issues it. A record's committee is its meeting's.
            organs.add(sessions.get(0).organ());
        }
        return new Masthead(symbols, organs, distribution, date, language, sessions, items, start, i, meetingLine, true);
    }

    /**
     * A short line that no masthead field explains, right before one that is a field: a library stamp
     * ("UN LIBRARY SEP 25 1979", "UN/SA COLLECTION") or a garbled emblem or organ ("ASA/\\ABlEA", "GENERAl") on a
     * scanned page. Skipping it keeps the fields after it, which stopping the masthead there would lose.
     */
    private static boolean isStampBeforeField(TextLines lines, int i, int limit, boolean found) {
        // Above the masthead, a convention's or a secretariat's name beside its logo ("Convention to Combat Desertification")
        // may be longer than a stamp.
        String stamp = lines.get(i);
        boolean name = !found && stamp.length() > 30;
        if (stamp.length() > (found ? 30 : 60) || name && stamp.chars().anyMatch(Character::isDigit)) {
            return false;
        }
        for (int j = i + 1, seen = 0; j < limit && seen < 2; j++) {
            if (lines.isSkippable(j) || lines.isBlank(j)) {
                continue;
            }
            seen++;
            String next = lines.get(j);
            Parts p = parts(next, false);
            if (!name ? p != null || AgendaParser.header(next) != null
                    : p != null && !next.startsWith("[") && (!p.symbols.isEmpty() || p.distribution != null || p.distrWithoutWord)) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern DISTR_AT_END = Pattern.compile("(?i)\\bDistr\\s*\\.?\\s*:?\\s*$");
    private static final Pattern JUNK_SYMBOLS = Pattern.compile("[$@%#{}|~^\\\\]");
    private static final Pattern DIGITS_ONLY = Pattern.compile("^[\\d\\s.,/-]{3,12}$");
    /** A page's job number, which a copy may print above the masthead ("98-03111 (E) 180298", "GE.05-16658 (F)"). */
    private static final String JOB = "(?:[A-Z]{1,3}\\.)?\\d{2}-\\d{4,5}\\s*\\([A-Z]\\)";
    private static final Pattern JOB_NUMBER = Pattern.compile("^" + JOB);
    /** The job number among a line's fields, with the dash before it and the dates of the job after it. */
    private static final Pattern JOB_NUMBER_PART = Pattern.compile("(?:-\\s*)?" + JOB + "(?:\\s+\\d{6}){0,3}(?=\\s|$)");
    /** A language's name alone, as a version's language is printed beside the date. */
    private static final Pattern VERSION_LANGUAGE = Pattern.compile("(?iu)(?:" + LANGUAGE_NAME + ")(?=\\s|$)");

    /**
     * A line of a scanned masthead that text recognition garbled: one or two letters, a run of digits
     * (a symbol read as "5121349"), signs like "$@", a garbled distribution word after "Distr.", or a
     * line whose end is "Distr.".
     */
    private static boolean hasLetterOrDigit(String line) {
        for (int k = 0; k < line.length(); k++) {
            if (Character.isLetterOrDigit(line.charAt(k))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isJunk(String line, boolean afterDistr) {
        if (line.length() <= 2 || DIGITS_ONLY.matcher(line).matches() || DISTR_AT_END.matcher(line).find() && line.length() < 40
                || JOB_NUMBER.matcher(line).lookingAt()) {
            return true;
        }
        if (line.length() <= 12 && JUNK_SYMBOLS.matcher(line).find()) {
            return true;
        }
        return afterDistr && GARBLED_WORD.matcher(line).matches();
    }

    /** Agenda titles end at the next masthead line or at the document's own heading. */
    private static boolean stopsAgendaTitles(TextLines lines, int j) {
        String line = lines.get(j);
        if (line.isEmpty()) {
            return false;
        }
        if (Headings.isDocumentHeading(line) || AgendaParser.header(line) != null || MeetingParser.lineAt(lines, j) != null
                || TitleParser.isAgendaTitle(line) || SESSION_DATES.matcher(line).matches()) {
            // … or the session's dates under it ("3 de marzo a 1º de abril de 2008").
            // "Item 2 (a) of the provisional agenda" / "PROVISIONAL AGENDA AND ANNOTATIONS": the document's own heading.
            return true;
        }
        Parts p = parts(line, false);
        return p != null && (!p.organs.isEmpty() || !p.sessions.isEmpty() || p.distribution != null || !p.symbols.isEmpty());
    }

    /** A body printed right above a session line: "Commission on Population and Development / Thirty-third session". */
    private static boolean isBodyAboveSession(TextLines lines, int i) {
        String line = lines.get(i);
        // Up to 200 characters: a copy that lost its line breaks runs a conference, its committee and their working group
        // into one line.
        if (line.length() > 200 || !BODY.matcher(line).matches() || !BODY_WORD.matcher(line).find()
                || isMainCommittee(line)) {
            return false;
        }
        int j = lines.nextContent(i + 1);
        // A commission, its committee and the working party that meets: up to four body lines over the session line.
        for (int step = 0; step < 4 && j < lines.size(); step++) {
            Parts p = parts(lines.get(j), false);
            if (p != null && !p.sessions.isEmpty()) {
                return true;
            }
            String next = lines.get(j);
            if (next.length() > 110 || !BODY.matcher(next).matches() || !BODY_WORD.matcher(next).find()) {
                return false;
            }
            j = lines.nextContent(j + 1);
        }
        return false;
    }

    /** Whether line {@code i} is the next line with content after line {@code above} (if there is one). */
    private static boolean rightUnder(TextLines lines, int above, int i) {
        return above >= 0 && lines.nextContent(above + 1) == i;
    }

    /** How many lines (one or two) at {@code i} print a body of the table by its full name in some language, or 0. */
    private static int tableBodyLines(TextLines lines, int i, int limit) {
        // A body's full name may be long ("Conferencia de las Partes en la Convención de las Naciones Unidas contra la
        // Delincuencia Organizada Transnacional", the decolonization committee's 180 characters); the table says exactly.
        if (lines.get(i).length() > 250) {
            return 0;
        }
        if (isTableBody(lines.get(i))) {
            return 1;
        }
        // The next lines follow at once, or after a blank line that a Word paragraph or a PDF put inside the name; a
        // treaty in the organ slot may take four ("International Convention on" / "the Elimination" / "of all Forms of" / …).
        // Across a blank line only the exact name of a body of the table is read as one name.
        StringBuilder name = new StringBuilder(lines.get(i).strip());
        int last = i;
        for (int n = 1; n < 4; n++) {
            int next = lines.nextContent(last + 1);
            if (next >= limit || next > last + 2 || lines.get(next).length() > 60) {
                return 0;
            }
            name.append(' ').append(lines.get(next).strip());
            last = next;
            if (isTableBody(name.toString())) {
                return last - i + 1;
            }
        }
        return 0;
    }

    /** Whether the next line with content is a session line (past a repetition of the body's name, as PDF text has). */
    private static boolean sessionFollows(TextLines lines, int from, int limit) {
        int j = lines.nextContent(from);
        int repeated = j < limit ? tableBodyLines(lines, j, limit) : 0;
        if (repeated > 0 && parts(lines.get(j), false) == null) {
            j = lines.nextContent(j + repeated);
        }
        if (j >= limit) {
            return false;
        }
        Parts p = parts(lines.get(j), false);
        return p != null && !p.sessions.isEmpty();
    }

    /**
     * Whether, within the next three lines, the masthead's distribution, symbol or date comes before any session line:
     * the body is then in the organ slot, not one of the bodies over a session line ("Economic Commission for Europe" /
     * "Inland Transport Committee" / "175th session").
     */
    private static boolean distributionComesFirst(TextLines lines, int from, int limit) {
        for (int j = lines.nextContent(from), n = 0; j < limit && n < 3; j = lines.nextContent(j + 1), n++) {
            Parts p = parts(lines.get(j), false);
            if (p == null) {
                if (SESSION.matcher(lines.get(j)).lookingAt()) {
                    // A session line a scan marred ("Twentieth session Vienna, 20 'July - 14 August 1987"): still a session line.
                    return false;
                }
                continue;
            }
            if (!p.sessions.isEmpty()) {
                return false;
            }
            if (p.distribution != null || p.distrWithoutWord || !p.symbols.isEmpty() || p.date != null) {
                return true;
            }
        }
        return false;
    }

    /** Whether one of the next two lines with content gives a field the masthead still lacks: a symbol, "Distr.", a date, a language. */
    private static boolean missingFieldFollows(TextLines lines, int i, int limit, boolean pendingDistr, boolean noSymbol,
                                               boolean noDistribution, boolean noDate, boolean noLanguage) {
        for (int j = lines.nextContent(i + 1), n = 0; j < limit && n < 2; j = lines.nextContent(j + 1), n++) {
            Parts p = parts(lines.get(j), pendingDistr);
            if (p != null && (noSymbol && !p.symbols.isEmpty() || noDistribution && (p.distribution != null || p.distrWithoutWord)
                    || noDate && p.date != null || noLanguage && p.language != null)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the next line with content gives a masthead field other than a session: a date, a language, a symbol. */
    private static boolean fieldFollows(TextLines lines, int from, int limit) {
        int next = lines.nextContent(from);
        if (next >= limit) {
            return false;
        }
        Parts p = parts(lines.get(next), false);
        return p != null && p.sessions.isEmpty() && (p.date != null || p.language != null || !p.symbols.isEmpty() || p.distribution != null);
    }

    /**
     * Whether a body printed under the fields and over its session line, where no organ slot was printed, is the session's
     * body only: a body of the Charter's organs (a commission of the Economic and Social Council, a committee of the
     * Assembly), whose organ slot prints its parent organ, which the copy lost. Not the bodies the table reads in the organ
     * slot (the principal organs, the Human Rights Council), not a programme's assembly or board, not a treaty's conference
     * or committee: those print themselves there.
     */
    private static boolean isSessionBodyOnly(String name) {
        return BODIES.byName(Titles.clean(name)).map(b -> !b.organLine() && b.parent() != null
                && b.kind() != UnBody.Kind.GOVERNING_BODY && b.kind() != UnBody.Kind.EXECUTIVE_BOARD).orElse(false);
    }

    /** Whether the next line with content gives the original's language: a date over it is the masthead's. */
    private static boolean originalFollows(TextLines lines, int i, int limit) {
        int next = lines.nextContent(i + 1);
        if (next >= limit) {
            return false;
        }
        Parts p = parts(lines.get(next), false);
        return p != null && p.language != null;
    }

    /** Whether one of the next three lines is the "Distr." line. */
    private static boolean distributionFollows(TextLines lines, int from, int limit) {
        for (int j = lines.nextContent(from), n = 0; j < limit && n < 3; j = lines.nextContent(j + 1), n++) {
            Parts p = parts(lines.get(j), false);
            if (p != null && (p.distribution != null || p.distrWithoutWord)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The word that ends a body's name ("… Committee", "… CONFERENCE", "… Forum"), and another name after it that starts
     * with a capital and goes on in lower case: two bodies on one line (in a name in capitals, "COMMITTEE ON THE …" is one). Not "Parties" ("Conference of the Parties Serving as the Meeting of …").
     */
    private static final Pattern BODY_END_BEFORE_NAME = Pattern.compile(
            "\\b(?i:committee|conference|commission|council|board|assembly|forum|group|subcommittee|sub-commission|bureau|panel|tribunal)"
                    + "\\s+(?=\\p{Lu}\\p{Ll})");

    /**
     * The last of the bodies a line names one after the other, when a copy that lost its line breaks runs them together
     * ("Inland Transport Committee Global Forum for Road Traffic Safety"): the body that meets is printed last. A line
     * that starts with a body of the table and goes on with a capitalised name is taken for two.
     */
    private static String innermostBody(String line) {
        Matcher end = BODY_END_BEFORE_NAME.matcher(line);
        int last = -1;
        while (end.find()) {
            last = end.end();
        }
        if (last > 0) {
            // "DURBAN REVIEW CONFERENCE Preparatory Committee Intersessional open-ended … working group": the last name.
            return innermostBody(line.substring(last));
        }
        String[] words = line.split("\\s+");
        for (int k = words.length - 2; k >= 2; k--) {
            String outer = String.join(" ", java.util.Arrays.copyOfRange(words, 0, k));
            if (Character.isUpperCase(words[k].charAt(0)) && BODIES.byName(outer).filter(b -> b.isNamed(outer)).isPresent()) {
                return innermostBody(String.join(" ", java.util.Arrays.copyOfRange(words, k, words.length)));
            }
        }
        return line;
    }

    /** A body of the table by one of its names or a long alias (an acronym alone is no organ slot). */
    /**
     * The principal organ's name that ends an agenda item's title, as printed, when the next line is a session or year line
     * (the organ's, which the layout ran into the title); or null.
     */
    private static String organRunIntoTitle(String title, TextLines lines, int next, int limit) {
        int j = lines.nextContent(next);
        if (title == null || j >= limit) {
            return null;
        }
        Parts p = parts(lines.get(j), false);
        if (p == null || p.sessions.isEmpty()) {
            return null;
        }
        for (UnBody b : BODIES.numbered(UnBody.SessionNumbering.YEARS)) {
            for (String name : b.names().values()) {
                if (title.length() > name.length() + 3 && title.regionMatches(true, title.length() - name.length(), name, 0, name.length())
                        && title.charAt(title.length() - name.length() - 1) == ' ') {
                    return title.substring(title.length() - name.length());
                }
            }
        }
        return null;
    }

    /** Whether a line holds only a date or a session's dates ("26 mars 2021", "1º a 19 de noviembre de 2010"). */
    static boolean isDatesLine(String line) {
        return SESSION_DATES.matcher(line).matches();
    }

    /** A cheap test before the ordinals' pattern: whether the line holds the word "meeting" in some case. */
    private static boolean mentionsMeeting(String line) {
        return line.contains("eeting") || line.contains("EETING");
    }

    /** Whether the table says the body of that name calls its sessions meetings. */
    private static boolean callsSessionsMeetings(String organ) {
        return organ != null && meetingsBody(organ).isPresent();
    }

    /** The body of the table by that name, if it calls its sessions meetings. */
    private static java.util.Optional<UnBody> meetingsBody(String name) {
        return BODIES.byName(name).filter(b -> b.sessions() == UnBody.SessionNumbering.MEETINGS);
    }

    /** A session line that names its body, and the line after it. */
    private record SessionOfBody(Session session, int end) {
    }

    /**
     * A session line that names its body: a meeting of the parties' ({@link #meetingOfBody}) or a session's
     * ({@link #sessionOfBody}); or null.
     */
    private static SessionOfBody namedSession(TextLines lines, int i, int limit, List<String> organs) {
        SessionOfBody meeting = meetingOfBody(lines, i, limit);
        return meeting != null ? meeting : sessionOfBody(lines, i, limit, organs);
    }

    /**
     * A session line that names its body, over one to four lines ("TWELFTH MEETING OF THE PARTIES TO" / "THE MONTREAL
     * PROTOCOL ON" / …), if the body is one of the table that calls its sessions meetings; or null.
     */
    private static SessionOfBody meetingOfBody(TextLines lines, int i, int limit) {
        if (!Character.isLetter(lines.firstChar(i)) || lines.get(i).length() > 200 || !mentionsMeeting(lines.get(i))
                || !MEETING_SESSION.matcher(lines.get(i)).lookingAt()) {
            return null;
        }
        return firstJoined(lines, i, limit, 5, MEETING_OF_BODY, (m, j) -> {
            OptionalInt number = Ordinals.parse(m.group(1));
            String body = meetingBody(m.group(2), m.group(3));
            return number.isPresent() && body != null ? new SessionOfBody(new Session(body, number.getAsInt(), null), j + 1) : null;
        });
    }

    /**
     * What {@code read} makes of the first joining of lines {@code i}, {@code i + 1} … (at most {@code most}, up to a blank)
     * that {@code pattern} matches whole and {@code read} accepts; or null. {@code read} gets the match and the last line joined.
     */
    private static SessionOfBody firstJoined(TextLines lines, int i, int limit, int most, Pattern pattern,
                                             java.util.function.BiFunction<Matcher, Integer, SessionOfBody> read) {
        StringBuilder joined = new StringBuilder();
        for (int j = i, n = 0; j < limit && n < most && !lines.isBlank(j); j++, n++) {
            joined.append(n == 0 ? "" : " ").append(lines.get(j).strip());
            Matcher m = pattern.matcher(joined);
            SessionOfBody found = m.matches() ? read.apply(m, j) : null;
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /**
     * A session line that names its body after the session, over one to three lines, when the body is one of the table
     * or a short name of an organ the masthead printed ("Governing Council" under "Governing Council of the United Nations
     * Environment Programme"); or null. A second name after a slash ("… Governing Council/" / "Global Ministerial
     * Environment Forum") is the same session's.
     */
    private static SessionOfBody sessionOfBody(TextLines lines, int i, int limit, List<String> organs) {
        String line = lines.get(i);
        if (line.length() > 200 || !Character.isLetter(lines.firstChar(i)) || !line.contains("ession") && !line.contains("esiones") && !line.contains("ESSION")) {
            return null;
        }
        return firstJoined(lines, i, limit, 3, SESSION_OF_BODY, (m, j) -> {
            OptionalInt number = m.group(1) != null ? Ordinals.parse(m.group(1)) : RomanceOrdinals.parse(m.group(3));
            String printed = Titles.clean(m.group(4));
            int slash = printed == null ? -1 : printed.indexOf('/');
            String name = slash > 0 ? printed.substring(0, slash).strip() : printed;
            String body = name == null ? null : isTableBody(name) ? reported(name) : organShortlyNamed(organs, name);
            if (number.isEmpty() || body == null) {
                return null;
            }
            int end = j + 1;
            int second = lines.nextContent(end);
            if (lines.get(j).strip().endsWith("/") && second < limit && second <= end + 1 && lines.get(second).length() < 80) {
                end = second + 1;
            }
            return new SessionOfBody(new Session(body, number.getAsInt(), m.group(2) != null ? "special" : null), end);
        });
    }

    /** The organ of the masthead whose name, in some language, starts with {@code name} ("Conseil d’administration"), or null. */
    private static String organShortlyNamed(List<String> organs, String name) {
        return organs.stream().filter(o -> BODIES.byName(o).filter(b -> b.isShortlyNamed(name)).isPresent()).findFirst().orElse(null);
    }

    /** "Meeting of the Parties to …" or the "Conference of the Parties to …" after "meeting of the", if the table knows it. */
    private static String meetingBody(String meetingOfTheBody, String body) {
        for (String name : List.of(meetingOfTheBody, body)) {
            var b = meetingsBody(Titles.clean(name));
            if (b.isPresent()) {
                return b.get().name();
            }
        }
        return null;
    }

    private static boolean isTableBody(String printed) {
        return BODIES.byName(printed).filter(b -> b.isNamed(printed) || printed.strip().split("\\s+").length >= 3).isPresent();
    }

    private static String bodyName(TextLines lines, int i, int count) {
        return reported(Titles.clean(lines.contentBetween(i, i + count).stream().map(String::strip)
                .collect(java.util.stream.Collectors.joining(" "))));
    }

    /**
     * A body's name as a masthead prints it, as unld reports it: the table's English name when the printed one is
     * the body's name in some language or case ("Commission de la condition de la femme", "COMMISSION ON
     * POPULATION AND DEVELOPMENT"); as printed otherwise (a body the table lacks, an alias).
     */
    private static String reported(String printed) {
        String name = BODIES.byName(printed).filter(b -> b.isNamed(printed) || b.isTreaty(printed))
                // A scan's misread letters ("Commission on Human Eights") do not make another body; a name the table holds
                // under another body's entry (refused by the filter above) is not read through noise.
                .or(() -> BODIES.byName(printed).isEmpty() ? BODIES.byNameReadThroughNoise(printed) : java.util.Optional.empty())
                .map(UnBody::name)
                // A body the table lacks, printed in capitals ("CONFERENCE OF THE PARTIES"): named as a proper name is written.
                .orElse(Titles.isUpperCase(printed) ? properCase(printed) : printed);
        // The apostrophe as printed: "High Commissioner’s Programme" in a document that prints it so.
        return printed.indexOf('’') >= 0 ? name.replace('\'', '’') : name;
    }

    /**
     * The body a session line printed without one belongs to, given the body the layout suggests: a "year" is the
     * body that numbers years (the Security Council), a "session" never is (EXTRACTION-CONVENTIONS: "Seventy-fourth
     * session" / "Seventy-fifth year" side by side are the General Assembly's and the Security Council's). A
     * "session" under a body that numbers years goes to the first body of the masthead that numbers sessions.
     */
    private static String numberedLike(String suggested, boolean year, List<String> organs) {
        if (year) {
            return suggested != null && numbersYears(suggested) ? suggested : YEARS_BODY;
        }
        if (suggested == null || !numbersYears(suggested)) {
            return suggested;
        }
        for (String organ : organs) {
            if (!numbersYears(organ)) {
                return organ;
            }
        }
        return null;
    }

    private static boolean numbersYears(String organ) {
        return BODIES.byName(organ).filter(b -> b.sessions() == UnBody.SessionNumbering.YEARS).isPresent();
    }

    /**
     * A Main Committee line under the session line: its name ("Third Committee", "Special Political and
     * Decolonization Committee"), its number in brackets on a line of its own ("(Fourth Committee)"), or both on
     * one line. Not an organ (EXTRACTION-CONVENTIONS): the masthead goes on after it.
     */
    private static boolean isMainCommittee(String line) {
        int end = line.length();
        while (end > 0 && (line.charAt(end - 1) == '*' || Character.isWhitespace(line.charAt(end - 1)))) {
            end--;
        }
        if (end == 0 || line.length() > 120) {
            return false;
        }
        String name = line.substring(0, end).strip();
        if (name.startsWith("(") && name.endsWith(")")) {
            name = name.substring(1, name.length() - 1).strip();
        }
        int bracket = name.indexOf(" (");
        return isMainCommitteeName(name) || (bracket > 0 && isMainCommitteeName(name.substring(0, bracket)));
    }

    private static boolean isMainCommitteeName(String name) {
        return BODIES.byName(name).filter(b -> b.kind() == UnBody.Kind.MAIN_COMMITTEE).isPresent();
    }

    /** Reads a line as masthead parts, or returns null when some of it is not a masthead part. */
    private static Parts parts(String raw, boolean pendingDistr) {
        if (raw.length() > 160) {
            return null;
        }
        // "S /RES/2577 (2021)": a space that text extraction put inside a symbol.
        String line = raw.indexOf(" /") > 0 ? SPACED_SLASH.matcher(raw).replaceAll("$1/") : raw;
        if (line.indexOf("/ ") > 0) {
            Matcher spaced = SPACE_AFTER_SLASH.matcher(line);
            line = spaced.find() ? line.substring(0, spaced.start()) + spaced.group(1).replace("/ ", "/") + "/" + line.substring(spaced.end()) : line;
        }
        // OCR marks inside a masthead line ("UNITED· NATIONS", "'A./47/485": the symbol the text clearly means is A/47/485).
        if (line.indexOf('·') >= 0) {
            line = line.replace('·', ' ');
        }
        if (line.indexOf("./") > 0 || line.startsWith("'") || line.startsWith("‘")) {
            line = OCR_SYMBOL_NOISE.matcher(line).replaceAll("$1/");
        }
        // "G E N E R A L": letters spaced out by text extraction.
        if (line.length() >= 5 && SPACED_LETTERS.matcher(line).matches()) {
            line = line.replace(" ", "");
        }
        if (line.indexOf('/') > 0) {
            Matcher year = SPACED_YEAR.matcher(line);
            if (year.find() && year.group(1).length() + year.group(2).length() == 4) {
                // "E/CN.4/200 1/94": a space that a scan put inside the symbol's year.
                line = line.substring(0, year.start()) + "/" + year.group(1) + year.group(2) + "/" + line.substring(year.end());
            }
        }
        if (line.indexOf('/') > 0 && SYMBOL_INTO_DATE.matcher(line).find()) {
            // "CRC/C/SR.112524 mai 2006": the symbol and the date apart.
            line = SYMBOL_INTO_DATE.matcher(line).replaceFirst(" ");
        }
        if (line.length() < 60 && endsWithSessionWord(line) && line.indexOf(' ') > 0) {
            line = rejoinedOrdinal(line);
            Matcher spaced = SPACED_FIGURES_SESSION.matcher(line);
            line = spaced.matches() ? spaced.group(1).replace(" ", "") + spaced.group(2) + " " + spaced.group(3) : line;
        }
        Parts p = new Parts();
        if (LANGUAGE_VERSION.matcher(line).matches() || PROVISIONAL.matcher(line).matches() || OFFICIAL_RECORDS.matcher(line).matches()
                || NUMBERLESS_SESSION.matcher(line).matches()) {
            p.other = true;
            return p;
        }
        int pos = 0;
        int n = line.length();
        Matcher m;
        boolean symbolBefore = false;
        while (pos < n) {
            char c = line.charAt(pos);
            if (c == ' ' || c == ',' || c == ';' || c == '|' || c == '\t' || c == '*' || c == '[' || c == ']') {
                // "[Original : ANGLAIS] [11 septembre 1997]": a memorandum's fields in brackets.
                pos++;
                continue;
            }
            if (symbolBefore && (m = region(JOINT, line, pos)) != null && m.end() > pos
                    && !SymbolGrammar.spans(line.substring(m.end())).isEmpty()
                    && SymbolGrammar.spans(line.substring(m.end())).get(0)[0] == 0) {
                pos = m.end();
                continue;
            }
            symbolBefore = false;
            if (pos == 0 && mentionsMeeting(line) && (m = region(MEETING_SESSION, line, pos)) != null
                    && (m.end() == n || region(PLACE_AND_DATES, line, m.end() + 1 < n ? m.end() + 1 : n) != null)) {
                OptionalInt number = Ordinals.parse(m.group(1));
                if (number.isEmpty()) {
                    return null;
                }
                p.sessions.add(new Session(null, number.getAsInt(), MEETING));
                pos = m.end();
                continue;
            }
            if ((m = region(SESSION, line, pos)) != null) {
                OptionalInt number = Ordinals.parse(m.group(2));
                if (number.isEmpty()) {
                    return null;
                }
                String kind = m.group(5).equalsIgnoreCase("year") ? "year"
                        : m.group(4) != null ? (m.group(3) != null ? Session.EMERGENCY_SPECIAL : Session.SPECIAL)
                        : (m.group(1) != null || m.group(6) != null) ? Session.RESUMED : null;
                p.sessions.add(new Session(p.body != null ? p.body : p.organs.isEmpty() ? null : p.organs.get(p.organs.size() - 1),
                        number.getAsInt(), kind));
                pos = m.end();
                continue;
            }
            if (Character.isLetter(c) && (m = region(ROMANCE_SESSION, line, pos)) != null) {
                OptionalInt number = RomanceOrdinals.parse(m.group(1));
                if (number.isPresent()) {
                    boolean year = m.group(2) != null && !m.group(2).toLowerCase(Locale.ROOT).equals("session");
                    String kind = year ? "year" : (m.group(3) != null || m.group(4) != null) ? Session.SPECIAL : null;
                    p.sessions.add(new Session(p.body != null ? p.body : p.organs.isEmpty() ? null : p.organs.get(p.organs.size() - 1),
                            number.getAsInt(), kind));
                    pos = m.end();
                    continue;
                }
            }
            if (Character.isDigit(c) && (m = region(FIGURE_SESSION, line, pos)) != null) {
                p.sessions.add(new Session(p.body != null ? p.body : p.organs.isEmpty() ? null : p.organs.get(p.organs.size() - 1),
                        Integer.parseInt(m.group(1)), m.group(2) != null || m.group(3) != null ? Session.SPECIAL : null));
                pos = m.end();
                continue;
            }
            if ((m = region(YEAR_SESSION, line, pos)) != null) {
                p.sessions.add(new Session(p.organs.isEmpty() ? null : p.organs.get(p.organs.size() - 1),
                        Integer.parseInt(m.group(1)), m.group(2) != null ? Session.RESUMED : null));
                pos = m.end();
                continue;
            }
            if (pos == 0 && (m = region(BODY_BEFORE_SESSION, line, pos)) != null) {
                String body = reported(Titles.clean(m.group(1)));
                p.body = body;
                pos = m.end();
                continue;
            }
            if (!p.sessions.isEmpty() && ((m = region(PLACE_AND_DATES, line, pos)) != null || (m = region(SESSION_YEAR_OR_DATES, line, pos)) != null)) {
                pos = m.end();
                continue;
            }
            if ((m = region(ORGAN, line, pos)) != null) {
                p.organs.add(BODIES.byName(m.group(1)).orElseThrow().name());
                pos = m.end();
                continue;
            }
            if ((m = region(DISTR, line, pos)) != null) {
                if (m.group(1) != null) {
                    p.distribution = DISTRIBUTIONS.get(m.group(1).toLowerCase(Locale.ROOT));
                } else {
                    p.distrWithoutWord = true;
                }
                pos = m.end();
                continue;
            }
            if (pendingDistr && p.distribution == null && (m = region(DISTR_WORD, line, pos)) != null) {
                p.distribution = DISTRIBUTIONS.get(m.group(1).toLowerCase(Locale.ROOT));
                pos = m.end();
                continue;
            }
            if ((m = region(ORIGINAL, line, pos)) != null) {
                p.language = LANGUAGES.get(m.group(1).toLowerCase(Locale.ROOT));
                pos = m.end();
                continue;
            }
            if ((m = region(UnDates.DATE, line, pos)) != null || (m = region(UnDates.FRENCH_OR_SPANISH_DATE, line, pos)) != null) {
                LocalDate d = UnDates.of(m.group(3), m.group(2), m.group(1));
                if (d == null) {
                    return null;
                }
                if (p.date == null) {
                    p.date = d;
                }
                pos = m.end();
                continue;
            }
            if ((m = region(UN, line, pos)) != null) {
                p.un = true;
                pos = m.end();
                continue;
            }
            if ((c == 'P' || c == 'p') && (m = region(PROVISIONAL_WORD, line, pos)) != null) {
                // "Asamblea General PROVISIONAL A/38/PV.105 27 junio 1984": a provisional record's mark among the fields.
                p.other = true;
                pos = m.end();
                continue;
            }
            int slash = Character.isUpperCase(c) ? line.indexOf('/', pos) : -1;
            if (slash > pos && slash <= pos + 6 && (m = region(GARBLED_SYMBOL, line, pos)) != null) {
                // "S/8;sO9/Add.4": a symbol a scan garbled beyond reading; the file name's stands for it, the line's other fields are read.
                p.other = true;
                pos = m.end();
                continue;
            }
            if ((c == 'A' || c == 'S' || c == 'E' || Character.isUpperCase(c) || c == 's') && (m = region(SymbolGrammar.SYMBOL, line, pos)) != null) {
                String s = SymbolGrammar.normalize(m.group(1));
                if (!SymbolGrammar.isSymbol(s)) {
                    return null;
                }
                p.symbols.add(s);
                pos = m.end();
                symbolBefore = true;
                continue;
            }
            if (Character.isDigit(c) || c == '-' || c == 'G') {
                if ((m = region(JOB_NUMBER_PART, line, pos)) != null) {
                    // "2 de diciembre de 2004 Español - 04-60234 (S) 261104 301104": the page's job number run into the fields.
                    p.other = true;
                    pos = m.end();
                    continue;
                }
            }
            if (Character.isLetter(c) && (m = region(VERSION_LANGUAGE, line, pos)) != null
                    && (p.date != null || pos == 0 || !p.organs.isEmpty() && m.end() == n)) {
                // Or ending the organ's line, where a PDF's columns put it: "General Assembly English".
                // The language of this version after the date ("2 de diciembre de 2004 Español") or before the original's
                // ("ENGLISH ORIGINAL. ENGLISH/FRENCH/ RUSSIAN"), without "Original:".
                p.other = true;
                pos = m.end();
                continue;
            }
            // A lone series letter beside the emblem in 1990s mastheads ("S", "A", "E", "HS", "TD"), alone on its line or after "NATIONS".
            if (Character.isUpperCase(c) && (m = region(SERIES_BESIDE_EMBLEM, line, pos)) != null && (pos == 0 || p.un)) {
                p.other = true;
                pos = m.end();
                continue;
            }
            if (pos > 0 && p.found() && (isSpecks(line.substring(pos)) || isGarbledWord(line.substring(pos)))) {
                // "Distr. GENERAL --,' 1": a scanner's specks after a field end the line, not the masthead; so does a word it
                // garbled ("14 noviembre 1975 ESPM10L", the language version as a scan read it).
                return p;
            }
            return null;
        }
        return p;
    }

    /** The words a session line ends with, in the three languages: "session", "year", "année", "año", "período de sesiones". */
    private static final String[] SESSION_WORDS = {"session", "sesiones", "year", "année", "annee", "año", "ano"};

    private static boolean endsWithSessionWord(String line) {
        for (String word : SESSION_WORDS) {
            if (line.regionMatches(true, line.length() - word.length(), word, 0, word.length())) {
                return true;
            }
        }
        return false;
    }
    /** A session line whose ordinal text extraction broke inside a word: "Soixante- quin zième session", "Fifty- fourth session". */
    private static final Pattern SPLIT_ORDINAL = Pattern.compile("(?iu)^([\\p{L}][\\p{L}\\- ]{3,40}?)\\s+(session|year|ann[ée]e|a[ñn]o|per[ií]odo\\s+de\\s+sesiones)$");

    /**
     * The session line with its ordinal whole again ("Soixante-quinzième session"), when the ordinal reads only with the
     * spaces a text extraction put inside it taken out; otherwise the line as it is.
     */
    static String rejoinedOrdinal(String line) {
        Matcher m = SPLIT_ORDINAL.matcher(line);
        if (!m.matches() || readsAsOrdinal(m.group(1))) {
            return line;
        }
        String words = m.group(1).replace("- ", "-").replace(" -", "-");
        if (readsAsOrdinal(words)) {
            return words + " " + m.group(2);
        }
        // One space too many ("Trigé simo quinto"), else every space inside a word of one ("Soixante-quin zième").
        for (int space = words.indexOf(' '); space > 0; space = words.indexOf(' ', space + 1)) {
            String joined = words.substring(0, space) + words.substring(space + 1);
            if (readsAsOrdinal(joined)) {
                return joined + " " + m.group(2);
            }
        }
        String joined = words.replace(" ", "");
        return readsAsOrdinal(joined) ? joined + " " + m.group(2) : line;
    }

    /** A session numbered in figures that a PDF's text spaced out: "10 6 e session". */
    private static final Pattern SPACED_FIGURES_SESSION = Pattern.compile("^(\\d{1,2}(?: \\d){1,2})\\s?(e|ème|er|st|nd|rd|th|º|ª)\\s+(session|per[ií]odo\\s+de\\s+sesiones)$");

    private static boolean readsAsOrdinal(String words) {
        return Ordinals.parse(words).isPresent() || RomanceOrdinals.parse(words).isPresent();
    }

    /** A symbol's series and slash, then a scan's marks among its elements, up to the next space: "S/8;sO9/Add.4", "A/3$/12". */
    private static final Pattern GARBLED_SYMBOL = Pattern.compile("[A-Z]{1,6}/(?=\\S*\\d)(?=[^\\s;$'‘’,:!?]*[;$'‘’,:!?]\\S)\\S{2,24}(?=\\s|$)");

    /** One word in capitals, digits and marks, without a lower-case letter, as a scan garbles a masthead's word ("ESPM10L"). */
    private static boolean isGarbledWord(String rest) {
        String word = rest.strip();
        return word.length() >= 3 && word.length() <= 12 && word.indexOf(' ') < 0
                && word.codePoints().noneMatch(Character::isLowerCase) && word.codePoints().anyMatch(Character::isLetter);
    }

    /** A few characters without a letter: what a scanner leaves of a rule or a smudge. */
    private static boolean isSpecks(String rest) {
        // Not a full stop after a symbol: "* A/53/150." is a footnote citing a document, no masthead line.
        return rest.length() >= 3 && rest.length() <= 12 && rest.charAt(0) != '.' && !rest.codePoints().anyMatch(Character::isLetter);
    }

    /**
     * The names of the organ-line bodies in every language the table gives, and the treaties a treaty body's
     * documents print in the organ slot (read as the treaty's committee: "International Covenant on Civil and
     * Political Rights" is the Human Rights Committee).
     */
    private static Pattern organPattern() {
        List<String> names = new ArrayList<>();
        for (UnBody b : BODIES.organLine()) {
            names.addAll(b.names().values());
        }
        for (UnBody b : BODIES.all()) {
            names.addAll(b.treaties());
        }
        return Pattern.compile("(?iu)(" + UnBodies.alternation(names) + ")\\b");
    }

    /**
     * The series letters a masthead prints beside the emblem: one to three capitals ("S", "HS", "TD"), or the first
     * part of a series of the table ("CCPR", "UNEP", "CEDAW").
     */
    private static Pattern seriesBesideEmblemPattern() {
        java.util.Set<String> series = new java.util.TreeSet<>();
        for (UnBody b : BODIES.all()) {
            for (String prefix : b.series()) {
                String first = prefix.split("[/.]")[0];
                if (first.length() > 3 && first.chars().allMatch(Character::isUpperCase)) {
                    series.add(first);
                }
            }
        }
        return Pattern.compile("(?:" + String.join("|", series) + "|[A-Z]{1,3})(?=\\s|$)");
    }

    private static Pattern bodyBeforeSessionPattern() {
        List<String> names = new ArrayList<>();
        for (UnBody b : BODIES.all()) {
            if (b.kind() != UnBody.Kind.PRINCIPAL_ORGAN && b.kind() != UnBody.Kind.MAIN_COMMITTEE) {
                names.addAll(b.names().values());
            }
        }
        // The name, then a session of it: the session is read next.
        // "Commission on Population and Development Fifty-second session", "Comisión de Estadística 39 período de sesiones".
        return Pattern.compile("(?iu)(" + UnBodies.alternation(names) + ")(?=\\s+(?:(?:resumed\\s+)?(?:" + Ordinals.PATTERN
                + ")\\s+(?:special\\s+)?session\\b|\\d{1,3}\\s?(?:[ºª°o]\\.?|\\s?er)?\\s*per[ií]odo\\b|\\d{1,3}\\s?(?:st|nd|rd|th|e|ème)\\s+session\\b"
                + "|(?:" + RomanceOrdinals.PATTERN + ")\\s+(?:session|per[ií]odo)\\b))");
    }

    private static Matcher region(Pattern pattern, String line, int pos) {
        Matcher m = pattern.matcher(line);
        m.region(pos, line.length());
        return m.lookingAt() ? m : null;
    }

    /** The start of an agenda item line, which a typewriter layout may break before its end. */
    private static final Pattern ITEMS_START = Pattern.compile("(?i)^(?:Agenda\\s+)?items?\\s+\\d");

    /** Words a proper name keeps in lower case inside it. */
    private static final java.util.Set<String> SMALL_WORDS = java.util.Set.of("of", "the", "and", "on", "for", "in", "to", "a", "an",
            "at", "by", "with", "against", "de", "du", "des", "la", "le", "les", "et", "del", "los", "las", "y", "en", "pour", "sur",
            "para", "por", "al", "d", "l");

    /** "CONFERENCE OF THE PARTIES" → "Conference of the Parties", "NON-SELF-GOVERNING" → "Non-Self-Governing". */
    static String properCase(String capitals) {
        StringBuilder out = new StringBuilder(capitals.length());
        java.util.regex.Matcher word = java.util.regex.Pattern.compile("\\p{L}+").matcher(capitals);
        int last = 0;
        boolean first = true;
        while (word.find()) {
            out.append(capitals, last, word.start());
            String w = word.group().toLowerCase(Locale.ROOT);
            out.append(!first && SMALL_WORDS.contains(w) ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1));
            first = false;
            last = word.end();
        }
        return out.append(capitals.substring(last)).toString();
    }

    private static String capitalize(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return Character.toUpperCase(w.charAt(0)) + w.substring(1);
    }

    private static void addOnce(List<String> list, String value) {
        if (value != null && !list.contains(value)) {
            list.add(value);
        }
    }
}
