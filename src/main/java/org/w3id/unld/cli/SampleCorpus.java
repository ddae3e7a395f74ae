package org.w3id.unld.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The small corpus of real UN documents shipped in the jar (src/main/resources/unld/samples, sources in its
 * SOURCES.md), loaded into an empty store by {@code unld serve} so that a newcomer sees data at once.
 */
final class SampleCorpus {
    private static final String FOLDER = "unld/samples/";

    private SampleCorpus() {
    }

    /** Copies the samples into {@code target} (the readers take files) and returns them in index order. */
    static List<Path> copyTo(Path target) {
        List<Path> files = new ArrayList<>();
        try {
            Files.createDirectories(target);
            for (String name : index()) {
                Path file = target.resolve(name);
                try (InputStream in = resource(FOLDER + name)) {
                    Files.copy(in, file);
                }
                files.add(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    private static List<String> index() throws IOException {
        try (InputStream in = resource(FOLDER + "index.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        }
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = SampleCorpus.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IOException("the jar has no " + name);
        }
        return in;
    }
}
