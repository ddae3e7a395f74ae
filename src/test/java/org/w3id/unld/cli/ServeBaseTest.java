package org.w3id.unld.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.w3id.unld.cli.CommandLineTest.unld;

/**
 * {@code unld serve}'s IRI base: without {@code --base} it follows {@code --port}, and a store whose IRIs were
 * minted under another base says so at start-up. The real command runs in a process of its own.
 */
class ServeBaseTest {
    @TempDir
    Path temp;

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    /** Starts {@code unld serve ARGS} and waits until it answers /$/ping. */
    Process serve(int port, Path log, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Unld.class.getName(), "serve", "--port", String.valueOf(port)));
        command.addAll(List.of(args));
        Process serve = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        HttpClient http = HttpClient.newHttpClient();
        for (int i = 0; i < 240; i++) {
            try {
                if (http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/$/ping")).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return serve;
                }
            } catch (IOException e) {
                Thread.sleep(500);
            }
        }
        serve.destroy();
        throw new AssertionError("the server did not start: " + Files.readString(log));
    }

    @Test
    void withoutBaseTheServerMintsAndAnswersTheIrisOfItsPort() throws Exception {
        int port = freePort();
        Path log = temp.resolve("serve.log");
        // An empty store: serve loads the sample documents, minting their IRIs as it goes.
        Process serve = serve(port, log, "--db", temp.resolve("db").toString());
        try {
            HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
            String query = "SELECT ?d { ?d a <https://w3id.org/unld/ontology#Document> } LIMIT 1";
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/sparql?query="
                    + URLEncoder.encode(query, StandardCharsets.UTF_8))).header("Accept", "text/csv").build(), HttpResponse.BodyHandlers.ofString());
            String document = r.body().lines().skip(1).findFirst().orElse("").strip();
            String base = "http://localhost:" + port + "/";
            assertTrue(document.startsWith(base + "id/document/"), "a document minted under another base: " + r.body());
            HttpResponse<String> dereferenced = http.send(HttpRequest.newBuilder(URI.create(document)).header("Accept", "text/turtle").build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(303, dereferenced.statusCode());
            assertTrue(Files.readString(log).contains("IRIs     " + base + "id/"), Files.readString(log));
        } finally {
            serve.destroy();
            serve.waitFor();
        }
    }

    @Test
    void aStoreMintedUnderAnotherBaseIsToldAtStartUp() throws Exception {
        Path documents = Files.createDirectories(temp.resolve("documents"));
        Files.copy(Path.of("src", "main", "resources", "unld", "samples", "A_73_716.txt"), documents.resolve("A_73_716.txt"));
        String db = temp.resolve("db").toString();
        assertEquals(0, unld("ingest", "--db", db, documents.toString()).exit());
        int port = freePort();
        Path log = temp.resolve("serve.log");
        Process serve = serve(port, log, "--db", db, "--no-samples");
        try {
            String out = Files.readString(log);
            assertTrue(out.contains("Warning: the store's IRIs were minted under " + BaseOption.DEFAULT + ", but this server answers for http://localhost:"
                    + port + "/ (--base)"), out);
            assertTrue(out.contains("Start it with --base " + BaseOption.DEFAULT), out);
        } finally {
            serve.destroy();
            serve.waitFor();
        }
    }

    @Test
    void aStoreMintedUnderTheServersBaseNeedsNoWarning() {
        assertEquals(Optional.empty(), ServeCommand.otherBases(Set.of("http://localhost:3141/"), "http://localhost:3141/"));
        assertEquals(Optional.empty(), ServeCommand.otherBases(Set.of(), "http://localhost:3141/"));
        assertTrue(ServeCommand.otherBases(Set.of("http://localhost:3141/", "https://example.org/"), "http://localhost:3141/").orElseThrow()
                .startsWith("Warning: some of the store's IRIs were minted under https://example.org/"));
    }
}
