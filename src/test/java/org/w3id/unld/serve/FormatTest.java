package org.w3id.unld.serve;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Content negotiation rules: q-values, specificity, refusals, and what clients that accept anything get. */
class FormatTest {
    static Optional<Format> negotiate(String accept) {
        return Format.negotiate(accept);
    }

    @Test
    void eachMediaTypeAskedGetsItsFormat() {
        for (Format f : Format.values()) {
            assertEquals(Optional.of(f), negotiate(f.mediaType()));
        }
    }

    @Test
    void theHighestQualityWins() {
        assertEquals(Optional.of(Format.JSONLD), negotiate("text/turtle;q=0.5, application/ld+json"));
        assertEquals(Optional.of(Format.NTRIPLES), negotiate("text/turtle;q=0.2, application/n-triples;q=0.9, text/html;q=0.8"));
    }

    @Test
    void aBrowserGetsHtml() {
        assertEquals(Optional.of(Format.HTML),
                negotiate("text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8"));
    }

    @Test
    void aClientThatAcceptsAnythingOrSaysNothingGetsTurtle() {
        assertEquals(Optional.of(Format.TURTLE), negotiate("*/*"));
        assertEquals(Optional.of(Format.TURTLE), negotiate(null));
        assertEquals(Optional.of(Format.TURTLE), negotiate("text/*"));
    }

    @Test
    void rdflibsDefaultHeaderGetsRdfXml() {
        assertEquals(Optional.of(Format.RDFXML), negotiate("application/rdf+xml,text/rdf+n3;q=0.9,application/xhtml+xml;q=0.5, */*;q=0.1"));
    }

    @Test
    void jsonClientsGetJsonLd() {
        assertEquals(Optional.of(Format.JSONLD), negotiate("application/json"));
        assertEquals(Optional.of(Format.JSONLD), negotiate("application/ld+json, application/json"));
    }

    @Test
    void nothingAcceptableIsEmpty() {
        assertEquals(Optional.empty(), negotiate("image/png"));
        assertEquals(Optional.empty(), negotiate("application/pdf, text/csv"));
    }

    @Test
    void qZeroRefusesAFormatEvenUnderAWildcard() {
        assertEquals(Optional.of(Format.HTML), negotiate("text/turtle;q=0, */*"));
        assertEquals(Optional.empty(), negotiate("text/turtle;q=0"));
    }

    @Test
    void extensionsNameFormats() {
        assertEquals(Optional.of(Format.TURTLE), Format.byExtension("ttl"));
        assertEquals(Optional.of(Format.NTRIPLES), Format.byExtension("nt"));
        assertEquals(Optional.of(Format.JSONLD), Format.byExtension("jsonld"));
        assertEquals(Optional.of(Format.RDFXML), Format.byExtension("rdf"));
        assertEquals(Optional.of(Format.HTML), Format.byExtension("HTML"));
        assertEquals(Optional.empty(), Format.byExtension("8699"));
    }
}
