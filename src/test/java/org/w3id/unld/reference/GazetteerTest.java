package org.w3id.unld.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GazetteerTest {

    private final Gazetteer gazetteer = Gazetteer.standard();

    private Country country(String iso3) {
        return gazetteer.countryByIso3(iso3).orElseThrow(() -> new AssertionError("no country " + iso3));
    }

    private String iso3Of(String name) {
        return gazetteer.country(name).map(Country::iso3).orElse(null);
    }

    @Test
    void standardIsBuiltOnceAndShared() {
        assertSame(gazetteer, Gazetteer.standard());
    }

    @Test
    void thereAreExactly193MemberStates() {
        long members = gazetteer.countries().stream().filter(c -> c.status() == Country.Status.MEMBER).count();
        assertEquals(193, members);
    }

    @Test
    void theObserverStatesAreTheHolySeeAndTheStateOfPalestine() {
        Set<String> observers = gazetteer.countries().stream()
                .filter(c -> c.status() == Country.Status.OBSERVER).map(Country::iso3).collect(Collectors.toSet());
        assertEquals(Set.of("VAT", "PSE"), observers);
        assertEquals("Holy See", country("VAT").shortName());
        assertEquals("State of Palestine", country("PSE").shortName());
    }

    @Test
    void otherAreasOfTheM49ListAreThereAsOther() {
        assertEquals(Country.Status.OTHER, country("GRL").status());
        assertEquals(Country.Status.OTHER, country("ESH").status());
        assertEquals("China, Hong Kong Special Administrative Region", country("HKG").shortName());
        assertNull(country("HKG").formalName(), "UNTERM gives no formal name for areas");
        assertTrue(gazetteer.countryByIso3("TWN").isEmpty(), "not an entry of the M49 list");
    }

    @Test
    void azerbaijanHasItsCodesNamesAndLinks() {
        Country aze = country("AZE");
        assertEquals("AZ", aze.iso2());
        assertEquals("031", aze.m49());
        assertEquals("Azerbaijan", aze.shortName());
        assertEquals("the Republic of Azerbaijan", aze.formalName());
        assertEquals("Q227", aze.wikidata());
        assertEquals("587116", aze.geonames());
        assertEquals("http://metadata.un.org/thesaurus/1000480", aze.unbis());
        assertEquals("Baku", aze.capital());
        assertEquals(Country.Status.MEMBER, aze.status());
        assertEquals(List.of("Azerbaijani"), aze.adjectives());
    }

    @Test
    void everyCountryHasItsShortNameInTheSixOfficialLanguagesWithoutUntermsArticlesAndMarks() {
        Country aze = country("AZE");
        assertEquals(Map.of("en", "Azerbaijan", "fr", "Azerbaïdjan", "es", "Azerbaiyán", "ar", "أذربيجان",
                "ru", "Азербайджан", "zh", "阿塞拜疆"), aze.shortNames());
        assertEquals("Pays-Bas", country("NLD").shortName("fr")); // UNTERM: "Pays-Bas (les)"
        assertEquals("Santa Sede", country("VAT").shortName("es")); // UNTERM: "Santa Sede (la) *"
        assertEquals("Côte d'Ivoire", country("CIV").shortName("fr")); // overridden: no UNTERM row in the snapshot
        assertEquals("Groenland", country("GRL").shortName("fr")); // not in UNTERM: the M49 name
        for (Country c : Gazetteer.standard().countries()) {
            assertEquals(Set.copyOf(UnLanguages.CODES), c.shortNames().keySet(), c.iso3());
            for (String name : c.shortNames().values()) {
                assertFalse(name.contains("*") || Pattern.compile("\\((the|le|la|l'|les|el|las|los)\\)$").matcher(name).find(),
                        c.iso3() + ": " + name);
            }
        }
    }

    @Test
    void armeniaIsQ399() {
        assertEquals("Q399", country("ARM").wikidata());
    }

    @Test
    void theFormalNameGivesTheCountry() {
        assertEquals("AZE", iso3Of("the Republic of Azerbaijan"));
        assertEquals("AZE", iso3Of("Republic of Azerbaijan"));
    }

    @Test
    void lookupIgnoresCaseDiacriticsApostrophesSpacingAndTheArticle() {
        assertEquals("AZE", iso3Of("AZERBAIJAN"));
        assertEquals("AZE", iso3Of("  the  republic of\nazerbaijan "));
        assertEquals("CIV", iso3Of("Côte d’Ivoire"));
        assertEquals("CIV", iso3Of("Cote d'Ivoire"));
        assertEquals("TUR", iso3Of("Turkiye"));
    }

    @Test
    void aliasesAndFormerNamesGiveTheCountry() {
        assertEquals("TUR", iso3Of("Turkey"));
        assertEquals("GBR", iso3Of("United Kingdom"));
        assertEquals("USA", iso3Of("United States"));
        assertEquals("COD", iso3Of("DRC"));
        assertEquals("PRK", iso3Of("DPRK"));
        assertEquals("SWZ", iso3Of("Swaziland"));
        assertEquals("MKD", iso3Of("the former Yugoslav Republic of Macedonia"));
        assertEquals("BOL", iso3Of("Bolivia (Plurinational State of)"));
        assertEquals("BOL", iso3Of("Bolivia"));
        assertEquals("NLD", iso3Of("Netherlands (Kingdom of the)"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Korea", "Palestine", "Micronesia", "Macedonia", "Virgin Islands", "Timor", "Vatican City"})
    void namesThatDenoteMoreThanOneThingGiveNothing(String name) {
        assertTrue(gazetteer.country(name).isEmpty(), name);
    }

    @Test
    void anUnambiguousAdjectiveGivesTheCountry() {
        assertEquals("AZE", gazetteer.countryByAdjective("Azerbaijani").map(Country::iso3).orElse(null));
        assertEquals("ARM", gazetteer.countryByAdjective("armenian").map(Country::iso3).orElse(null));
        assertEquals("FRA", gazetteer.countryByAdjective("French").map(Country::iso3).orElse(null));
        assertEquals("TJK", gazetteer.countryByAdjective("Tajik").map(Country::iso3).orElse(null));
        assertEquals("KOR", gazetteer.countryByAdjective("South Korean").map(Country::iso3).orElse(null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Congolese", "Korean", "Guinean", "Sudanese", "Dominican", "American", "Palestinian"})
    void ambiguousAdjectivesGiveNothing(String adjective) {
        assertTrue(gazetteer.countryByAdjective(adjective).isEmpty(), adjective);
    }

    @Test
    void adjectivesAreNotCountryNames() {
        assertTrue(gazetteer.country("Azerbaijani").isEmpty());
    }

    @Test
    void unescoIsQ7809() {
        Organization unesco = gazetteer.organization("UNESCO").orElseThrow();
        assertEquals("unesco", unesco.slug());
        assertEquals("Q7809", unesco.wikidata());
        assertEquals("United Nations Educational, Scientific and Cultural Organization", unesco.name());
        assertSame(unesco, gazetteer.organization("United Nations Educational, Scientific and Cultural Organization").orElseThrow());
    }

    @Test
    void theHighCommissionerForRefugeesIsUnhcr() {
        Organization unhcr = gazetteer.organization("United Nations High Commissioner for Refugees").orElseThrow();
        assertEquals("unhcr", unhcr.slug());
        assertEquals("Q132551", unhcr.wikidata());
        assertSame(unhcr, gazetteer.organization("UNHCR").orElseThrow());
        assertSame(unhcr, gazetteer.organization("Office of the United Nations High Commissioner for Refugees").orElseThrow());
    }

    @Test
    void organsHaveTheirSlugsAndIds() {
        Map<String, String> expected = Map.of(
                "General Assembly", "general-assembly",
                "Security Council", "security-council",
                "Economic and Social Council", "economic-and-social-council",
                "Human Rights Council", "human-rights-council",
                "Secretary-General", "secretary-general");
        expected.forEach((name, slug) -> assertEquals(slug, gazetteer.organization(name).map(Organization::slug).orElse(null), name));
        assertEquals("Q47423", gazetteer.organizationBySlug("general-assembly").orElseThrow().wikidata());
        assertEquals("Q37470", gazetteer.organizationBySlug("security-council").orElseThrow().wikidata());
        assertEquals("Q170075", gazetteer.organizationBySlug("economic-and-social-council").orElseThrow().wikidata());
        assertEquals("Q205650", gazetteer.organizationBySlug("human-rights-council").orElseThrow().wikidata());
        assertEquals("Q81066", gazetteer.organizationBySlug("secretary-general").orElseThrow().wikidata());
        assertEquals("security-council", gazetteer.organization("the Security Council").map(Organization::slug).orElse(null));
    }

    @Test
    void theSixPrincipalOrgansAreMarked() {
        Set<String> principal = gazetteer.organizations().stream().filter(Organization::principalOrgan)
                .map(Organization::slug).collect(Collectors.toSet());
        assertEquals(Set.of("general-assembly", "security-council", "economic-and-social-council",
                "trusteeship-council", "international-court-of-justice", "secretariat"), principal);
    }

    @Test
    void anOrganizationWithoutACertainIdHasNone() {
        assertNull(gazetteer.organizationBySlug("unprofor").orElseThrow().wikidata());
        assertNull(gazetteer.organizationBySlug("unep").orElseThrow().wikidata());
    }

    private static final Pattern WIKIDATA_ID = Pattern.compile("Q[1-9][0-9]*");

    @Test
    void everyWikidataIdIsWellFormedAndNoTwoEntriesShareOne() {
        Map<String, String> owners = new HashMap<>();
        for (Country c : gazetteer.countries()) {
            if (c.wikidata() != null) {
                assertTrue(WIKIDATA_ID.matcher(c.wikidata()).matches(), c.iso3() + " " + c.wikidata());
                String before = owners.put(c.wikidata(), c.iso3());
                assertNull(before, c.wikidata() + " on " + before + " and " + c.iso3());
            }
        }
        for (Organization o : gazetteer.organizations()) {
            if (o.wikidata() != null) {
                assertTrue(WIKIDATA_ID.matcher(o.wikidata()).matches(), o.slug() + " " + o.wikidata());
                String before = owners.put(o.wikidata(), o.slug());
                assertNull(before, o.wikidata() + " on " + before + " and " + o.slug());
            }
        }
        assertTrue(owners.size() > 250, "countries and organizations carry ids");
    }

    @Test
    void everyMemberStateHasItsCodesAndAWikidataId() {
        Set<String> iso2 = new HashSet<>();
        Set<String> m49 = new HashSet<>();
        for (Country c : gazetteer.countries()) {
            assertTrue(c.iso3().matches("[A-Z]{3}"), c.iso3());
            assertTrue(c.iso2().matches("[A-Z]{2}"), c.iso3() + " " + c.iso2());
            assertTrue(c.m49().matches("[0-9]{3}"), c.iso3() + " " + c.m49());
            assertTrue(iso2.add(c.iso2()), "ISO alpha-2 twice: " + c.iso2());
            assertTrue(m49.add(c.m49()), "M49 twice: " + c.m49());
            if (c.status() != Country.Status.OTHER) {
                assertFalse(c.wikidata() == null || c.geonames() == null || c.formalName() == null, c.iso3());
            }
        }
    }

    @Test
    void slugsAreKebabCase() {
        for (Organization o : gazetteer.organizations()) {
            assertTrue(o.slug().matches("[a-z0-9]+(-[a-z0-9]+)*"), o.slug());
        }
    }

    @Test
    void disputedCapitalsAreNotNamed() {
        assertNull(country("ISR").capital());
        assertNull(country("PSE").capital());
        assertEquals("Yerevan", country("ARM").capital());
    }

    @Test
    void organsAreThePrincipalAndSubsidiaryOrgansOnly() {
        assertTrue(gazetteer.organizationBySlug("general-assembly").orElseThrow().isOrgan());
        assertTrue(gazetteer.organizationBySlug("human-rights-council").orElseThrow().isOrgan());
        assertTrue(gazetteer.organizationBySlug("third-committee").orElseThrow().isOrgan());
        assertFalse(gazetteer.organizationBySlug("unesco").orElseThrow().isOrgan());
        assertFalse(gazetteer.organizationBySlug("african-union").orElseThrow().isOrgan());
        assertTrue(gazetteer.organizationBySlug("secretary-general").orElseThrow().isOffice());
    }

    @Test
    void anAgendaTitleFindsTheUnbisConceptWithExactlyThatLabel() {
        assertEquals(Optional.of("http://metadata.un.org/thesaurus/1002619"), gazetteer.unbisConcept("General debate"));
        assertEquals(Optional.of("http://metadata.un.org/thesaurus/1004485"), gazetteer.unbisConcept("Nuclear  disarmament."));
        assertEquals(Optional.empty(), gazetteer.unbisConcept("Nuclear disarmament and non-proliferation of everything"));
        assertEquals(Optional.of("http://metadata.un.org/thesaurus/1005172"), gazetteer.unbisConcept("Programme planning"),
                "the concept, not the microthesaurus node 180500 of the same name");
    }

    @Test
    void aUnbisConceptHasItsLabelsInTheSixLanguagesInTheOrderOfUnLanguages() {
        Map<String, String> labels = gazetteer.unbisLabels("http://metadata.un.org/thesaurus/1002619");
        assertEquals(Map.of("ar", "المناقشة العامة", "zh", "一般性辩论", "en", "GENERAL DEBATE", "fr", "DEBAT GENERAL",
                "ru", "Общие прения", "es", "DEBATE GENERAL"), labels);
        assertEquals(UnLanguages.CODES, List.copyOf(labels.keySet()));
    }

    @Test
    void everyCountrysUnbisConceptHasItsSixLabels() {
        for (Country c : gazetteer.countries()) {
            if (c.unbis() != null) {
                assertEquals(UnLanguages.CODES, List.copyOf(gazetteer.unbisLabels(c.unbis()).keySet()), c.iso3());
            }
        }
        assertEquals(Map.of(), gazetteer.unbisLabels("http://metadata.un.org/thesaurus/180500"), "a microthesaurus node is no concept");
    }
}
