package org.w3id.unld.parse;

import org.junit.jupiter.api.Test;
import org.w3id.unld.model.Mention;
import org.w3id.unld.model.ParsedDocument;
import org.w3id.unld.model.SourceText;
import org.w3id.unld.testing.TestResources;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextMentionsTest {

    private static List<String> found(String text) {
        return TextMentions.find(text).stream().map(m -> m.kind() + " " + m.key() + " " + m.asPrinted()).toList();
    }

    @Test
    void countriesOrganizationsAndPlacesOnceEachInTextOrder() {
        assertEquals(List.of("COUNTRY ARM Armenia", "PLACE Baku Baku", "COUNTRY AZE Azerbaijan", "ORGANIZATION unesco UNESCO"),
                found("Armenia, then a conference in Baku, Azerbaijan; UNESCO and again Armenia and Baku."));
    }

    @Test
    void aCapitalIsAPlaceOnlyWhereSomethingHappensThere() {
        assertEquals(List.of(), found("the Rome Statute of the International Criminal Court").stream().filter(s -> s.startsWith("PLACE")).toList());
        assertEquals(List.of(), found("under the Paris Agreement, Lake Victoria, Mr. Stanley"));
        assertEquals(List.of("PLACE Addis Ababa Addis Ababa"), found("held at Addis Ababa on 3 May"));
        assertEquals(List.of("PLACE Bogotá Bogota"), found("In Bogota, the mission met"));
        assertEquals(List.of(), found("in Kabul Province"), "a capitalised word after it makes it part of another name");
    }

    @Test
    void ambiguousCapitalsAndCapitalsNamedLikeTheirCountryAreNotPlaces() {
        assertEquals(List.of(), found("in Tripoli, in Victoria, in Georgetown, in Santiago, in Kingston").stream()
                .filter(s -> s.startsWith("PLACE")).toList());
        assertEquals(List.of("COUNTRY SGP Singapore"), found("held in Singapore"));
    }

    @Test
    void theReferenceDocumentMentionsAzerbaijanArmeniaUnescoAndBaku() throws Exception {
        Path seed = TestResources.REFERENCE_DOCUMENT;
        String text = Files.readString(seed, StandardCharsets.UTF_8);
        ParsedDocument d = new DocumentParser().parse(new SourceText(seed.getFileName().toString(), "text/plain", "0".repeat(64), text));
        List<String> keys = d.mentions().stream().map(m -> m.kind() + " " + m.key()).toList();
        for (String expected : List.of("COUNTRY AZE", "COUNTRY ARM", "ORGANIZATION unesco", "PLACE Baku")) {
            assertTrue(keys.contains(expected), () -> expected + " in " + keys);
        }
        assertTrue(d.mentions().stream().noneMatch(m -> m.kind() == Mention.Kind.PLACE && !m.key().equals("Baku")), keys::toString);
        assertEquals(List.of(), d.citations(), "the letter cites no document");
    }
}
