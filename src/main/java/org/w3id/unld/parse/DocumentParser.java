package org.w3id.unld.parse;

import org.w3id.unld.model.Addressee;
import org.w3id.unld.model.Agent;
import org.w3id.unld.model.AgendaItem;
import org.w3id.unld.model.Annex;
import org.w3id.unld.model.DocumentType;
import org.w3id.unld.model.Event;
import org.w3id.unld.model.Evidence;
import org.w3id.unld.model.Extraction;
import org.w3id.unld.model.Meeting;
import org.w3id.unld.model.ParsedDocument;
import org.w3id.unld.model.RejectedDocumentException;
import org.w3id.unld.model.Session;
import org.w3id.unld.model.SourceText;
import org.w3id.unld.model.SymbolSource;
import org.w3id.unld.reference.UnBodies;
import org.w3id.unld.reference.UnBody;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Turns a document's text into its facts: the masthead (symbols, organs, distribution, date, original
 * language, sessions, agenda items), the document's own heading (title, genre, sponsors), who sends
 * and receives a communication, its signatures, annexes and the events it says were held. Each part
 * is read by its own parser; this class composes them and applies the rules that tie them together
 * (the masthead's symbols win over the file name's; a session line without an organ belongs to the
 * organ of the symbol's series, from the table of UN bodies).
 */
public final class DocumentParser {
    /** How far into a text a front page reaches: where a meeting record's meeting line or a printed symbol is looked for. */
    private static final int FRONT_PAGE_LINES = 150;
    /** How far into the body a note verbale's opening is looked for: its first lines. */
    private static final int COMPLIMENTS_LINES = 4;
    /** How far under a title block a masthead printed below it may start. */
    private static final int TITLE_BLOCK_LINES = 12;

    private static final UnBodies BODIES = UnBodies.standard();
    private static final java.util.regex.Pattern WHITE_SPACE = java.util.regex.Pattern.compile("\\s+");
    /**
     * A few words that any UN document uses near its top: the UN's name, its organs' (from the table of UN bodies), and the
     * names of its other bodies and of the treaties they serve that are long enough to name nothing else ("Comité des droits
     * de l'homme", "Pacte international relatif aux droits civils et politiques": a treaty body's views on a communication
     * may print no masthead and no symbol).
     */
    private static final List<String> UN_WORDS = Stream.of(
                    Stream.of("United Nations", "Nations Unies", "Naciones Unidas",
                            "Secretary-General", "Secrétaire général", "Secretario General", "Member States", "États Membres", "Estados Miembros"),
                    BODIES.organLine().stream().flatMap(b -> b.names().values().stream()),
                    BODIES.all().stream().flatMap(b -> Stream.concat(b.names().values().stream(), b.treaties().stream()))
                            .filter(name -> WHITE_SPACE.split(name).length >= 4))
            .flatMap(s -> s).distinct().toList();
    private static final java.util.regex.Pattern PLURAL_ROLE = java.util.regex.Pattern.compile("(?i)\\b(?:Representatives|Ministers|Chargés)\\b");

    /**
     * The text without a treaty body database's header ({@link TreatyDatabaseHeader}), with a plenary record's front-page
     * columns set apart ({@link RecordFrontPageColumns}), the lines a copy lost put back ({@link LostLineBreaks}) and an
     * organ's name split down a masthead's left column rejoined ({@link ColumnMasthead}): before the lines are restored (a
     * typewriter's columns), and again after, when restoring them made the columns' lines (a web copy on one line: "E
     * Economic and Social" / "Distr. Council GENERAL"); last, an organ's name a scan read across both columns, its
     * words among the other column's fields ({@link ColumnMasthead#rejoinAcross}).
     */
    /** The title of the masthead's last agenda item that prints one, or null. */
    private static String lastItemTitle(List<AgendaItem> items) {
        for (int k = items.size() - 1; k >= 0; k--) {
            if (items.get(k).title() != null) {
                return items.get(k).title();
            }
        }
        return null;
    }

    private static String textWithItsLines(String text) {
        String columns = ColumnMasthead.rejoin(RecordFrontPageColumns.separate(TreatyDatabaseHeader.restore(text)));
        String restored = LostLineBreaks.restore(columns);
        return ColumnMasthead.rejoinAcross(restored.equals(columns) ? restored : ColumnMasthead.rejoin(restored));
    }

    /** Parses one document; text with no recognisable UN layout is rejected with a one-line reason. */
    public ParsedDocument parse(SourceText source) throws RejectedDocumentException {
        try {
            return parseText(source);
        } catch (RuntimeException | StackOverflowError e) {
            // A defect in a parser part must cost one document, not a batch: it is reported as that document's rejection.
            String message = e.getMessage() == null ? "" : ": " + WHITE_SPACE.matcher(e.getMessage()).replaceAll(" ");
            throw new RejectedDocumentException("internal parser error (" + e.getClass().getSimpleName() + message
                    + "); please report it with the document", e);
        }
    }

    private ParsedDocument parseText(SourceText source) throws RejectedDocumentException {
        // A typewriter masthead's organ name split over its left column is put back on one line; a copy that lost its
        // line breaks (one line from the web, a masthead run together) gets them back.
        TextLines lines = TextLines.of(textWithItsLines(source.text()));
        if (lines.nextContent(0) >= lines.size()) {
            throw new RejectedDocumentException("empty document: no text");
        }
        MastheadParser.Masthead masthead = MastheadParser.parse(lines);
        int first = lines.nextContent(0);
        if (!masthead.found() && lines.get(first).startsWith("*")) {
            // A web copy that put the front page's footnote ("* The summary record of the first part …") above the masthead.
            MastheadParser.Masthead after = MastheadParser.parseFrom(lines, lines.nextContent(first + 1));
            masthead = after.found() ? after : masthead;
        }
        // An Official Records supplement's cover prints no masthead: its symbol, organ and session are on the cover (a symbol
        // printed alone above it is no masthead either).
        OfficialRecordsCover cover = masthead.symbols().isEmpty()
                || masthead.organs().isEmpty() && masthead.distribution() == null && masthead.date() == null
                ? OfficialRecordsCover.find(lines).orElse(null) : null;
        if (cover != null) {
            masthead = cover.masthead(masthead.symbols());
        }

        List<String> symbols;
        SymbolSource symbolSource;
        if (!masthead.symbols().isEmpty()) {
            symbols = masthead.symbols();
            symbolSource = SymbolSource.MASTHEAD;
            List<String> named = SymbolGrammar.fromFileName(source.fileName());
            if (!named.isEmpty() && BODIES.isSeries(symbols.get(0)) && named.get(0).startsWith(symbols.get(0) + "/")) {
                // "E/CN.14" read where a scan garbled the rest of "E/CN.14/SR.125(VII)": the file name's symbol is the one printed.
                symbols = new ArrayList<>(symbols);
                symbols.set(0, named.get(0));
            }
        } else {
            symbols = SymbolGrammar.fromFileName(source.fileName());
            // A masthead the reader could not follow (a scanned front page) may still print the symbol on a line of its own.
            symbolSource = symbols.isEmpty() ? null
                    : printedAlone(lines, symbols.get(0)) ? SymbolSource.MASTHEAD : SymbolSource.FILENAME;
        }

        // A resolution printed under the meeting that adopted it ("1042nd Plenary Meeting" / "28 July 1958") is no record.
        MeetingParser.FrontPage front = !symbols.isEmpty() && DocumentTypeClassifier.isOutcomeSymbol(symbols.get(0)) ? null
                : MeetingParser.frontPageAt(lines, masthead.meetingLine());
        if (front == null && !symbols.isEmpty() && SymbolGrammar.isMeetingRecord(symbols.get(0))) {
            // A meeting record whose front page the masthead reader stopped short of, or a scan garbled: its meeting line
            // further down, or the line that gives its day.
            front = MeetingParser.frontPage(lines, FRONT_PAGE_LINES, symbols.get(0));
        }
        int meetingLine = front == null ? -1 : front.line();
        Meeting meeting = front == null ? null : MeetingParser.parse(lines, front);
        if (meeting != null && masthead.sessions().isEmpty()) {
            // A scanned record's cover mixes its organ and session with the scan's debris (the organ may have been read: a
            // name the scan read across the columns, ColumnMasthead).
            masthead = masthead.withFieldsOf(MastheadParser.recordCover(lines, meetingLine));
        }
        TitleParser.Heading heading = cover != null ? cover.heading() : meeting != null
                ? new TitleParser.Heading(front.title(), TitleParser.Kind.NONE, -1, meetingLine + 1, null)
                : TitleParser.parse(lines, masthead.end(), masthead.found() && (!masthead.symbols().isEmpty() || masthead.distribution() != null));
        if (!symbols.isEmpty() && (heading.line() < 0 || heading.kind() != TitleParser.Kind.RESOLUTION || heading.title() == null
                || !lines.get(heading.line()).startsWith(resolutionNumber(symbols.get(0))))) {
            TitleParser.Heading own = TitleParser.numberedFor(lines, symbols.get(0));
            if (own != null && own.title() != null) {
                heading = own;
            }
        }
        if (meeting == null && masthead.symbols().isEmpty() && masthead.distribution() == null && heading.line() >= 0) {
            MastheadParser.Masthead below = MastheadParser.below(lines, heading.end(), TITLE_BLOCK_LINES);
            TitleParser.Heading under = below == null || heading.kind() != TitleParser.Kind.OTHER ? null
                    : TitleParser.parse(lines, below.end(), false);
            if (under != null && under.kind() != TitleParser.Kind.OTHER && under.kind() != TitleParser.Kind.NONE) {
                // What came first was a scanned front page's debris ("UN lrBRARY", "IATIONS UNIES"), not a title block:
                // the heading that says what the document is ("Lettre datée du …") follows the masthead.
                heading = under;
                masthead = masthead.withFieldsOf(below);
            } else if (below != null) {
                // The title block came first and the masthead under it: the title runs to the masthead.
                heading = new TitleParser.Heading(Titles.join(lines.contentBetween(heading.line(), below.start())), heading.kind(),
                        heading.line(), below.end(), heading.sponsorsText());
                masthead = masthead.withFieldsOf(below);
            }
            if (!masthead.symbols().isEmpty()) {
                // A masthead under the title block that prints no symbol leaves the file name's.
                symbols = masthead.symbols();
                symbolSource = SymbolSource.MASTHEAD;
            }
        }
        if (meeting == null && cover == null && heading.title() != null && !symbols.isEmpty() && SymbolGrammar.isMeetingRecord(symbols.get(0))) {
            // A record's title is its meeting line (EXTRACTION-CONVENTIONS); a copy that lost it (a web page that printed the
            // meeting in its own lines) opens on the item taken up, which is an agenda item, not the title.
            heading = new TitleParser.Heading(null, heading.kind(), heading.line(), heading.end(), heading.sponsorsText());
        }
        if (heading.title() != null && Headings.MAIN_COMMITTEE_REPORT.matcher(heading.title()).matches()) {
            // A Main Committee's report is titled by the item it reports on (EXTRACTION-CONVENTIONS: the first heading that
            // names the document; "Report of the First Committee" names only who reports).
            String item = lastItemTitle(masthead.agendaItems());
            if (item != null) {
                heading = new TitleParser.Heading(item, TitleParser.Kind.REPORT, heading.line(), heading.end(), heading.sponsorsText());
            }
        }
        DocumentType type = DocumentTypeClassifier.classify(symbols, heading, meeting != null, () -> genreInFrontMatter(lines));

        // Never lose a real UN document for what it lacks (a notification without symbol or masthead): only a text that
        // speaks of no UN body is refused.
        if (!masthead.found() && symbols.isEmpty() && (heading.kind() == TitleParser.Kind.NONE || heading.kind() == TitleParser.Kind.OTHER)
                && !looksLikeUnText(lines)) {
            throw new RejectedDocumentException("no recognisable UN layout: no masthead, no UN symbol in the text or the file name, "
                    + "no UN heading (letter, resolution, report …)");
        }

        String defaultOrgan = defaultOrgan(symbols, masthead.organs());
        List<Session> sessions = new ArrayList<>();
        for (Session s : masthead.sessions()) {
            Session session = s.organ() != null || defaultOrgan == null ? s : new Session(defaultOrgan, s.number(), s.kind());
            // A session printed twice (a header line and a footer's "Fiftieth session") is one session.
            if (!sessions.contains(session)) {
                sessions.add(session);
            }
        }
        List<AgendaItem> agenda = new ArrayList<>();
        for (AgendaItem a : masthead.agendaItems()) {
            String organ = a.organ() != null || defaultOrgan == null ? a.organ() : defaultOrgan;
            // An item printed without its session is of its organ's session, when the masthead prints exactly one.
            Integer session = a.session() != null || organ == null ? a.session() : onlySessionOf(sessions, organ);
            agenda.add(new AgendaItem(organ, session, a.number(), a.title()));
        }
        if (meeting != null && agenda.isEmpty()) {
            // A General Assembly record opens its item with "Agenda item 14 (continued)" and its title, after the President.
            agenda.addAll(MeetingParser.numberedAgendaItems(lines, meetingLine + 1, sessions, defaultOrgan));
        }
        if (meeting != null && agenda.isEmpty() && !symbols.isEmpty() && SymbolGrammar.isSummaryRecord(symbols.get(0))) {
            // A summary record lists the items it takes up under "CONTENTS".
            Session s = sessions.isEmpty() ? null : sessions.get(0);
            String organ = s != null ? s.organ() : masthead.organs().isEmpty() ? defaultOrgan : masthead.organs().get(0);
            agenda.addAll(MeetingParser.contentsAgendaItems(lines, meetingLine + 1, organ, s == null ? null : s.number()));
        }
        if (meeting != null && agenda.isEmpty()) {
            // A verbatim record's agenda items are not numbered: the Council's items have no numbers. The front page's
            // "Agenda" gives the item; an Official Records copy gives them in its index, before the meeting line.
            String item = MeetingParser.agendaItem(lines, meetingLine + 1);
            List<String> items = item != null ? List.of(item) : MeetingParser.indexAgendaItems(lines);
            Session s = sessions.isEmpty() ? null : sessions.get(0);
            String organ = s != null ? s.organ() : masthead.organs().isEmpty() ? defaultOrgan : masthead.organs().get(0);
            for (String title : items) {
                agenda.add(new AgendaItem(organ, s == null ? null : s.number(), null, title));
            }
        }

        int bodyStart = Math.max(heading.end(), masthead.end());
        List<SignatureParser.Signature> signatures = SignatureParser.parse(lines, bodyStart);
        List<Annex> annexes = AnnexParser.parse(lines, annexesFrom(lines, heading, masthead.end(), bodyStart));
        int firstAnnex = firstAnnexLine(lines, bodyStart);
        int opening = lines.nextContent(bodyStart);
        if (type == DocumentType.OTHER && heading.title() == null && heading.kind() == TitleParser.Kind.NONE && opening < lines.size()
                && Headings.FIRST_PERSON_OPENING.matcher(lines.get(opening)).lookingAt()
                && signatures.stream().anyMatch(s -> firstAnnex < 0 || s.line() < firstAnnex)) {
            // A letter that prints no heading (the Secretary-General's to the Council's President): in the first person, signed.
            type = DocumentType.LETTER;
        }

        SenderParser.FromTo opened = null;
        if (type == DocumentType.OTHER && heading.kind() != TitleParser.Kind.REPORT && opening < lines.size()) {
            // A note verbale that prints no heading (an office's, on letterhead): its first sentence names sender and addressee.
            opened = SenderParser.fromOpening(Titles.join(lines.contentBetween(opening, Math.min(lines.size(), opening + COMPLIMENTS_LINES))));
            type = opened == null ? type : DocumentType.NOTE_VERBALE;
        }

        Agent sender = null;
        List<Addressee> addressees = List.of();
        if (type == DocumentType.LETTER || type == DocumentType.IDENTICAL_LETTERS || type == DocumentType.NOTE_VERBALE) {
            SenderParser.FromTo fromTo = opened != null ? opened : SenderParser.parse(heading.title());
            Agent signed = null;
            for (SignatureParser.Signature s : signatures) {
                if (firstAnnex < 0 || s.line() < firstAnnex) {
                    signed = s.agent();
                    break;
                }
            }
            sender = sender(fromTo, signed);
            addressees = fromTo == null ? List.of() : fromTo.addressees();
        }
        List<String> sponsors = heading.sponsorsText() == null ? List.of() : SponsorParser.parse(heading.sponsorsText());
        List<Event> events = EventParser.parse(lines, Math.max(0, heading.line() >= 0 ? heading.line() : bodyStart));
        if (type == DocumentType.REPORT) {
            int under = heading.end() < lines.size() ? lines.nextContent(heading.end()) : lines.size();
            String below = under < lines.size() ? Titles.join(lines.contentBetween(under, Math.min(lines.size(), under + 2))) : null;
            String sessionBody = sessions.isEmpty() ? reportingBody(symbols, defaultOrgan) : sessions.get(0).organ();
            // The heading as printed: the title leaves out the session's place and dates that it prints in parentheses.
            String printed = heading.line() >= 0 ? Titles.join(lines.contentBetween(heading.line(), heading.end())) : heading.title();
            events = SessionReport.withSession(SessionReport.of(printed, below, sessionBody), events);
        }

        LocalDate date = masthead.date();
        if (date == null && meeting != null && (masthead.found() || symbolSource == SymbolSource.MASTHEAD)) {
            date = meeting.date();
        } else if (meeting != null && meeting.date() != null && SymbolGrammar.isVerbatimRecord(symbols.get(0))) {
            // A verbatim record is dated by its meeting (EXTRACTION-CONVENTIONS); an old one's masthead prints the day it was issued.
            date = meeting.date();
        }
        String originalLanguage = masthead.originalLanguage();
        String distribution = masthead.distribution();
        if ((distribution == null || originalLanguage == null) && meeting == null && heading.line() > 0) {
            // A masthead the reader could not follow line by line still prints "Distr. GENERAL" and "ORIGINAL: ENGLISH".
            MastheadParser.ScatteredFields scattered = MastheadParser.scatteredFields(lines, heading.line());
            distribution = distribution != null ? distribution : scattered.distribution();
            originalLanguage = originalLanguage != null ? originalLanguage : scattered.originalLanguage();
        }
        if (date == null) {
            // No masthead date: a document the Official Records printed gives its language and date in brackets.
            MastheadParser.Bracketed bracketed = MastheadParser.bracketed(lines, FRONT_PAGE_LINES);
            date = bracketed.date();
            originalLanguage = originalLanguage != null || bracketed.date() == null ? originalLanguage : bracketed.originalLanguage();
        }
        List<Agent> signatories = new ArrayList<>();
        for (SignatureParser.Signature s : signatures) {
            signatories.add(s.agent());
        }
        if (signatories.isEmpty() && sender != null && sender.name() != null && !sender.name().isBlank()) {
            // The sender's name is "as signed": with no signature block found, the sender's is the signature.
            signatories.add(sender);
        }
        if (signatories.size() == 1) {
            signatories.set(0, withSendersCountry(signatories.get(0), sender));
        }
        if (meeting != null) {
            meeting = meeting.withOrgan(meetingOrgan(masthead.organs(), sessions));
        }
        Extraction extraction = new Extraction(symbols, symbolSource, masthead.organs(), distribution, date,
                originalLanguage, sessions, agenda, type, heading.title(), sender, addressees, sponsors, annexes,
                events, meeting);
        return new ParsedDocument(source, extraction, signatories, CitationFinder.find(lines, symbols, masthead.organs()),
                TextMentions.find(lines, Math.max(0, heading.line() >= 0 ? heading.line() : bodyStart)),
                SymbolGrammar.relatedDocuments(symbols), EvidenceFinder.find(Evidence.textOf(source), extraction, signatories));
    }

    /** Role and country from the title; name and rank from the signature; the signature's role where the title gives none. */
    private static Agent sender(SenderParser.FromTo fromTo, Agent signed) {
        String role = fromTo == null ? null : fromTo.role();
        String country = fromTo == null ? null : fromTo.country();
        if (signed != null && (role == null || isPlural(role))) {
            role = signed.role() != null ? signed.role() : role;
            country = signed.country() != null ? signed.country() : country;
        }
        if (signed != null && country == null && signed.country() != null && role != null && role.equals(signed.role())) {
            country = signed.country();
        }
        Agent a = new Agent(signed == null ? null : signed.name(), signed == null ? null : signed.title(), role, country);
        return a.isEmpty() ? null : a;
    }

    private static boolean isPlural(String role) {
        return PLURAL_ROLE.matcher(role).find() || role.contains(" and ");
    }

    private static int firstAnnexLine(TextLines lines, int from) {
        for (int i = from; i < lines.size(); i++) {
            if (AnnexParser.isHeading(lines, i)) {
                return i;
            }
        }
        return -1;
    }

    /** "A/RES/73/3" → "73/3", "E/RES/1992/29" → "1992/29": how a resolution's heading starts. */
    /** Whether {@code symbol} is printed alone on a line of the text's front page. */
    private static boolean printedAlone(TextLines lines, String symbol) {
        for (int i = 0; i < Math.min(lines.size(), FRONT_PAGE_LINES); i++) {
            if (lines.get(i).strip().equals(symbol)) {
                return true;
            }
        }
        return printedAtTheHeadAsScanned(lines, symbol);
    }

    /**
     * The genre the first line of the front matter that names one names ({@link TitleParser#genreNamed}), within the head
     * of the text and before its body starts; or null.
     */
    private static TitleParser.Kind genreInFrontMatter(TextLines lines) {
        for (int i = lines.nextContent(0), n = 0; i < lines.size() && n < HEAD_LINES; i = lines.nextContent(i + 1), n++) {
            String line = lines.get(i);
            if (TitleParser.startsBody(line)) {
                // A copy that kept only the body: its first paragraph may say what it is ("1. The present report is submitted …").
                // A chapter's heading may come first ("I. Introduction").
                Matcher present = PRESENT_GENRE.matcher(line);
                if (present.lookingAt()) {
                    return present.group(1) != null ? TitleParser.Kind.REPORT : TitleParser.Kind.NOTE;
                }
                if (line.length() >= CHAPTER_HEADING) {
                    return null;
                }
                continue;
            }
            TitleParser.Kind genre = TitleParser.genreNamed(line);
            if (genre != null) {
                return genre;
            }
        }
        return null;
    }

    /**
     * The body a report without a session line is of: the body of the most specific series among its symbols
     * ("E/2001/28–E/CN.7/2001/12": the Commission on Narcotic Drugs, whose report the Council's document is), else the
     * masthead's organ.
     */
    private static String reportingBody(List<String> symbols, String organ) {
        return symbols.stream().map(BODIES::bySymbol).flatMap(java.util.Optional::stream)
                .filter(b -> b.kind() != UnBody.Kind.PRINCIPAL_ORGAN).map(UnBody::name).findFirst().orElse(organ);
    }

    /**
     * How many lines with content make the head of a text: where a symbol the masthead reader could not read, and a genre
     * line for a document whose title names none, are looked for.
     */
    private static final int HEAD_LINES = 40;

    /**
     * Whether the first lines print the symbol as a scan read it ("SlPV.1537", "A/38/PV.IOl", "5122464" for S/22464): the
     * symbol is printed at the head (EXTRACTION-CONVENTIONS, OCR noise), though no field of the masthead could be read.
     */
    private static boolean printedAtTheHeadAsScanned(TextLines lines, String symbol) {
        String key = SymbolGrammar.scannedKey(symbol);
        if (key.length() < 5) {
            return false;
        }
        int budget = HEAD_CHARACTERS;
        for (int i = lines.nextContent(0), n = 0; i < lines.size() && n < HEAD_LINES && budget > 0; i = lines.nextContent(i + 1), n++) {
            String line = lines.get(i);
            // A copy on one line is one long line: only its head is the text's.
            if (SymbolGrammar.scannedKey(line.length() > budget ? line.substring(0, budget) : line).contains(key)) {
                return true;
            }
            budget -= line.length();
        }
        return false;
    }

    /** A body's first paragraph that names the document's genre: "1. The present report …", "Le présent rapport …", "La presente nota …". */
    private static final Pattern PRESENT_GENRE = Pattern.compile("(?:\\d{1,3}\\.\\s+)?(?:(The\\s+present\\s+report|Le\\s+présent\\s+rapport"
            + "|El\\s+presente\\s+informe)|The\\s+present\\s+note|La\\s+présente\\s+note|La\\s+presente\\s+nota)\\b");

    /** The longest line read as a chapter's heading over a body's first paragraph. */
    private static final int CHAPTER_HEADING = 60;

    /** How many characters of the head a scanned symbol is looked for in. */
    private static final int HEAD_CHARACTERS = 3000;

    private static String resolutionNumber(String symbol) {
        int res = symbol.indexOf("/RES/");
        if (res < 0) {
            return "\u0000";
        }
        String n = symbol.substring(res + 5);
        int paren = n.indexOf(" (");
        return paren > 0 ? n.substring(0, paren) : n;
    }

    /**
     * The organ of a session or agenda item that the masthead prints without one: the organ whose sessions the
     * symbol's series is numbered in, else the only organ the masthead prints. Decided here, once: the mapping
     * takes the organs of sessions and agenda items as they are.
     */
    static String defaultOrgan(List<String> symbols, List<String> organs) {
        String series = organOfSeries(symbols);
        if (series != null) {
            return series;
        }
        List<String> printed = organs.stream().filter(o -> o != null && !o.isBlank()).toList();
        return printed.size() == 1 ? printed.get(0).strip() : null;
    }

    /**
     * The organ whose meeting a meeting record reports: the masthead's (first) organ, else the organ of its (first)
     * session (the body its session line names, else that of its symbol series: {@link #defaultOrgan}); null when it
     * has neither. Public because
     * the extraction's JSON does not carry it: whoever reads an extraction back from it (the map tests) completes the
     * meeting with this, as the parser does.
     */
    public static String meetingOrgan(List<String> organs, List<Session> sessions) {
        return Stream.concat(organs.stream(), sessions.stream().map(Session::organ))
                .filter(o -> o != null && !o.isBlank()).map(String::strip).findFirst().orElse(null);
    }

    /**
     * The organ whose sessions a document's symbol series is numbered in (the table of UN bodies, longest series
     * prefix): A/ the General Assembly, A/C.3/ too (a Main Committee meets in the Assembly's sessions), A/HRC/ the
     * Human Rights Council, S/ the Security Council, E/ the Economic and Social Council, E/CN.6/ the Commission on
     * the Status of Women; null for a series the table does not know.
     */
    /** The number of the organ's one session in the masthead, or null when it prints none or several. */
    private static Integer onlySessionOf(List<Session> sessions, String organ) {
        List<Session> ofOrgan = sessions.stream().filter(s -> s.organ() == null || organ.equalsIgnoreCase(s.organ().strip())).toList();
        return ofOrgan.size() == 1 ? ofOrgan.get(0).number() : null;
    }

    /**
     * The one signer of a letter signed in the sender's post: the title names the post's State ("from the Permanent
     * Representative of Azerbaijan"), the signature block often only the post ("Permanent Representative").
     */
    private static Agent withSendersCountry(Agent signer, Agent sender) {
        if (sender == null || signer.country() != null || sender.country() == null
                || signer.role() == null || sender.role() == null || !signer.role().strip().equalsIgnoreCase(sender.role().strip())) {
            return signer;
        }
        return new Agent(signer.name(), signer.title(), signer.role(), sender.country());
    }

    static String organOfSeries(List<String> symbols) {
        if (symbols.isEmpty()) {
            return null;
        }
        return BODIES.bySymbol(symbols.get(0)).map(b -> BODIES.sessionBody(b).name()).orElse(null);
    }

    /**
     * Where annex headings are looked for: from the body, or from an annex heading right above the title ("ANEXO*" over a
     * treaty body's views, which it issued as an annex to its report).
     */
    private static int annexesFrom(TextLines lines, TitleParser.Heading heading, int mastheadEnd, int bodyStart) {
        for (int k = heading.line() - 1; k >= Math.max(0, mastheadEnd) && k >= heading.line() - 3; k--) {
            if (lines.isBlank(k)) {
                continue;
            }
            return AnnexParser.isHeading(lines, k) ? k : bodyStart;
        }
        return bodyStart;
    }

    /** Whether the text uses one of {@link #UN_WORDS} near its top; a text without them and without a symbol is not a UN document. */
    private static boolean looksLikeUnText(TextLines lines) {
        int n = Math.min(lines.size(), 80);
        for (int i = 0; i < n; i++) {
            String l = lines.get(i);
            for (String word : UN_WORDS) {
                if (l.contains(word)) {
                    return true;
                }
            }
        }
        return false;
    }
}
