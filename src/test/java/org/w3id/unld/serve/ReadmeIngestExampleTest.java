package org.w3id.unld.serve;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.unld.store.FusekiConfiguration;
import org.w3id.unld.store.StoreLocation;
import org.w3id.unld.testing.Prerequisites;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The README's HTTP ingest example, run as written: its password line makes the password file, its {@code curl}
 * line is run by bash in a folder holding a PDF of that name, against a server on a free port (the only change to
 * the line is the port). curl's default form content type once made the server read the document as form fields.
 */
@Tag("clients")
class ReadmeIngestExampleTest {
    private static final Pattern PASSWORD_LINE = Pattern.compile("echo '(admin: [^']+)' > passwords");
    private static final Pattern CURL_LINE = Pattern.compile("(?m)^curl -u \\S+ --data-binary @(\\S+) 'http://localhost:3030/ingest\\?name=[^']+'");

    @TempDir
    Path folder;

    @Test
    void theReadmesCurlLineStoresTheDocument() throws Exception {
        Prerequisites.program("curl", "curl");
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        Matcher password = PASSWORD_LINE.matcher(readme);
        Matcher curl = CURL_LINE.matcher(readme);
        assertTrue(password.find(), "the README shows how to write the password file");
        assertTrue(curl.find(), "the README shows a curl line for /ingest");
        Path passwords = folder.resolve("passwords");
        Files.writeString(passwords, password.group(1) + "\n");
        Path work = Files.createDirectories(folder.resolve("work"));
        Files.copy(Path.of("src", "main", "resources", "unld", "samples", "A_RES_73_3-EN.pdf"), work.resolve(curl.group(1)));

        try (UnldServer server = UnldServer.create(FusekiConfiguration.load(null, new StoreLocation(folder.resolve("db"))))
                .port(0).passwords(passwords).build().start()) {
            String line = curl.group().replace("localhost:3030", "localhost:" + server.port());
            Process p = new ProcessBuilder(List.of("bash", "-c", line + " -sS")).directory(work.toFile()).redirectErrorStream(true).start();
            assertTrue(p.waitFor(60, TimeUnit.SECONDS), "curl did not finish");
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(0, p.exitValue(), out);
            assertTrue(out.contains("\"status\": \"stored\""), line + "\n→ " + out);
        } catch (IOException e) {
            throw new AssertionError("bash and curl are needed for this test (.ci/run installs them)", e);
        }
    }
}
