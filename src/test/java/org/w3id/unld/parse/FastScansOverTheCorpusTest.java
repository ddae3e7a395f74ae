package org.w3id.unld.parse;

import org.junit.jupiter.api.Tag;
import org.w3id.unld.testing.SharedCorpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/** The checks of {@link FastScansTest} over the text of every 25th text document of the shared corpus. */
@Tag("corpus")
class FastScansOverTheCorpusTest extends FastScansTest {
    @Override
    List<Path> documents() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.walk(SharedCorpus.corpus())) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        return IntStream.iterate(0, i -> i < files.size(), i -> i + 25).mapToObj(files::get).toList();
    }
}
