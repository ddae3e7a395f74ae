package org.w3id.unld.parse;

import org.w3id.unld.model.AgendaItem;
import org.w3id.unld.model.Meeting;
import org.w3id.unld.model.Session;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The first page of a verbatim record (S/PV, A/PV): "8698th meeting / Wednesday, 8 January 2020,
 * 10 a.m. / New York / President: Mr. Dang … (Viet Nam)".
 */
final class MeetingParser {
    private static final Pattern TIME = Pattern.compile(
            "\\b(\\d{1,2}(?:[.:]\\d{2})?\\s*(?:a\\.\\s?m\\.|p\\.\\s?m\\.)|noon|midnight"
                    // "at 4.45 am": a copy without the stops.
                    + "|\\d{1,2}[.:]\\d{2}\\s*(?:am|pm)\\b"
                    // "à 15 heures", "à 10 h 30", "a las 15 horas", "a las 10.30 horas".
                    + "|\\d{1,2}(?:[.:]\\d{2})?\\s+(?:heures|horas)|\\d{1,2}\\s?h\\s?\\d{2})", Pattern.CASE_INSENSITIVE);
    private static final String PRESIDENT_WORD = "(?:(?:Temporary|Acting)\\s+)?(?:President|Chair|Chairman|Chairperson|Pr[ée]sidente?|Presidenta)";
    private static final Pattern PRESIDENT = Pattern.compile(
            "^" + PRESIDENT_WORD + "\\s*:\\s*(?:(?:M\\.|Mme|Sr\\.|Sra\\.)\\s+)?(.+)$");
    /** "President:" on a line of its own, the name on the next ("Mr. Koonjul" / "(Mauritius)"). */
    private static final Pattern PRESIDENT_ALONE = Pattern.compile("^" + PRESIDENT_WORD + "\\s*:\\s*$");
    /**
     * A record's meeting line in English words ("FIRST MEETING", "Fifteen hundred and thirty-seventh meeting"), read only
     * where the document's symbol says it is a record: under a conference of the parties, "Seventh meeting" is a session.
     */
    private static final Pattern WORD_MEETING_LINE = Pattern.compile(
            "^(?<w>" + Ordinals.PATTERN + ")\\s+(?:plenary\\s+)?meeting\\s*$", Pattern.CASE_INSENSITIVE);
    /** Where a record's opening sentence names its place: "Held at Headquarters, New York, on …", "Celebrada en Nueva York el …". */
    private static final Pattern PLACE_IN_SENTENCE = Pattern.compile(
            "^(?:(?i:held)\\s+at\\s+(?:Headquarters,\\s*)?|(?i:celebrada)\\s+en\\s+|(?i:tenue)\\s+(?:au\\s+Siège,\\s*)?(?:à\\s+)?)"
                    // The building before the city: "the Palais des Nations, Geneva", "el Palacio de las Naciones, Ginebra",
                    // "au Palais Wilson, à Genève".
                    + "(?:(?:the\\s+|el\\s+|au\\s+)?(?:Palais\\s+des\\s+Nations|Palais\\s+Wilson|Palacio\\s+de\\s+las\\s+Naciones|Palacio\\s+Wilson|United\\s+Nations\\s+Headquarters)\\s*,\\s*(?:à\\s+)?)?"
                    + "(\\p{Lu}[\\p{L}'’\\- ]{1,40}?)(?:,|\\s+el\\b|\\s+le\\b|\\s+on\\b)");
    /**
     * A record's meeting line in English, French or Spanish: "8703rd meeting", "107th plenary meeting", "Summary record of
     * the 22nd meeting", "82e séance plénière", "1287a. SESIÓN". Group "n" is the meeting's number.
     */
    private static final Pattern ENGLISH_MEETING_LINE = Pattern.compile(
            "^(?<n>\\d{1,5})\\s*(?<suffix>st|nd|rd|th)\\s+(?<word>(?:plenary\\s+)?meeting)\\b", Pattern.CASE_INSENSITIVE);
    private static final List<Pattern> MEETING_LINES = List.of(
            ENGLISH_MEETING_LINE,
            // "Summary record of the 1563rd (Chamber B) meeting", "SUMMARY RECORD (PARTIAL)* OF THE 2627th MEETING",
            // "… of the second part (public)* of the 835th meeting", "PROVISIONAL VERBATIM RECORD OF THE EIGHTY-FIFTH MEETING"
            // (a scanned "RECDRD" too: any six letters after "REC").
            Pattern.compile("^(?:provisional\\s+)?(?:summary|verbatim)\\s+rec\\p{L}{3}\\s*(?:\\([a-z]{1,20}\\)\\s*)?\\**\\s*of\\s+the\\s+"
                    + "(?:(?:first|second|third)\\s+part\\s*(?:\\([a-z]+\\)\\s*)?\\**\\s*of\\s+the\\s+)?"
                    + "(?:(?<n>\\d{1,5})\\s*(?:st|nd|rd|th)|(?<w>" + Ordinals.PATTERN + "))\\s+(?:\\([^)]{1,20}\\)\\s+)?(?:plenary\\s+)?meeting\\b",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
            Pattern.compile("^(?<n>\\d{1,5})\\s*(?:e|ème|re)\\s+s[ée]ance(?:\\s+pl[ée]ni[èe]re)?\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
            Pattern.compile("^(?<n>\\d{1,5})\\s*(?:a\\.|ª|º|°)\\s*sesi[óo]n(?:\\s+plenaria)?\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
            // Summary records in French and Spanish: "Compte rendu analytique de la 1354e séance", "Acta resumida de la 1354ª
            // sesión", "ACTA RESUMIDA PROVISIONAL DE LA CUARTA SESION".
            // "COMPTE RENDU ANALYTIQUE (PARTIEL)* DE LA 670ème SÉANCE".
            Pattern.compile("^Compte\\s+rendu\\s+analytique\\s+(?:\\([^)]{1,20}\\)\\s*\\**\\s*)?(?:provisoire\\s+)?de\\s+la\\s+"
                    // "… DE LA DEUXIÈME PARTIE (PUBLIQUE)* DE LA 434ème SÉANCE".
                    + "(?:(?:premi[èe]re|deuxi[èe]me|seconde|troisi[èe]me)\\s+partie\\s*(?:\\([^)]{1,20}\\)\\s*)?\\**\\s*de\\s+la\\s+)?"
                    + "(?:(?<n>\\d{1,5})\\s*(?:e|ème|re)|(?<w>"
                    + RomanceOrdinals.PATTERN + "))\\s+s[ée]ance(?:\\b|(?=\\p{Lu}))(?:\\s*\\(Chambre\\s+[A-Z]\\))?", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
            Pattern.compile("^Acta\\s+resumida\\s+(?:\\([^)]{1,20}\\)\\s*\\**\\s*)?(?:provisional\\s+)?de\\s+la\\s+"
                    // "… DE LA SEGUNDA PARTE (PÚBLICA)* DE LA 434ª SESIÓN".
                    + "(?:(?:primera|segunda|tercera)\\s+parte\\s*(?:\\([^)]{1,20}\\)\\s*)?\\**\\s*de\\s+la\\s+)?"
                    + "(?:(?<n>\\d{1,5})\\s*(?:a\\.|ª|º|°|a(?=\\s))|(?<w>"
                    + RomanceOrdinals.PATTERN + "))\\s*sesi[óo]n(?:\\b|(?=\\p{Lu}))(?:\\s*\\(Sala\\s+[A-Z]\\))?", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
            // Verbatim records in French and Spanish: "Procès-verbal provisoire de la 101e séance", "Acta taquigráfica provisional
            // de la 101a. sesión", "ACTA LITERAL DE LA 5313ª SESIÓN".
            Pattern.compile("^Proc[èe]s-verbal\\s+(?:provisoire\\s+)?de\\s+la\\s+(?:(?<n>\\d{1,5})\\s*(?:e|ème|re)|(?<w>"
                    + RomanceOrdinals.PATTERN + "))\\s+s[ée]ance(?:\\s+pl[ée]ni[èe]re)?\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
            Pattern.compile("^Acta\\s+(?:taquigr[áa]fica|literal)\\s+(?:provisional\\s+)?de\\s+la\\s+(?:(?<n>\\d{1,5})\\s*(?:a\\.|ª|º|°|a(?=\\s))|(?<w>"
                    + RomanceOrdinals.PATTERN + "))\\s*sesi[óo]n(?:\\s+plenaria)?\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
    /**
     * A record's genre printed on a line of its own, the meeting on the next ("COMPTE RENDU ANALYTIQUE" / "DE LA deuxième
     * partie (publique) DE LA 1409ème SÉANCE *", "SUMMARY RECORD OF THE" / "57th MEETING").
     */
    private static final Pattern GENRE_ALONE = Pattern.compile(
            "^(?:(?:provisional\\s+)?(?:summary|verbatim)\\s+record|compte\\s+rendu\\s+analytique|proc[èe]s-verbal|acta\\s+(?:resumida|taquigr[áa]fica|literal))"
                    + "(?:\\s+(?:provisoire|provisional))?(?:\\s+(?:of\\s+the|de\\s+la))?(?:\\s+\\S+\\s+(?:part|partie|parte)\\s*(?:\\([^)]{1,20}\\))?\\s*\\**"
                    + "(?:\\s+(?:of\\s+the|de\\s+la))?)?\\s*$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern FOOTNOTE_MARKS = Pattern.compile("\\*+");
    /** "10 th meeting" as a layout printed it: "10th" (English only; French and Spanish titles stay as printed). */
    private static final Pattern ORDINAL_APART = Pattern.compile("(\\d)\\s+(st|nd|rd|th)\\b");

    /** A meeting line: the meeting's number, and the line as a record's title. */
    record MeetingLine(String number, String title) {
    }

    /**
     * The first line within {@code within} lines that is a meeting line, in figures or in words, or -1: where a record's
     * front page is, once its symbol says the document is one.
     */
    static int find(TextLines lines, int within) {
        for (int i = 0; i < Math.min(lines.size(), within); i++) {
            if (!lines.isSkippable(i) && recordLineAt(lines, i) != null) {
                return i;
            }
        }
        return -1;
    }

    /** A number a scan garbled ("lOla.", "1ge", "lOSa."): digits and the letters a scan takes for them, before an ordinal. */
    private static final Pattern SCANNED_NUMBER = Pattern.compile(
            "(?<![\\p{L}\\d])[\\dlIOS]{0,4}[\\dlIOSg](?=(?:st|nd|rd|th|e|ème|re|a\\.|a|ª|º)?\\s)");
    /** Where a record's genre words start inside a line run together with the masthead ("… ASAMBLEA GENERAL ACTA …"). */
    private static final Pattern GENRE_START = Pattern.compile(
            "\\b(?:(?:provisional\\s+)?(?:summary|verbatim)\\s+rec|compte\\s+rendu|proc[èe]s-verbal|acta\\s+(?:resumida|taquigr|literal))",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /**
     * A record's day line, where a scan left no meeting line to read: "Miércoles 22 de diciembre de 1976. a las 18.05
     * horas", "Mercredi 3 octobre 1984, à 15 h 20", "Monday, 21 December 1981", or the Official Records' index heading
     * "1537th MEETING: 12 MAY 1970" whose number the scan lost.
     */
    private static final Pattern DAY_LINE = Pattern.compile(
            "^(?:" + UnDates.WEEKDAY + "\\b,?\\s*\\d{1,2}\\b"
                    + "|\\S{0,8}\\s*MEETING\\s*:\\s*\\d{1,2}\\s+\\p{L}+\\s+\\d{4})",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** A record's front page: the line it starts on, its title (the meeting line as printed; null when none could be read) and number. */
    record FrontPage(int line, String title, String number) {
    }

    /**
     * The front page of the record {@code symbol} names, within {@code within} lines: its meeting line ({@link #find}), or
     * one whose number a scan garbled that reads as the symbol's ("lOla. SESION" in A/38/PV.101), or else the line
     * that gives the meeting's day, the number then being the symbol's. Null when the symbol is no record's or none is found.
     */
    static FrontPage frontPage(TextLines lines, int within, String symbol) {
        int found = find(lines, within);
        if (found >= 0) {
            return frontPageAt(lines, found);
        }
        String number = SymbolGrammar.meetingNumber(symbol);
        if (number == null) {
            return null;
        }
        int dayLine = -1;
        for (int i = 0; i < Math.min(lines.size(), within); i++) {
            if (lines.isSkippable(i)) {
                continue;
            }
            MeetingLine scanned = scannedLine(lines.get(i), number);
            if (scanned != null) {
                return new FrontPage(i, scanned.title(), number);
            }
            if (GARBLED_RECORD_LINE.matcher(lines.get(i).strip()).lookingAt()) {
                return new FrontPage(i, lines.get(i).strip(), number);
            }
            if (dayLine < 0 && DAY_LINE.matcher(lines.get(i).strip()).lookingAt() && dateIn(lines.get(i)) != null) {
                dayLine = i;
            }
        }
        return dayLine < 0 ? null : new FrontPage(dayLine, splitMeetingLine(lines, within, number), number);
    }

    /**
     * A record's meeting line in capitals whose genre words and number in words a scan garbled, read only once the symbol
     * says the document is a record: "VERBATIM RECX>RD OF THE SIXTEEN HUNDRED AND ELEVENTH MEETING".
     */
    private static final Pattern GARBLED_RECORD_LINE = Pattern.compile("(?:VERB|SUMM|PROV)\\S{2,12}\\s+\\S{4,8}\\s+OF\\s+THE\\s+[^a-z]{3,80}\\sMEETING"
            // "COMPTE RBN3HJ ANALYTIQUE PROVISOIRE DE LA CE17T VlfftST-CIIRgjTniE", "COMHPE RENDU ANALXTIQUE PROVISOIRE DE LA …".
            + "|COM\\S{2,4}\\s+R\\S{3,5}\\s+A\\S{6,10}\\s+(?:P\\S{6,9}\\s+)?DE\\s+LA\\s+\\S.{2,80}");

    /** An old Official Records front page's meeting words, which its columns printed apart from the number: "PLENARY MEETING". */
    private static final Pattern MEETING_WORDS = Pattern.compile(
            "(?:PLENARY\\s+)?MEETING|SESI[OÓ]N(?:\\s+PLENARIA)?|S[EÉ]ANCE(?:\\s+PL[EÉ]NI[EÈ]RE)?"
                    // As a scan read them: "8E810N PLENARIA", "SESUlN PLENAIUI".
                    + "|[S8$][\\p{L}\\d]{4,5}\\s+P[lL][\\p{L}\\d]{5,6}");
    /** The meeting's number as such a page printed it, with its ordinal and the scan's misreadings: "386tb", "51.", "10Ga.". */
    private static final String PRINTED_ORDINAL = "(?:st|nd|rd|th|tb|e|ème|a\\.|ª|º|\\.)";
    private static final Pattern NUMBER_ALONE = Pattern.compile("[\\dlIOSGg]{1,5}" + PRINTED_ORDINAL + "?");
    private static final Pattern ORDINAL_AT_END = Pattern.compile(PRINTED_ORDINAL + "$");
    private static final Pattern WORDS_THEN_NUMBER = Pattern.compile(
            "\\b(" + MEETING_WORDS.pattern() + ")\\s+(" + NUMBER_ALONE.pattern() + ")(?=\\s|$)");

    /**
     * The meeting line of an old Official Records front page whose columns put the number and the meeting's words apart, as
     * the page prints them: "51." and "SESION PLENARIA" on lines of their own ("51. SESION PLENARIA"), or a line read across
     * the columns, "PLENARY MEETING 668th" ("668th PLENARY MEETING"). Null unless both are found and the number reads as
     * the symbol's {@code number}.
     */
    static String splitMeetingLine(TextLines lines, int within, String number) {
        String token = null;
        String words = null;
        Matcher across = WORDS_THEN_NUMBER.matcher("");
        for (int i = 0; i < Math.min(lines.size(), within) && (token == null || words == null); i++) {
            String line = lines.get(i).strip();
            if (token == null && NUMBER_ALONE.matcher(line).matches() && readsAs(line, number)) {
                token = line;
            } else if (words == null && MEETING_WORDS.matcher(line).matches()) {
                words = line;
            } else if (across.reset(line).find() && readsAs(across.group(2), number)) {
                return across.group(2) + " " + across.group(1);
            }
        }
        return token == null || words == null ? null : token + " " + words;
    }

    /** Whether a number as a scan printed it, its ordinal aside, reads as {@code number}. */
    private static boolean readsAs(String printed, String number) {
        String digits = ORDINAL_AT_END.matcher(printed).replaceFirst("").replace('G', '6').replace('g', '9');
        return SymbolGrammar.scannedKey(digits).equals(SymbolGrammar.scannedKey(number));
    }

    /**
     * The meeting line in {@code line} whose number a scan garbled, read as {@code number}: a token that reads as the number
     * through the scan's confusions ({@link SymbolGrammar#scannedKey}, and "g" for "9" in "1ge") is read as it, one
     * character for one, so the title keeps the line as printed. Null when none reads as that number.
     */
    private static MeetingLine scannedLine(String line, String number) {
        String key = SymbolGrammar.scannedKey(number);
        Matcher token = SCANNED_NUMBER.matcher(line);
        while (token.find() && token.start() < 200) {
            if (!SymbolGrammar.scannedKey(token.group().replace('g', '9')).equals(key)) {
                continue;
            }
            String read = line.substring(0, token.start()) + number + line.substring(token.end());
            // The genre's words first ("ACTA TAQUIGRAFICA … DE LA lOla. SESION"), then the line, then the number alone ("1ge SÉANCE").
            List<Integer> starts = new ArrayList<>();
            Matcher genre = GENRE_START.matcher(read);
            if (genre.find() && genre.start() < token.start()) {
                starts.add(genre.start());
            }
            starts.add(0);
            starts.add(token.start());
            for (int start : starts) {
                MeetingLine m = line(read.substring(start));
                if (m != null && m.number().equals(number)) {
                    return new MeetingLine(number, m.title().replaceFirst(Pattern.quote(number), Matcher.quoteReplacement(token.group())));
                }
            }
        }
        return null;
    }

    /** The meeting line at line {@code i} ({@link #lineAt}), or one in English words ({@link #WORD_MEETING_LINE}). */
    private static MeetingLine recordLineAt(TextLines lines, int i) {
        MeetingLine m = lineAt(lines, i);
        if (m != null) {
            return m;
        }
        Matcher words = WORD_MEETING_LINE.matcher(lines.get(i));
        java.util.OptionalInt n = words.matches() ? Ordinals.parse(words.group("w")) : java.util.OptionalInt.empty();
        String number = n.isPresent() ? String.valueOf(n.getAsInt()) : null;
        return number == null ? null : new MeetingLine(number, WHITE_SPACE.matcher(lines.get(i).strip()).replaceAll(" "));
    }

    /**
     * The meeting line at line {@code i}: the line itself, or a record's genre printed alone there with the meeting on the
     * next line or the one after ({@link #GENRE_ALONE}); or null.
     */
    static MeetingLine lineAt(TextLines lines, int i) {
        String first = lines.get(i);
        MeetingLine alone = line(first);
        if (alone != null || first.length() > 90 || !GENRE_ALONE.matcher(first).matches()) {
            return alone;
        }
        StringBuilder joined = new StringBuilder(first.strip());
        for (int j = lines.nextContent(i + 1), n = 0; j < lines.size() && j <= i + 4 && n < 2; j = lines.nextContent(j + 1), n++) {
            joined.append(' ').append(lines.get(j).strip());
            MeetingLine m = line(joined.toString());
            if (m != null) {
                return m;
            }
        }
        return null;
    }

    /** The meeting line that {@code line} starts with, or null. */
    static MeetingLine line(String line) {
        for (Pattern p : MEETING_LINES) {
            Matcher m = p.matcher(line);
            if (m.lookingAt()) {
                // English titles are normalised ("8703rd meeting"); the others are the line as printed.
                String title = p == ENGLISH_MEETING_LINE
                        ? m.group("n") + m.group("suffix").toLowerCase(java.util.Locale.ROOT) + " " + WHITE_SPACE.matcher(m.group("word")).replaceAll(" ")
                        : ORDINAL_APART.matcher(WHITE_SPACE.matcher(FOOTNOTE_MARKS.matcher(m.group()).replaceAll("")).replaceAll(" ").strip())
                                .replaceAll("$1$2");
                String number = number(m);
                if (number != null) {
                    return new MeetingLine(number, title);
                }
            }
        }
        return null;
    }

    /** The meeting's number, in figures or in words ("EIGHTY-FIFTH", "CUARTA"); null when the words are no ordinal. */
    private static String number(Matcher m) {
        if (m.group("n") != null) {
            return m.group("n");
        }
        String words = m.group("w");
        java.util.OptionalInt n = Ordinals.parse(words);
        if (n.isEmpty()) {
            n = RomanceOrdinals.parse(words);
        }
        return n.isPresent() ? String.valueOf(n.getAsInt()) : null;
    }

    private static final Pattern LEADER = Pattern.compile("\\s*(?:\\.\\s*){3,}.*$|\\s{2,}.*$");
    /** A place on a line of its own: "New York", "NUEVA YORK"; a scan's stray capital ("U") is none. */
    private static final Pattern PLACE = Pattern.compile("^\\p{Lu}[\\p{L}'’\\-]{2,}(?:\\s+\\p{Lu}[\\p{L}'’\\-]*){0,3}$");
    /** A place printed after a record's day and time, on the same line: "Mercredi 3 octobre 1984, à 15 h 20 NEW YORK". */
    private static final Pattern PLACE_AFTER_TIME = Pattern.compile("^[\\s.,]*(\\p{Lu}[\\p{Lu}'’\\-]{2,}(?:\\s+\\p{Lu}[\\p{Lu}'’\\-]+){0,2})\\s*$");

    private static final Pattern COUNTRY_IN_PARENTHESES = Pattern.compile("\\s*\\([^)]*\\)\\.?\\s*$");
    private static final Pattern SLASH = Pattern.compile("\\s*/\\s*");
    private static final Pattern AGENDA_ADOPTED = Pattern.compile(
            "(?:The\\s+agenda\\s+was\\s+adopted|L[’']ordre\\s+du\\s+jour\\s+est\\s+adopté|Se\\s+aprueba\\s+el\\s+orden\\s+del\\s+día)\\.?");
    private static final Pattern LATER = Pattern.compile("(?i)\\s+(?:later|puis|ensuite|después|luego|más\\s+tarde)\\s*:.*$");
    private static final Pattern SYMBOL_AT_END = Pattern.compile("\\([A-Z]+/[^)]*\\)\\s*$");
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");
    private MeetingParser() {
    }

    /** The meeting line as a record's title (EXTRACTION-CONVENTIONS, Meeting records): "8703rd meeting", "107th plenary meeting". */
    static String title(TextLines lines, int meetingLine) {
        FrontPage front = frontPageAt(lines, meetingLine);
        return front == null ? null : front.title();
    }

    /** The front page whose meeting line is line {@code meetingLine} ({@link #recordLineAt}), or null when it is none. */
    static FrontPage frontPageAt(TextLines lines, int meetingLine) {
        if (meetingLine < 0 || meetingLine >= lines.size()) {
            return null;
        }
        MeetingLine m = recordLineAt(lines, meetingLine);
        return m == null ? null : new FrontPage(meetingLine, m.title(), m.number());
    }

    /** "Agenda item 31: Title (continued) (A/64/13 and Add.1)": the item and its title on one line. */
    private static final Pattern ITEM_WITH_TITLE = Pattern.compile(
            "^(Agenda\\s+item\\s+\\d{1,3}(?:\\s*\\([a-z]\\))?)\\s*:\\s*(.+?)(?:\\s*\\(\\s*continued\\s*\\))?(?:\\s*\\([A-Z]{1,6}/[^)]*\\)?.*)?$");
    /** Where a meeting record's item title ends: the documents under it, a speaker, the record's own lines. */
    private static final java.util.regex.Pattern ITEM_TITLE_END = java.util.regex.Pattern.compile(
            "^(?:\\d{1,3}\\.(?:\\s|$)|Draft\\s+(?:resolution|decision)s?\\b|Reports?\\s+of\\s+the\\b|Note\\s+by\\b|Letter\\b|The\\s+(?:President|Acting\\s+President)\\b"
                    + "|(?:Mr|Ms|Mrs|Dr)\\.\\s|The\\s+meeting\\b|\\(spoke\\s+in\\b)");

    /**
     * The items a General Assembly meeting record takes up, from its first "Agenda item N (continued)" heading after
     * the opening (within the record's first lines), with the title printed under it; organ and session are the
     * record's.
     */
    static List<AgendaItem> numberedAgendaItems(TextLines lines, int from, List<Session> sessions, String defaultOrgan) {
        int limit = Math.min(lines.size(), from + 40);
        for (int i = from; i < limit; i++) {
            if (lines.isSkippable(i)) {
                continue;
            }
            Matcher titled = ITEM_WITH_TITLE.matcher(lines.get(i));
            if (titled.matches()) {
                // A summary record's "Agenda item 31: United Nations Relief and Works Agency … (continued) (A/64/13 …)".
                List<String> numbers = AgendaParser.header(titled.group(1));
                if (numbers != null && numbers.size() == 1) {
                    Session s = sessions.isEmpty() ? null : sessions.get(0);
                    String organ = s != null && s.organ() != null ? s.organ() : defaultOrgan;
                    return List.of(new AgendaItem(organ, s == null ? null : s.number(), numbers.get(0), titled.group(2).strip()));
                }
            }
            List<String> numbers = AgendaParser.header(lines.get(i));
            if (numbers == null) {
                continue;
            }
            AgendaParser.AgendaTitles t = AgendaParser.titles(lines, i + 1, numbers.size(),
                    j -> ITEM_TITLE_END.matcher(lines.get(j)).lookingAt() || AgendaParser.header(lines.get(j)) != null);
            Session s = sessions.isEmpty() ? null : sessions.get(0);
            String organ = s != null && s.organ() != null ? s.organ() : defaultOrgan;
            List<AgendaItem> items = new ArrayList<>();
            for (int k = 0; k < numbers.size(); k++) {
                items.add(new AgendaItem(organ, s == null ? null : s.number(), numbers.get(k), k < t.titles().size() ? t.titles().get(k) : null));
            }
            return items;
        }
        return List.of();
    }

    static Meeting parse(TextLines lines, int meetingLine) {
        FrontPage front = frontPageAt(lines, meetingLine);
        return front == null ? null : parse(lines, front);
    }

    /** The meeting a record's front page gives: its number, and the day, time, place and President printed from its line on. */
    static Meeting parse(TextLines lines, FrontPage front) {
        int meetingLine = front.line();
        String number = front.number();
        LocalDate date = dateIn(lines.get(meetingLine));
        String time = time(lines.get(meetingLine));
        String place = placeHeldAfterHeading(lines.get(meetingLine));
        if (place == null) {
            place = placeAfterTime(lines.get(meetingLine));
        }
        String president = null;
        int i = meetingLine + 1;
        // The front page's lines up to the President's (a copy that lost its line breaks has the record's notice between).
        for (int seen = 0; i < lines.size() && seen < 16; i++) {
            if (lines.isSkippable(i)) {
                continue;
            }
            seen++;
            String l = lines.get(i);
            Matcher sentence = PLACE_IN_SENTENCE.matcher(l);
            if (place == null && sentence.lookingAt()) {
                place = sentence.group(1).strip();
            }
            if (date == null && dateIn(l) != null) {
                date = dateIn(l);
                if (time == null) {
                    time = time(l);
                }
                if (place == null) {
                    place = placeAfterTime(l);
                }
                continue;
            }
            if (time == null && time(l) != null && l.length() < 30) {
                time = time(l);
                continue;
            }
            Matcher p = PRESIDENT.matcher(l);
            if (p.matches()) {
                president = president(p.group(1));
                break;
            }
            int name = PRESIDENT_ALONE.matcher(l).matches() ? lines.nextContent(i + 1) : lines.size();
            if (name < lines.size() && name <= i + 3) {
                president = president(lines.get(name));
                break;
            }
            if (place == null && date != null && PLACE.matcher(l).matches() && !l.equalsIgnoreCase("Provisional") && !CONTENTS.matcher(l).matches()) {
                place = l;
            }
        }
        return new Meeting(number, date, time, place, president);
    }

    /** Where a record's opening sentence starts on its heading's line: "… sesiónCelebrada en el Palais Wilson, Ginebra, el …". */
    private static final Pattern HELD_SENTENCE = Pattern.compile("(?<=\\s|\\p{Ll}|\\.)(?=(?i:held|celebrada|tenue)\\s)");

    /** The place in capitals that ends a line after its time ({@link #PLACE_AFTER_TIME}), or null. */
    private static String placeAfterTime(String line) {
        Matcher t = TIME.matcher(line);
        if (!t.find()) {
            return null;
        }
        Matcher p = PLACE_AFTER_TIME.matcher(line.substring(t.end()));
        return p.matches() ? p.group(1) : null;
    }

    /** The place the record's opening sentence names on its heading's line, or null. */
    private static String placeHeldAfterHeading(String line) {
        Matcher held = HELD_SENTENCE.matcher(line);
        if (!held.find() || held.start() == 0) {
            return null;
        }
        Matcher sentence = PLACE_IN_SENTENCE.matcher(line).region(held.start(), line.length());
        return sentence.lookingAt() ? sentence.group(1).strip() : null;
    }

    /** "Mr. Dang. . . . (Viet Nam)" → "Dang"; "Mr. Nebenzia/Ms. Evstigneeva" → "Nebenzia/Evstigneeva". */
    static String president(String printed) {
        // "Mr. CHOWDHURY (Bangladesh) later: Mr. KHMEL (…)": the one who opened the meeting.
        String opening = LATER.matcher(printed).replaceFirst("");
        String who = COUNTRY_IN_PARENTHESES.matcher(LEADER.matcher(opening).replaceFirst("")).replaceFirst("").trim();
        StringBuilder b = new StringBuilder();
        for (String part : SLASH.split(who)) {
            String name = EventParser.trimEnd(SignatureParser.stripHonorifics(part), ". ");
            if (name.isEmpty()) {
                continue;
            }
            if (b.length() > 0) {
                b.append('/');
            }
            b.append(name);
        }
        return b.length() == 0 ? null : b.toString();
    }

    /**
     * The item on a verbatim record's front page under "Agenda": its first heading, joined across lines
     * and ending with the symbol in parentheses when one is printed. The documents listed under it and
     * sub-headings are not items.
     */
    static String agendaItem(TextLines lines, int from) {
        int limit = Math.min(lines.size(), from + 80);
        int i = from;
        while (i < limit && !(lines.get(i).equals("Agenda") || lines.get(i).equals("AGENDA"))) {
            i++;
        }
        if (i >= limit) {
            // A copy without the front page's "Agenda" block (a web page): the item is the heading the record opens
            // right after "The agenda was adopted.".
            i = from;
            int far = Math.min(lines.size(), from + 200);
            while (i < far && !AGENDA_ADOPTED.matcher(lines.get(i)).matches()) {
                i++;
            }
            if (i >= far) {
                return null;
            }
        }
        int j = lines.nextContent(i + 1);
        if (j >= lines.size() || lines.get(j).startsWith("This record contains")) {
            return null;
        }
        java.util.List<String> parts = new java.util.ArrayList<>();
        parts.add(lines.get(j));
        int k = j + 1;
        while (k < lines.size() && parts.size() < 6 && !SYMBOL_AT_END.matcher(parts.get(parts.size() - 1)).find()) {
            if (lines.isSkippable(k)) {
                k++;
                continue;
            }
            String next = lines.get(k);
            if (next.startsWith("This record contains") || !Titles.continues(parts.get(parts.size() - 1), next)) {
                break;
            }
            parts.add(next);
            k++;
        }
        return AgendaParser.withoutHeadingRunIn(Titles.join(parts));
    }

    /** The Official Records' index heading: "Provisional agenda (S/Agenda/1287)", in English, French or Spanish. */
    private static final Pattern PROVISIONAL_AGENDA = Pattern.compile(
            "^(?:Provisional\\s+agenda|Orden\\s+del\\s+día\\s+provisional|Ordre\\s+du\\s+jour\\s+provisoire)\\s*\\(S/Agenda/\\d+[^)]*\\)\\s*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern PAGE_NUMBER = Pattern.compile("^\\d{1,3}$");
    private static final Pattern PAGES_WORD = Pattern.compile("^(?i:Pages?|Páginas?)$");
    private static final Pattern ITEM_NUMBER = Pattern.compile("^\\d{1,2}\\.\\s+");

    /**
     * The items of an Official Records meeting record's index (1940s–1990s): under "Provisional agenda (S/Agenda/1287)",
     * each item is the line after a page number; the documents listed under an item ("Letter dated …") are not items.
     * Empty when the record prints no such index.
     */
    static List<String> indexAgendaItems(TextLines lines) {
        int limit = Math.min(lines.size(), 80);
        int i = 0;
        while (i < limit && !PROVISIONAL_AGENDA.matcher(lines.get(i)).matches()) {
            i++;
        }
        List<String> items = new ArrayList<>();
        if (i >= limit) {
            return items;
        }
        boolean expectItem = true;
        for (int k = i + 1, seen = 0; k < lines.size() && seen < 30; k++, seen++) {
            String l = lines.get(k);
            if (lines.isSkippable(k) || PAGES_WORD.matcher(l).matches()) {
                continue;
            }
            if (PAGE_NUMBER.matcher(l).matches()) {
                expectItem = true;
                continue;
            }
            if (SymbolGrammar.SYMBOL.matcher(l).matches() || l.equals(l.toUpperCase(java.util.Locale.ROOT)) && l.length() > 2) {
                break; // the record's symbol or the "NOTE" under the index
            }
            if (expectItem) {
                items.add(EventParser.trimEnd(ITEM_NUMBER.matcher(l).replaceFirst(""), ":. "));
                expectItem = false;
            }
        }
        return items;
    }

    private static final Pattern CONTENTS = Pattern.compile("^(?:CONTENTS|Contents|SOMMAIRE|Sommaire|SUMARIO|Sumario|ÍNDICE|Índice)$");
    private static final Pattern CONTINUED = Pattern.compile("\\s*\\(\\s*(?:continued|suite|continuación|concluded|fin|conclusión)\\s*\\)\\s*$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** Under a summary record's item, the State party's report it takes up: "Third and fourth reports of the Sudan …". */
    private static final Pattern STATE_REPORT = Pattern.compile(
            "^(?:Initial|Combined|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Periodic|Rapport|Informe|Deuxième|Troisième|Segundo|Tercer)\\b.*\\breports?\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** Where the contents of a summary record end: its opening, or its notice. */
    private static final Pattern CONTENTS_END = Pattern.compile(
            "^(?:The\\s+(?:public\\s+part\\s+of\\s+the\\s+)?meeting\\s+was\\s+(?:called\\s+to\\s+order|resumed)|La\\s+séance|Se\\s+(?:abre|declara)|This\\s+record|Le\\s+présent|\\*)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * The items of a summary record's "CONTENTS" block, numbered ("AGENDA ITEM 91: …") or not (a treaty body's
     * "CLOSURE OF THE SESSION"), without "(continued)"; the State reports listed under an item are not items.
     */
    static List<AgendaItem> contentsAgendaItems(TextLines lines, int from, String organ, Integer session) {
        int limit = Math.min(lines.size(), from + 60);
        int i = from;
        while (i < limit && !CONTENTS.matcher(lines.get(i)).matches()) {
            i++;
        }
        if (i >= limit) {
            // A copy that dropped the word "Contents": the items stand between the Chair's line and the opening of the meeting.
            i = chairBeforeOpening(lines, from, limit);
        }
        List<List<String>> titles = new ArrayList<>();
        if (i < 0 || i >= limit) {
            return List.of();
        }
        List<String> current = null;
        for (int k = i + 1, seen = 0; k < lines.size() && seen < 20; k++) {
            if (lines.isSkippable(k)) {
                continue;
            }
            seen++;
            String l = lines.get(k);
            if (CONTENTS_END.matcher(l).lookingAt() || line(l) != null) {
                break;
            }
            if (current != null && !lines.isBlank(k - 1) && Titles.continues(current.get(current.size() - 1), l)) {
                current.add(l);
                continue;
            }
            if (CONTENTS.matcher(CONTINUED.matcher(l).replaceFirst("")).matches()) {
                // "CONTENTS (continued)": the list goes on over a page break.
                current = null;
                continue;
            }
            if (!titles.isEmpty() && STATE_REPORT.matcher(l).lookingAt()) {
                current = null;
                continue;
            }
            current = new ArrayList<>(List.of(l));
            titles.add(current);
        }
        // Items in capitals and a line in ordinary case among them ("ORGANIZATIONAL AND OTHER MATTERS" / "Working Group on
        // Communications"): that line is a heading inside the item above it, not an item.
        // Half of them will do when the first is in capitals: an item, then the two State reports it took up.
        long capitals = titles.stream().filter(MeetingParser::inCapitals).count();
        boolean firstInCapitals = !titles.isEmpty() && inCapitals(titles.get(0));
        List<List<String>> items = capitals * 2 > titles.size() || firstInCapitals && capitals * 2 == titles.size()
                ? titles.stream().filter(MeetingParser::inCapitals).toList() : titles;
        return items.stream().map(t -> item(t, organ, session)).toList();
    }

    /** The line of the Chair ("Chair: Ms. Crickley") when the meeting's opening follows within a few lines, or -1. */
    private static int chairBeforeOpening(TextLines lines, int from, int limit) {
        for (int i = from, seen = 0; i < limit && seen < 12; i++) {
            if (lines.isSkippable(i)) {
                continue;
            }
            seen++;
            if (PRESIDENT.matcher(lines.get(i)).matches()) {
                for (int k = lines.nextContent(i + 1), n = 0; k < lines.size() && n < 6; k = lines.nextContent(k + 1), n++) {
                    if (CONTENTS_END.matcher(lines.get(k)).lookingAt()) {
                        return n == 0 ? -1 : i;
                    }
                }
                return -1;
            }
        }
        return -1;
    }

    /** Whether a contents entry is printed in capitals, its "(continuación)" aside. */
    private static boolean inCapitals(List<String> entry) {
        return Titles.isUpperCase(CONTINUED.matcher(String.join(" ", entry)).replaceFirst(""));
    }

    private static AgendaItem item(List<String> parts, String organ, Integer session) {
        String text = CONTINUED.matcher(Titles.join(parts)).replaceFirst("");
        Matcher numbered = ITEM_WITH_TITLE.matcher(text);
        if (numbered.matches()) {
            List<String> numbers = AgendaParser.header(numbered.group(1));
            if (numbers != null && numbers.size() == 1) {
                return new AgendaItem(organ, session, numbers.get(0), numbered.group(2).strip());
            }
        }
        return new AgendaItem(organ, session, null, text);
    }

    /** The first date of a line, in English, French or Spanish. */
    private static LocalDate dateIn(String line) {
        LocalDate d = UnDates.find(line);
        if (d != null) {
            return d;
        }
        Matcher m = UnDates.FRENCH_OR_SPANISH_DATE.matcher(line);
        return m.find() ? UnDates.of(m.group(3), m.group(2), m.group(1)) : null;
    }

    private static String time(String line) {
        Matcher m = TIME.matcher(line);
        return m.find() ? WHITE_SPACE.matcher(m.group(1)).replaceAll(" ") : null;
    }
}
