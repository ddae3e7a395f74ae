package org.w3id.unld.parse;

import org.junit.jupiter.api.Test;
import org.w3id.unld.model.Event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class EventSeriesTest {

    @Test
    void anEventNamedWithAnOrdinalIsThatEditionOfTheSeriesTheRestNames() {
        assertEquals(new Event.Edition("International Conference on Financing for Development", 3),
                EventSeries.editionOf("Third International Conference on Financing for Development"));
        assertEquals(new Event.Edition("International Conference on Financing for Development", 4),
                EventSeries.editionOf("the Fourth International Conference on Financing for Development"));
        assertEquals(new Event.Edition("Summit of the African Union", 29), EventSeries.editionOf("29th Summit of the African Union"));
        assertEquals(new Event.Edition("Ministerial Conference", 21), EventSeries.editionOf("Twenty-first Ministerial Conference"));
    }

    @Test
    void theAcronymOfAnEditionIsNoPartOfTheSeriesName() {
        assertEquals(new Event.Edition("United Nations Conference on the Exploration and Peaceful Uses of Outer Space", 3),
                EventSeries.editionOf("Third United Nations Conference on the Exploration and Peaceful Uses of Outer Space (UNISPACE III)"));
    }

    @Test
    void anAnniversaryAnOrdinalAloneOrANameWithoutOrdinalIsNoEdition() {
        assertNull(EventSeries.editionOf("Twentieth Anniversary Summit"));
        assertNull(EventSeries.editionOf("second session"), "the rest must be a name");
        assertNull(EventSeries.editionOf("World Summit on the Information Society"));
        assertNull(EventSeries.editionOf("0th Summit of the African Union"));
        assertNull(EventSeries.editionOf(null));
    }

    @Test
    void aNumberedSessionOrMeetingOfABodyIsThatEditionOfTheSeriesOfItsSessions() {
        assertEquals(new Event.Edition("United Nations Conference on Trade and Development", 15),
                EventSeries.editionOf("fifteenth session of the United Nations Conference on Trade and Development"));
        assertEquals(new Event.Edition("Conference of the Parties to the Convention on Biological Diversity", 13),
                EventSeries.editionOf("thirteenth meeting of the Conference of the Parties to the Convention on Biological Diversity"));
        assertEquals(new Event.Edition("Conference of the Parties serving as the meeting of the Parties to the Paris Agreement", 5),
                EventSeries.editionOf("the fifth session of the Conference of the Parties serving as the meeting of the Parties to the Paris Agreement"));
    }

    @Test
    void aBodyNamedOnlyByTheTreatyItRefersBackToNamesNoSeries() {
        // Which convention's parties? Their sessions would meet at one series with those of every other convention.
        assertNull(EventSeries.editionOf("twenty-seventh session of the Conference of the Parties to the Convention"));
        assertNull(EventSeries.editionOf("third Review Conference of the Parties to the Treaty"));
    }
}
