package org.w3id.unld.parse;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where tests find the shared material: ../shared from the project directory (the Maven basedir). */
final class SharedCorpus {
    private SharedCorpus() {
    }

    static Path shared() {
        Path p = Path.of("..", "shared").toAbsolutePath().normalize();
        if (!Files.isDirectory(p)) {
            throw new IllegalStateException("the shared material is missing: expected it at " + p);
        }
        return p;
    }

    static Path corpus() {
        return shared().resolve("corpus");
    }
}
