package org.w3id.unld.parse;

import org.junit.jupiter.api.Test;
import org.w3id.unld.model.Event;

import static org.junit.jupiter.api.Assertions.assertEquals;

class EventKindsTest {

    @Test
    void aConferenceOrASummitIsAConference() {
        assertEquals(Event.Kind.CONFERENCE, EventKinds.kindOf("World Summit on the Information Society"));
        assertEquals(Event.Kind.CONFERENCE, EventKinds.kindOf("London Conference"));
        assertEquals(Event.Kind.CONFERENCE, EventKinds.kindOf("Review Conference of the Rome Statute of the International Criminal Court"));
        assertEquals(Event.Kind.CONFERENCE, EventKinds.kindOf("high-level conference on Palestine"), "in any case");
    }

    @Test
    void aMeetingASessionOrAWorkshopIsAnotherEvent() {
        assertEquals(Event.Kind.OTHER, EventKinds.kindOf("meeting of the Supreme National Council"));
        assertEquals(Event.Kind.OTHER, EventKinds.kindOf("extraordinary session of the Coordinating Council"));
        assertEquals(Event.Kind.OTHER, EventKinds.kindOf("international workshop on crops for peace"));
        assertEquals(Event.Kind.OTHER, EventKinds.kindOf("Summitry Forum"), "a whole word only");
        assertEquals(Event.Kind.OTHER, EventKinds.kindOf(null));
    }
}
