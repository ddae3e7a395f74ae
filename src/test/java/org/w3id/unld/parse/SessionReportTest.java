package org.w3id.unld.parse;

import org.junit.jupiter.api.Test;
import org.w3id.unld.model.Event;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class SessionReportTest {

    @Test
    void aReportsTitleNamesTheSessionItReportsOnAndWhereAndWhenItWasHeld() {
        Event held = SessionReport.of("Report of the Legal Subcommittee on its fifty-fifth session, held in Vienna from 4 to 15 April 2016",
                null, null);
        assertEquals("fifty-fifth session of the Legal Subcommittee", held.name());
        assertEquals(LocalDate.of(2016, 4, 4), held.startDate());
        assertEquals(LocalDate.of(2016, 4, 15), held.endDate());
        assertEquals("Vienna", held.place());
    }

    @Test
    void thePlaceAndDatesMayFollowTheTitleInParenthesesOrOnTheLinesUnderIt() {
        Event capitals = SessionReport.of("REPORT OF THE COMMISSION ON SUSTAINABLE DEVELOPMENT ON ITS SECOND SESSION*",
                "(New York, 16-27 May 1994)", null);
        assertEquals("second session of the Commission on Sustainable Development", capitals.name());
        assertEquals("New York", capitals.place());
        assertEquals(LocalDate.of(1994, 5, 16), capitals.startDate());
        Event board = SessionReport.of("DRAFT REPORT OF THE TRADE AND DEVELOPMENT BOARD ON ITS FIFTY-THIRD SESSION",
                "Held at the Palais des Nations from 27 September to 2 October 2006", null);
        assertEquals("fifty-third session of the Trade and Development Board", board.name());
        assertEquals(LocalDate.of(2006, 9, 27), board.startDate());
        // "Report on the forty-fourth session": the body is the one whose report the document is.
        Event own = SessionReport.of("Report on the forty-fourth session* (20-29 March 2001)", null, "Commission on Narcotic Drugs");
        assertEquals("forty-fourth session of the Commission on Narcotic Drugs", own.name());
        assertEquals(LocalDate.of(2001, 3, 29), own.endDate());
        // Bodies' names a copy ran in before the title, the dates right after it; "of its" as a working party's report says it.
        Event runIn = SessionReport.of("UNITED NATIONS ENVIRONMENT PROGRAMME REPORT OF THE GOVERNING COUNCIL on the work of its first session "
                + "12-22 June 1973", null, null);
        assertEquals("first session of the Governing Council", runIn.name());
        assertEquals(LocalDate.of(1973, 6, 12), runIn.startDate());
        Event party = SessionReport.of("REPORT OF THE WORKING PARTY ON RAIL TRANSPORT OF ITS FIFTY-SECOND SESSION (5-7 October 1998)", null, null);
        assertEquals(LocalDate.of(1998, 10, 7), party.endDate());
    }

    @Test
    void aSessionNamedWithoutPlaceOrDatesOrATitleOfNoSessionIsNoEvent() {
        assertNull(SessionReport.of("Report of the Committee on its ninth session", "Contents", null));
        assertNull(SessionReport.of("Report of the Secretary-General", "(New York, 16-27 May 1994)", null));
    }

    @Test
    void theSessionIsListedOnceFirstThoughTheTextNamesItOtherwise() {
        Event session = SessionReport.of("Report of the Conference of the Parties on its ninth session, held in Buenos Aires from "
                + "21 September to 2 October 2009", null, null);
        List<Event> events = SessionReport.withSession(session, List.of(
                new Event("Conference of the Parties on its ninth session", null, null, "Buenos Aires"),
                new Event("World Summit on Sustainable Development", null, null, "Johannesburg")));
        assertEquals(List.of("ninth session of the Conference of the Parties", "World Summit on Sustainable Development"),
                events.stream().map(Event::name).toList());
    }
}
