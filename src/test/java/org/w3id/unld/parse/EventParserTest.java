package org.w3id.unld.parse;

import org.junit.jupiter.api.Test;
import org.w3id.unld.model.Event;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class EventParserTest {

    private static List<Event> events(String... paragraphs) {
        return EventParser.parse(TextLines.of(String.join("\n\n", paragraphs)), 0);
    }

    @Test
    void aNamedConferenceHeldOnDatesInACityIsAnEvent() {
        assertEquals(List.of(new Event("Second International Conference on “The Right to Return: Advancing Justice for Azerbaijanis "
                        + "Expelled from Armenia”", LocalDate.of(2024, 12, 5), LocalDate.of(2024, 12, 6), "Baku", Event.Kind.CONFERENCE,
                        new Event.Edition("International Conference on “The Right to Return: Advancing Justice for Azerbaijanis "
                                + "Expelled from Armenia”", 2))),
                events("I have the honour to transmit the address to the participants in the Second International Conference on "
                        + "“The Right to Return: Advancing Justice for Azerbaijanis Expelled from Armenia”, held on 5 and 6 December 2024 "
                        + "in Baku, Azerbaijan (see annex)."));
    }

    @Test
    void theConveningOfAConferenceSaysItIsHeldAndTheCountryAfterTheCityIsNoPlace() {
        assertEquals(List.of(new Event("Fourth International Conference on Financing for Development", LocalDate.of(2025, 6, 30),
                        LocalDate.of(2025, 7, 3), "Sevilla", Event.Kind.CONFERENCE, new Event.Edition("International Conference on Financing for Development", 4))),
                events("Welcoming the convening of the Fourth International Conference on Financing for Development from 30 June to "
                        + "3 July 2025 in Sevilla, Spain, and reaffirming its outcome document,"));
    }

    @Test
    void aSessionOfANamedBodyToBeConvenedIsAnEvent() {
        assertEquals(List.of(new Event("extraordinary session of the Coordinating Council", null, null, null)),
                events("the announcement by my Special Representative that an extraordinary session of the Coordinating Council "
                        + "would be convened on 22 May, the situation calmed down."));
    }

    @Test
    void aCountryWhereTheTextNamesNoCityIsThePlaceAndAYearlessDateIsNoDate() {
        assertEquals(List.of(new Event("international workshop on crops for peace", null, null, "Indonesia")),
                events("Indonesia and Colombia organized an international workshop on crops for peace in Indonesia on 5 November."));
        assertEquals("United Arab Emirates", events("Recalling the twenty-eighth session of the Conference of the Parties to the "
                + "Convention, held in the United Arab Emirates from 30 November to 12 December 2023,").get(0).place());
    }

    @Test
    void aWordAfterTheCityIsNoPartOfItAndTheCountryAfterAnIslandIsNone() {
        assertEquals("Vientiane", events("to attend the third Review Conference of the Convention, to be held in Vientiane during "
                + "the week of 14 to 18 September 2026,").get(0).place());
        assertEquals(List.of(new Event("Seventeenth Conference of Heads of State or Government of Non-Aligned Countries",
                        LocalDate.of(2016, 9, 13), LocalDate.of(2016, 9, 18), "Margarita Island")),
                events("reiterated at the Seventeenth Conference of Heads of State or Government of Non-Aligned Countries, held on "
                        + "Margarita Island, Bolivarian Republic of Venezuela, from 13 to 18 September 2016, as well as").stream()
                        .map(e -> new Event(e.name(), e.startDate(), e.endDate(), e.place())).toList());
    }

    @Test
    void aBuildingIsNoPlaceButTheCityAfterItIs() {
        assertEquals("Geneva", events("The Second Forum of Mayors took place from 4-5 April 2022 at the Palais des Nations, in "
                + "Geneva, Switzerland.").get(0).place());
        assertEquals(List.of(new Event("first session of the Environment Assembly", LocalDate.of(2014, 6, 23), LocalDate.of(2014, 6, 27),
                        "Nairobi", Event.Kind.OTHER, new Event.Edition("Environment Assembly", 1))),
                events("The first session of the Environment Assembly was held at the headquarters of the United Nations Environment "
                        + "Programme (UNEP) in Nairobi from 23 to 27 June 2014."));
        assertEquals("Belgrade", events("The fifth session of the Meeting of the Parties to the Protocol on Water was held at the "
                + "Palace of Serbia, Belgrade, from 19 to 21 November 2019, at the invitation of the Government.").get(0).place());
        assertEquals(List.of(new Event("thirty-fourth session of the Committee on the Rights of the Child", LocalDate.of(2003, 9, 15),
                        LocalDate.of(2003, 10, 3), "Geneva", Event.Kind.OTHER, new Event.Edition("Committee on the Rights of the Child", 34))),
                events("1.The thirty-fourth session of the Committee on the Rights of the Child will be held at the United Nations Office "
                        + "at Geneva from 15 September to 3 October 2003."));
    }

    @Test
    void outcomesBareMentionsAndCouncilMeetingsAreNoEvents() {
        assertEquals(List.of(), events(
                "Reaffirm the Addis Ababa Action Agenda of the Third International Conference on Financing for Development,",
                "The meeting was held on 5 May 2019 in Geneva.",
                "At its 9028th meeting, held on 20 December 2019, the Council adopted the resolution.",
                "as declared in the 2005 World Summit Outcome, sports can contribute to peace,",
                "Noting that the XXV Olympic Winter Games will be held from 6 to 22 February 2026,"));
    }

    @Test
    void aConferenceNamedAsTheSourceOfAnOutcomeOrAReportIsHeldOnlyWhereAVerbSaysSo() {
        assertEquals(List.of(), events(
                "Bearing in mind the Vienna Declaration and Programme of Action adopted at the World Conference on Human Rights on "
                        + "25 June 1993,",
                "Acknowledging the Moscow Declaration adopted at the first Global Ministerial Conference on Road Safety in 2009,",
                "2 See Report of the International Conference on the Relationship between Disarmament and Development, New York, "
                        + "24 August–11 September 1987 (A/CONF.130/39).",
                "the decision adopted by the 1995 Review and Extension Conference of the Parties to the Treaty on 11 May 1995,",
                "to hold the Conference on an annual basis shortly after the segment,"));
        assertEquals(List.of(new Event("Ministerial Conference on Road Safety", LocalDate.of(2015, 11, 18), LocalDate.of(2015, 11, 19),
                        "Brasilia", Event.Kind.CONFERENCE, null)),
                events("the Declaration adopted at the Ministerial Conference on Road Safety, held in Brasilia on 18 and 19 November 2015,"));
    }

    @Test
    void aConveningMayGiveThePlaceAndDateBeforeTheName() {
        assertEquals(List.of(new Event("Peace Conference on the Middle East", LocalDate.of(1991, 10, 30), LocalDate.of(1991, 10, 30),
                        "Madrid", Event.Kind.CONFERENCE, null)),
                events("Noting with satisfaction the convening in Madrid on 30 October 1991 of the Peace Conference on the Middle East, "
                        + "on the basis of Security Council resolutions 242 (1967) and 338 (1973),"));
        assertEquals("Seville", events("Looking forward to the convening in 2025 of the Fourth International Conference on Financing "
                + "for Development in Seville, Spain,").get(0).place());
        assertEquals(List.of(), events("Having proposed the convening in 2027 of a conference on the question,"));
    }

    @Test
    void mentionsOfOneEventMergeAndTheSameBodyOnOtherDatesIsAnotherEvent() {
        List<Event> e = events(
                "The meeting of the Supreme National Council held at Beijing on 28 January 1993 was described in my report.",
                "the meeting of the Supreme National Council held on 4 April 1993 approved the plan.",
                "The Review Conference of the Rome Statute of the International Criminal Court, held in Kampala from 31 May to "
                        + "11 June 2010, adopted amendments.",
                "the Review Conference of the Rome Statute held in Kampala");
        assertEquals(List.of(
                new Event("meeting of the Supreme National Council", LocalDate.of(1993, 1, 28), LocalDate.of(1993, 1, 28), "Beijing"),
                new Event("meeting of the Supreme National Council", LocalDate.of(1993, 4, 4), LocalDate.of(1993, 4, 4), null),
                new Event("Review Conference of the Rome Statute of the International Criminal Court", LocalDate.of(2010, 5, 31),
                        LocalDate.of(2010, 6, 11), "Kampala", Event.Kind.CONFERENCE, null)), e);
    }

    @Test
    void aProperNameWithAMonthOrYearIsHeldThenAndAnAcronymIsLeftOut() {
        assertEquals(List.of(new Event("London Conference", null, null, null, Event.Kind.CONFERENCE, null)),
                events("After the London Conference of August 1992, it was agreed by potential troop contributors"));
        assertEquals(List.of(new Event("Biarritz meeting of the Group of Seven", null, null, null)),
                events("including the Biarritz meeting of the Group of Seven (G-7) held in August, which focused on the region"));
    }

    @Test
    void theParserDecidesFromTheFinalNameWhetherAnEventIsAConferenceAndOfWhichSeriesItIsAnEdition() {
        assertEquals(List.of(new Event("Third International Conference on Financing for Development", LocalDate.of(2015, 7, 13),
                        LocalDate.of(2015, 7, 16), "Addis Ababa", Event.Kind.CONFERENCE,
                        new Event.Edition("International Conference on Financing for Development", 3))),
                events("the Third International Conference on Financing for Development, held in Addis Ababa from 13 to 16 July 2015,"));
        assertEquals(List.of(new Event("meeting of the Supreme National Council", LocalDate.of(1993, 1, 28), LocalDate.of(1993, 1, 28),
                        "Beijing", Event.Kind.OTHER, null)),
                events("The meeting of the Supreme National Council held at Beijing on 28 January 1993 was described in my report."));
    }

    @Test
    void anEventReadBackWithoutWhatParseDecidedIsCompletedFromItsName() {
        Event read = new Event("Second World Summit for Social Development", LocalDate.of(2025, 11, 4), LocalDate.of(2025, 11, 6), "Doha");
        assertEquals(new Event(read.name(), read.startDate(), read.endDate(), read.place(), Event.Kind.CONFERENCE,
                new Event.Edition("World Summit for Social Development", 2)), EventParser.decided(read));
    }

    @Test
    void aFootnoteNumberEndsAnEventsNameAndABodyOrABareHeadIsNoEvent() {
        List<Event> events = EventParser.parse(TextLines.of(String.join("\n",
                "Recalling the outcome of the 2010 Review Conference of the Parties to the Treaty on the Non-Proliferation of Nuclear "
                        + "Weapons,3 held in New York from 3 to 28 May 2010,",
                "",
                "Welcoming the work of the Conference on Disarmament, which met in Geneva in 2024, and the United Nations Conference "
                        + "held in 2025,")), 0);
        assertEquals(List.of("Review Conference of the Parties to the Treaty on the Non-Proliferation of Nuclear Weapons"),
                events.stream().map(Event::name).toList());
    }

    @Test
    void mentionsWhoseNamesDifferOnlyInDashesOrCaseAreOneEvent() {
        // A non-breaking hyphen (U+2011) in one mention and a hyphen in the next: one event, one resource of the graph.
        List<Event> events = EventParser.parse(TextLines.of(String.join("\n",
                "Recalling the Review Conference of the Parties to the Treaty on the Non\u2011Proliferation of Nuclear Weapons, held in New York,",
                "",
                "Noting the Review Conference of the Parties to the Treaty on the Non-Proliferation of Nuclear Weapons;5 held in New York,")), 0);
        assertEquals(1, events.size(), () -> events.toString());
        assertEquals(org.w3id.unld.model.Slugs.of("Non\u2011Proliferation Conférence"), org.w3id.unld.model.Slugs.of("non-proliferation conference"));
    }

    @Test
    void anEventWordInsideTheNameOfASessionNamesItsBodyAndIsNoEventOfItsOwn() {
        // The place after the name is the session's: were the General Conference an event too, every session's city would be its.
        assertEquals(List.of(new Event("fifteenth session of the General Conference of the United Nations Industrial Development "
                        + "Organization", null, null, "Lima", Event.Kind.CONFERENCE,
                        new Event.Edition("General Conference of the United Nations Industrial Development Organization", 15))),
                events("Recalling further the fifteenth session of the General Conference of the United Nations Industrial Development "
                        + "Organization, held in Lima in December 2013, and the Lima Declaration,"));
        assertEquals(List.of("thirteenth meeting of the Conference of the Parties to the Convention on Biological Diversity"),
                events("we look forward to the thirteenth meeting of the Conference of the Parties to the Convention on Biological "
                        + "Diversity to be held in Mexico.").stream().map(Event::name).toList());
    }

    @Test
    void aBodyServingAsTheMeetingOfThePartiesToAnAgreementIsOneNameAndItsSessionsOneSeries() {
        List<Event> dubai = events("We welcome the outcomes of the twenty-eighth session of the Conference of the Parties to the United "
                + "Nations Framework Convention on Climate Change and the fifth session of the Conference of the Parties serving as the "
                + "meeting of the Parties to the Paris Agreement held in Dubai, United Arab Emirates, including its aspects related to finance.");
        List<Event> glasgow = events("adopted at the twenty-sixth session of the Conference of the Parties to the United Nations "
                + "Framework Convention on Climate Change and the third session of the Conference of the Parties serving as the Meeting "
                + "of the Parties to the Paris Agreement, held in Glasgow, United Kingdom of Great Britain and Northern Ireland,");
        Event fifth = dubai.get(dubai.size() - 1);
        Event third = glasgow.get(glasgow.size() - 1);
        assertEquals(new Event("fifth session of the Conference of the Parties serving as the meeting of the Parties to the Paris Agreement",
                null, null, "Dubai", Event.Kind.CONFERENCE,
                new Event.Edition("Conference of the Parties serving as the meeting of the Parties to the Paris Agreement", 5)), fifth);
        assertEquals(3, third.edition().ordinal());
        assertEquals("Glasgow", third.place());
        assertEquals(org.w3id.unld.model.Slugs.of(fifth.edition().series()), org.w3id.unld.model.Slugs.of(third.edition().series()),
                "two sessions, one series");
    }

    @Test
    void theDateAfterAnOutcomeDocumentsConferenceIsTheOutcomesNotTheConferencesStart() {
        // The Durban Review Conference sat from 20 to 24 April 2009; its outcome document is of the last day.
        assertEquals(List.of(), events("as well as the relevant provisions of the outcome document of the Durban Review Conference of "
                + "24 April 2009, in particular paragraphs 11, 13 and 54,"));
    }

    @Test
    void aPlaceIsTheCountryWhoseNameHasAnAndOrTheCityWhoseNameHasAnAbbreviationOrAParticle() {
        assertEquals("Antigua and Barbuda", events("the upcoming fourth International Conference on Small Island Developing States, "
                + "to be held in Antigua and Barbuda, including associate members").get(0).place());
        Event stJohns = events("the fourth International Conference on Small Island Developing States, held in St. John’s from 27 to "
                + "30 May 2024, the Antigua and Barbuda Agenda").get(0);
        assertEquals("St. John’s", stJohns.place());
        assertEquals(LocalDate.of(2024, 5, 27), stJohns.startDate(), "the dates after the city are read on");
        assertEquals("Sharm el-Sheikh", events("the twenty-seventh session of the Conference of the Parties to the Convention, to be "
                + "held in Sharm el-Sheikh, Egypt, in November 2022,").get(0).place());
        assertEquals(null, events("the 2023 high-level political forum on sustainable development convened under the auspices of the "
                + "General Assembly at the Sustainable Development Goals Summit, in which").get(0).place(), "another event is no place");
    }
}
