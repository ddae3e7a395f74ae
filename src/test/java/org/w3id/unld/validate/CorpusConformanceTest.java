package org.w3id.unld.validate;

import org.apache.jena.shacl.ValidationReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3id.unld.map.DocumentMapper;
import org.w3id.unld.map.MappedDocument;
import org.w3id.unld.map.TestDocuments;
import org.w3id.unld.reference.Gazetteer;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every document of the corpus that extracts conforms to the shapes. Until the parser is in, the
 * extractions are the expected ones (the seed and the golden set, src/test/resources/golden/expected),
 * mapped and validated as ingest would; the store stage switches this to the parser's output.
 */
class CorpusConformanceTest {
    static final DocumentMapper MAPPER = new DocumentMapper("http://localhost:3030/", Gazetteer.standard(), "0.1.0");
    /** As ingest validates: against today (the corpus is dated in the past, so the day cannot change the outcome). */
    static final ShapesValidator VALIDATOR = new ShapesValidator();

    static List<TestDocuments.Golden> documents() {
        return TestDocuments.golden();
    }

    @Test
    void theGoldenSetIsThere() {
        assertTrue(documents().size() > 1, "the golden set holds expected extractions besides the seed");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void theMappedGraphOfEveryExpectedExtractionConforms(TestDocuments.Golden document) {
        MappedDocument m = MAPPER.map(document.parsed());
        ValidationReport report = VALIDATOR.validate(m.graph());
        assertTrue(report.conforms(), () -> document.name() + ":\n" + String.join("\n", ShapesValidator.describe(m.document(), report)));
    }
}
