package org.w3id.unld.serve;

import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** queries/*.rq: each is shipped, parses as SPARQL, and has a title and a description for the pages. */
class ExampleQueriesTest {
    @Test
    void everyQueryOfTheQueriesFolderIsShippedWithATitleAndParses() throws IOException {
        long files;
        try (Stream<Path> s = Files.list(Path.of("queries"))) {
            files = s.filter(p -> p.toString().endsWith(".rq")).count();
        }
        var examples = ExampleQueries.load().all();
        assertEquals(files, examples.size());
        for (ExampleQueries.Example e : examples) {
            QueryFactory.create(e.query());
            assertFalse(e.title().equals(e.name()), e.name() + " has no title comment");
            assertFalse(e.description().isEmpty(), e.name() + " has no description comment");
        }
    }

    @Test
    void theLeadingCommentsAreTitleAndDescription() {
        var e = ExampleQueries.parse("x", "# Title here\n# First line,\n# second line.\nSELECT * {}\n# not a description\n");
        assertEquals("Title here", e.title());
        assertEquals("First line, second line.", e.description());
    }
}
