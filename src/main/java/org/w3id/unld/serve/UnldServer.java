package org.w3id.unld.serve;

import org.apache.jena.assembler.JA;
import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.auth.AuthPolicy;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.JettySecurityLib;
import org.apache.jena.fuseki.server.DataAccessPoint;
import org.apache.jena.fuseki.server.FusekiVocab;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFList;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.WebContent;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.Timeouts;
import org.apache.jena.vocabulary.RDF;
import org.eclipse.jetty.ee10.servlet.security.ConstraintSecurityHandler;
import org.eclipse.jetty.security.UserStore;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.server.handler.SizeLimitHandler;
import org.eclipse.jetty.server.handler.gzip.GzipHandler;
import org.w3id.unld.dump.BackgroundDumps;
import org.w3id.unld.map.DocumentMapper;
import org.w3id.unld.serve.guard.ClientLimitFilter;
import org.w3id.unld.serve.guard.CrossOriginFilter;
import org.w3id.unld.serve.guard.Federation;
import org.w3id.unld.serve.guard.GuardedFunctions;
import org.w3id.unld.serve.guard.MemoryGuard;
import org.w3id.unld.serve.guard.RequestHygieneHandler;
import org.w3id.unld.replicate.PatchFollower;
import org.w3id.unld.store.DocumentStore;
import org.w3id.unld.store.PatchJournal;
import org.w3id.unld.store.FusekiConfiguration;
import org.w3id.unld.store.Pipeline;
import org.w3id.unld.store.StoreErrors;
import org.w3id.unld.store.StoreUnavailableException;

import java.net.BindException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * unld's server: Fuseki main, embedded, with the datasets and endpoints of fuseki-config/config.ttl, and
 * the linked-data site around them: dereferenceable IRIs ({@code /id/…} → 303 → {@code /doc/…}), HTML
 * pages, search, the query page, the ontology, shapes and JSON-LD context, and authenticated HTTP ingest.
 * SPARQL reads are public; the update service and ingest exist only when a password file is given.
 */
public final class UnldServer implements AutoCloseable {
    /** The service of config.ttl that answers public SPARQL queries. */
    public static final String QUERY_SERVICE = "/sparql";
    static final String UPDATE_SERVICE = "/update";
    static final String INGEST_PATH = "/ingest";
    public static final String DEFAULT_BASE = DocumentMapper.DEFAULT_BASE;
    /** Results a query returns at most, unless the builder says otherwise. */
    public static final long DEFAULT_RESULT_LIMIT = 10_000;
    /** The largest request body (a query, an update, a document to ingest). */
    public static final long DEFAULT_MAX_REQUEST_BYTES = 16L * 1024 * 1024;
    /** The longest query text, checked before it is parsed: far below the request limit, which is for documents. */
    public static final long DEFAULT_MAX_QUERY_BYTES = 100L * 1024;
    private static final String QUERY_TIMEOUT = "arq:queryTimeout";

    private final FusekiServer fuseki;
    private final Duration queryTimeout;
    private final BackgroundDumps dumps;
    private final Federation federation;
    private final MemoryGuard memory;
    private final Runnable afterWrite;

    private UnldServer(FusekiServer fuseki, Duration queryTimeout, BackgroundDumps dumps, Federation federation, MemoryGuard memory,
                       Runnable afterWrite) {
        this.afterWrite = afterWrite;
        this.fuseki = fuseki;
        this.queryTimeout = queryTimeout;
        this.dumps = dumps;
        this.federation = federation;
        this.memory = memory;
    }

    public static Builder create(FusekiConfiguration configuration) {
        return new Builder(configuration);
    }

    public int port() {
        return fuseki.getHttpPort();
    }

    /** The overall time a SPARQL query may take before it is cut. */
    public Duration queryTimeout() {
        return queryTimeout;
    }

    /** The dataset the server serves, opened by the server: ingest into a running server goes through it. */
    public DatasetGraph dataset() {
        DataAccessPoint dap = fuseki.getDataAccessPointRegistry().get(QUERY_SERVICE);
        return dap.getDataService().getDataset();
    }

    public UnldServer start() {
        try {
            fuseki.start();
        } catch (RuntimeException e) {
            if (hasCause(e, BindException.class)) {
                throw new StoreUnavailableException("port " + fuseki.getHttpPort()
                        + " is in use by another program; stop it or choose another with --port");
            }
            throw e;
        }
        return this;
    }

    /**
     * Says that the store changed other than through the server's own write paths (a replica applied a patch): the
     * data version moves on, the cached counts, lists and searches are forgotten and the dumps are rewritten.
     */
    public void changed() {
        afterWrite.run();
    }

    public void join() {
        fuseki.join();
    }

    /** The guard that stops running queries when the heap runs short. */
    public MemoryGuard memoryGuard() {
        return memory;
    }

