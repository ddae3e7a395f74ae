package org.w3id.unld.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.w3id.unld.cli.CommandLineTest.unld;

/**
 * What {@code unld serve} does with a store whose dumps a crash left behind: the store changed after its dumps
 * were written (here an ingest with --no-dump, which leaves the same mark as a process killed before its dump),
 * and a half-written dump folder is still there. The real command runs in a process of its own.
 */
class ServeStartupTest {
    @TempDir
    Path temp;

    @Test
    void staleDumpsAreRewrittenAndLeftoversRemovedAtStartUp() throws Exception {
        Path samples = Path.of("src", "main", "resources", "unld", "samples");
        Path first = Files.createDirectories(temp.resolve("first"));
        Path second = Files.createDirectories(temp.resolve("second"));
        Files.copy(samples.resolve("A_73_716.txt"), first.resolve("A_73_716.txt"));
        Files.copy(samples.resolve("S_2024_870.txt"), second.resolve("S_2024_870.txt"));
        String db = temp.resolve("db").toString();
        assertEquals(0, unld("ingest", "--db", db, first.toString()).exit());
        String voidBefore = Files.readString(temp.resolve("db/dumps/void.ttl"));
        assertEquals(0, unld("ingest", "--db", db, "--no-dump", second.toString()).exit());
        Path leftover = Files.createDirectories(temp.resolve("db/dumps/.dump-12345"));
        Files.writeString(leftover.resolve("union.nt.gz"), "half written");

        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Unld.class.getName(),
                "serve", "--db", db, "--port", String.valueOf(port), "--no-samples"));
        Process serve = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(temp.resolve("serve.log").toFile()).start();
        try {
            HttpClient http = HttpClient.newHttpClient();
            String voidNow = null;
            for (int i = 0; i < 120 && voidNow == null; i++) {
                try {
                    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/.well-known/void"))
                            .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                    if (r.statusCode() == 200) {
                        voidNow = r.body();
                    }
                } catch (IOException e) {
                    Thread.sleep(500);
                }
            }
            String log = Files.readString(temp.resolve("serve.log"));
            assertTrue(voidNow != null, "the server did not start: " + log);
            assertTrue(log.contains("The store changed after its dumps were written"), log);
            assertTrue(triples(voidNow) > triples(voidBefore), "the description still counts the store before the second ingest: "
                    + triples(voidBefore) + " triples then, " + triples(voidNow) + " now");
            assertFalse(Files.exists(leftover), "the half-written dump folder is still there");
            assertFalse(Files.exists(temp.resolve("db/dumps-stale")), "the stale mark is still there");
        } finally {
            serve.destroy();
            serve.waitFor();
        }
    }

    /** The dataset's triples as its VoID description gives them: the largest void:triples (partitions have fewer). */
    private static long triples(String voidTurtle) {
        var m = java.util.regex.Pattern.compile("void:triples\\s+(\\d+)").matcher(voidTurtle);
        long max = -1;
        while (m.find()) {
            max = Math.max(max, Long.parseLong(m.group(1)));
        }
        return max;
    }
}
