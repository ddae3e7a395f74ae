package org.w3id.unld.serve;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataAccessPoint;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFList;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.core.DatasetGraph;
import org.w3id.unld.store.FusekiConfiguration;
import org.w3id.unld.store.StoreErrors;
import org.w3id.unld.store.StoreUnavailableException;

import java.net.BindException;
import java.nio.file.Path;

/**
 * unld's server: Fuseki main, embedded, with the datasets and endpoints of fuseki-config/config.ttl.
 * SPARQL reads are public; the update service exists only when a password file is given.
 */
public final class UnldServer implements AutoCloseable {
    /** The service of config.ttl that answers public SPARQL queries. */
    public static final String QUERY_SERVICE = "/sparql";
    static final String UPDATE_SERVICE = "/update";

    private final FusekiServer fuseki;

    private UnldServer(FusekiServer fuseki) {
        this.fuseki = fuseki;
    }

    public static Builder create(FusekiConfiguration configuration) {
        return new Builder(configuration);
    }

    public int port() {
        return fuseki.getHttpPort();
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

    public void join() {
        fuseki.join();
    }

    @Override
    public void close() {
        fuseki.stop();
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

        /** A Jetty password file: turns on the update service for the users it names. */
        public Builder passwords(Path passwords) {
            this.passwords = passwords;
            return this;
        }

        public UnldServer build() {
            Model config = configuration.model();
            if (passwords == null) {
                withoutUpdateService(config);
            }
            FusekiServer.Builder b = FusekiServer.create()
                    .port(port)
                    .loopback(loopback)
                    .enablePing(true)
                    .enableMetrics(true)
                    .enableCors(true)
                    // A password file alone would lock every endpoint; reads stay public.
                    .serverAuthPolicy(org.apache.jena.fuseki.auth.Auth.ANY_ANON);
            if (passwords != null) {
                b.passwordFile(passwords.toString());
            }
            try {
                b.parseConfig(config);
            } catch (RuntimeException e) {
                throw StoreErrors.explain(configuration.location(), e);
            }
            b.addServlet(DumpsServlet.PATH, new DumpsServlet(configuration.location().dumps()));
            b.addServlet(VoidServlet.PATH, new VoidServlet(configuration.location().dumps()));
            return new UnldServer(b.build());
        }

        private static void withoutUpdateService(Model config) {
            var name = config.createProperty(FusekiConfiguration.FUSEKI_NS, "name");
            var services = config.createProperty(FusekiConfiguration.FUSEKI_NS, "services");
            for (Resource service : config.listSubjectsWithProperty(name, UPDATE_SERVICE.substring(1)).toList()) {
                for (Resource server : config.listSubjectsWithProperty(services).toList()) {
                    RDFList list = server.getPropertyResourceValue(services).as(RDFList.class);
                    RDFList rest = list.remove(service);
                    server.removeAll(services).addProperty(services, rest);
                }
                service.removeProperties();
            }
        }
    }
}
