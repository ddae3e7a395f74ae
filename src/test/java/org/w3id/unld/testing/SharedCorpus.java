package org.w3id.unld.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The shared material (the whole corpus, reference tables) that the tests tagged {@code corpus} read: {@code ../shared}
 * beside the project checkout, or the folder the environment variable {@code UNLD_SHARED} names. It is not part of the
 * repository; the documents the other tests need are in {@link TestResources}. A test that finds it missing stops as
 * {@link Prerequisites#missing} says: skipped, or failed on CI.
 */
public final class SharedCorpus {
    /** The environment variable that names the shared folder when it is not at ../shared. */
    public static final String LOCATION_VARIABLE = "UNLD_SHARED";
    public static final Path SHARED = location();
    public static final Path CORPUS = SHARED.resolve("corpus");

    private SharedCorpus() {
    }

    private static Path location() {
        String named = System.getenv(LOCATION_VARIABLE);
        Path p = named == null || named.isBlank() ? Path.of("..", "shared") : Path.of(named);
        return p.toAbsolutePath().normalize();
    }

    /** The whole corpus, {@code ../shared/corpus}. */
    public static Path corpus() {
        return require(CORPUS);
    }

    /** {@code p} (a path under {@link #SHARED}) if it exists; otherwise the test stops. */
    public static Path require(Path p) {
        if (Files.exists(p)) {
            return p;
        }
        return Prerequisites.missing(p + " is missing: these tests read the shared material at ../shared beside the project"
                + " checkout (or in the folder " + LOCATION_VARIABLE + " names)");
    }
}
