package org.w3id.unld.serve;

import com.sun.net.httpserver.HttpServer;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Servers on loopback that SERVICE calls are aimed at in the tests: a canary that counts every request it gets and
 * answers with a secret page, a tarpit that accepts connections and never answers, a redirect to the canary, and a
 * real SPARQL endpoint (Fuseki over one triple) standing in for a partner such as Wikidata.
 */
final class LocalEndpoints implements AutoCloseable {
    static final String SECRET = "CANARY-SECRET-7f3a";
    static final String STAND_IN_LABEL = "answer from the stand-in endpoint";

    final AtomicInteger canaryHits = new AtomicInteger();
    final AtomicInteger tarpitConnections = new AtomicInteger();
    private final HttpServer http;
    private final ServerSocket tarpit;
    private final List<Socket> held = new CopyOnWriteArrayList<>();
    private final FusekiServer standIn;
    private final Thread tarpitThread;

    LocalEndpoints() {
        try {
            http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            http.createContext("/canary", exchange -> {
                canaryHits.incrementAndGet();
                byte[] body = ("<html><body>internal page " + SECRET + "</body></html>").getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "text/html");
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            });
            http.createContext("/redirect", exchange -> {
                exchange.getResponseHeaders().add("Location", canary());
                exchange.sendResponseHeaders(302, -1);
                exchange.close();
            });
            http.start();
            tarpit = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
            tarpitThread = new Thread(() -> {
                while (!tarpit.isClosed()) {
                    try {
                        held.add(tarpit.accept());
                        tarpitConnections.incrementAndGet();
                    } catch (IOException e) {
                        return;
                    }
                }
            }, "tarpit");
            tarpitThread.setDaemon(true);
            tarpitThread.start();
            DatasetGraph data = DatasetGraphFactory.createTxnMem();
            data.add(Quad.defaultGraphIRI, NodeFactory.createURI("http://example.org/thing"),
                    NodeFactory.createURI("http://www.w3.org/2000/01/rdf-schema#label"), NodeFactory.createLiteralString(STAND_IN_LABEL));
            standIn = FusekiServer.create().loopback(true).port(0).add("/ds", data).build().start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String canary() {
        return "http://127.0.0.1:" + http.getAddress().getPort() + "/canary";
    }

    String redirect() {
        return "http://127.0.0.1:" + http.getAddress().getPort() + "/redirect";
    }

    String tarpit() {
        return "http://127.0.0.1:" + tarpit.getLocalPort() + "/sparql";
    }

    String standIn() {
        return "http://localhost:" + standIn.getHttpPort() + "/ds/sparql";
    }

    @Override
    public void close() {
        http.stop(0);
        try {
            tarpit.close();
            for (Socket s : held) {
                s.close();
            }
        } catch (IOException e) {
            // closing anyway
        }
        standIn.stop();
    }
}
