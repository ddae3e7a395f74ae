package org.w3id.unld.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.unld.testing.Prerequisites;
import org.w3id.unld.testing.SharedCorpus;

/**
 * The tables in the jar are exactly what scripts/build-gazetteer.py makes from ../shared/reference
 * and the curated tables: nobody edited them by hand, and the build is deterministic. Needs the shared
 * material and python3.
 */
@Tag("corpus")
@Tag("clients")
class ShippedTablesTest {

    private static final Path SHIPPED = Path.of("src", "main", "resources", "unld", "reference");

    @Test
    void theShippedTablesAreWhatTheBuildScriptMakes(@TempDir Path out) throws IOException, InterruptedException {
        SharedCorpus.require(SharedCorpus.SHARED.resolve("reference"));
        Process build = new ProcessBuilder(Prerequisites.program("python3", "python3"), "scripts/build-gazetteer.py",
                "--shared", SharedCorpus.SHARED.toString(), "--out", out.toString())
                .redirectErrorStream(true).start();
        String log = new String(build.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        build.waitFor(2, TimeUnit.MINUTES);
        assertEquals(0, build.exitValue(), log);
        for (String table : List.of("countries.tsv", "organizations.tsv", "ignored-phrases.tsv", "unbis-labels.tsv")) {
            assertEquals(Files.readString(SHIPPED.resolve(table), StandardCharsets.UTF_8),
                    Files.readString(out.resolve(table), StandardCharsets.UTF_8), table);
        }
    }
}
