package org.w3id.unld.serve;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** IRIs under the base and the paths that answer for them on any host. */
class AddressesTest {
    final Addresses addresses = new Addresses("https://data.example.org/unld/");

    @Test
    void aPathNamesTheIriUnderTheBase() {
        assertEquals("https://data.example.org/unld/id/document/A/79/704", addresses.iriOf("document/A/79/704"));
    }

    @Test
    void pathsAreNormalisedTheWayUnldMintsIris() {
        String minted = "https://data.example.org/unld/id/document/S/PV.8699%20%28Resumption%201%29";
        assertEquals(minted, addresses.iriOf("document/S/PV.8699%20(Resumption%201)"));
        assertEquals(minted, addresses.iriOf("document/S/PV.8699%20%28Resumption%201%29"));
        assertEquals(minted, addresses.iriOf("document/S/PV.8699%20%28resumption%201%29".replace("resumption", "Resumption")));
        assertEquals("https://data.example.org/unld/id/person/%C3%A9", addresses.iriOf("person/é"));
    }

    @Test
    void aSymbolIsTheDecodedPath() {
        assertEquals("S/PV.8699 (Resumption 1)", Addresses.symbolOf("S/PV.8699%20%28Resumption%201%29"));
    }

    @Test
    void descriptionsLiveUnderDocWithTheFormatsExtension() {
        assertEquals(Optional.of("/doc/document/A/79/704.ttl"), addresses.docPath("https://data.example.org/unld/id/document/A/79/704", Format.TURTLE));
        assertEquals(Optional.of("/doc/organ/general-assembly"), addresses.docPath("https://data.example.org/unld/id/organ/general-assembly"));
        assertEquals(Optional.empty(), addresses.docPath("http://www.wikidata.org/entity/Q227", Format.TURTLE));
        assertEquals(Optional.empty(), addresses.docPath("https://data.example.org/unld/id/", Format.TURTLE));
    }

    @Test
    void linksGoToOurPagesForOurIrisAndToTheWebForOthers() {
        assertEquals("/doc/country/aze.html", addresses.href("https://data.example.org/unld/id/country/aze"));
        assertEquals("/doc/document/A/79/704.html#signature-1", addresses.href("https://data.example.org/unld/id/document/A/79/704#signature-1"));
        assertEquals("/graph/document/A/79/704.html#source", addresses.href("https://data.example.org/unld/graph/document/A/79/704#source"));
        assertEquals("https://undocs.org/A/79/704", addresses.href("https://undocs.org/A/79/704"));
    }

    @Test
    void theBaseMustEndInASlash() {
        assertThrows(IllegalArgumentException.class, () -> new Addresses("http://localhost:3030"));
    }
}
