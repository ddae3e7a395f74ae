package org.w3id.unld.parse;

import org.junit.jupiter.api.Test;
import org.w3id.unld.model.Citation;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CitationFinderTest {
    private static final List<String> GA = List.of("General Assembly");

    private static List<String> cited(String text, List<String> ownSymbols, List<String> ownOrgans) {
        return CitationFinder.find(TextLines.of(text), ownSymbols, ownOrgans).stream().map(Citation::symbol).toList();
    }

    private static List<String> cited(String text) {
        return cited(text, List.of(), List.of());
    }

    @Test
    void aJointSymbolGivesBothDocuments() {
        assertEquals(List.of("A/67/742", "S/2013/95"), cited("the letter (document A/67/742-S/2013/95) says"));
        assertEquals(List.of("A/67/742", "S/2013/95"), cited("in document A/67/742–S/2013/95."));
    }

    @Test
    void printedSymbolsAreCanonicalAndKeepTheirRevisionsAndAddenda() {
        assertEquals(List.of("S/PRST/1997/34", "A/80/L.10/Rev.1", "S/RES/2331 (2016)", "S/1996/502/Add.1"),
                cited("statement (S/PRST/1997/34) and draft A/80/L.10/Rev.1, resolution S/RES/2331(2016), report S/1996/502/Add.1."));
    }

    @Test
    void aYearInBracketsMakesASecurityCouncilResolution() {
        assertEquals(List.of("S/RES/186 (1964)"), cited("established by the Security Council in its resolution 186 (1964)."));
        assertEquals(List.of("S/RES/1325 (2000)", "S/RES/2250 (2015)"),
                cited("In accordance with Security Council resolutions 1325 (2000) and 2250 (2015) and subsequent resolutions"));
        assertEquals(List.of("S/RES/690 (1991)"), cited("the mandate set out in resolution 690 (1991)", List.of(), GA));
    }

    @Test
    void aNumberWithItsOrganPrintedGivesThatOrgansSymbol() {
        assertEquals(List.of("A/RES/78/10"), cited("General Assembly resolution 78/10 of 1 December 2023"));
        assertEquals(List.of("A/HRC/RES/39/2"), cited("Human Rights Council resolution 39/2"));
        assertEquals(List.of("E/RES/1980/67"), cited("Economic and Social Council resolution 1980/67"));
        assertEquals(List.of("E/CN.4/RES/2005/69"), cited("Commission on Human Rights resolution 2005/69 of 20 April 2005"));
        assertEquals(List.of("A/RES/1514 (XV)"), cited("General Assembly resolution 1514 (XV)"));
        assertEquals(List.of("A/RES/ES-10/21"), cited("General Assembly resolution ES-10/21"));
        assertEquals(List.of("A/HRC/RES/S-30/1"), cited("Human Rights Council resolution S-30/1"));
    }

    @Test
    void itsResolutionInAGeneralAssemblyTextIsTheAssemblys() {
        assertEquals(List.of("A/RES/78/10"), cited("Recalling its resolution 78/10 of 1 December 2023,", List.of("A/RES/79/1"), List.of()));
        assertEquals(List.of("A/RES/78/10"), cited("Recalling its resolution 78/10,", List.of(), GA));
    }

    @Test
    void aListOfNumbersSharesItsOrganAndDates() {
        assertEquals(List.of("A/RES/65/123", "A/RES/67/17", "A/RES/68/9"),
                cited("adopted by the General Assembly since 2010, in particular its resolutions 65/123 of 13 December 2010, "
                        + "67/17 of 28 November 2012 and 68/9 of 6 November 2013, in which",
                        List.of("A/HRC/RES/36/18"), List.of()));
        assertEquals(List.of("A/HRC/RES/5/1", "A/HRC/RES/16/21"),
                cited("in compliance with Human Rights Council resolutions 5/1 of 18 June 2007 and 16/21 of 25 March 2011"));
    }

    @Test
    void theLastOrganNamedInTheSentenceOwnsABareNumber() {
        assertEquals(List.of("A/RES/60/251", "A/RES/48/141"),
                cited("in accordance with General Assembly resolution 60/251 and resolution 48/141,", List.of("A/HRC/RES/36/18"), List.of()));
        assertEquals(List.of("A/RES/61/177"),
                cited("adopted by the General Assembly in its resolution 61/177 of 20 December 2006", List.of("A/HRC/RES/36/18"), List.of()));
        assertEquals(List.of("A/RES/48/11"),
                cited("in which the Assembly recalled its resolution 48/11 of 25 October 1993", List.of("A/HRC/RES/36/18"), List.of()));
        assertEquals(List.of("A/RES/60/251"), cited("resolution 60/251 of the General Assembly", List.of("A/HRC/RES/36/18"), List.of()));
    }

    @Test
    void councilInACouncilsTextIsThatCouncil() {
        assertEquals(List.of("A/HRC/RES/15/10", "A/RES/65/215"),
                cited("consideration in Council resolution 15/10 and General Assembly resolution 65/215,", List.of("A/HRC/RES/18/7"), List.of()));
        assertEquals(List.of("A/HRC/RES/5/1"), cited("Recalling resolution 5/1,", List.of("A/HRC/RES/18/7"), List.of()));
    }

    @Test
    void aNumberWhoseOrganIsUnsureIsNotCited() {
        assertEquals(List.of(), cited("Recalling resolution 39/2,"), "no organ, no own organ");
        assertEquals(List.of(), cited("Recalling resolution 39/2,", List.of("S/2020/1"), List.of("Security Council")),
                "the Security Council does not number resolutions so");
        assertEquals(List.of(), cited("its resolution 78/10", List.of("A/79/1", "S/2024/1"), List.of("General Assembly", "Economic and Social Council")),
                "two organs that number resolutions so");
        assertEquals(List.of(), cited("Recalling resolution 5/1,", List.of("A/RES/79/1"), List.of()),
                "the General Assembly numbers by session from its thirty-first");
        assertEquals(List.of(), cited("Human Rights Council resolution 60/251"), "no Council session passes 251 resolutions");
        assertEquals(List.of(), cited("General Assembly resolution 2334 (2016)"), "a year in brackets is the Security Council's");
        assertEquals(List.of(), cited("decision 1/CP.20 and resolution 70"));
        assertEquals(List.of(), cited("Human Rights Council decision 26/1"), "decisions of other organs than the Assembly: symbol form unsure");
    }

    @Test
    void anotherBodysOrAMisdatedNumberIsNotCited() {
        assertEquals(List.of(), cited("paragraph 37 of decision 91/46 of 21 June 1991 of the Governing Council", List.of("A/RES/46/185"), List.of()));
        assertEquals(List.of(), cited("its resolution 2/3 of the Commission on the Status of Women", List.of("E/RES/2012/1"), List.of()));
        assertEquals(List.of("A/RES/46/182"), cited("General Assembly resolution 46/182 of 19 December 1991"));
        assertEquals(List.of(), cited("General Assembly resolution 46/182 of 19 December 2001"), "session 46 sat in 1991 and 1992");
        assertEquals(List.of("A/HRC/RES/16/21"), cited("Human Rights Council resolution 16/21 of 25 March 2011"));
        assertEquals(List.of(), cited("Human Rights Council resolution 16/21 of 25 March 2021"));
        assertEquals(List.of("S/RES/1882 (2009)"), cited("decision in resolution 1882 (2009) of 4 August 2009 (S/RES/1882)"),
                "a Council resolution's symbol without its year is not one");
        assertEquals(List.of("A/RES/60/251"), cited("resolution 60/251 of the Assembly", List.of("A/HRC/RES/36/18"), List.of()));
        assertEquals(List.of(), cited("the adoption by the Economic Commission for Latin America and the Caribbean on 16 May 1998 of its "
                + "resolution 574 (XXVII), in which", List.of("E/RES/2023/33"), List.of()), "its: the Commission's, not the Council's");
    }

    @Test
    void generalAssemblyDecisionsHaveTheirDecSymbol() {
        assertEquals(List.of("A/DEC/78/539"), cited("General Assembly decision 78/539"));
        assertEquals(List.of("A/DEC/79/505"), cited("in its decision 79/505,", List.of("A/RES/79/300"), List.of()));
    }

    @Test
    void theDocumentsOwnSymbolsAreNotCitations() {
        assertEquals(List.of("S/2013/95"), cited("A/67/742\n\nsee also S/2013/95 and A/67/742", List.of("A/67/742"), List.of()));
        assertEquals(List.of(), cited("S/RES/2331 (2016)\n\nresolution 2331 (2016)", List.of("S/RES/2331 (2016)"), List.of()));
    }

    @Test
    void eachSymbolOnceInFirstMentionOrderWithItsLine() {
        List<Citation> found = CitationFinder.find(TextLines.of("Title\n\nSee resolution 186 (1964)\nand A/79/704.\n\nAgain A/79/704 and S/RES/186 (1964)."),
                List.of(), List.of());
        assertEquals(List.of(new Citation("S/RES/186 (1964)", 3), new Citation("A/79/704", 4)), found);
    }

    @Test
    void wordsThatLookLikeSymbolsAreNot() {
        assertEquals(List.of(), cited("HIV/AIDS, 24/7 service, km/h, https://undocs.org/A/RES/70/1 and COM/2020/1 and ICC-01/04"));
    }
}
