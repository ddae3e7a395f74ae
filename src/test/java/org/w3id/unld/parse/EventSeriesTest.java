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
}
