package org.w3id.unld.parse;

import org.w3id.unld.model.Session;
import org.w3id.unld.reference.UnBodies;
import org.w3id.unld.reference.UnBody;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The cover of an Official Records supplement, which prints no masthead: the report's title, the period it covers,
 * the organ whose records it belongs to, its session and the supplement's number with the document's symbol.
 * <pre>
 * REPORT OF THE SECURITY COUNCIL
 * 16 July 1968-15 July 1969
 * GENERAL ASSEMBLY
 * OFFICIAL RECORDS: TWENTY-FOURTH SESSION
 * SUPPLEMENT No. 2 (A/7602)
 * </pre>
 * ("ASSEMBLÉE GÉNÉRALE / DOCUMENTS OFFICIELS: QUARANTIÈME SESSION / SUPPLÉMENT N° 2 (A/40/2)", "DOCUMENTOS OFICIALES …
 * PERÍODO DE SESIONES / SUPLEMENTO No. 2"). Scanned covers lose their line breaks and blank lines, so the cover is read
 * from the first lines joined.
 *
 * @param symbol   the symbol in the supplement line, or null where the cover prints none there
 * @param organ    the organ printed over "Official Records", in English, or null when the cover prints none
 * @param session  the session of the records, or null (an organ's records of a year)
 * @param title    the cover's title, without the period it covers, or null
 * @param titleLine the line the title starts on, or -1
 * @param end      the first line with content after the supplement line
 */
record OfficialRecordsCover(String symbol, String organ, Session session, String title, int titleLine, int end) {
    private static final UnBodies BODIES = UnBodies.standard();
    /** How many lines of a front page a cover takes, at most. */
    private static final int COVER_LINES = 24;
    /**
     * The most text a cover prints before its organ and supplement line: a title and the period it covers, or the several
     * sessions a council's report covers, each with its dates (a Human Rights Council report: six).
     */
    private static final int MAX_BEFORE = 500;
    /**
     * What a title and the period it covers take at most: past it, what comes before the supplement line must hold no running
     * text (a paragraph that cites a supplement in a cover's form).
     */
    private static final int TITLE_AND_PERIOD = 250;
    /**
     * The symbols, a scan's specks and the emblem's words a cover may print above its title: "A/66/53 Naciones Unidas Informe
     * del Consejo …", "T/1964 ' ' ~ . REPORT OF …".
     */
    private static final Pattern ABOVE_TITLE = Pattern.compile("(?iu)^\\s*(?:(?:[A-Z]{1,6}/\\S+|[^\\p{L}\\d\\s]{1,3})\\s+)*"
            + "(?:" + Headings.UN_WORDS + "\\s+)?");
    /** What a scan leaves between a cover's parts: specks, a stray letter, a rule ("COUNCIL' I , . OFFICIAL", "SESSION / \\ l ' ."). */
    private static final String SPECKS = "[\\s,:;.'’·|/\\\\lI-]{0,12}";
    private static final String SYMBOL = "[A-Z]{1,3}/[A-Z0-9./\\-]*[0-9A-Z]";
    private static final Pattern COVER = Pattern.compile("(?iu)(?:(?<organ>" + principalOrgans() + ")" + SPECKS + ")?"
            + "(?:OFFICIAL\\s+RECORDS|DOCUMENTS\\s+OFFICIELS|DOCUMENTOS\\s+OFICIALES)\\s*[,:.]?\\s*"
            // An organ's records of a year and a session: "FIFTH YEAR: ELEVENTH SESSION".
            + "(?:" + Ordinals.PATTERN + "\\s+year\\s*[,:.]?\\s*)?"
            + "(?:(?<en>" + Ordinals.PATTERN + ")\\s+(?:regular\\s+|special\\s+)?session"
            + "|(?<ro>" + RomanceOrdinals.PATTERN + ")\\s+(?:session|per[ií]odo\\s+de\\s+sesiones)"
            + "|(?<year>(?:19|20)\\d\\d)"
            // An ordinal a scan garbled ("FIFIY-NINTH SESSION"): a session, its number unread.
            + "|\\p{Lu}[\\p{Lu}-]{2,20}\\s+SESSION)?(?:\\s*\\([^)]{1,40}\\))?" + SPECKS
            + "(?:SUPPLEMENT|SUPPL[ÉE]MENT|SUPLEMENTO)\\s+N\\s*[o°º]?\\s*\\.?\\s*\\d{1,3}(?:\\s?[A-Z]\\b(?!/))?\\s*"
            // The symbol in parentheses after the supplement (until the 1990s), or on a line of its own under it (since); a
            // cover of the 1950s may print none there.
            + "(?:\\(\\s*(?<symbol>" + SYMBOL + ")\\s*\\)|(?<under>" + SYMBOL + ")(?=\\s))?");
    /**
     * The imprint of a cover since the 1990s, the title printed under it: "United Nations • New York, 2018", "Nations Unies ·
     * New York, 2018", "Naciones Unidas • Nueva York, 2011".
     */
    private static final Pattern IMPRINT = Pattern.compile(
            "(?iu)" + Headings.UN_WORDS + "\\s*[•·,.]?\\s*(?:New\\s+York|Nueva\\s+York|Geneva|Genève|Ginebra),?\\s+(?:19|20)\\d\\d\\s*");
    /** How far after the supplement line the imprint may be (the symbol printed under the supplement line between). */
    private static final int IMPRINT_REACH = 60;
    /** Where a title printed under the imprint ends: the sessions or period it covers, the ISSN, the "Note" on symbols. */
    private static final Pattern AFTER_TITLE = Pattern.compile(
            "(?iu)\\s(?:\\p{L}+(?:[\\s-]+\\p{L}+)?\\s+(?:session|per[ií]odo\\s+de\\s+sesiones)\\b|\\d{1,3}\\s?(?:[ºª°]|st|nd|rd|th|e)\\s+(?:session|per[ií]odo)"
                    + "|\\(?\\d{1,2}\\s+(?:de\\s+)?\\p{L}+|ISSN\\b|Note\\b|Nota\\b)");
    /**
     * The period a report covers, printed under its title: "16 July 1968-15 July 1969", "16 juin 1984-15 juin 1985", "16
     * June1989-15 June1990" (a scan's lost space), "Covering the period from 16 July 1955 to 15 July 1956".
     */
    private static final Pattern PERIOD = Pattern.compile("(?iu)\\s*,?\\s*(?:covering\\s+the\\s+period\\s+from\\s+)?\\(?\\d{1,2}\\s+(?:de\\s+)?\\p{L}+\\s*(?:de\\s+)?\\d{4}"
            + "\\s*(?:[-–—]|to|au|al)\\s*\\d{1,2}\\s+(?:de\\s+)?\\p{L}+\\s*(?:de\\s+)?\\d{4}.*$");
    /** Where and when the session reported on was held, in parentheses after the title: "(GENEVA, 7 APRIL TO 30 MAY 1953)". */
    private static final Pattern PLACE_AND_DATES_AT_END = Pattern.compile("\\s*\\([^()]{0,80}\\b(?:19|20)\\d\\d\\)\\s*$");
    /** A line that gives one of the sessions a report covers: "16º período de sesiones", "Soixante-septième session", "TWELFTHSESSION". */
    private static final Pattern SESSION_LINE = Pattern.compile("(?iu)(?:\\d{1,3}\\s?[ºª°]|\\p{L}+(?:[\\s-]+\\p{L}+)?)\\s*"
            + "(?:(?:special|extraordinary|extraordinaire|extraordinario)\\s+)?(?:session|per[ií]odo(?:\\s+extraordinario)?\\s+de\\s+sesiones)");
    /** A session in figures run into the title ("… Derechos Humanos 18º período de sesiones"), not the one it is about ("INFORME SOBRE EL 48° PERIODO"). */
    private static final Pattern SESSION_IN_FIGURES = Pattern.compile(
            "(?iu)(?<!\\b(?:el|la|its|the|de|du|sa|su|sur|on|sobre|of))\\s\\d{1,3}\\s?(?:[ºª°]|st|nd|rd|th|e)\\s+(?:session|per[ií]odo)");
    private static final Pattern UN_WORDS = Pattern.compile("(?iu)\\b" + Headings.UN_WORDS + "\\b");
    /** Running text: eight words in lower case in a row, which no cover prints and a paragraph citing a supplement does. */
    private static final Pattern PROSE = Pattern.compile("(?:(?<![\\p{L}\\d])\\p{Ll}[\\p{L}'’-]*[,;]?\\s+){8}");
    private static final Pattern STOP_BEFORE_CAPITAL = Pattern.compile("\\.(?=\\s?\\p{Lu}\\p{Lu})");
    private static final Pattern WORDS_APART = Pattern.compile("\\s+");
    private static final Pattern TRAILING = Pattern.compile("[\\s,;:.]+$");

    /** The cover in the first lines of a document, if they are one. */
    static Optional<OfficialRecordsCover> find(TextLines lines) {
        StringBuilder joined = new StringBuilder();
        List<Integer> lineAt = new ArrayList<>();
        List<Integer> offsets = new ArrayList<>();
        for (int i = lines.nextContent(0), n = 0; i < lines.size() && n < COVER_LINES; i = lines.nextContent(i + 1), n++) {
            offsets.add(joined.length());
            lineAt.add(i);
            joined.append(lines.get(i).strip()).append(' ');
        }
        // Most documents are no cover: a plain search for the words every cover prints spares them the pattern.
        String lower = joined.toString().toLowerCase(java.util.Locale.ROOT);
        if (!lower.contains("suppl") && !lower.contains("supl") || !(lower.contains("official records") || lower.contains("documents officiels")
                || lower.contains("documentos oficiales"))) {
            return Optional.empty();
        }
        // A scan's full stop between an organ's words ("ECONOMIC.AND SOCIAL COUNCIL") is read as a space, offsets kept.
        Matcher m = COVER.matcher(STOP_BEFORE_CAPITAL.matcher(joined).replaceAll(" "));
        // A cover prints a title and the period it covers before the supplement line; a paragraph there is a text that
        // cites a supplement.
        if (!m.find() || m.start() > MAX_BEFORE || m.start() > TITLE_AND_PERIOD && PROSE.matcher(joined).region(0, m.start()).find()) {
            return Optional.empty();
        }
        String printed = m.group("symbol") != null ? m.group("symbol") : m.group("under");
        String symbol = printed == null ? null : SymbolGrammar.normalize(printed);
        String organ = m.group("organ") == null ? null : BODIES.byName(organName(m.group("organ"))).map(UnBody::name).orElse(null);
        if (symbol == null ? organ == null : !SymbolGrammar.isSymbol(symbol)) {
            // A cover without a symbol is one only where it names the organ whose records it belongs to.
            return Optional.empty();
        }
        Integer number = null;
        if (m.group("en") != null) {
            OptionalInt n = Ordinals.parse(m.group("en"));
            number = n.isPresent() ? n.getAsInt() : null;
        } else if (m.group("ro") != null) {
            OptionalInt n = RomanceOrdinals.parse(m.group("ro"));
            number = n.isPresent() ? n.getAsInt() : null;
        }
        String sessionOrgan = organ != null ? organ : DocumentParser.organOfSeries(List.of(symbol));
        Session session = number == null || sessionOrgan == null ? null : new Session(sessionOrgan, number, null);
        int end = lineFrom(m.end(), offsets, lineAt);
        String title = title(joined.toString(), m.start(), offsets, lines, lineAt);
        Matcher imprint = IMPRINT.matcher(joined).region(m.end(), Math.min(joined.length(), m.end() + IMPRINT_REACH));
        if (m.group("under") != null && imprint.find()) {
            // A cover of the 1990s on: the title under the imprint, up to the sessions or period the report covers.
            Matcher after = AFTER_TITLE.matcher(joined).region(imprint.end(), joined.length());
            int titleEnd = after.find() ? after.start() : joined.length();
            String under = joined.substring(imprint.end(), titleEnd);
            if (!under.isBlank() && under.length() <= MAX_BEFORE) {
                title = Titles.clean(TRAILING.matcher(under).replaceFirst(""));
                end = lineFrom(titleEnd, offsets, lineAt);
            }
        }
        return Optional.of(new OfficialRecordsCover(symbol, organ, session, title, title == null ? -1 : lineAt.get(0), end));
    }

    /** The first cover line that starts at or after {@code offset} of the joined lines, or the line after the last. */
    private static int lineFrom(int offset, List<Integer> offsets, List<Integer> lineAt) {
        for (int k = 0; k < offsets.size(); k++) {
            if (offsets.get(k) >= offset) {
                return lineAt.get(k);
            }
        }
        return lineAt.get(lineAt.size() - 1) + 1;
    }

    /**
     * The title: what the cover prints before its organ, without the period covered. A running head of the scanned
     * page that repeats the title's first word ("REPORT" / "REPORT OF THE SECURITY COUNCIL") is not part of it.
     */
    private static String title(String joined, int coverStart, List<Integer> offsets, TextLines lines, List<Integer> lineAt) {
        // The lines above the title: the symbols, the emblem's words, the body whose report it is ("ECONOMIC COMMISSION FOR
        // ASIA AND THE FAR EAST" / "ANNUAL REPORT").
        int from = 0;
        int k = 0;
        for (; k + 1 < offsets.size() && offsets.get(k + 1) < coverStart; k++) {
            String line = lines.get(lineAt.get(k)).strip();
            if (!isAboveTitle(line) && BODIES.byName(line).isEmpty()) {
                break;
            }
            from = offsets.get(k + 1);
        }
        // The sessions a report covers, each on its line under the title ("16º período de sesiones"), are not the title.
        int to = coverStart;
        for (int j = k + 1; j < offsets.size() && offsets.get(j) < coverStart; j++) {
            if (SESSION_LINE.matcher(lines.get(lineAt.get(j)).strip()).matches()) {
                to = offsets.get(j);
                break;
            }
        }
        String before = joined.substring(from, Math.max(from, to));
        Matcher above = ABOVE_TITLE.matcher(before);
        if (above.lookingAt() && above.end() > 0) {
            // A scan that ran the symbol, the emblem and the title together: "A/66/53/Add.1 Naciones Unidas Informe del …".
            before = before.substring(above.end());
        }
        // The sessions covered run into the title: "… Derechos Humanos 18º período de sesiones (12 a 30 de septiembre …)".
        Matcher after = SESSION_IN_FIGURES.matcher(before);
        before = after.find() ? before.substring(0, after.start()) : before;
        String title = TRAILING.matcher(PLACE_AND_DATES_AT_END.matcher(PERIOD.matcher(before).replaceFirst("")).replaceFirst(""))
                .replaceFirst("");
        String first = lines.get(lineAt.get(0)).strip();
        if (lineAt.size() > 1 && !first.contains(" ") && title.startsWith(first + " " + first)) {
            title = title.substring(first.length() + 1);
        }
        title = Titles.clean(title);
        return title == null || title.isBlank() ? null : title;
    }

    /** Whether a cover line holds only symbols, a scan's specks and the emblem's words ("E/1994/34/Rev .1 E/ICEFI 1994/13/Rev. 1"). */
    private static boolean isAboveTitle(String line) {
        String rest = UN_WORDS.matcher(line).replaceAll(" ").strip();
        for (String token : rest.split("\\s+")) {
            if (!token.isEmpty() && token.indexOf('/') < 0 && token.codePoints().filter(Character::isLetter).count() > 1) {
                return false;
            }
        }
        return true;
    }

    /**
     * The cover as a masthead: its symbol (or, where the cover prints none, {@code printedElsewhere}), the organ it prints and
     * the session of the records.
     */
    MastheadParser.Masthead masthead(List<String> printedElsewhere) {
        return new MastheadParser.Masthead(symbol == null ? printedElsewhere : List.of(symbol), organ == null ? List.of() : List.of(organ), null, null, null,
                session == null ? List.of() : List.of(session), List.of(), 0, end, -1, true);
    }

    /** The cover's title as a heading, whose words tell its type ("REPORT OF …": {@link DocumentTypeClassifier}). */
    TitleParser.Heading heading() {
        return new TitleParser.Heading(title, TitleParser.Kind.OTHER, titleLine, end, null);
    }

    /** The organ's name as the table knows it, a scan's marks between its words made spaces. */
    private static String organName(String printed) {
        return WORDS_APART.matcher(printed).replaceAll(" ");
    }

    private static String principalOrgans() {
        List<String> names = new ArrayList<>();
        for (UnBody b : BODIES.all()) {
            if (b.kind() == UnBody.Kind.PRINCIPAL_ORGAN) {
                names.addAll(b.names().values());
            }
        }
        return UnBodies.alternation(names);
    }
}
