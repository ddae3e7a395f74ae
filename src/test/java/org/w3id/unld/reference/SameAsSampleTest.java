package org.w3id.unld.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The reviewed sample of owl:sameAs targets (src/test/resources/links/sameas-sample.tsv) and the
 * gazetteer agree: every id judged correct is the one the gazetteer holds, every id judged wrong or
 * uncertain is not.
 */
class SameAsSampleTest {

    private record Review(String entity, String wikidata, String label, String verdict) {
    }

    private static List<Review> sample() throws IOException {
        try (InputStream in = SameAsSampleTest.class.getClassLoader().getResourceAsStream("links/sameas-sample.tsv")) {
            if (in == null) {
                throw new IllegalStateException("links/sameas-sample.tsv is not on the test class path");
            }
            List<Review> reviews = new ArrayList<>();
            List<String> header = null;
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                List<String> cells = List.of(line.split("\t", -1));
                if (header == null) {
                    header = cells;
                    continue;
                }
                reviews.add(new Review(cells.get(header.indexOf("entity")), cells.get(header.indexOf("wikidata")),
                        cells.get(header.indexOf("label")), cells.get(header.indexOf("verdict"))));
            }
            return reviews;
        }
    }

    private static Optional<String> heldId(String entity) {
        Gazetteer g = Gazetteer.standard();
        String[] parts = entity.split(":", 2);
        switch (parts[0]) {
            case "country":
                return g.countryByIso3(parts[1]).map(Country::wikidata);
            case "organization":
                return g.organizationBySlug(parts[1]).map(Organization::wikidata);
            default:
                throw new IllegalArgumentException("entity " + entity);
        }
    }

    @Test
    void theSampleHasFiftyReviewedTargetsOfBothKinds() throws IOException {
        List<Review> sample = sample();
        assertEquals(50, sample.size());
        assertTrue(sample.stream().anyMatch(r -> r.entity().startsWith("country:")));
        assertTrue(sample.stream().anyMatch(r -> r.entity().startsWith("organization:")));
        for (Review r : sample) {
            assertTrue(r.verdict().equals("correct") || r.verdict().equals("removed"), r.toString());
            assertTrue(!r.label().isBlank(), r.toString());
        }
    }

    @Test
    void everyIdJudgedCorrectIsTheOneTheGazetteerHolds() throws IOException {
        for (Review r : sample()) {
            if (r.verdict().equals("correct")) {
                Optional<String> held = heldId(r.entity());
                if (held.isEmpty()) {
                    fail(r.entity() + " (" + r.label() + ") holds no Wikidata id, the review says " + r.wikidata());
                }
                assertEquals(r.wikidata(), held.get(), r.entity() + " " + r.label());
            }
        }
    }

    @Test
    void noIdJudgedWrongOrUncertainIsInTheGazetteer() throws IOException {
        for (Review r : sample()) {
            if (r.verdict().equals("removed")) {
                assertNotEquals(Optional.of(r.wikidata()), heldId(r.entity()), r.entity() + " " + r.label());
            }
        }
    }
}