    /** The dumps of the store, rewritten in the background after each HTTP ingest. */
    public BackgroundDumps dumps() {
        return dumps;
    }

    @Override
    public void close() {
        dumps.close();
        fuseki.stop();
        federation.close();
        memory.close();
    }

    /** The paths that write: the update service and HTTP ingest. */
    static boolean isWritePath(String path) {
        return path.startsWith(UPDATE_SERVICE) || path.startsWith(INGEST_PATH);
    }

    private static boolean hasCause(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    public static final class Builder {
        private final FusekiConfiguration configuration;
        private int port = 3030;
        private boolean loopback = true;
        private Path passwords;
        private String base = DEFAULT_BASE;
        private Duration timeout;
        private long resultLimit = DEFAULT_RESULT_LIMIT;
        private long maxRequestBytes = DEFAULT_MAX_REQUEST_BYTES;
        private long maxQueryBytes = DEFAULT_MAX_QUERY_BYTES;
        private long descriptionCacheBytes = DescriptionCache.defaultMaxBytes();
        private int maxClientRequests = ClientLimitFilter.DEFAULT_MAX_PER_CLIENT;
        private final List<String> federate = new ArrayList<>();
        private Duration federationTimeout;
        private Supplier<PatchFollower.Status> replica;

        private Builder(FusekiConfiguration configuration) {
            this.configuration = configuration;
        }

        /** 0 picks a free port. */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /** Listen on localhost only (the default) or on every interface. */
        public Builder loopback(boolean loopback) {
            this.loopback = loopback;
            return this;
        }

        /** A Jetty password file: turns on the update service and HTTP ingest for the users it names. */
        public Builder passwords(Path passwords) {
            this.passwords = passwords;
            return this;
        }

        /** The base of the IRIs in the store ({@code --base}); the server answers for {@code {base}id/…} at {@code /id/…}. */
        public Builder base(String base) {
            this.base = base.endsWith("/") ? base : base + "/";
            return this;
        }

        /** Overrides config.ttl's query timeout: a query is cut after this long (first result and overall). */
        public Builder timeout(Duration timeout) {
            if (timeout != null && (timeout.isNegative() || timeout.isZero())) {
                throw new IllegalArgumentException("the query timeout must be positive");
            }
            this.timeout = timeout;
            return this;
        }

        /** The most results one query returns (its LIMIT is lowered to this). */
        public Builder resultLimit(long resultLimit) {
            if (resultLimit < 1) {
                throw new IllegalArgumentException("the result limit must be at least 1");
            }
            this.resultLimit = resultLimit;
            return this;
        }

        /** The largest request body accepted; larger ones are refused with 413. */
        public Builder maxRequestBytes(long bytes) {
            this.maxRequestBytes = bytes;
            return this;
        }

        /** The longest query text accepted; longer ones are refused with 413 before they are parsed. */
        public Builder maxQueryBytes(long bytes) {
            if (bytes < 1) {
                throw new IllegalArgumentException("the query size limit must be positive");
            }
            this.maxQueryBytes = bytes;
            return this;
        }

        /** The most bytes of rendered descriptions kept between requests (0: none); by default a sixteenth of the heap. */
        public Builder descriptionCacheBytes(long bytes) {
            if (bytes < 0) {
                throw new IllegalArgumentException("the description cache cannot be smaller than nothing");
            }
            this.descriptionCacheBytes = bytes;
            return this;
        }

        /** Requests one client address may have in progress at once; more are answered 429 with Retry-After. */
        public Builder maxClientRequests(int n) {
            if (n < 1) {
                throw new IllegalArgumentException("each client must be allowed at least one request at a time");
            }
            this.maxClientRequests = n;
            return this;
        }

        /** A SPARQL endpoint that queries may call with SERVICE ({@code --federate}); none by default. */
        public Builder federate(String endpoint) {
            this.federate.add(endpoint);
            return this;
        }

        /** The longest one SERVICE call may take; by default the query's overall timeout. */
        public Builder federationTimeout(Duration timeout) {
            this.federationTimeout = timeout;
            return this;
        }

        /** Serves a read-only replica whose replication reports {@code status}: see {@link ReplicaFilter}. */
        public Builder replica(Supplier<PatchFollower.Status> status) {
            this.replica = status;
            return this;
        }

        public UnldServer build() {
            Model config = configuration.model();
            MemoryGuard memory = MemoryGuard.start(MemoryGuard.DEFAULT_FRACTION);
            if (passwords == null) {
                withoutUpdateService(config);
            }
            if (timeout != null) {
                setQueryTimeout(config, String.valueOf(timeout.toMillis()));
            }
            Duration overall = overallTimeout(config);
            FusekiServer.Builder b = FusekiServer.create()
                    .port(port)
                    .loopback(loopback)
                    .enablePing(true)
                    .enableMetrics(true)
                    // Fuseki's CORS filter allows credentials from any origin: CrossOriginFilter takes its place.
                    .enableCors(false)
                    // A password file alone would lock every endpoint; reads stay public.
                    .serverAuthPolicy(Auth.ANY_ANON)
                    .addFilter("/*", new CrossOriginFilter(UnldServer::isWritePath))
                    .addFilter("/*", new ClientLimitFilter(maxClientRequests))
                    .registerOperation(Operation.Query, WebContent.contentTypeSPARQLQuery,
                            new GuardedQueryProcessor(resultLimit, maxQueryBytes, memory));
            ConstraintSecurityHandler security = null;
            UserStore users = null;
            if (passwords != null) {
                users = JettySecurityLib.makeUserStore(passwords.toString());
                security = JettySecurityLib.makeSecurityHandler(Auth.dftRealm, users);
                // Fuseki adds the constraints of the update service; ingest needs a login too.
                JettySecurityLib.addPathConstraint(security, INGEST_PATH);
                b.securityHandler(security);
            }
            try {
                b.parseConfig(config);
            } catch (RuntimeException e) {
                throw StoreErrors.explain(configuration.location(), e);
            }
            // After parseConfig, which sets both from the file (config.ttl leaves metrics to the server: see there).
            b.enablePing(true).enableMetrics(true);
            DatasetGraph dataset = b.getDataset(QUERY_SERVICE);
            Federation federation = Federation.of(federate, federationTimeout != null ? federationTimeout : overall,
                    Federation.DEFAULT_MAX_CONCURRENT);
            federation.install(dataset.getContext());
            GuardedFunctions.install(dataset.getContext(), GuardedFunctions.DEFAULT_STRING_BUDGET);
            DataVersion version = new DataVersion(dataset, Clock.systemUTC());
            Site site = Site.create(dataset, base, overall, new DescriptionCache(version, descriptionCacheBytes));
            AtomicReference<FusekiServer> built = new AtomicReference<>();
            BackgroundDumps dumps = new BackgroundDumps(dataset, configuration.location(), base);
            Runnable afterWrite = () -> {
                version.changed();
                site.statistics().invalidate();
                site.browse().invalidate();
                site.search().invalidate();
                dumps.request();
            };
            addProtocol(b, site, version, ServiceDescription.of(base, resultLimit, overall));
            addSite(b, site, new IngestServlet(new Pipeline(base), DocumentStore.over(dataset, PatchJournal.of(configuration.location())), passwords != null,
                    () -> updatePolicy(built.get()), dumps::markStale, afterWrite));
            // SPARQL Update and Graph Store writes change the store as HTTP ingest does: the dumps follow them too.
            WriteWatchFilter watch = new WriteWatchFilter(dumps::markStale, afterWrite);
            b.addFilter(UPDATE_SERVICE, watch).addFilter(UPDATE_SERVICE + "/*", watch);
            b.addServlet(DumpsServlet.PATH, new DumpsServlet(configuration.location().dumps()));
            b.addServlet(VoidServlet.PATH, new VoidServlet(configuration.location().dumps()));
            ChangesServlet changes = new ChangesServlet(new ChangeFeed(PatchJournal.of(configuration.location()), base));
            b.addServlet("/" + ChangeFeed.PATH, changes).addServlet("/" + ChangeFeed.PATH + "/*", changes);
            if (replica != null) {
                ReplicaFilter readOnly = new ReplicaFilter(replica);
                for (String path : List.of(ReplicaFilter.PING, UPDATE_SERVICE, UPDATE_SERVICE + "/*", INGEST_PATH)) {
                    b.addFilter(path, readOnly);
                }
                b.addServlet(ReplicationStatusServlet.PATH, new ReplicationStatusServlet(replica));
            }
            FusekiServer fuseki = b.build();
            if (users != null) {
                // The user store watches its file from a thread of its own: stopped with the server, not left behind.
                fuseki.getJettyServer().addBean(users, true);
            }
            built.set(fuseki);
            limitRequests(fuseki.getJettyServer());
            return new UnldServer(fuseki, overall, dumps, federation, memory, afterWrite);
        }

        /**
         * The filters of the HTTP protocol: media types read case-insensitively, ETag/Last-Modified/304 on the pages,
         * and the public endpoint's answers where Fuseki's would not do (its service description, 415, 405).
         */
        private static void addProtocol(FusekiServer.Builder b, Site site, DataVersion version, Graph description) {
            b.addFilter("/*", new MediaTypes());
            b.addFilter("/*", new PageCaching(version));
            b.addFilter(QUERY_SERVICE, new SparqlEndpointFilter(site, description));
        }

        private static void addSite(FusekiServer.Builder b, Site site, IngestServlet ingest) {
            b.addServlet("", new LandingServlet(site));
            b.addServlet("/index.html", new LandingServlet(site));
            b.addServlet(IdServlet.PREFIX + "*", new IdServlet(site));
            b.addServlet(DocServlet.PREFIX + "*", new DocServlet(site));
            b.addServlet(GraphServlet.PREFIX + "*", new GraphServlet(site));
            b.addServlet("/search", new SearchServlet(site));
            b.addServlet(BrowseServlet.PREFIX + "*", new BrowseServlet(site));
            SearchEnginesServlet engines = new SearchEnginesServlet(site);
            SearchEnginesServlet.PATHS.forEach(p -> b.addServlet(p, engines));
            b.addServlet("/query", new QueryPageServlet(site));
            b.addServlet("/static/*", new StaticServlet());
            b.addServlet("/" + RdfOutput.CONTEXT_PATH, new ContextServlet());
            b.addServlet(INGEST_PATH, ingest);
            for (VocabularyServlet.Kind kind : VocabularyServlet.Kind.values()) {
                VocabularyServlet servlet = new VocabularyServlet(kind, site);
                servlet.paths().forEach(p -> b.addServlet(p, servlet));
            }
        }

        /** Request bodies above the limit are refused (413) before any servlet reads them; text answers are gzipped. */
        private void limitRequests(Server jetty) {
            Handler inner = jetty.getHandler();
            GzipHandler gzip = new GzipHandler();
            gzip.setIncludedMimeTypes("text/html", "text/css", "text/javascript", "text/turtle", "text/plain",
                    "application/ld+json", "application/n-triples", "application/rdf+xml", "application/json",
                    "application/sparql-results+json", "application/sparql-results+xml", "text/csv", "text/tab-separated-values");
            // Dumps are sent as they are on disk, and byte ranges count those bytes.
            gzip.addExcludedPaths(DumpsServlet.PATH);
            gzip.setHandler(inner);
            SizeLimitHandler limit = new SizeLimitHandler(maxRequestBytes, -1);
            limit.setHandler(gzip);
            jetty.setHandler(new RequestHygieneHandler(limit));
            if (jetty.getErrorHandler() instanceof ErrorHandler errors) {
                errors.setShowStacks(false);
            }
        }

        private static AuthPolicy updatePolicy(FusekiServer fuseki) {
            if (fuseki == null) {
                return Auth.DENY_ALL;
            }
            DataAccessPoint update = fuseki.getDataAccessPointRegistry().get(UPDATE_SERVICE);
            return update == null ? Auth.DENY_ALL : update.getDataService().authPolicy();
        }

        private static void withoutUpdateService(Model config) {
            var name = FusekiVocab.pServiceName;
            var services = FusekiVocab.pServices;
            for (Resource service : config.listSubjectsWithProperty(name, UPDATE_SERVICE.substring(1)).toList()) {
                for (Resource server : config.listSubjectsWithProperty(services).toList()) {
                    RDFList list = server.getPropertyResourceValue(services).as(RDFList.class);
                    RDFList rest = list.remove(service);
                    server.removeAll(services).addProperty(services, rest);
                }
                service.removeProperties();
            }
        }

        /** Sets the server context's arq:queryTimeout (milliseconds), adding the entry when config.ttl has none. */
        private static void setQueryTimeout(Model config, String millis) {
            Property cxtName = JA.cxtName;
            Property cxtValue = JA.cxtValue;
            var entries = config.listSubjectsWithProperty(cxtName, QUERY_TIMEOUT).toList();
            if (entries.isEmpty()) {
                Resource server = config.listSubjectsWithProperty(RDF.type, FusekiVocab.tServer)
                        .toList().stream().findFirst()
                        .orElseThrow(() -> new StoreUnavailableException("the Fuseki configuration has no fuseki:Server"));
                server.addProperty(JA.context,
                        config.createResource().addProperty(cxtName, QUERY_TIMEOUT).addProperty(cxtValue, millis));
                return;
            }
            for (Resource entry : entries) {
                entry.removeAll(cxtValue).addProperty(cxtValue, millis);
            }
        }

        /** The overall query timeout the configuration sets (30 s when it sets none). */
        private static Duration overallTimeout(Model config) {
            Property cxtName = JA.cxtName;
            Property cxtValue = JA.cxtValue;
            for (Resource entry : config.listSubjectsWithProperty(cxtName, QUERY_TIMEOUT).toList()) {
                var value = entry.getProperty(cxtValue);
                if (value != null) {
                    Pair<Long, Long> p = Timeouts.parseTimeoutStr(value.getString(), TimeUnit.MILLISECONDS);
                    if (p != null && p.getRight() > 0) {
                        return Duration.ofMillis(p.getRight());
                    }
                    if (p != null && p.getLeft() > 0) {
                        return Duration.ofMillis(p.getLeft());
                    }
                }
            }
            return Duration.ofSeconds(30);
        }
    }
}
