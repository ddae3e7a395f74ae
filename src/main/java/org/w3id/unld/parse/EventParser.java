package org.w3id.unld.parse;

import org.w3id.unld.model.Event;
import org.w3id.unld.model.Slugs;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Conferences, summits, meetings, sessions, forums, workshops, talks and consultations that the text
 * says were or will be held, with their dates and city when stated: "the Second International
 * Conference on “…”, held on 5 and 6 December 2024 in Baku, Azerbaijan".
 *
 * <p>An event is a noun phrase led by an event word and <em>named</em>: a proper name ("Delhi End TB
 * Summit"), the body that meets ("extraordinary session of the Coordinating Council") or a topic
 * ("international workshop on crops for peace"). It must be <em>held</em>: a verb of holding next to it
 * ("held", "convened", "to be held", "took place", "the convening of") or a date or place of holding
 * ("London Conference of August 1992", "… Conference, in Nairobi"). Bare and anaphoric mentions ("the
 * meeting", "its session"), numbered Council meetings, outcomes ("the Agenda of the Conference") and
 * plurals are not events.
 *
 * <p>This class puts the parts together: {@link EventCandidates} finds the event words and their paragraphs,
 * {@link EventNames} the name around each, {@link EventHolding} whether the text says it is held,
 * {@link EventDetails} (with {@link EventPlace}) its dates and city; here the mentions of one event become one entry,
 * and, from its final name, {@link EventKinds} tells whether it is a conference and {@link EventSeries} the series of
 * which it is a numbered edition ({@link #decided}).
 */
public final class EventParser {
    /** How much of the text after a name its dates and place are looked for in. */
    private static final int WINDOW = 220;
    private static final Pattern ADOPTION_MEETING = Pattern.compile("(?i)^\\s*at\\s+(?:the|its)\\s+$");
    private static final Pattern LEADING_ARTICLE = Pattern.compile("^(?:The|the)\\s+");

    /**
     * An event the text mentions. An unnamed one ("the Community’s extraordinary summit in Ouagadougou in
     * September") is kept only to give its place or dates to a named one, never listed alone.
     */
    private record Found(Event event, boolean named, int nameEnd) {
    }

    private static final org.w3id.unld.reference.UnBodies BODIES = org.w3id.unld.reference.UnBodies.standard();
    /** A footnote's number glued to the name's last word or comma, and what follows it. */
    private static final Pattern FOOTNOTE_MARK = Pattern.compile("(?:(?<=\\p{Ll})\\d{1,3}|[,;]\\d{1,3})(?=\\s|$).*$");
    /** A name that is only its head: "United Nations Conference", "the Meeting". */
    private static final Pattern GENERIC_NAME = Pattern.compile(
            "(?i)(?:the\\s+)?(?:United\\s+Nations\\s+)?(?:Conference|Summit|Meeting|Session|Forum|Workshop|Symposium)s?");

    private EventParser() {
    }

    /** The string without the given characters at its end: "Yemen," → "Yemen". */
    static String trimEnd(String s, String chars) {
        int end = s.length();
        while (end > 0 && chars.indexOf(s.charAt(end - 1)) >= 0) {
            end--;
        }
        return end == s.length() ? s : s.substring(0, end);
    }

    /**
     * The events of the text from line {@code from} on, in order of first mention, one entry per event, each with
     * the kind and the edition of a series that its name says it is ({@link #decided}).
     */
    static List<Event> parse(TextLines lines, int from) {
        List<Event> named = new ArrayList<>();
        List<Event> unnamed = new ArrayList<>();
        for (String paragraph : EventCandidates.paragraphs(lines, from)) {
            int nameEnd = 0;
            for (EventCandidates.Head head : EventCandidates.heads(paragraph)) {
                if (head.start() < nameEnd) {
                    // An event word inside the name of an event found just before it names the body that meets or the event
                    // whose part it is ("the fifteenth session of the General Conference of UNIDO, held in Lima"): the
                    // dates and place after the name are the session's, not the General Conference's.
                    continue;
                }
                Found found = mention(paragraph, head);
                if (found != null) {
                    add(found.named() ? named : unnamed, found.event());
                    nameEnd = found.nameEnd();
                }
            }
        }
        List<Event> events = new ArrayList<>();
        for (Event e : merge(named, unnamed)) {
            events.add(decided(e)); // the name is final only now
        }
        return events;
    }

    /**
     * The event with what parse decides from its final name: its kind ({@link EventKinds}) and the edition of a series
     * it is ({@link EventSeries}). Public because the extraction's JSON carries neither: whoever reads an extraction back
     * from it (the map tests, which map expected extractions) completes its events with this, as the parser does.
     */
    public static Event decided(Event found) {
        return new Event(found.name(), found.startDate(), found.endDate(), found.place(),
                EventKinds.kindOf(found.name()), EventSeries.editionOf(found.name()));
    }

    /** The event that the event word {@code h} of paragraph {@code p} heads, or null when it heads none. */
    private static Found mention(String p, EventCandidates.Head h) {
        if (!EventNames.headsAName(p, h.start(), h.end())) {
            return null;
        }
        String head = p.substring(h.start(), h.end());
        EventNames.Edges edges = EventNames.edges(p, h.start(), h.end());
        int start = edges.start();
        String left = p.substring(start, h.start()).trim();
        String complement = p.substring(h.end(), edges.end()).trim();
        if (ADOPTION_MEETING.matcher(p).region(0, start).matches()) {
            // "At the organizational session of the Human Rights Council, held on …, the President made …": the
            // meeting at which the document itself was adopted, like the adoption footer, is no event.
            return null;
        }
        boolean named = EventNames.isNamed(head, left, complement);
        if (!named && left.isEmpty()) {
            return null;
        }
        String rest = p.substring(edges.resume(), Math.min(p.length(), edges.resume() + WINDOW));
        String before = p.substring(Math.max(0, start - 80), start);
        String convenedWith = EventHolding.convenedWith(before);
        boolean verbBefore = convenedWith != null || EventHolding.verbBefore(before);
        boolean session = head.equalsIgnoreCase("session") || head.equalsIgnoreCase("segment");
        boolean properName = Character.isUpperCase(head.charAt(0)) || EventNames.hasCapital(left);
        boolean held = EventHolding.outcomeBefore(before)
                // "the Declaration adopted at the World Conference on Human Rights on 25 June 1993": the outcome's date.
                ? EventHolding.verbAfter(rest) || verbBefore
                : EventHolding.saidAfter(rest) || verbBefore
                        || !session && (EventHolding.periodBefore(before) || properName && EventHolding.periodAfter(rest));
        if (!held) {
            return null;
        }
        String name = Titles.clean(p.substring(start, edges.end()));
        if (name == null) {
            return null;
        }
        name = LEADING_ARTICLE.matcher(name).replaceFirst("");
        // "… Nuclear Weapons,3 the Conference": a footnote's number ends the name.
        name = FOOTNOTE_MARK.matcher(name).replaceFirst("");
        if (GENERIC_NAME.matcher(name).matches() || BODIES.byName(name).isPresent()) {
            // "United Nations Conference" alone says no event; "Conference on Disarmament" is a standing body, not an event.
            return null;
        }
        EventDetails.Held when = EventDetails.after(rest);
        if (convenedWith != null) {
            when = when.completedBy(EventDetails.after(convenedWith));
        }
        if (!named) {
            return when.saysWhenOrWhere() ? new Found(new Event(name, when.start(), when.end(), when.place()), false, edges.end()) : null;
        }
        if (when.start() == null && verbBefore) {
            // "from 5 to 9 November 2019, Indonesia and Colombia … organized an international workshop on …"
            UnDates.Span span = EventDetails.before(p, start);
            if (span != null) {
                when = new EventDetails.Held(span.start(), span.end(), when.place());
            }
        }
        return new Found(new Event(name, when.start(), when.end(), when.place()), true, edges.end());
    }

    /**
     * One entry per event in order of first mention: mentions of the same name merge their dates and place,
     * a short name that begins a longer one is the same event, but the same name on different dates is
     * another meeting of the same body.
     */
    private static void add(List<Event> events, Event e) {
        // Names are compared by their slug: what would be one resource of the graph is one event (a non-breaking hyphen
        // in one mention and a hyphen in the next, a difference of case, accents or punctuation).
        String b = Slugs.of(e.name());
        for (int i = 0; i < events.size(); i++) {
            Event x = events.get(i);
            String a = Slugs.of(x.name());
            boolean same = a.equals(b);
            boolean prefix = !same && (a.startsWith(b + "-") || b.startsWith(a + "-"));
            if (!same && !prefix) {
                continue;
            }
            if (x.startDate() != null && e.startDate() != null && !x.startDate().equals(e.startDate())) {
                continue;
            }
            Event longer = a.length() >= b.length() ? x : e;
            Event shorter = longer == x ? e : x;
            events.set(i, new Event(longer.name(),
                    longer.startDate() != null ? longer.startDate() : shorter.startDate(),
                    longer.startDate() != null ? longer.endDate() : shorter.endDate(),
                    longer.place() != null ? longer.place() : shorter.place()));
            return;
        }
        events.add(e);
    }

    /**
     * The named events, completed by the unnamed mentions that say where or when one of them was held (the
     * first named event that begins with the mention's words). And "Tokyo Conference" and "Ministerial
     * Conference on … held at Tokyo" are one event: a name made of a city and the event word goes into the
     * event of the same kind held in that city.
     */
    private static List<Event> merge(List<Event> named, List<Event> unnamed) {
        List<Event> out = new ArrayList<>(named);
        for (Event w : unnamed) {
            String prefix = w.name().toLowerCase(Locale.ROOT) + " ";
            for (int i = 0; i < out.size(); i++) {
                Event e = out.get(i);
                if (e.name().toLowerCase(Locale.ROOT).startsWith(prefix)) {
                    out.set(i, new Event(e.name(), e.startDate() != null ? e.startDate() : w.startDate(),
                            e.startDate() != null ? e.endDate() : w.endDate(), e.place() != null ? e.place() : w.place()));
                    break;
                }
            }
        }
        for (int i = 0; i < out.size(); i++) {
            String[] words = out.get(i).name().split(" ");
            if (words.length != 2) {
                continue;
            }
            for (int j = 0; j < out.size(); j++) {
                Event other = out.get(j);
                if (j != i && words[0].equals(other.place()) && other.name().contains(words[1])) {
                    Event keep = other;
                    Event gone = out.get(i);
                    out.set(Math.min(i, j), new Event(keep.name(), keep.startDate() != null ? keep.startDate() : gone.startDate(),
                            keep.startDate() != null ? keep.endDate() : gone.endDate(), keep.place()));
                    out.remove(Math.max(i, j));
                    i = -1;
                    break;
                }
            }
        }
        return out;
    }
}
