package org.w3id.unld.parse;

import org.w3id.unld.model.Addressee;
import org.w3id.unld.model.Agent;
import org.w3id.unld.model.AgendaItem;
import org.w3id.unld.model.Annex;
import org.w3id.unld.model.Event;
import org.w3id.unld.model.Evidence;
import org.w3id.unld.model.Extraction;
import org.w3id.unld.model.Meeting;
import org.w3id.unld.model.Session;
import org.w3id.unld.reference.UnBodies;
import org.w3id.unld.reference.UnBody;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds, in the text as read, the passage each extracted value comes from: the masthead's fields in the front page,
 * the title and what it says of sender and addressee inside the title, a signatory after "(Signed)", an event's date
 * and place in the words after its name. A value is looked for by its printed forms (a date in any of the UN's
 * ways of writing it, an organ by any of its names, an ordinal session in words or digits), folded ({@link
 * FoldedText}) so that line breaks, case, accents and Markdown marks do not hide it. A value the text does not print
 * gets no passage: evidence is never guessed.
 */
final class EvidenceFinder {
    /** How far into the folded text the front page (masthead, heading, title) reaches. */
    private static final int FRONT = 8_000;
    /** How far after an event's name its dates and place are looked for. */
    private static final int EVENT_DETAILS = 600;
    private static final UnBodies BODIES = UnBodies.standard();

