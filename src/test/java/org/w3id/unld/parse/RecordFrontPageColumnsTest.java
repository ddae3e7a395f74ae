package org.w3id.unld.parse;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RecordFrontPageColumnsTest {

    @Test
    void aPlenaryRecordsLeftColumnRunIntoItsMeetingLineIsSetApartAbove() {
        String scanned = "1839th GENERAL PLENARY MEETING (Opening meeting) ASSEMBLY Tuesday, 15 September 1970, TWENTY-FIFTH SESSION"
                + " at 3 p.m.\n\nOfficial Records NEW YORK\n\nCONTENTS";
        assertEquals(java.util.List.of("GENERAL ASSEMBLY", "TWENTY-FIFTH SESSION", "Official Records",
                        "1839th PLENARY MEETING (Opening meeting) Tuesday, 15 September 1970, at 3 p.m.", "NEW YORK", "CONTENTS"),
                RecordFrontPageColumns.separate(scanned).lines().filter(l -> !l.isBlank()).toList());
    }

    @Test
    void theSeparatedFrontPageReadsAsAMeetingRecordOfTheAssemblysSession() {
        TextLines lines = TextLines.of(RecordFrontPageColumns.separate(
                "1839th GENERAL PLENARY MEETING (Opening meeting) ASSEMBLY Tuesday, 15 September 1970, TWENTY-FIFTH SESSION"
                        + " at 3 p.m.\nOfficial Records NEW YORK\nCONTENTS"));
        MastheadParser.Masthead m = MastheadParser.parse(lines);
        assertEquals(java.util.List.of("General Assembly"), m.organs());
        assertEquals(java.util.List.of(new org.w3id.unld.model.Session("General Assembly", 25)), m.sessions());
        org.w3id.unld.model.Meeting meeting = MeetingParser.parse(lines, MeetingParser.find(lines, 10));
        assertEquals("1839", meeting.number());
        assertEquals(java.time.LocalDate.of(1970, 9, 15), meeting.date());
        assertEquals("NEW YORK", meeting.place());
    }

    @Test
    void aTextWhoseHeadIsNotSuchAPageIsUnchanged() {
        String letter = "GENERAL ASSEMBLY\nSeventy-fifth session\nAgenda item 4\nLetter dated 1 May 2020 from the ASSEMBLY of …";
        assertEquals(letter, RecordFrontPageColumns.separate(letter));
    }
}
