package org.w3id.unld.model;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/**
 * A conference, summit, meeting or session that a document says was or will be held. What the document
 * says, not a fact of the world: the mapper attributes it to the document.
 *
 * @param place   the city as printed, or null
 * @param kind    whether the event is a conference (or summit) or another event, as the parser decided it from the
 *                name; not in the extraction's JSON (only in {@code unld extract --graph-facts})
 * @param edition the numbered edition of a series the name says the event is ("Second International Conference
 *                on …"), or null. Decided by the parser from the name; not in the extraction's JSON (only in
 *                {@code unld extract --graph-facts}).
 */
public record Event(String name, LocalDate startDate, LocalDate endDate, String place, Kind kind, Edition edition) {

    public Event {
        Objects.requireNonNull(kind, "kind");
    }

    /** An event that is neither a conference nor a numbered edition of a series. */
    public Event(String name, LocalDate startDate, LocalDate endDate, String place) {
        this(name, startDate, endDate, place, Kind.OTHER, null);
    }

    /**
     * What kind of event the parser found. A conference or summit is a unique gathering, keyed by its name and year; any
     * other event (a meeting, a session, a workshop) may recur under one name and is keyed by its name and date.
     */
    public enum Kind {
        CONFERENCE, OTHER;

        /** As the JSON writes it: "conference", "other". */
        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * The place of an event in a series: "Second International Conference on Financing for Development" is
     * edition 2 of the series "International Conference on Financing for Development".
     *
     * @param series  the series' name: the event's name without its ordinal (nor an edition's acronym)
     * @param ordinal the edition's number, 1 or more
     */
    public record Edition(String series, int ordinal) {
    }
}