    private static final Map<String, Integer> MONTHS = months();
    /** The months' names, longest first ("mayo" before "may"), in a fixed order. */
    private static final String MONTH = MONTHS.keySet().stream()
            .sorted(java.util.Comparator.comparing(String::length).reversed().thenComparing(java.util.Comparator.naturalOrder()))
            .collect(java.util.stream.Collectors.joining("|", "(", ")"));
    /** "27 december 2024", "1er octobre 2012", "3 de marzo de 2020": folded. */
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "(?<![0-9])([0-9]{1,2})(?:st|nd|rd|th|er|o)? ?(?:de )?" + MONTH + ",? ?(?:de(?:l)? )?([0-9]{4})(?![0-9])");
    /** "december 27, 2024". */
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(MONTH + " ([0-9]{1,2}),? ([0-9]{4})(?![0-9])");
    /** "5 and 6 december 2024", "30 november to 12 december 2023", "16-27 may 1994": a day, a few words, then a month (and year). */
    private static final Pattern DAY_THEN_MONTH = Pattern.compile(
            "(?<![0-9])([0-9]{1,2})(?:st|nd|rd|th|er|o)?(?:[ \\-–—][a-z0-9,-]+){0,4}? ?(?:de )?" + MONTH + "(?:,? ?(?:de )?([0-9]{4})(?![0-9]))?");
    private static final Pattern AGENDA_WORD = Pattern.compile("\\b(?:items?|temas?|points?|puntos?|subtemas?)\\b");
    private static final Pattern SESSION_WORD = Pattern.compile(
            // No word end after it: a copy that lost a line break glues the place to it ("Seventy-first sessionGeneva").
            "\\b(?:session|year|periodo de sesiones|periodo extraordinario de sesiones|annee|ano)");
    private static final Pattern ORDINAL_DIGITS = Pattern.compile("([0-9]{1,3})(?:st|nd|rd|th|e|eme|er|re|o|a|\u00ba|\u00aa|\u00b0)?$");
    /** Words a session line may print between its ordinal and "session": "Tenth emergency special session". */
    private static final java.util.Set<String> SESSION_QUALIFIERS = java.util.Set.of("emergency", "special", "regular", "resumed",
            "substantive", "organizational", "extraordinaire", "extraordinario", "ordinaire", "ordinario");
    private static final String MEETING_WORD = "(?:meeting|seance|sesion)\\b";
    private static final Pattern SIGNED = Pattern.compile("\\((?:signed|signe|firmado)\\)|\\b(?:signed|signe|firmado)\\b");
    private static final Pattern ORIGINAL = Pattern.compile("\\boriginal ?: ?[a-z]+");
    private static final Pattern DISTRIBUTION = Pattern.compile("\\bdistr ?\\.? ?:? ?(?:general|generale|limited|limitee|limitada|restricted|restreinte|reservada|special)\\b");

    private final String text;
    private final FoldedText folded;
    private final boolean surrogates;
    private final Map<String, List<Evidence.Passage>> found = new LinkedHashMap<>();

    private EvidenceFinder(String text) {
        this.text = text;
        this.folded = FoldedText.of(text);
        this.surrogates = hasSurrogates(text);
    }

    /** The evidence of an extraction and its signatories in {@code text}, the text as read ({@link Evidence#textOf}). */
    static Evidence find(String text, Extraction e, List<Agent> signatories) {
        EvidenceFinder f = new EvidenceFinder(text);
        f.masthead(e);
        int[] title = f.title(e.title());
        f.sender(e.sender(), title, signatories);
        f.addressees(e.addressees(), title);
        f.sponsors(e.sponsors(), title);
        f.annexes(e.annexes(), title);
        f.events(e.events());
        if (e.meeting() != null) {
            f.meeting(e.meeting());
        }
        return new Evidence(f.found);
    }

    private void masthead(Extraction e) {
        int front = Math.min(FRONT, folded.length());
        for (int i = 0; i < e.symbols().size(); i++) {
            add("/symbols/" + i, value(e.symbols().get(i), 0, front));
        }
        for (int i = 0; i < e.organs().size(); i++) {
            add("/organs/" + i, organ(e.organs().get(i), 0, front));
        }
        if (e.distribution() != null) {
            add("/distribution", pattern(DISTRIBUTION, 0, front));
        }
        if (e.date() != null) {
            add("/date", date(e.date(), 0, front));
        }
        if (e.originalLanguage() != null) {
            add("/originalLanguage", pattern(ORIGINAL, 0, front));
        }
        List<int[]> sessionsTaken = new ArrayList<>();
        for (int i = 0; i < e.sessions().size(); i++) {
            add("/sessions/" + i, session(e.sessions().get(i), front, sessionsTaken));
        }
        int after = 0;
        for (int i = 0; i < e.agendaItems().size(); i++) {
            AgendaItem item = e.agendaItems().get(i);
            int[] number = item.number() == null ? null : agendaNumber(item.number(), front);
            add("/agendaItems/" + i + "/number", number);
            if (item.title() != null) {
                int[] title = phrase(item.title(), number != null ? number[1] : after, front);
                if (title == null) {
                    title = phrase(item.title(), 0, folded.length());
                }
                add("/agendaItems/" + i + "/title", title);
                after = title != null ? title[1] : after;
            }
        }
    }

    /** The title, in the front page, else anywhere; its folded span, or null. */
    private int[] title(String title) {
        if (title == null) {
            return null;
        }
        int[] at = phrase(title, 0, Math.min(FRONT, folded.length()));
        at = at != null ? at : phrase(title, 0, folded.length());
        add("/title", at);
        return at;
    }

    /** A letter's sender: post and State in the title, name (and rank) at the signature. */
    private void sender(Agent sender, int[] title, List<Agent> signatories) {
        if (sender != null) {
            agent("/sender", sender, title);
        }
        List<int[]> taken = new ArrayList<>();
        for (int i = 0; i < signatories.size(); i++) {
            Agent s = signatories.get(i);
            if (s.name() != null) {
                int[] name = signature(s.name(), taken);
                add("/signatories/" + i + "/name", name);
                if (name != null) {
                    taken.add(name);
                    int end = Math.min(folded.length(), name[1] + 300);
                    add("/signatories/" + i + "/title", s.title() == null ? null : value(s.title(), name[1], end));
                    add("/signatories/" + i + "/role", s.role() == null ? null : value(s.role(), name[1], end));
                }
            }
        }
    }

    private void agent(String path, Agent a, int[] title) {
        int[] name = a.name() == null ? null : signature(a.name(), List.of());
        add(path + "/name", name);
        int from = title != null ? title[0] : 0;
        int to = title != null ? title[1] : Math.min(FRONT, folded.length());
        int[] role = a.role() == null ? null : value(a.role(), from, to);
        if (role == null && a.role() != null && name != null) {
            role = value(a.role(), name[1], Math.min(folded.length(), name[1] + 300));
        }
        add(path + "/role", role);
        add(path + "/country", a.country() == null ? null : value(a.country(), from, to));
        if (a.title() != null && name != null) {
            add(path + "/title", value(a.title(), name[1], Math.min(folded.length(), name[1] + 300)));
        }
    }

    private void addressees(List<Addressee> addressees, int[] title) {
        int from = title != null ? title[0] : 0;
        int to = title != null ? title[1] : Math.min(FRONT, folded.length());
        String path = addressees.size() == 1 ? "/addressee/role" : null;
        for (int i = 0; i < addressees.size(); i++) {
            Addressee a = addressees.get(i);
            if (a.role() != null) {
                add(path != null ? path : "/addressee/" + i + "/role", value(a.role(), from, to));
            }
        }
    }

    /** Sponsors are printed above or below the title of a draft, on the front page. */
    private void sponsors(List<String> sponsors, int[] title) {
        int to = Math.min(folded.length(), (title != null ? title[1] : 0) + FRONT);
        for (int i = 0; i < sponsors.size(); i++) {
            add("/sponsors/" + i, value(sponsors.get(i), 0, to));
        }
    }

    /** Each annex's heading after the document's title (and after the annex before it). */
    private void annexes(List<Annex> annexes, int[] title) {
        int after = title != null ? title[1] : 0;
        for (int i = 0; i < annexes.size(); i++) {
            Annex a = annexes.get(i);
            int[] at = a.title() == null ? null : heading(a.title(), after);
            add("/annexes/" + i + "/title", at);
            after = at != null ? at[1] : after;
            // The annex's closing lines: its signer, post, place and date, before the next annex.
            int[] next = i + 1 < annexes.size() && annexes.get(i + 1).title() != null ? heading(annexes.get(i + 1).title(), after) : null;
            int end = next != null ? next[0] : folded.length();
            if (a.author() != null) {
                add("/annexes/" + i + "/author/name", a.author().name() == null ? null : lastValue(a.author().name(), after, end));
                add("/annexes/" + i + "/author/role", a.author().role() == null ? null : lastValue(a.author().role(), after, end));
            }
            add("/annexes/" + i + "/place", a.place() == null ? null : lastValue(a.place(), after, end));
            add("/annexes/" + i + "/date", a.date() == null ? null : date(a.date(), after, end));
        }
    }

    /** A meeting record's meeting line: "8699th meeting", its date, time and place; its President below it. */
    private void meeting(Meeting m) {
        int front = Math.min(FRONT, folded.length());
        int[] number = null;
        if (m.number() != null) {
            // "8699th meeting", "107 th plenary meeting", "7245ª sesión", "1563rd (Chamber B) meeting"
            Matcher n = Pattern.compile("(?<![0-9])" + Pattern.quote(FoldedText.fold(m.number()))
                    + " ?(?:st|nd|rd|th|e|eme|a|o|\u00aa|\u00ba)?(?: \\([^)]{1,40}\\))? ?(?:plenary )?" + MEETING_WORD)
                    .matcher(folded.folded()).region(0, front);
            number = n.find() ? new int[] {n.start(), n.end()} : null;
        }
        if (number == null && m.number() != null && m.number().chars().allMatch(Character::isDigit)) {
            // "the hundred and seventy-ninth meeting"
            Matcher word = Pattern.compile("\\b" + MEETING_WORD).matcher(folded.folded()).region(0, front);
            while (number == null && word.find()) {
                int start = ordinalBefore(word.start(), Integer.parseInt(m.number()));
                number = start < 0 ? null : new int[] {start, word.end()};
            }
        }
        if (number == null && m.number() != null) {
            // A front page whose columns put the organ between the number and the meeting word: "51." / "ASAMBLEA GENERAL" /
            // "SESION PLENARIA".
            Matcher apart = Pattern.compile("(?<![0-9])" + Pattern.quote(FoldedText.fold(m.number()))
                    + " ?(?:st|nd|rd|th|e|eme|a|o|\u00aa|\u00ba)?\\.?(?: [a-z]+){1,3} (?:plenary |plenaria |pleniere )?" + MEETING_WORD)
                    .matcher(folded.folded()).region(0, front);
            number = apart.find() ? new int[] {apart.start(), apart.end()} : null;
        }
        int from = number != null ? number[0] : 0;
        if (number == null && m.number() != null) {
            // A meeting line a scan garbled ("lOla. SESION"), or none: the number is the one the record's symbol prints ("A/38/PV.101").
            Matcher symbol = Pattern.compile("/(?:pv|sr)\\. ?(" + Pattern.quote(m.number()) + ")(?![0-9])").matcher(folded.folded()).region(0, front);
            number = symbol.find() ? new int[] {symbol.start(1), symbol.end(1)} : null;
        }
        add("/meeting/number", number);
        int to = Math.min(folded.length(), from + FRONT / 4);
        add("/meeting/date", m.date() == null ? null : date(m.date(), from, to));
        add("/meeting/time", m.time() == null ? null : value(m.time(), from, to));
        add("/meeting/place", m.place() == null ? null : value(m.place(), from, to));
        add("/meeting/president", m.president() == null ? null : value(m.president(), from, Math.min(folded.length(), from + FRONT / 2)));
    }

    /** An event's name where the text first gives it; its dates and place in the words that follow. */
    private void events(List<Event> events) {
        for (int i = 0; i < events.size(); i++) {
            Event v = events.get(i);
            int[] name = v.name() == null ? null : phrase(v.name(), 0, folded.length());
            add("/events/" + i + "/name", name);
            int from = name != null ? name[1] : 0;
            int to = name != null ? Math.min(folded.length(), from + EVENT_DETAILS) : folded.length();
            if (v.startDate() != null) {
                add("/events/" + i + "/startDate", date(v.startDate(), from, to));
            }
            if (v.endDate() != null) {
                add("/events/" + i + "/endDate", date(v.endDate(), from, to));
            }
            if (v.place() != null) {
                int[] place = value(v.place(), from, to);
                add("/events/" + i + "/place", place != null ? place : value(v.place(), 0, folded.length()));
            }
        }
    }

    // --- finding printed forms, in folded offsets ---

    /** The value as whole words between {@code from} and {@code to}. */
    private int[] value(String value, int from, int to) {
        String v = FoldedText.fold(value);
        int at = folded.find(v, from, to);
        return at < 0 ? null : new int[] {at, at + v.length()};
    }

    /**
     * A heading ("Annex I", "Annex to the letter dated …"): where a line starts with it, else where it stands in the
     * text ("see annex I" in the body is no heading).
     */
    private int[] heading(String heading, int from) {
        String v = FoldedText.fold(heading);
        for (int at = folded.find(v, from, folded.length()); at >= 0; at = folded.find(v, at + 1, folded.length())) {
            if (startsLine(at)) {
                return new int[] {at, at + v.length()};
            }
        }
        return phrase(heading, from, folded.length());
    }

    /** Whether the folded character at {@code index} starts a line of the text (after white space and Markdown marks). */
    private boolean startsLine(int index) {
        int k = folded.origin(index) - 1;
        while (k >= 0 && (text.charAt(k) == ' ' || text.charAt(k) == '\t' || text.charAt(k) == '*' || text.charAt(k) == '#')) {
            k--;
        }
        return k < 0 || text.charAt(k) == '\n';
    }

    /** The value's last place as whole words between {@code from} and {@code to}: closing lines come last. */
    private int[] lastValue(String value, int from, int to) {
        String v = FoldedText.fold(value);
        int at = folded.findLast(v, from, to);
        return at < 0 ? null : new int[] {at, at + v.length()};
    }

    /**
     * A long phrase (a title): whole, else from its first words to its last when they are near each other in that
     * order (the parser joins titles across lines and takes footnote marks and page furniture out of them).
     */
    private int[] phrase(String phrase, int from, int to) {
        String v = FoldedText.fold(phrase);
        int[] whole = value(phrase, from, to);
        if (whole != null || v.length() < 40) {
            return whole;
        }
        String head = v.substring(0, 25);
        String tail = v.substring(v.length() - 20);
        for (int at = folded.find(head, from, to); at >= 0; at = folded.find(head, at + 1, to)) {
            int end = folded.find(tail, at + head.length(), Math.min(to, at + v.length() * 3 / 2 + 40));
            if (end >= 0) {
                return new int[] {at, end + tail.length()};
            }
        }
        return null;
    }

    /** An organ by the name the value gives or any of its names in the table of UN bodies. */
    private int[] organ(String organ, int from, int to) {
        int[] at = value(organ, from, to);
        if (at != null) {
            return at;
        }
        UnBody body = BODIES.byName(organ).orElse(null);
        if (body == null) {
            return null;
        }
        return Stream.concat(body.names().values().stream(), body.aliases().stream())
                .map(name -> value(name, from, to)).filter(a -> a != null).findFirst().orElse(null);
    }

    /** A session line: its number in words or digits before "session"/"year", near the organ's name when it prints one. */
    private int[] session(Session s, int front, List<int[]> taken) {
        Matcher m = SESSION_WORD.matcher(folded.folded()).region(0, front);
        int[] first = null;
        while (m.find()) {
            int start = ordinalBefore(m.start(), s.number());
            if (start < 0 || overlaps(taken, start)) {
                continue;
            }
            int[] at = {start, m.end()};
            if (s.organ() == null || organ(s.organ(), Math.max(0, start - 80), start) != null) {
                taken.add(at);
                return at;
            }
            first = first == null ? at : first;
        }
        if (first != null) {
            taken.add(first);
        }
        return first;
    }

    /** Where the ordinal of {@code number} ends right before {@code wordStart} ("seventy-ninth ", "79th "), or -1. */
    private int ordinalBefore(int wordStart, int number) {
        String f = folded.folded();
        int end = wordStart - 1;
        if (end <= 0 || f.charAt(end) != ' ') {
            return -1;
        }
        // "Tenth emergency special session": the ordinal stands before the session's qualifiers.
        for (int space = f.lastIndexOf(' ', end - 1); SESSION_QUALIFIERS.contains(f.substring(space + 1, end)) && space > 0;
             space = f.lastIndexOf(' ', end - 1)) {
            end = space;
        }
        int start = end;
        for (int words = 0; words < 4 && start > 0; words++) {
            int space = f.lastIndexOf(' ', start - 1);
            start = space + 1;
            int found = ordinalEndingAt(f, start, end, number, words == 0);
            if (found >= 0) {
                return found;
            }
            if (space < 0) {
                break;
            }
            start = space;
        }
        return -1;
    }

    /**
     * Where the ordinal of {@code number} starts in {@code f[start, end)}, or -1. The last word alone may have the
     * word before it glued to it by a copy that lost a line break ("COMITÉ DE L'ENFANTVingt-cinquième session"): its
     * endings are tried too.
     */
    private static int ordinalEndingAt(String f, int start, int end, int number, boolean glued) {
        for (int from = start; from < end && (from == start || glued && end - from >= 2); from++) {
            if (from > start && !Character.isLetterOrDigit(f.charAt(from))) {
                continue;
            }
            String ordinal = f.substring(from, end);
            Matcher digits = ORDINAL_DIGITS.matcher(ordinal);
            OptionalInt n = digits.matches() ? OptionalInt.of(Integer.parseInt(digits.group(1))) : Ordinals.parse(ordinal);
            if (n.isEmpty()) {
                n = RomanceOrdinals.parse(ordinal);
            }
            if (n.isPresent() && n.getAsInt() == number) {
                return from;
            }
        }
        return -1;
    }

    /** An agenda item's number after "item(s)" / "tema(s)" / "point(s)": "71 (c)" for "71(c)". */
    private int[] agendaNumber(String number, int front) {
        String v = FoldedText.fold(number);
        Pattern printed = Pattern.compile("(?<![0-9a-z])" + Pattern.quote(v).replace("(", "\\E ?\\(\\Q") + "(?![0-9])");
        Matcher word = AGENDA_WORD.matcher(folded.folded()).region(0, front);
        while (word.find()) {
            Matcher n = printed.matcher(folded.folded()).region(word.end(), Math.min(front, word.end() + 120));
            if (n.find()) {
                return new int[] {n.start(), n.end()};
            }
        }
        return null;
    }

    /** A signatory's name: after "(Signed)" when the text prints it, else where the name last stands. */
    private int[] signature(String name, List<int[]> taken) {
        String v = FoldedText.fold(name);
        Matcher signed = SIGNED.matcher(folded.folded());
        while (signed.find()) {
            int at = folded.find(v, signed.end(), Math.min(folded.length(), signed.end() + 80 + v.length()));
            if (at >= 0 && !overlaps(taken, at)) {
                return new int[] {at, at + v.length()};
            }
        }
        int last = folded.findLast(v, 0, folded.length());
        return last < 0 ? null : new int[] {last, last + v.length()};
    }

    /** A date in any of its printed forms: in full, the US way, or a day before its month (a range "5 and 6 December 2024"). */
    private int[] date(LocalDate date, int from, int to) {
        int[] at = firstDate(DAY_MONTH_YEAR, date, from, to, 1, 2, 3);
        at = at != null ? at : firstDate(MONTH_DAY_YEAR, date, from, to, 2, 1, 3);
        return at != null ? at : firstDate(DAY_THEN_MONTH, date, from, to, 1, 2, 3);
    }

    private int[] firstDate(Pattern p, LocalDate date, int from, int to, int day, int month, int year) {
        Matcher m = p.matcher(folded.folded()).region(Math.max(0, from), Math.min(to, folded.length()));
        while (m.find()) {
            String y = m.group(year);
            if (Integer.parseInt(m.group(day)) == date.getDayOfMonth() && MONTHS.get(m.group(month)) == date.getMonthValue()
                    && (y == null || Integer.parseInt(y) == date.getYear())) {
                return new int[] {m.start(), m.end()};
            }
        }
        return null;
    }

    private int[] pattern(Pattern p, int from, int to) {
        Matcher m = p.matcher(folded.folded()).region(from, Math.min(to, folded.length()));
        return m.find() ? new int[] {m.start(), m.end()} : null;
    }

    private static boolean overlaps(List<int[]> taken, int at) {
        for (int[] t : taken) {
            if (at >= t[0] && at < t[1]) {
                return true;
            }
        }
        return false;
    }

    /** Records the passage of a folded span (nothing for null). */
    private void add(String field, int[] span) {
        if (span == null) {
            return;
        }
        int start = folded.origin(span[0]);
        int end = folded.originEnd(span[1]);
        found.computeIfAbsent(field, k -> new ArrayList<>()).add(new Evidence.Passage(codePoint(start), codePoint(end),
                text.substring(start, end)));
    }

    /** Whether the text holds a character outside the Basic Multilingual Plane: only then do offsets need counting. */
    private static boolean hasSurrogates(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isSurrogate(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private int codePoint(int index) {
        return surrogates ? text.codePointCount(0, index) : index;
    }

    /** The months' names as the folded text has them ("fevrier", "aout"), from the one table of them ({@link UnDates}). */
    private static Map<String, Integer> months() {
        Map<String, Integer> m = new HashMap<>();
        UnDates.monthsByName().forEach((name, number) -> m.put(FoldedText.fold(name), number));
        return Map.copyOf(m);
    }
}
