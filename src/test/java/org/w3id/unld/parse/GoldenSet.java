package org.w3id.unld.parse;

import org.w3id.unld.testing.TestResources;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The golden set: every document with a hand-written expected extraction, with its layout family and language, as
 * src/test/resources/golden/families.tsv lists them. Two kinds of rows: {@code golden/expected/<path>} (the input is
 * the corpus copy {@code corpus/<path>}, the expected JSON {@code golden/expected/<path>.expected.json}), and the
 * measured samples {@code quality/<sample>/<part>/documents/<file>} (the expected JSON in the part's {@code expected/}),
 * which join the golden set once their blind score is recorded (docs/EXTRACTION-QUALITY.md).
 */
final class GoldenSet {
    static final Path RESOURCES = Path.of("src", "test", "resources");
    static final Path TABLE = RESOURCES.resolve("golden/families.tsv");
    static final Path KNOWN_DIFFERENCES = RESOURCES.resolve("golden/known-differences.tsv");
    static final Path GOLDEN_EXPECTED = RESOURCES.resolve("golden/expected");
    static final String SUFFIX = ".expected.json";

    /** One golden document: its name in test reports, the file the parser reads, its expected JSON, family and language. */
    record Entry(String name, Path input, Path expected, String family, String language) {
    }

    private GoldenSet() {
    }

    static List<Entry> read() throws IOException {
        List<Entry> entries = new ArrayList<>();
        for (String line : Files.readAllLines(TABLE, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#") || line.startsWith("document\t")) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (cells.length != 3) {
                throw new IllegalStateException(TABLE + ": a row has document, family and language: " + line);
            }
            entries.add(entry(cells[0], cells[1], cells[2]));
        }
        return entries;
    }

    /** The fields each listed document is known to get wrong, by its name in test reports. */
    static Map<String, Set<String>> knownDifferences() {
        Map<String, Set<String>> known = new TreeMap<>();
        try {
            for (String line : Files.readAllLines(KNOWN_DIFFERENCES, StandardCharsets.UTF_8)) {
                if (line.isBlank() || line.startsWith("#") || line.startsWith("document\t")) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                if (cells.length != 3 || cells[2].isBlank()) {
                    throw new IllegalStateException(KNOWN_DIFFERENCES + ": a row has document, fields and the reason: " + line);
                }
                known.put(cells[0], new TreeSet<>(List.of(cells[1].split(","))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return known;
    }

    private static Entry entry(String document, String family, String language) {
        String goldenPrefix = "golden/expected/";
        if (document.startsWith(goldenPrefix)) {
            String rel = document.substring(goldenPrefix.length());
            return new Entry(rel, TestResources.CORPUS.resolve(rel), GOLDEN_EXPECTED.resolve(rel + SUFFIX), family, language);
        }
        Path input = RESOURCES.resolve(document);
        Path expected = input.getParent().resolveSibling("expected").resolve(input.getFileName() + SUFFIX);
        return new Entry(document, input, expected, family, language);
    }
}
