package org.w3id.unld.model;

import java.time.LocalDate;

/**
 * A conference, summit, meeting or session that a document says was or will be held. What the document
 * says, not a fact of the world: the mapper attributes it to the document.
 *
 * @param place the city as printed, or null
 */
public record Event(String name, LocalDate startDate, LocalDate endDate, String place) {
}
