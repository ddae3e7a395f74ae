package org.w3id.unld.testing;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Where tests find ../shared (read-only material beside the project checkout). */
public final class SharedCorpus {
    public static final Path SHARED = Path.of("..", "shared").toAbsolutePath().normalize();
    public static final Path CORPUS = SHARED.resolve("corpus");
    public static final Path REFERENCE_DOCUMENT = CORPUS.resolve("seed/000_2d414ff8111b79ff.txt");
    public static final Path REFERENCE_EXPECTED = CORPUS.resolve("seed/000_2d414ff8111b79ff.expected.json");

    private SharedCorpus() {
    }

    /** Fails (never skips) when ../shared is missing: the tests need it. */
    public static Path require(Path p) {
        assertTrue(Files.exists(p), p + " is missing: the tests read ../shared beside the project checkout");
        return p;
    }
}
