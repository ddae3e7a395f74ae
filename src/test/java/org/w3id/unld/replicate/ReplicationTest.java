package org.w3id.unld.replicate;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.apache.jena.graph.Node;
import org.apache.jena.rdfpatch.system.Id;
import org.apache.jena.system.Txn;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.unld.cli.Unld;
import org.w3id.unld.dump.DumpSet;
import org.w3id.unld.dump.SyntheticDocuments;
import org.w3id.unld.map.Iris;
import org.w3id.unld.store.DocumentStore;
import org.w3id.unld.store.FusekiConfiguration;
import org.w3id.unld.store.PatchJournal;
import org.w3id.unld.store.StoreLocation;

import java.io.IOException;
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
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Replication over a real KRaft broker: a writer publishes its patches, replicas (each {@code unld serve --follow} in a
 * JVM of its own) apply them and end with the writer's dumps byte for byte, a replica killed and restarted included.
 */
@Timeout(180)
class ReplicationTest {
    static final String BASE = SyntheticDocuments.BASE;
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @TempDir
    static Path temp;
    static KafkaBroker broker;

    @BeforeAll
    static void startBroker() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("kafka"));
        broker = KafkaBroker.start(folder);
    }

    @AfterAll
    static void stopBroker() throws Exception {
        if (broker != null) {
            broker.close();
        }
    }

    static DocumentStore open(Path db) {
        return DocumentStore.open(FusekiConfiguration.load(null, new StoreLocation(db)));
    }

    @Test
    void replicasConvergeToTheWriterThroughUpdatesDeletionsAndAKill() throws Exception {
        String topic = broker.topicUri("unld-changes");
        Path writer = temp.resolve("writer");
        Path samples = copySamples(temp.resolve("samples"));
        assertEquals(0, Unld.run("ingest", "--db", writer.toString(), "--base", BASE, "--batch-size", "3", "--no-dump",
                "--publish", topic, samples.toString()));

        Replica a = Replica.start(temp.resolve("replica-a"), topic);
        Replica b = Replica.start(temp.resolve("replica-b"), topic);
        List<String> servedChecksums = new ArrayList<>();
        try {
            a.awaitHealthy();
            b.awaitHealthy();
            assertEquals(405, a.post("/update", "application/sparql-update", "DELETE WHERE { ?s ?p ?o }"));
            assertEquals(405, a.post("/ingest?name=A.txt", "text/plain", "A/79/1"));
            assertEquals(lastPatch(writer), a.status().get("lastPatch").getAsString());
            long before = a.status().get("offset").getAsLong();

            try (DocumentStore w = open(writer); PatchPublisher publisher = new PatchPublisher(KafkaTopic.parse(topic), w)) {
                // 1,000 documents in 20 batches. Replica b follows them live, and is killed (SIGKILL) as batch 8
                // reaches it, most likely while it applies it; the stream goes on without it.
                boolean killed = false;
                for (int batch = 0; batch < 20; batch++) {
                    w.replace(SyntheticDocuments.letters(batch * 50, 50, "Letter"));
                    assertEquals(1, publisher.publishPending());
                    if (batch == 2) {
                        b.awaitOffsetAbove(before);
                    }
                    if (batch == 8) {
                        b.kill();
                        killed = true;
                    }
                }
                assertTrue(killed);
                // Updates of 100 of them, in two batches, and deletions, one transaction each.
                w.replace(SyntheticDocuments.letters(0, 50, "Corrected letter"));
                w.replace(SyntheticDocuments.letters(500, 50, "Corrected letter"));
                for (int i = 950; i < 1000; i += 10) {
                    assertTrue(w.remove(SyntheticDocuments.letters(i, 1, "Letter").get(0).graphName()));
                }
                Node sample = Txn.calculateRead(w.dataset(), () -> {
                    List<Node> graphs = new ArrayList<>();
                    w.dataset().listGraphNodes().forEachRemaining(g -> {
                        if (Iris.isDocumentGraph(g) && !g.getURI().contains("A/79/")) {
                            graphs.add(g);
                        }
                    });
                    return graphs.get(0);
                });
                assertTrue(w.remove(sample));
                assertEquals(2 + 5 + 1, publisher.publishPending());
            }
            b = Replica.start(temp.resolve("replica-b"), topic);
            String last = lastPatch(writer);
            a.awaitPatch(last);
            b.awaitPatch(last);
            // Each replica rewrites its own dumps once the stream is quiet.
            a.awaitDumps();
            b.awaitDumps();
            servedChecksums.add(Files.readString(temp.resolve("replica-a").resolve("dumps").resolve(DumpSet.CHECKSUMS)));
            servedChecksums.add(Files.readString(temp.resolve("replica-b").resolve("dumps").resolve(DumpSet.CHECKSUMS)));
            // The replica serves the writer's patches and the same change feed.
            PatchJournal journal = PatchJournal.of(new StoreLocation(writer));
            HttpResponse<String> patch = b.get("/changes/" + last);
            assertEquals(200, patch.statusCode());
            assertTrue(patch.headers().firstValue("Content-Type").orElseThrow().startsWith("text/rdf-patch"));
            assertEquals(Files.readString(journal.last().orElseThrow().file()), patch.body());
            JsonObject newest = JsonParser.parseString(b.get("/changes?page=1").body()).getAsJsonObject()
                    .getAsJsonArray("orderedItems").get(0).getAsJsonObject();
            assertEquals("Delete", newest.get("type").getAsString());
            JsonObject status = b.status();
            assertEquals(0, status.get("lag").getAsLong());
            assertTrue(status.get("caughtUp").getAsBoolean());
            assertTrue(status.get("error").isJsonNull());
            // Replica a followed the stream live: it says how long the writer's patches took to reach it.
            JsonObject delay = a.status().getAsJsonObject("delay");
            assertEquals(20 + 2 + 5 + 1, delay.get("patches").getAsInt(), delay::toString);
            assertTrue(delay.get("p50Millis").getAsLong() <= delay.get("p99Millis").getAsLong(), delay::toString);
        } finally {
            a.stop();
            b.stop();
        }
        // The restarted replica went on after its last patch: each patch applied once, none again from the start.
        assertEquals(PatchJournal.of(new StoreLocation(writer)).entries().size(),
                PatchJournal.of(new StoreLocation(temp.resolve("replica-b"))).entries().size());
        String expected = checksums(writer);
        assertTrue(expected.contains(".nq"), expected);
        assertEquals(expected, checksums(temp.resolve("replica-a")));
        assertEquals(expected, checksums(temp.resolve("replica-b")));
        assertEquals(List.of(expected, expected), servedChecksums, "the dumps the replicas wrote and served themselves");
    }

    @Test
    void aMalformedPatchStopsReplicationBeforeItWithNothingOfItWritten() throws Exception {
        KafkaTopic topic = KafkaTopic.parse(broker.topicUri("unld-broken"));
        Set<String> good;
        try (DocumentStore w = open(temp.resolve("broken-writer")); PatchPublisher publisher = new PatchPublisher(topic, w)) {
            w.replace(SyntheticDocuments.sample());
            assertEquals(1, publisher.publishPending());
            good = quads(w);
        }
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(topic.producerProperties())) {
            String id = Id.create().asNode().getURI();
            String broken = "H id <" + id + "> .\nTX .\nA <http://example.org/s> <http://example.org/p> \"unterminated .\nTC .\n";
            producer.send(new ProducerRecord<>(topic.name(), 0, id, broken.getBytes(StandardCharsets.UTF_8))).get();
        }
        try (DocumentStore replica = open(temp.resolve("broken-replica"));
             PatchFollower follower = new PatchFollower(topic, replica, () -> { }).start()) {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (follower.status().error() == null && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            PatchFollower.Status s = follower.status();
            assertNotNull(s.error(), "replication stops");
            assertTrue(s.error().contains("offset 1") && s.error().contains("malformed"), s.error());
            assertEquals(0, s.offset(), "the last applied patch is the good one");
            assertFalse(s.healthy());
            assertEquals(good, quads(replica));
        }
    }

    @Test
    void whatWasNotSentIsSentNextTimeAndWhatWasSentIsNotSentAgain() throws Exception {
        KafkaTopic topic = KafkaTopic.parse(broker.topicUri("unld-resend"));
        Path db = temp.resolve("resend-writer");
        try (DocumentStore w = open(db)) {
            // Committed without a publisher: the patches wait in the journal.
            w.replace(List.of(SyntheticDocuments.document("A/79/1", "One")));
            w.replace(List.of(SyntheticDocuments.document("A/79/2", "Two")));
            try (PatchPublisher publisher = new PatchPublisher(topic, w)) {
                assertEquals(2, publisher.publishPending());
                assertEquals(w.lastPatch().orElseThrow().id().getURI(), publisher.recordedAcknowledged().orElseThrow());
            }
            // As if the process died after Kafka's acknowledgement and before it was recorded.
            Files.delete(PatchJournal.of(new StoreLocation(db)).folder().resolve("published.json"));
            w.replace(List.of(SyntheticDocuments.document("A/79/3", "Three")));
            try (PatchPublisher publisher = new PatchPublisher(topic, w)) {
                assertEquals(1, publisher.publishPending(), "only the patch the topic lacks");
                assertEquals(0, publisher.publishPending());
            }
        }
        assertEquals(3, endOffset(topic));
    }

    @Test
    void aStoreLoadedFromADumpFollowsTheTopicOnFromTheDumpsLastPatch() throws Exception {
        KafkaTopic topic = KafkaTopic.parse(broker.topicUri("unld-from-dump"));
        Path writer = temp.resolve("dump-writer");
        Path dumps;
        try (DocumentStore w = open(writer); PatchPublisher publisher = new PatchPublisher(topic, w)) {
            w.replace(List.of(SyntheticDocuments.document("A/79/1", "One")));
            w.replace(List.of(SyntheticDocuments.document("A/79/2", "Two")));
            dumps = DumpSet.regenerate(w.dataset(), new StoreLocation(writer), BASE).folder();
            assertTrue(Files.readString(dumps.resolve(DumpSet.DESCRIPTION)).contains(BASE + "changes/" + lastPatch(writer)),
                    "the VoID description names the dump's last patch");
            w.replace(List.of(SyntheticDocuments.document("A/79/1", "One, corrected")));
            w.remove(org.apache.jena.graph.NodeFactory.createURI(BASE + "graph/document/A/79/2"));
            assertEquals(4, publisher.publishPending());
        }
        Path replicaDb = temp.resolve("from-dump");
        assertEquals(0, Unld.run("load", "--dump", dumps.toString(), "--db", replicaDb.toString()));
        String last = lastPatch(writer);
        try (DocumentStore replica = open(replicaDb); DocumentStore w = open(writer);
             PatchFollower follower = new PatchFollower(topic, replica, () -> { }).start()) {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (!last.equals(follower.status().lastPatch()) && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            assertEquals(last, follower.status().lastPatch(), String.valueOf(follower.status().error()));
            assertEquals(3, follower.status().offset());
            assertEquals(quads(w), quads(replica));
        }
    }

    static long endOffset(KafkaTopic topic) {
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(topic.consumerProperties())) {
            return consumer.endOffsets(List.of(topic.partition()), Duration.ofSeconds(10)).get(topic.partition());
        }
    }

    static Set<String> quads(DocumentStore s) {
        return Txn.calculateRead(s.dataset(), () -> {
            Set<String> out = new TreeSet<>();
            s.dataset().find().forEachRemaining(q -> out.add(q.toString()));
            return out;
        });
    }

    static String lastPatch(Path db) {
        PatchJournal journal = PatchJournal.of(new StoreLocation(db));
        return PatchJournal.idText(journal.header(journal.last().orElseThrow()).getId());
    }

    /** The dump set's SHA256SUMS, the store dumped anew. */
    static String checksums(Path db) throws IOException {
        try (DocumentStore s = open(db)) {
            StoreLocation location = new StoreLocation(db);
            DumpSet.regenerate(s.dataset(), location, BASE);
            return Files.readString(location.dumps().resolve(DumpSet.CHECKSUMS));
        }
    }

    static Path copySamples(Path target) throws IOException {
        Files.createDirectories(target);
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/unld/samples"))) {
            for (Path f : files.filter(f -> !Set.of("SOURCES.md", "index.txt").contains(f.getFileName().toString())).toList()) {
                Files.copy(f, target.resolve(f.getFileName()));
            }
        }
        return target;
    }

    /** {@code unld serve --follow} in a JVM of its own. */
    record Replica(Process process, int port, Path db) {
        static Replica start(Path db, String topic) throws IOException {
            Files.createDirectories(db);
            int port = KafkaBroker.freePort();
            List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                    "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), Unld.class.getName(), "serve",
                    "--db", db.toString(), "--port", String.valueOf(port), "--base", BASE, "--follow", topic);
            Process p = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(db.resolveSibling(db.getFileName() + ".log").toFile())).start();
            return new Replica(p, port, db);
        }

        HttpResponse<String> get(String path) throws IOException, InterruptedException {
            return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        int post(String path, String type, String body) throws IOException, InterruptedException {
            return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Content-Type", type)
                    .POST(HttpRequest.BodyPublishers.ofString(body)).timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode();
        }

        JsonObject status() throws IOException, InterruptedException {
            return JsonParser.parseString(get("/$/status").body()).getAsJsonObject();
        }

        void awaitHealthy() throws Exception {
            await(() -> get("/$/ping").statusCode() == 200, "/$/ping answering 200");
        }

        void awaitOffsetAbove(long offset) throws Exception {
            await(() -> status().get("offset").getAsLong() > offset, "an offset above " + offset);
        }

        /** The replica's dumps written after its last change: the stale mark gone, the checksums there. */
        void awaitDumps() throws Exception {
            await(() -> !Files.exists(db.resolve("dumps-stale")) && Files.exists(db.resolve("dumps").resolve(DumpSet.CHECKSUMS)),
                    "its dumps rewritten");
        }

        void awaitPatch(String id) throws Exception {
            await(() -> {
                JsonObject s = status();
                return s.get("lastPatch").isJsonPrimitive() && id.equals(s.get("lastPatch").getAsString());
            }, "patch " + id);
        }

        private void await(Check check, String what) throws Exception {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    fail("the replica stopped: " + log());
                }
                try {
                    if (check.holds()) {
                        return;
                    }
                } catch (IOException notYetListening) {
                    // The server is starting.
                }
                Thread.sleep(20);
            }
            fail("the replica in " + db + " did not reach " + what + ": " + log());
        }

        String log() throws IOException {
            String s = Files.readString(db.resolveSibling(db.getFileName() + ".log"));
            return s.substring(Math.max(0, s.length() - 3000));
        }

        void kill() throws InterruptedException {
            process.destroyForcibly().waitFor();
        }

        void stop() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }

    interface Check {
        boolean holds() throws Exception;
    }
}
