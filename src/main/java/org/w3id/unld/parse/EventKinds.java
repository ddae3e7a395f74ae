package org.w3id.unld.parse;

import org.w3id.unld.model.Event;

import java.util.regex.Pattern;

/**
 * Whether an event is a conference: a name with the word "conference" or "summit" ("World Summit on the Information
 * Society", "London Conference", "Review Conference of the Rome Statute") names a conference; any other event (a
 * meeting, a session, a workshop) is {@link Event.Kind#OTHER}. Decided here, once, from the event's final name: the
 * mapper only translates it (unld:Conference, and an IRI keyed by the year rather than the date).
 */
final class EventKinds {
    private static final Pattern CONFERENCE = Pattern.compile("\\b(conference|summit)\\b", Pattern.CASE_INSENSITIVE);

    private EventKinds() {
    }

    /** The kind of event a name names; {@link Event.Kind#OTHER} for no name. */
    static Event.Kind kindOf(String name) {
        return name != null && CONFERENCE.matcher(name).find() ? Event.Kind.CONFERENCE : Event.Kind.OTHER;
    }
}
