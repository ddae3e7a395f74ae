package org.w3id.unld.model;

import java.time.LocalDate;

/**
 * The meeting a verbatim record (S/PV) reports: "8699th meeting, Tuesday, 14 January 2020, 10 a.m., New York".
 *
 * @param organ the organ whose meeting it is ("Security Council"), as the parser decided it from the masthead (see
 *              {@code DocumentParser.meetingOrgan}), or null; not in the extraction's JSON (only in
 *              {@code unld extract --graph-facts})
 */
public record Meeting(String number, LocalDate date, String time, String place, String president, String organ) {

    /** A meeting as its record's meeting line prints it: the organ is decided later, from the masthead. */
    public Meeting(String number, LocalDate date, String time, String place, String president) {
        this(number, date, time, place, president, null);
    }

    /** This meeting, of the given organ. */
    public Meeting withOrgan(String organ) {
        return new Meeting(number, date, time, place, president, organ);
    }
}
