package org.w3id.unld.parse;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SponsorParserTest {

    @Test
    void sponsorsAreSplitAtCommasAndAnd() {
        assertEquals(List.of("Italy", "Turkmenistan"), SponsorParser.parse("Italy and Turkmenistan*"));
        assertEquals(List.of("France", "Guinea", "Saudi Arabia", "State of Palestine"),
                SponsorParser.parse("France, Guinea, Saudi Arabia and State of Palestine:**"));
    }

    @Test
    void namesWithAndOrParenthesesStayWhole() {
        assertEquals(List.of("Algeria", "Iran (Islamic Republic of)", "Trinidad and Tobago", "Venezuela (Bolivarian Republic of)"),
                SponsorParser.parse("Algeria, Iran (Islamic Republic of), Trinidad and Tobago and Venezuela (Bolivarian Republic of)"));
        assertEquals(List.of("Bosnia and Herzegovina", "United Kingdom of Great Britain and Northern Ireland"),
                SponsorParser.parse("Bosnia and Herzegovina and United Kingdom of Great Britain and Northern Ireland"));
    }

    @Test
    void aStateActingForAGroupIsThatState() {
        assertEquals(List.of("Iraq"), SponsorParser.parse("Iraq (on behalf of the Group of 77 and China)"));
        assertEquals(List.of("Iraq"), SponsorParser.parse("Iraq, on behalf of the States Members of the United Nations that are members "
                + "of the Group of 77 and China"));
    }

    @Test
    void aChairsDraftHasNoSponsors() {
        assertEquals(List.of(), SponsorParser.parse("Chair of the Committee"));
        assertEquals(List.of(), SponsorParser.parse(null));
    }
}
