package org.w3id.unld.serve;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How the words people type become the Lucene query unld writes: all words required, OR when written, quoted phrases, no syntax. */
class SearchQueryTest {

    @Test
    void everyWordIsRequired() {
        assertEquals("+(\"right\") +(\"to\") +(\"return\")", SearchQuery.parse("Right to Return").lucene());
    }

    @Test
    void orWrittenInCapitalsJoinsTheWordsBesideIt() {
        SearchQuery q = SearchQuery.parse("refugees OR migrants return");
        assertEquals(List.of(List.of("refugees", "migrants"), List.of("return")), q.clauses());
        assertEquals("+(\"refugees\" \"migrants\") +(\"return\")", q.lucene());
        assertEquals("refugees OR migrants return", q.toString());
    }

    @Test
    void orAndAndInSmallLettersOrQuotedAreWords() {
        assertEquals(List.of(List.of("war"), List.of("or"), List.of("peace")), SearchQuery.parse("war or peace").clauses());
        assertEquals(List.of(List.of("war"), List.of("or"), List.of("peace")), SearchQuery.parse("war \"OR\" peace").clauses());
        assertEquals(List.of(List.of("war"), List.of("peace")), SearchQuery.parse("war AND peace").clauses(), "AND is what words mean anyway");
    }

    @Test
    void anOperatorWithNothingToJoinIsDropped() {
        assertEquals(List.of(List.of("peace")), SearchQuery.parse("OR peace OR").clauses());
        assertTrue(SearchQuery.parse("OR").isEmpty());
        assertTrue(SearchQuery.parse("AND OR AND").isEmpty());
    }

    @Test
    void quotesMakeAPhraseAndAnOpenQuoteRunsToTheEnd() {
        assertEquals("+(\"right to return\") +(\"azerbaijan\")", SearchQuery.parse("\"Right to Return\" Azerbaijan").lucene());
        assertEquals("+(\"right to return\")", SearchQuery.parse("\"right  to return").lucene());
    }

    @Test
    void typographicQuotesAreQuotes() {
        assertEquals("+(\"right to return\")", SearchQuery.parse("\u201CRight to Return\u201D").lucene());
        assertEquals("+(\"droit au retour\")", SearchQuery.parse("\u00AB droit au retour \u00BB").lucene());
    }

    @Test
    void aWordHoldingPunctuationIsThePhraseOfItsParts() {
        assertEquals("+(\"a/80/l.10\")", SearchQuery.parse("A/80/L.10").lucene(), "the analyser splits it, in order");
    }

    @Test
    void luceneSyntaxIsQuotedAsTextNeverRead() {
        // Inside a Lucene phrase only the quote and the backslash mean something: both are dropped.
        assertEquals("+(\"text:*\") +(\"uri:\") +(\"x\")", SearchQuery.parse("text:* uri:\\\"x\\\"").lucene());
        for (String q : List.of("*", "\\", "()", "[a TO z]", "+-!~^")) {
            String lucene = SearchQuery.parse(q).lucene();
            assertTrue(lucene.isEmpty() || lucene.matches("(\\+\\(\"[^\"\\\\]*\"( \"[^\"\\\\]*\")*\\) ?)+"), () -> q + " gave " + lucene);
        }
        assertTrue(SearchQuery.parse("* ~ ^ ()").isEmpty(), "no letter or digit: nothing to search");
    }

    @Test
    void aQueryReadsAtMostItsFirstWords() {
        String many = "word ".repeat(SearchQuery.MAX_TERMS + 10);
        assertEquals(SearchQuery.MAX_TERMS, SearchQuery.parse(many).clauses().size());
    }
}
