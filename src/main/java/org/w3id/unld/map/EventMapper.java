package org.w3id.unld.map;

import org.apache.jena.graph.Node;
import org.w3id.unld.model.Event;
import org.w3id.unld.model.Meeting;
import org.w3id.unld.vocab.Schema;
import org.w3id.unld.vocab.Unld;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The events a document refers to (conferences, summits, meetings), and the meeting a meeting record
 * reports. The document refers to them (unld:refersTo); their dates and place are what the document
 * says, in the document's graph. An event that the parser found to be a conference ({@link Event.Kind}) is a
 * unld:Conference; one it found to be a numbered edition of a series ("Second International Conference on …",
 * {@link Event.Edition}) is that member of the series, so that the editions of a conference series meet at the series.
 */
final class EventMapper implements FactMapper {
    private static final Pattern DIGITS = Pattern.compile("[0-9]+");

    @Override
    public void map(MappingContext context, Triples out) {
        Node doc = context.document();
        List<Event> events = context.extraction().events();
        for (int i = 0; i < events.size(); i++) {
            Event event = events.get(i);
            if (event.name() == null || event.name().isBlank()) {
                continue;
            }
            String field = "/events/" + i;
            boolean conference = event.kind() == Event.Kind.CONFERENCE;
            Node node = context.iris().event(event);
            out.stated(field + "/name", out.add(doc, Unld.refersTo, node));
            out.rule(Unld.EventsFromText);
            out.type(node, Unld.Event);
            if (conference) {
                out.type(node, Unld.Conference);
            }
            out.label(node, event.name());
            out.stated(field + "/startDate", out.date(node, Schema.startDate, event.startDate()));
            out.stated(field + "/endDate", out.date(node, Schema.endDate, event.endDate()));
            if (event.place() != null && !event.place().isBlank()) {
                out.stated(field + "/place", out.add(node, Schema.location, context.shared().place(event.place())));
            }
            series(context, node, event.edition(), out);
        }
        Meeting meeting = context.extraction().meeting();
        if (meeting != null && meeting.number() != null && !meeting.number().isBlank()) {
            meeting(context, meeting, out);
        }
    }

    /** The series of which the event is a numbered edition, as the parser decided it. */
    private static void series(MappingContext context, Node event, Event.Edition edition, Triples out) {
        if (edition == null) {
            return;
        }
        Node series = context.iris().eventSeries(edition.series());
        out.integer(event, Unld.ordinal, edition.ordinal());
        out.add(event, Unld.series, series);
        out.type(series, Unld.EventSeries);
        out.labelOnce(series, edition.series());
        out.rule(Unld.SeriesFromEventNames);
    }

    /** "Security Council, 8699th meeting", an event keyed by its name and year (its number is unique). */
    private static void meeting(MappingContext context, Meeting meeting, Triples out) {
        String organ = meeting.organ(); // as parse decided it: the masthead's, else that of its session
        String number = meeting.number().strip();
        String ordinal = DIGITS.matcher(number).matches() ? SharedResources.ordinal(Integer.parseInt(number)) : number;
        String name = (organ == null || organ.isBlank() ? "" : organ.strip() + ", ") + ordinal + " meeting";
        Node node = context.iris().event(name, meeting.date(), true); // the number makes it unique
        out.stated("/meeting/number", out.add(context.document(), Unld.refersTo, node));
        out.rule(Unld.MeetingFromMasthead);
        out.type(node, Unld.Event);
        out.label(node, name);
        // The date of this record's part of the meeting: a resumed meeting may go on another day.
        out.stated("/meeting/date", out.date(node, Schema.startDate, meeting.date()));
        if (meeting.place() != null && !meeting.place().isBlank()) {
            out.stated("/meeting/place", out.add(node, Schema.location, context.shared().place(meeting.place())));
        }
    }
}
