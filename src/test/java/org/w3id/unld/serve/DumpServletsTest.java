package org.w3id.unld.serve;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3id.unld.dump.DumpManifest;
import org.w3id.unld.dump.DumpSet;
import org.w3id.unld.dump.SyntheticDocuments;
import org.w3id.unld.dump.Tools;
import org.w3id.unld.store.DocumentStore;
import org.w3id.unld.store.FusekiConfiguration;
import org.w3id.unld.store.StoreLocation;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** /dumps/ and /.well-known/void on the real server, over a store dumped with {@link DumpSet#regenerate}. */
class DumpServletsTest {
    static final String SECRET = "secret-in-the-store-folder";
    @TempDir
    static Path db;
    @TempDir
    static Path downloads;
    static UnldServer server;
    static DumpManifest manifest;
    static String root;
    static final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws IOException {
        StoreLocation location = new StoreLocation(db);
        server = UnldServer.create(FusekiConfiguration.load(null, location)).port(0).build();
        DocumentStore.over(server.dataset()).replace(SyntheticDocuments.sample());
        manifest = DumpSet.regenerate(server.dataset(), location, SyntheticDocuments.BASE);
        // Files beside the dumps folder that must never be reachable through /dumps/.
        Files.writeString(db.resolve("secret.txt"), SECRET);
        Files.createDirectories(location.dumps().resolve(".dump-leftover"));
        Files.writeString(location.dumps().resolve(".dump-leftover").resolve("x.nt"), SECRET);
        Files.writeString(location.dumps().resolve("unlisted.txt"), SECRET);
        server.start();
        root = "http://localhost:" + server.port();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    static HttpResponse<byte[]> get(String path, String accept) throws Exception {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(root + path));
        if (accept != null) {
            r.header("Accept", accept);
        }
        return http.send(r.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    static Graph parse(byte[] body, Lang lang) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(new String(body, StandardCharsets.UTF_8), lang).parse(g);
        return g;
    }

    @Test
    void theListingLinksEveryPublishedFile() throws Exception {
        HttpResponse<byte[]> r = get("/dumps/", null);
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        String html = new String(r.body(), StandardCharsets.UTF_8);
        for (var f : manifest.files()) {
            assertTrue(html.contains("href=\"" + f.name() + "\""), f.name() + " is not linked from /dumps/");
        }
        assertFalse(html.contains("unlisted.txt") || html.contains(".dump-leftover"), html);
        assertEquals(301, get("/dumps", null).statusCode());
    }

    @Test
    @Tag("clients")
    void filesDownloadedWithCurlPassSha256sum() throws Exception {
        for (var f : manifest.files()) {
            Tools.Run curl = Tools.curl(downloads, "-sS", "-f", "-o", f.name(), root + "/dumps/" + f.name());
            assertEquals(0, curl.exit(), () -> "curl " + f.name() + ": " + curl.err());
        }
        Tools.Run check = Tools.sha256sumCheck(downloads);
        assertEquals(0, check.exit(), check.out() + check.err());
        assertEquals(manifest.files().size() - 1, check.out().lines().filter(l -> l.endsWith(": OK")).count(), check.out());
    }

    @Test
    void filesAreSentAsTheyAreWithTheirMediaType() throws Exception {
        for (var f : manifest.files()) {
            HttpResponse<byte[]> r = get("/dumps/" + f.name(), null);
            assertEquals(200, r.statusCode(), f.name());
            assertArrayEquals(Files.readAllBytes(manifest.path(f)), r.body(), f.name());
            String type = r.headers().firstValue("Content-Type").orElse("");
            assertTrue(type.startsWith(f.transferMediaType()), f.name() + " sent as " + type);
        }
        HttpResponse<Void> head = http.send(HttpRequest.newBuilder(URI.create(root + "/dumps/SHA256SUMS"))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.discarding());
        assertEquals(200, head.statusCode());
        assertEquals(Files.size(manifest.folder().resolve("SHA256SUMS")), head.headers().firstValueAsLong("Content-Length").orElse(-1));
    }

    @ParameterizedTest
    @Tag("clients")
    @ValueSource(strings = {
            "/dumps/../../etc/passwd", "/dumps/../secret.txt", "/dumps/%2e%2e/secret.txt", "/dumps/%2e%2e/%2e%2e/etc/passwd",
            "/dumps/..%2fsecret.txt", "/dumps/..%2f..%2fetc%2fpasswd", "/dumps/%2e%2e%2fsecret.txt", "/dumps/%2e%2e%2f%2e%2e%2fetc%2fpasswd",
            "/dumps/.%2e/secret.txt", "/dumps/%252e%252e%252fsecret.txt", "/dumps/..%5csecret.txt", "/dumps/..\\secret.txt",
            "/dumps/..;/secret.txt", "/dumps//etc/passwd", "/dumps/%2fetc%2fpasswd", "/dumps/./../secret.txt",
            "/dumps/SHA256SUMS/../../secret.txt", "/dumps/void.ttl%00", "/dumps/unlisted.txt", "/dumps/.dump-leftover/x.nt",
            "/dumps/%2e%2e/dataset-version.json", "/dumps/....//secret.txt", "/dumps/%c0%ae%c0%ae/secret.txt"})
    void pathTraversalIsRefused(String path) {
        Tools.Run curl = Tools.curl(downloads, "-sS", "--path-as-is", "-o", "-", "-w", "\n%{http_code}", root + path);
        assertEquals(0, curl.exit(), curl.err());
        String out = curl.out();
        int status = Integer.parseInt(out.substring(out.lastIndexOf('\n') + 1).trim());
        assertTrue(status >= 400 && status < 500, path + " gave " + status);
        assertFalse(out.contains(SECRET) || out.contains("root:"), path + " leaked: " + out);
    }

    @Test
    void theDescriptionIsTheTurtleTheDumpWroteAndOtherFormatsOnRequest() throws Exception {
        byte[] turtle = Files.readAllBytes(manifest.folder().resolve("void.ttl"));
        Graph expected = parse(turtle, Lang.TURTLE);
        HttpResponse<byte[]> ttl = get("/.well-known/void", "text/turtle");
        assertEquals(200, ttl.statusCode());
        assertArrayEquals(turtle, ttl.body());
        assertArrayEquals(turtle, get("/.well-known/void", null).body(), "Turtle when no Accept is sent");
        for (var e : Map.of("application/ld+json", Lang.JSONLD, "application/n-triples", Lang.NTRIPLES,
                "application/rdf+xml", Lang.RDFXML).entrySet()) {
            HttpResponse<byte[]> r = get("/.well-known/void", e.getKey() + ", text/turtle;q=0.5");
            assertEquals(200, r.statusCode(), e.getKey());
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(e.getKey()), e.getKey());
            assertTrue(IsoMatcher.isomorphic(expected, parse(r.body(), e.getValue())), e.getKey());
        }
        HttpResponse<byte[]> html = get("/.well-known/void", "text/html,application/xhtml+xml,*/*;q=0.8");
        assertEquals(200, html.statusCode());
        String page = new String(html.body(), StandardCharsets.UTF_8);
        assertTrue(page.contains("href=\"/dumps/\"") && page.contains("void:triples"), page);
        assertEquals(406, get("/.well-known/void", "image/png").statusCode());
    }

    @Test
    void aServerWithoutDumpsSaysSo(@TempDir Path empty) throws Exception {
        UnldServer other = UnldServer.create(FusekiConfiguration.load(null, new StoreLocation(empty))).port(0).build().start();
        try {
            String otherRoot = "http://localhost:" + other.port();
            HttpResponse<String> list = http.send(HttpRequest.newBuilder(URI.create(otherRoot + "/dumps/")).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, list.statusCode());
            assertTrue(list.body().contains("No dumps have been written yet"), list.body());
            HttpResponse<String> description = http.send(HttpRequest.newBuilder(URI.create(otherRoot + "/.well-known/void")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(404, description.statusCode());
            assertEquals(List.of(), org.w3id.unld.dump.PublishedDumps.list(new StoreLocation(empty).dumps()));
        } finally {
            other.close();
        }
    }
}
