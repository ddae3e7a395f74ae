package org.w3id.unld.parse;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.w3id.unld.model.ExtractionJson;
import org.w3id.unld.model.ParsedDocument;
import org.w3id.unld.read.SourceReader;
import org.w3id.unld.testing.TestResources;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One test per document of the golden set ({@link GoldenSet}: golden/families.tsv): the parser's JSON for the document
 * must equal its hand-written expected extraction as JSON (key order free). A failure lists
 * every differing field with its path; the tally of failing fields is printed at the end. A few documents
 * have a known, documented difference (see {@link #KNOWN}).
 */
class GoldenExtractionTest {
    /**
     * Differences the parser is known to have (golden/known-differences.tsv), each with its reason. For these
     * documents every other field must still be equal, and the listed fields must still differ: when the parser
     * learns to get one right, the test fails until the entry is taken out; a new failure fails at once.
     */
    private static final Map<String, Set<String>> KNOWN = GoldenSet.knownDifferences();
    private static final Map<String, Integer> FAILING_FIELDS = new ConcurrentHashMap<>();
    private static final Map<String, Boolean> RESULTS = new ConcurrentHashMap<>();

    @TestFactory
    Stream<DynamicTest> everyGoldenDocumentGivesItsExpectedExtraction() throws IOException {
        List<GoldenSet.Entry> entries = GoldenSet.read();
        assertTrue(entries.size() >= 31, "the golden set holds the reference document's kin: at least 31 documents, found "
                + entries.size());
        return entries.stream().map(entry -> DynamicTest.dynamicTest(entry.name(), () -> check(entry.name(), entry.input(),
                entry.expected())));
    }

    private static void check(String inputRel, Path input, Path expectedFile) throws Exception {
        ParsedDocument doc = new DocumentParser().parse(new SourceReader().read(input));
        JsonElement expected = JsonParser.parseString(Files.readString(expectedFile, StandardCharsets.UTF_8));
        JsonElement actual = ExtractionJson.toJson(doc.extraction());
        List<String> differences = JsonDiff.diff(expected, actual);
        RESULTS.put(inputRel, differences.isEmpty());
        for (String field : JsonDiff.fields(differences)) {
            FAILING_FIELDS.merge(field, 1, Integer::sum);
        }
        Set<String> known = KNOWN.getOrDefault(inputRel, Set.of());
        if (known.isEmpty()) {
            assertTrue(differences.isEmpty(), () -> inputRel + " differs from its expected extraction in "
                    + differences.size() + " place(s):\n  " + String.join("\n  ", differences));
        } else {
            assertEquals(known, JsonDiff.fields(differences), () -> inputRel + ": only " + known
                    + " may differ (a known limit); differences:\n  " + String.join("\n  ", differences));
        }
    }

    @AfterAll
    static void printTally() {
        long passed = RESULTS.values().stream().filter(b -> b).count();
        System.out.println("Golden extractions: " + passed + " of " + RESULTS.size() + " documents equal their expected JSON; "
                + KNOWN.size() + " known to differ (golden/known-differences.tsv)");
        if (!FAILING_FIELDS.isEmpty()) {
            System.out.println("Documents failing per field: " + new TreeMap<>(FAILING_FIELDS));
        }
    }
}
