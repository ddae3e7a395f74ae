package org.w3id.unld.parse;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The golden set is wide enough to tell how the parser does on the genre, not on a few layouts: at least 150
 * documents in at least 15 layout families of at least 4 documents each, French and Spanish among them; and every
 * expected extraction the repository holds is in it.
 */
class GoldenSetTest {

    @Test
    void theGoldenSetCoversTheGenre() throws IOException {
        var entries = GoldenSet.read();
        Map<String, Long> perFamily = new TreeMap<>(entries.stream().collect(Collectors.groupingBy(GoldenSet.Entry::family,
                Collectors.counting())));
        long families = perFamily.values().stream().filter(n -> n >= 4).count();
        assertTrue(entries.size() >= 150, "at least 150 golden documents, found " + entries.size());
        assertTrue(families >= 15, "at least 15 families of at least 4 documents, found " + families + ": " + perFamily);
        Map<String, Long> perLanguage = entries.stream().collect(Collectors.groupingBy(GoldenSet.Entry::language, Collectors.counting()));
        assertTrue(perLanguage.getOrDefault("fr", 0L) >= 4 && perLanguage.getOrDefault("es", 0L) >= 4,
                "French and Spanish documents, at least 4 each: " + perLanguage);
    }

    @Test
    void everyGoldenDocumentAndItsExpectedExtractionExist() throws IOException {
        for (GoldenSet.Entry e : GoldenSet.read()) {
            assertTrue(Files.isRegularFile(e.input()), "input of " + e.name() + ": " + e.input());
            assertTrue(Files.isRegularFile(e.expected()), "expected extraction of " + e.name() + ": " + e.expected());
        }
    }

    @Test
    void everyExpectedExtractionInGoldenExpectedIsListed() throws IOException {
        Set<java.nio.file.Path> listed = GoldenSet.read().stream().map(GoldenSet.Entry::expected).collect(Collectors.toSet());
        try (Stream<java.nio.file.Path> files = Files.walk(GoldenSet.GOLDEN_EXPECTED)) {
            Set<java.nio.file.Path> unlisted = files.filter(p -> p.toString().endsWith(GoldenSet.SUFFIX))
                    .filter(p -> !listed.contains(p)).collect(Collectors.toSet());
            assertEquals(Set.of(), unlisted, "expected extractions missing from " + GoldenSet.TABLE);
        }
    }
}
