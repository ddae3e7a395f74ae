package org.w3id.unld.serve;

import org.w3id.unld.map.MappedDocument;
import org.w3id.unld.store.DocumentStore;
import org.w3id.unld.store.FusekiConfiguration;
import org.w3id.unld.store.Outcome;
import org.w3id.unld.store.Pipeline;
import org.w3id.unld.store.StoreLocation;
import org.w3id.unld.testing.TestResources;

import java.io.IOException;
import java.io.UncheckedIOException;
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
import java.util.Base64;
import java.util.List;

/**
 * A real unld server on a free port over a temporary TDB2 store holding the {@link Fixture} documents and the
 * reference document, with a
 * password file (user admin). Its IRI base is its own address, so that links and the JSON-LD context URL
 * resolve against it as they would on a public server.
 */
final class TestServer implements AutoCloseable {
    static final String USER = "admin";
    static final String PASSWORD = "s3cret-for-tests";

    final UnldServer server;
    final String base;
    final Path passwords;
    /** The IRI of the reference document (src/test/resources/corpus/seed), as the real reader, parser and mapper mint it. */
    final String referenceDocument;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private TestServer(UnldServer server, String base, Path passwords, String referenceDocument) {
        this.server = server;
        this.base = base;
        this.passwords = passwords;
        this.referenceDocument = referenceDocument;
    }

    static TestServer start(Path folder, Duration timeout, long resultLimit, long maxRequestBytes) {
        return start(folder, b -> b.timeout(timeout).resultLimit(resultLimit).maxRequestBytes(maxRequestBytes));
    }

    /** A test server whose builder {@code options} sets up beyond the port, base and password file. */
    static TestServer start(Path folder, java.util.function.Consumer<UnldServer.Builder> options) {
        return start(folder, options, base -> List.of());
    }

    /** A test server that also holds the documents {@code more} makes with IRIs under its base. */
    static TestServer start(Path folder, java.util.function.Consumer<UnldServer.Builder> options,
                            java.util.function.Function<String, List<MappedDocument>> more) {
        try {
            int port = freePort();
            String base = "http://localhost:" + port + "/";
            Path passwords = folder.resolve("passwords");
            Files.writeString(passwords, USER + ": " + PASSWORD + "\n");
            UnldServer.Builder builder = UnldServer.create(FusekiConfiguration.load(null, new StoreLocation(folder.resolve("db"))))
                    .port(port).base(base).passwords(passwords);
            options.accept(builder);
            UnldServer server = builder.build();
            MappedDocument reference = referenceDocument(base);
            List<MappedDocument> documents = new ArrayList<>(Fixture.documents(base));
            documents.add(reference);
            documents.addAll(more.apply(base));
            DocumentStore.over(server.dataset()).replace(documents);
            server.start();
            return new TestServer(server, base, passwords, reference.document().getURI());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The reference document through the real pipeline: read, parse, map and SHACL validation. */
    static MappedDocument referenceDocument(String base) {
        Outcome outcome = new Pipeline(base).process(TestResources.REFERENCE_DOCUMENT);
        if (outcome instanceof Outcome.Accepted accepted) {
            return accepted.document();
        }
        throw new AssertionError("the reference document was rejected: " + ((Outcome.Rejected) outcome).describe());
    }

    /** The path of the reference document under the base: "id/document/_…". */
    String referencePath() {
        return referenceDocument.substring(base.length());
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    String url(String path) {
        return base + (path.startsWith("/") ? path.substring(1) : path);
    }

    HttpResponse<String> get(String path, String accept) {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(url(path))).GET();
        if (accept != null) {
            r.header("Accept", accept);
        }
        return send(r.build());
    }

    HttpResponse<String> send(HttpRequest request) {
        try {
            try {
                return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            } catch (IOException e) {
                // The client reused a kept-alive connection that the server had just closed (after refusing a request
                // without reading its body): a transport race, not an answer. Sent once more on a new connection.
                if (e.getMessage() == null || !e.getMessage().contains("received no bytes")) {
                    throw e;
                }
                return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String basicAuth(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void close() {
        server.close();
    }
}
