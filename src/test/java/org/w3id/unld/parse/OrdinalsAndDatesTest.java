package org.w3id.unld.parse;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.OptionalInt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OrdinalsAndDatesTest {

    @Test
    void ordinalWordsAreNumbers() {
        assertEquals(OptionalInt.of(79), Ordinals.parse("Seventy-ninth"));
        assertEquals(OptionalInt.of(80), Ordinals.parse("Eightieth"));
        assertEquals(OptionalInt.of(1), Ordinals.parse("First"));
        assertEquals(OptionalInt.of(21), Ordinals.parse("TWENTY-FIRST"));
        assertEquals(OptionalInt.of(45), Ordinals.parse("Forty fifth"));
        assertEquals(OptionalInt.of(100), Ordinals.parse("Hundredth"));
        assertEquals(OptionalInt.of(101), Ordinals.parse("One hundred and first"));
        // The principal organs numbered their meetings in words until the 1990s.
        assertEquals(OptionalInt.of(1537), Ordinals.parse("Fifteen hundred and thirty-seventh"));
        assertEquals(OptionalInt.of(1611), Ordinals.parse("SIXTEEN HUNDRED AND ELEVENTH"));
        assertEquals(OptionalInt.of(2932), Ordinals.parse("Two Thousand Nine Hundred and Thirty-Second"));
        assertEquals(OptionalInt.of(2000), Ordinals.parse("two thousandth"));
        assertEquals(OptionalInt.of(1200), Ordinals.parse("twelve hundredth"));
        assertTrue("Two Thousand Nine Hundred and Thirty-Second Meeting".matches("(?i)" + Ordinals.PATTERN + " meeting"));
        assertTrue("FIFTEEN HUNDRED AND THIRTY-SEVENTH MEETING".matches("(?i)" + Ordinals.PATTERN + " meeting"));
        assertEquals(OptionalInt.empty(), Ordinals.parse("first second"));
        assertEquals(OptionalInt.empty(), Ordinals.parse("twenty"));
        assertEquals(OptionalInt.empty(), Ordinals.parse("hundred and"));
        // As PDF text and scans space the hyphen.
        assertTrue("Ninety -third session".matches("(?i)" + Ordinals.PATTERN + " session"));
        assertEquals(OptionalInt.of(93), Ordinals.parse("Ninety -third"));
        assertEquals(OptionalInt.of(25), Ordinals.parse("TWENTY- FIFTH"));
        assertTrue(Ordinals.parse("Seventy").isEmpty());
        assertTrue(Ordinals.parse("session").isEmpty());
    }

    @Test
    void aDateIsDayMonthInWordsAndYear() {
        assertEquals(LocalDate.of(2024, 12, 27), UnDates.parse("27 December 2024"));
        assertEquals(LocalDate.of(1993, 5, 3), UnDates.parse("3 MAY 1993"));
        assertNull(UnDates.parse("31 February 2024"));
        assertNull(UnDates.parse("December 2024"));
    }

    @Test
    void spansOfDaysAndMonthsHaveStartAndEnd() {
        UnDates.Span s = UnDates.spanAt("5 and 6 December 2024 in Baku");
        assertEquals(LocalDate.of(2024, 12, 5), s.start());
        assertEquals(LocalDate.of(2024, 12, 6), s.end());
        s = UnDates.spanAt("from 30 November to 2 December 2024");
        assertEquals(LocalDate.of(2024, 11, 30), s.start());
        assertEquals(LocalDate.of(2024, 12, 2), s.end());
        s = UnDates.spanAt("5–7 October 2022");
        assertEquals(LocalDate.of(2022, 10, 7), s.end());
        s = UnDates.spanAt("on 26 September 2018,");
        assertEquals(s.start(), s.end());
    }

    @Test
    void aDayWithoutItsYearIsNoDate() {
        assertNull(UnDates.spanAt("on 23 September, the Council"));
    }
}
