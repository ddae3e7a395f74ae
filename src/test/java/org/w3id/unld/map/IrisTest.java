package org.w3id.unld.map;

import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3id.unld.model.Event;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IrisTest {
    private final Iris iris = new Iris("http://localhost:3030/");

    @Test
    void aDocumentIriKeepsTheSlashesOfItsSymbol() {
        assertEquals("http://localhost:3030/id/document/A/79/704", iris.document("A/79/704").getURI());
        assertEquals("http://localhost:3030/id/document/A/80/L.10/Rev.1", iris.document("A/80/L.10/Rev.1").getURI());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "S/RES/2331 (2016)|S/RES/2331%20%282016%29",
            "S/PV.8699 (Resumption 1)|S/PV.8699%20%28Resumption%201%29",
            "UNEP/EA.5/Res.1|UNEP/EA.5/Res.1",
            "A/ES-10/L.30|A/ES-10/L.30",
            "E/CN.4/Sub.2/1998/13*|E/CN.4/Sub.2/1998/13%2A",
            "A/79/7ü|A/79/7%C3%BC"})
    void charactersOutsideTheUnreservedSetArePercentEncoded(String symbol, String path) {
        assertEquals("http://localhost:3030/id/document/" + path, iris.document(symbol).getURI());
    }

    @Test
    void aDocumentGraphIsAboutTheDocumentOfTheSameKey() {
        assertEquals(iris.document("S/RES/84 (1950)"), Iris.documentOfGraph(iris.graphOf(iris.document("S/RES/84 (1950)"))));
        assertThrows(IllegalArgumentException.class, () -> Iris.documentOfGraph(iris.linkset("wikidata")));
    }

    @Test
    void aDocumentWithoutSymbolIsKeyedByTheSha256OfItsNormalisedText() throws Exception {
        String key = Iris.textKey("Letter  dated\n27 December\u00A02024 ");
        String expected = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest("Letter dated 27 December 2024".getBytes(StandardCharsets.UTF_8))).substring(0, 16);
        assertEquals(expected, key);
        assertEquals("http://localhost:3030/id/document/_" + expected, iris.documentWithoutSymbol("Letter dated 27 December 2024").getURI());
    }

    @Test
    void normalisingComposesUnicodeCollapsesWhiteSpaceAndTrims() {
        assertEquals("Chargé d'affaires", Iris.normalise("  Charge\u0301\td'affaires\r\n"));
        assertEquals(Iris.textKey("Chargé d'affaires"), Iris.textKey("Charge\u0301 \n d'affaires"));
        assertNotEquals(Iris.textKey("one text"), Iris.textKey("another text"));
    }

    @Test
    void theGraphOfADocumentHasTheDocumentsPathUnderGraphDocument() {
        assertEquals("http://localhost:3030/graph/document/A/79/704", iris.graphOf(iris.document("A/79/704")).getURI());
        assertEquals("http://localhost:3030/graph/document/_0123456789abcdef",
                iris.graphOf(NodeFactory.createURI("http://localhost:3030/id/document/_0123456789abcdef")).getURI());
        assertThrows(IllegalArgumentException.class, () -> iris.graphOf(NodeFactory.createURI("http://example.org/x")));
    }

    @Test
    void expressionsAnnexesAndSignaturesHangUnderTheirDocument() {
        var doc = iris.document("A/79/704");
        assertEquals("http://localhost:3030/id/document/A/79/704/en", iris.expression(doc, "en").getURI());
        assertEquals("http://localhost:3030/id/document/A/79/704/annex/2", iris.annex(doc, 2).getURI());
        assertEquals("http://localhost:3030/id/document/A/79/704#signature-1", iris.signature(doc, 1).getURI());
        assertEquals("http://localhost:3030/id/document/A/79/704/annex/1#signature-1", iris.signature(iris.annex(doc, 1), 1).getURI());
    }

    @Test
    void organsSessionsAndAgendaItemsFollowTheContract() {
        assertEquals("http://localhost:3030/id/organ/general-assembly", iris.organ("general-assembly").getURI());
        assertEquals("http://localhost:3030/id/session/general-assembly/79", iris.session("general-assembly", 79, null).getURI());
        assertEquals("http://localhost:3030/id/session/general-assembly/79", iris.session("general-assembly", 79, "resumed").getURI());
        assertEquals("http://localhost:3030/id/session/general-assembly/s-27", iris.session("general-assembly", 27, "special").getURI());
        assertEquals("http://localhost:3030/id/session/general-assembly/es-10", iris.session("general-assembly", 10, "emergency-special").getURI());
        assertEquals("http://localhost:3030/id/agenda-item/general-assembly/79/71c",
                iris.agendaItem("general-assembly", 79, null, "71(c)", "Promotion and protection of human rights").getURI());
        assertEquals("http://localhost:3030/id/agenda-item/security-council/75/maintenance-of-international-peace-and-security",
                iris.agendaItem("security-council", 75, null, null, "Maintenance of international peace and security").getURI());
    }

    @Test
    void anAgendaItemWhoseSessionIsNotPrintedIsKeyedUnderItsDocument() {
        var doc = iris.document("A/HRC/PRST/OS/14/2");
        assertEquals("http://localhost:3030/id/document/A/HRC/PRST/OS/14/2/agenda-item/5",
                iris.agendaItemOfDocument(doc, "5", "Human rights bodies and mechanisms").getURI());
        assertEquals("http://localhost:3030/id/document/HSP/GC/21/3/agenda-item/6a",
                iris.agendaItemOfDocument(iris.document("HSP/GC/21/3"), "6 (a)", null).getURI());
        assertEquals("http://localhost:3030/id/document/A/HRC/PRST/OS/14/2/agenda-item/human-rights-bodies-and-mechanisms",
                iris.agendaItemOfDocument(doc, null, "Human rights bodies and mechanisms").getURI());
        assertEquals(iris.agendaItemOfDocument(doc, "5", "Human rights bodies and mechanisms"),
                iris.agendaItemOfDocument(iris.document("A/HRC/PRST/OS/14/2"), "5", "another title"),
                "the same document and number give the same IRI, whatever the title");
    }

    @Test
    void personsPostsRolesCountriesAndPlacesAreSlugged() {
        assertEquals("http://localhost:3030/id/person/tofiq-musayev", iris.person("Tofiq Musayev").getURI());
        assertEquals("http://localhost:3030/id/post/permanent-representative-of-azerbaijan",
                iris.post("Permanent Representative of Azerbaijan").getURI());
        assertEquals("http://localhost:3030/id/post/secretary-general", iris.post("Secretary-General").getURI());
        assertEquals("http://localhost:3030/id/role/charge-d-affaires-a-i", iris.role("Chargé d'affaires a.i.").getURI());
        assertEquals("http://localhost:3030/id/country/aze", iris.country("AZE").getURI());
        assertEquals("http://localhost:3030/id/place/baku", iris.place("Baku").getURI());
    }

    @Test
    void conferencesAreKeyedByStartYearOtherEventsByStartDate() {
        assertEquals("http://localhost:3030/id/event/second-international-conference-on-the-right-to-return-2024",
                iris.event("Second International Conference on “The Right to Return”", LocalDate.of(2024, 12, 5), true).getURI());
        assertEquals("http://localhost:3030/id/event/meeting-of-the-supreme-national-council-1993-01-28",
                iris.event("meeting of the Supreme National Council", LocalDate.of(1993, 1, 28), false).getURI());
        assertEquals("http://localhost:3030/id/event/eighteenth-summit-of-the-non-aligned-movement",
                iris.event("eighteenth Summit of the Non-Aligned Movement", null, true).getURI());
    }

    @Test
    void withoutDateAnEditionIsToldApartByTheOrdinalInItsNameAndAnyOtherEventByItsPlace() {
        Event.Edition cma5 = new Event.Edition("Conference of the Parties serving as the meeting of the Parties to the Paris Agreement", 5);
        assertEquals("http://localhost:3030/id/event/fifth-session-of-the-conference-of-the-parties-serving-as-the-meeting-of-the-parties-"
                        + "to-the-paris-agreement",
                iris.event(new Event("fifth session of the Conference of the Parties serving as the meeting of the Parties to the Paris "
                        + "Agreement", null, null, "Dubai", Event.Kind.CONFERENCE, cma5)).getURI(), "the ordinal is in the name");
        assertEquals("http://localhost:3030/id/event/meeting-of-the-parties-to-the-paris-agreement-in-glasgow",
                iris.event(new Event("Meeting of the Parties to the Paris Agreement", null, null, "Glasgow")).getURI());
        assertNotEquals(iris.event(new Event("meeting of the Parties to the Paris Agreement", null, null, "Dubai")),
                iris.event(new Event("Meeting of the Parties to the Paris Agreement", null, null, "Glasgow")),
                "two places, two meetings");
        assertEquals("http://localhost:3030/id/event/world-conference-on-human-rights-in-vienna",
                iris.event(new Event("World Conference on Human Rights", null, null, "Vienna", Event.Kind.CONFERENCE, null)).getURI());
        assertEquals("http://localhost:3030/id/event/world-conference-on-human-rights",
                iris.event(new Event("World Conference on Human Rights", null, null, null, Event.Kind.CONFERENCE, null)).getURI(),
                "neither date nor place: the slug alone");
    }

    @Test
    void aDateTellsEditionsApartBeforeAnOrdinalOrAPlace() {
        // As before the place was a key: the year of a conference, the day of another event; the end for a start not given.
        assertEquals("http://localhost:3030/id/event/world-conference-on-human-rights-1993",
                iris.event(new Event("World Conference on Human Rights", LocalDate.of(1993, 6, 14), LocalDate.of(1993, 6, 25), "Vienna",
                        Event.Kind.CONFERENCE, null)).getURI());
        assertEquals("http://localhost:3030/id/event/meeting-of-the-contact-group-2024-09-02",
                iris.event(new Event("meeting of the Contact Group", null, LocalDate.of(2024, 9, 2), "Doha")).getURI());
    }

    @Test
    void aPersonsNameIsComparedWithoutCaseOrAccents() {
        assertEquals(iris.person("Kofi A. Annan"), iris.person("Kofi A. ANNAN"));
        assertEquals(iris.person("BAN Ki-moon"), iris.person("Ban Ki-moon"));
        assertEquals(iris.person("Javier PEREZ DE CUELLAR"), iris.person("Javier Pérez de Cuéllar"));
        assertNotEquals(iris.person("Kofi A. Annan"), iris.person("Kofi Annan"), "another name is another person, as printed");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Chargé d'affaires a.i.|charge-d-affaires-a-i",
            "Türkiye|turkiye",
            "Côte d’Ivoire|cote-d-ivoire",
            "  Straße / Øresund  |strasse-oresund",
            "“The Right to Return”|the-right-to-return"})
    void slugsAreAsciiLowerCaseWithSingleHyphens(String name, String slug) {
        assertEquals(slug, Iris.slug(name));
    }

    @Test
    void aNameWithoutLettersOrDigitsStillGetsAStableSlug() {
        String slug = Iris.slug("…");
        assertTrue(slug.matches("_[0-9a-f]{16}"), slug);
        assertEquals(slug, Iris.slug("…"));
    }

    @Test
    void theBaseIsConfigurableButMustBeAnAbsoluteIriEndingInSlash() {
        assertEquals("https://unld.example.org/data/id/document/A/79/704",
                new Iris("https://unld.example.org/data/").document("A/79/704").getURI());
        assertThrows(IllegalArgumentException.class, () -> new Iris("http://localhost:3030"));
        assertThrows(IllegalArgumentException.class, () -> new Iris("localhost/"));
    }
}
