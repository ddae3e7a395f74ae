package org.w3id.unld.parse;

import org.junit.jupiter.api.Test;
import org.w3id.unld.model.Meeting;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MeetingParserTest {
    private static final String FRONT_PAGE = String.join("\n",
            "United Nations S/PV.8770", "Security Council", "Seventy-fifth year", "8770th meeting",
            "Thursday, 15 October 2020, 10.25 a.m. ", "New York", "Provisional",
            "President: Mr. Nebenzia/Ms. Evstigneeva . . . . . . . . . . . . . (Russian Federation)",
            "Members: Belgium. . . . . . . . . . . Mr. Kridelka", "Agenda", "The situation in the Middle East",
            "This record contains the text of speeches delivered in English");

    @Test
    void theFrontPageGivesNumberDateTimePlaceAndPresident() {
        TextLines lines = TextLines.of(FRONT_PAGE);
        assertEquals(new Meeting("8770", LocalDate.of(2020, 10, 15), "10.25 a.m.", "New York", "Nebenzia/Evstigneeva"),
                MeetingParser.parse(lines, 3));
    }

    @Test
    void theAgendaItemIsTheFirstHeadingUnderAgenda() {
        assertEquals("The situation in the Middle East", MeetingParser.agendaItem(TextLines.of(FRONT_PAGE), 4));
        TextLines wrapped = TextLines.of(String.join("\n", "Agenda", "Identical letters dated 19 January 2016 from the Permanent "
                + "Representative of ", "Colombia to the United Nations addressed to the Secretary-General and the President ",
                "of the Security Council (S/2016/53)", "Report of the Secretary-General on the United Nations Verification Mission in "));
        assertEquals("Identical letters dated 19 January 2016 from the Permanent Representative of Colombia to the United Nations "
                + "addressed to the Secretary-General and the President of the Security Council (S/2016/53)",
                MeetingParser.agendaItem(wrapped, 0));
    }

    @Test
    void aMeetingNumberSplitByTheLayoutIsStillRead() {
        assertEquals("8702", MeetingParser.parse(TextLines.of("8702    nd meeting\nMonday, 13 January 2020, 10 a.m."), 0).number());
    }
}
