package org.w3id.unld.serve;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.unld.replicate.PatchFollower;
import org.w3id.unld.replicate.ReplicationDelay;
import org.w3id.unld.store.FusekiConfiguration;
import org.w3id.unld.store.StoreLocation;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A replica's server: read-only, unhealthy until caught up or when replication stopped, and saying where it stands. */
class ReplicaFilterTest {
    static final String TOPIC = "kafka://127.0.0.1:9092/unld";
    final HttpClient http = HttpClient.newHttpClient();

    @TempDir
    Path db;

    int send(String method, String url, String body) throws Exception {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/sparql-update");
        r = body == null ? r.method(method, HttpRequest.BodyPublishers.noBody()) : r.method(method, HttpRequest.BodyPublishers.ofString(body));
        return http.send(r.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    @Test
    void aReplicaRefusesWritesAndIsHealthyOnlyOnceCaughtUpAndWhileReplicating() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        String base = "http://localhost:" + port + "/";
        AtomicReference<PatchFollower.Status> status = new AtomicReference<>(
                new PatchFollower.Status(TOPIC, null, -1, null, 12, false, null, ReplicationDelay.Summary.NONE));
        UnldServer server = UnldServer.create(FusekiConfiguration.load(null, new StoreLocation(db))).port(port).base(base)
                .replica(status::get).build().start();
        try {
            assertEquals(503, send("GET", base + "$/ping", null), "behind the topic");
            assertEquals(405, send("POST", base + "update", "CLEAR ALL"));
            assertEquals(405, send("POST", base + "ingest?name=A.txt", "text"));

            status.set(new PatchFollower.Status(TOPIC, "0a1b2c3d-0000-4000-8000-000000000000", 11, Instant.parse("2026-01-02T03:04:05Z"),
                    0, true, null, new ReplicationDelay.Summary(40, 12, 85, 90)));
            assertEquals(200, send("GET", base + "$/ping", null), "caught up");
            JsonObject json = JsonParser.parseString(http.send(HttpRequest.newBuilder(URI.create(base + "$/status")).build(),
                    HttpResponse.BodyHandlers.ofString()).body()).getAsJsonObject();
            assertEquals("0a1b2c3d-0000-4000-8000-000000000000", json.get("lastPatch").getAsString());
            assertEquals(11, json.get("offset").getAsLong());
            assertEquals(0, json.get("lag").getAsLong());
            assertEquals("2026-01-02T03:04:05Z", json.get("appliedAt").getAsString());
            assertTrue(json.get("caughtUp").getAsBoolean());
            assertTrue(json.get("error").isJsonNull());
            assertEquals(40, json.getAsJsonObject("delay").get("patches").getAsInt());
            assertEquals(12, json.getAsJsonObject("delay").get("p50Millis").getAsLong());
            assertEquals(85, json.getAsJsonObject("delay").get("p99Millis").getAsLong());

            status.set(new PatchFollower.Status(TOPIC, "0a1b2c3d-0000-4000-8000-000000000000", 11, Instant.now(), 1, true,
                    "the patch at offset 12 is malformed", ReplicationDelay.Summary.NONE));
            assertEquals(503, send("GET", base + "$/ping", null), "replication stopped");
            assertFalse(status.get().healthy());
        } finally {
            server.close();
        }
    }
}
