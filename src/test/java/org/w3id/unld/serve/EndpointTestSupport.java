package org.w3id.unld.serve;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A SPARQL query sent to a test server's /sparql, its results as SPARQL JSON text. */
final class EndpointTestSupport {
    private EndpointTestSupport() {
    }

    static String select(TestServer server, String query) {
        HttpResponse<String> r = server.send(HttpRequest.newBuilder(URI.create(server.url("sparql")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(query, StandardCharsets.UTF_8))).build());
        assertEquals(200, r.statusCode(), r.body());
        return r.body();
    }
}
