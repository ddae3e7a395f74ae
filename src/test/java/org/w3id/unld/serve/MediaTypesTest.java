package org.w3id.unld.serve;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/** Media types in any case: types and subtypes in lower case, parameters as they were, lower-case headers untouched. */
class MediaTypesTest {
    @Test
    void anAcceptHeaderKeepsItsRangesQValuesAndParametersInLowerCase() {
        assertEquals("text/turtle;q=0.5, application/ld+json;profile=\"http://www.w3.org/ns/json-ld#Compacted\", */*;q=0.1",
                MediaTypes.accept("TEXT/Turtle;q=0.5, Application/LD+JSON;profile=\"http://www.w3.org/ns/json-ld#Compacted\", */*;q=0.1"));
    }

    @Test
    void aContentTypeKeepsItsCharset() {
        assertEquals("application/sparql-query;charset=UTF-8", MediaTypes.contentType("Application/SPARQL-Query; charset=UTF-8"));
    }

    @Test
    void aHeaderAlreadyInLowerCaseIsHandedOnAsItIs() {
        String accept = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
        assertSame(accept, MediaTypes.accept(accept));
        assertEquals(null, MediaTypes.accept(null));
    }

    @Test
    void theFormatOfAnUpperCaseAcceptIsNegotiatedAsInLowerCase() {
        assertEquals(Format.TURTLE, Format.negotiate("TEXT/TURTLE").orElseThrow());
        assertEquals(Format.JSONLD, Format.negotiate("text/html;q=0.1, APPLICATION/LD+JSON").orElseThrow());
    }
}
