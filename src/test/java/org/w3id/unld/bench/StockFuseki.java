package org.w3id.unld.bench;

import org.apache.jena.fuseki.main.FusekiServer;
import org.w3id.unld.store.FusekiConfiguration;
import org.w3id.unld.store.StoreLocation;

import java.nio.file.Path;

/**
 * The SPARQL benchmark's baseline: stock Fuseki serving an unld store. The server is built from the same
 * fuseki-config/config.ttl, pointed at the same store folder, the way {@code unld serve} builds it — Fuseki
 * main, embedded, {@code parseConfig} — but with none of unld's additions: no linked-data servlets, filters,
 * gzip or request-size handlers, no result cap, no metrics. Its {@code /sparql} is Fuseki's own query
 * handler; the query timeout is config.ttl's, as for {@code unld serve}.
 *
 * <p>{@code StockFuseki DB PORT} serves until killed and prints {@code stock Fuseki on port N} once started.
 */
public final class StockFuseki {
    private StockFuseki() {
    }

    public static void main(String[] args) {
        FusekiConfiguration configuration = FusekiConfiguration.load(null, new StoreLocation(Path.of(args[0])));
        FusekiServer server = FusekiServer.create()
                .port(Integer.parseInt(args[1]))
                .loopback(true)
                .parseConfig(configuration.model())
                .build()
                .start();
        System.out.println("stock Fuseki on port " + server.getHttpPort());
        System.out.flush();
        server.join();
    }
}
