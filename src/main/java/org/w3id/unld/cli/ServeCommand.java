package org.w3id.unld.cli;

import org.apache.commons.io.file.PathUtils;
import org.w3id.unld.dump.DumpSet;
import org.w3id.unld.dump.BackgroundDumps;
import org.w3id.unld.dump.PublishedDumps;
import org.w3id.unld.replicate.KafkaTopic;
import org.w3id.unld.replicate.PatchFollower;
import org.w3id.unld.replicate.PatchPublisher;
import org.w3id.unld.serve.UnldServer;
import org.w3id.unld.serve.guard.ClientLimitFilter;
import org.w3id.unld.store.DocumentStore;
import org.w3id.unld.store.PatchJournal;
import org.w3id.unld.store.FusekiConfiguration;
import org.w3id.unld.store.StoreLocation;
import org.w3id.unld.store.Ingest;
import org.w3id.unld.store.IngestSummary;
import org.w3id.unld.store.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Starts the server: linked-data pages and dereferenceable IRIs at /, SPARQL at /sparql, "
                + "the query page at /query, health at /$/ping, metrics at /$/metrics.",
                "With no options it uses the store in ./unld-data and, when that store is empty, first loads the sample documents shipped with unld."})
final class ServeCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Mixin
    BaseOption base;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "3030", description = "HTTP port (0: any free port). Default: ${DEFAULT-VALUE}")
    int port;

    @Option(names = "--public", description = "Listen on every network interface, not only on localhost")
    boolean everyInterface;

    @Option(names = "--passwords", paramLabel = "FILE",
            description = "Jetty password file (lines 'user: password'); turns on /update and POST /ingest for the user admin. Without it the server is read-only.")
    Path passwords;

    @Option(names = "--timeout", paramLabel = "SECONDS",
            description = "Cut SPARQL queries after this many seconds (default: the query timeout of the Fuseki configuration, 30 s)")
    Integer timeoutSeconds;

    @Option(names = "--max-results", paramLabel = "N", defaultValue = "10000",
            description = "The most results one SPARQL query returns (its LIMIT is lowered to this). Default: ${DEFAULT-VALUE}")
    long maxResults;

    @Option(names = "--max-request-bytes", paramLabel = "BYTES", defaultValue = "" + UnldServer.DEFAULT_MAX_REQUEST_BYTES,
            description = "The largest request body accepted (a query, an update, an uploaded document); larger ones get 413. Default: ${DEFAULT-VALUE}")
    long maxRequestBytes;

    @Option(names = "--max-query-bytes", paramLabel = "BYTES", defaultValue = "" + UnldServer.DEFAULT_MAX_QUERY_BYTES,
            description = "The longest SPARQL query text accepted; longer ones get 413 before they are parsed. Default: ${DEFAULT-VALUE}")
    long maxQueryBytes;

    @Option(names = "--max-client-requests", paramLabel = "N", defaultValue = "" + ClientLimitFilter.DEFAULT_MAX_PER_CLIENT,
            description = "Requests one client address may have in progress at once; more get 429 Too Many Requests with Retry-After. Default: ${DEFAULT-VALUE}")
    int maxClientRequests;

    @Option(names = "--description-cache-mb", paramLabel = "MB",
            description = "Memory for rendered descriptions (/doc/…) kept until the data changes (0: none). Default: a sixteenth of the Java heap")
    Long descriptionCacheMb;

    @Option(names = "--federate", paramLabel = "URL",
            description = "A SPARQL endpoint that queries may call with SERVICE (repeat for several, e.g. --federate https://query.wikidata.org/sparql). "
                    + "Without it SERVICE is off: the server sends no request elsewhere.")
    List<String> federate = new ArrayList<>();

    @Option(names = "--no-samples", description = "Do not load the sample documents into an empty store")
    boolean noSamples;

    @Option(names = "--publish", paramLabel = "kafka://HOST:PORT/TOPIC",
            description = "Send every committed change (one RDF Patch per write, from <db>/patches) to this Kafka topic, for replicas to follow")
    String publish;

    @Option(names = "--follow", paramLabel = "kafka://HOST:PORT/TOPIC",
            description = "Be a read-only replica: apply the writer's patches from this Kafka topic, in order (/update and /ingest answer 405; "
                    + "/$/ping answers 503 until caught up; /$/status reports the replication)")
    String follow;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (port < 0 || port > 65535) {
            throw new UserError("--port must be between 0 and 65535");
        }
        if (passwords != null && !Files.isRegularFile(passwords)) {
            throw new UserError("no password file " + passwords);
        }
        if (timeoutSeconds != null && timeoutSeconds < 1) {
            throw new UserError("--timeout must be at least 1 second");
        }
        if (maxResults < 1) {
            throw new UserError("--max-results must be at least 1");
        }
        if (maxRequestBytes < 1024) {
            throw new UserError("--max-request-bytes must be at least 1024");
        }
        if (maxQueryBytes < 256) {
            throw new UserError("--max-query-bytes must be at least 256");
        }
        if (maxClientRequests < 1) {
            throw new UserError("--max-client-requests must be at least 1");
        }
        for (String endpoint : federate) {
            if (!endpoint.startsWith("http://") && !endpoint.startsWith("https://")) {
                throw new UserError("--federate needs an http(s) endpoint URL, not " + endpoint);
            }
        }
        if (publish != null && follow != null) {
            throw new UserError("a server either publishes its changes (--publish) or follows a writer's (--follow), not both");
        }
        if (follow != null && passwords != null) {
            throw new UserError("a replica (--follow) is read-only: leave --passwords out, and send writes to the writer");
        }
        KafkaTopic published = publish == null ? null : topic(publish, "--publish");
        KafkaTopic followed = follow == null ? null : topic(follow, "--follow");
        PrintWriter out = spec.commandLine().getOut();
        if (port == 0 && !base.given()) {
            // The IRIs name the port: pick it now rather than let the server pick one the base cannot name.
            port = freePort();
        }
        String iriBase = base.base("http://localhost:" + port + "/");
        FusekiConfiguration configuration = store.configuration();
        UnldServer.Builder builder = UnldServer.create(configuration).port(port).loopback(!everyInterface).passwords(passwords)
                .base(iriBase).timeout(timeoutSeconds == null ? null : Duration.ofSeconds(timeoutSeconds))
                .resultLimit(maxResults).maxRequestBytes(maxRequestBytes).maxQueryBytes(maxQueryBytes)
                .maxClientRequests(maxClientRequests);
        if (descriptionCacheMb != null) {
            if (descriptionCacheMb < 0) {
                throw new UserError("--description-cache-mb cannot be negative");
            }
            builder.descriptionCacheBytes(descriptionCacheMb * 1024 * 1024);
        }
        federate.forEach(builder::federate);
        AtomicReference<PatchFollower> follower = new AtomicReference<>();
        if (followed != null) {
            PatchFollower.Status starting = PatchFollower.Status.starting(followed.toString());
            builder.replica(() -> follower.get() == null ? starting : follower.get().status());
        }
        UnldServer server = builder.build();
        DocumentStore documents = DocumentStore.over(server.dataset(), PatchJournal.of(configuration.location()));
        if (followed == null && !noSamples && documents.isEmpty()) {
            loadSamples(documents, iriBase, out);
        }
        otherBases(documents.bases(), iriBase).ifPresent(spec.commandLine().getErr()::println);
        StoreLocation location = configuration.location();
        try {
            DumpSet.removeLeftovers(location.dumps());
        } catch (IOException e) {
            out.println("Could not remove the leftovers of an unfinished dump in " + location.dumps() + ": " + e.getMessage());
        }
        boolean stale = BackgroundDumps.isStale(location);
        if (!documents.isEmpty() && (stale || PublishedDumps.list(location.dumps()).isEmpty())) {
            out.println(stale ? "The store changed after its dumps were written (the server stopped before it rewrote them): writing them again…"
                    : "Writing the dumps of the store…");
            DumpSet.regenerate(server.dataset(), location, iriBase);
            try {
                BackgroundDumps.clearStale(location);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (followed != null) {
            follower.set(new PatchFollower(followed, documents, server.dumps()::markStale, server::changed).start());
        }
        PatchPublisher publisher = published == null ? null : new PatchPublisher(published, documents).every(Duration.ofSeconds(1));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (follower.get() != null) {
                follower.get().close();
            }
            if (publisher != null) {
                publisher.close();
            }
        }, "unld-replication-stop"));
        server.start();
        String host = everyInterface ? "0.0.0.0" : "localhost";
        out.printf("unld serving %d documents from %s%n", documents.graphCount(), configuration.location().folder());
        out.printf("  pages    http://%s:%d/%n", host, server.port());
        out.printf("  SPARQL   http://%s:%d/sparql   (query page: /query; queries cut after %d s)%n", host, server.port(),
                server.queryTimeout().toSeconds());
        out.printf("  IRIs     %sid/…  answered at http://%s:%d/id/…%n", iriBase, host, server.port());
        if (passwords != null) {
            out.printf("  writes   http://%s:%d/update and POST http://%s:%d/ingest?name=FILE (users of %s)%n", host, server.port(),
                    host, server.port(), passwords);
        }
        out.printf("  health   http://%s:%d/$/ping%n", host, server.port());
        if (followed != null) {
            out.printf("  replica  of %s (read-only; replication at http://%s:%d/$/status)%n", followed, host, server.port());
        }
        if (published != null) {
            out.printf("  publish  every change to %s%n", published);
        }
        out.printf("  dumps    http://%s:%d/dumps/  (described at /.well-known/void)%n", host, server.port());
        out.println("Press Ctrl-C to stop.");
        out.flush();
        server.join();
        return 0;
    }

    /**
     * A warning when the store's IRIs were minted under another base than the one this server answers for: their
     * pages would not be found (the server maps {@code {base}id/X} to {@code /id/X}).
     */
    static Optional<String> otherBases(Set<String> minted, String iriBase) {
        Set<String> others = new TreeSet<>(minted);
        others.remove(iriBase);
        if (others.isEmpty()) {
            return Optional.empty();
        }
        String first = others.iterator().next();
        return Optional.of("Warning: " + (minted.contains(iriBase) ? "some of the store's IRIs were" : "the store's IRIs were")
                + " minted under " + String.join(", ", others) + ", but this server answers for " + iriBase
                + " (--base): their pages will not be found. Start it with --base " + first
                + " to serve them, or ingest the documents again with --base " + iriBase + ".");
    }

    static KafkaTopic topic(String uri, String option) {
        try {
            return KafkaTopic.parse(uri);
        } catch (IllegalArgumentException e) {
            throw new UserError(option + ": " + e.getMessage());
        }
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void loadSamples(DocumentStore documents, String iriBase, PrintWriter out) {
        Path temp;
        try {
            temp = Files.createTempDirectory("unld-samples");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            out.println("The store is empty: loading the sample documents shipped with unld…");
            IngestSummary summary = Ingest.create(new Pipeline(iriBase), documents).build().run(SampleCorpus.copyTo(temp));
            IngestCommand.print(summary, out);
        } finally {
            try {
                PathUtils.deleteDirectory(temp);
            } catch (IOException ignored) {
                // A leftover temporary folder is harmless.
            }
        }
    }
}
