package org.w3id.unld.parse;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;
import org.w3id.unld.model.ExtractionJson;
import org.w3id.unld.model.ParsedDocument;
import org.w3id.unld.read.SourceReader;
import org.w3id.unld.testing.TestResources;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The reference document (a joint GA/SC letter with an annex) gives exactly its expected extraction. */
class ReferenceDocumentTest {
    @Test
    void referenceDocumentGivesExactlyItsExpectedExtraction() throws Exception {
        Path text = TestResources.REFERENCE_DOCUMENT;
        Path expectedFile = TestResources.REFERENCE_EXPECTED;
        ParsedDocument doc = new DocumentParser().parse(new SourceReader().read(text));

        JsonElement expected = JsonParser.parseString(Files.readString(expectedFile, StandardCharsets.UTF_8));
        JsonElement actual = ExtractionJson.toJson(doc.extraction());
        List<String> differences = JsonDiff.diff(expected, actual);
        assertTrue(differences.isEmpty(), () -> "differences:\n  " + String.join("\n  ", differences));
        // Same JSON, same bytes: unld extract prints the expected file as it is.
        assertEquals(Files.readString(expectedFile, StandardCharsets.UTF_8).strip(), ExtractionJson.write(doc.extraction()).strip());
    }

    @Test
    void referenceLetterHasOneSignatory() throws Exception {
        Path text = TestResources.REFERENCE_DOCUMENT;
        ParsedDocument doc = new DocumentParser().parse(new SourceReader().read(text));
        assertEquals(1, doc.signatories().size());
        assertEquals("Tofiq Musayev", doc.signatories().get(0).name());
        assertEquals("Ambassador", doc.signatories().get(0).title());
        assertEquals("Permanent Representative", doc.signatories().get(0).role());
        assertTrue(doc.citations().isEmpty());
        assertTrue(doc.mentions().stream().anyMatch(m -> m.key().equals("AZE")), doc.mentions()::toString);
    }
}
