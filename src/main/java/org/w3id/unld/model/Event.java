package org.w3id.unld.model;

import java.time.LocalDate;

/**
 * A conference, summit, meeting or session that a document says was or will be held. What the document
 * says, not a fact of the world: the mapper attributes it to the document.
 *
 * @param place   the city as printed, or null
 * @param edition the numbered edition of a series the name says the event is ("Second International Conference
 *                on …"), or null. Decided by the parser from the name; not in the extraction's JSON.
 */
public record Event(String name, LocalDate startDate, LocalDate endDate, String place, Edition edition) {

    /** An event that is no numbered edition of a series. */
    public Event(String name, LocalDate startDate, LocalDate endDate, String place) {
        this(name, startDate, endDate, place, null);
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
