package org.w3id.unld.replicate;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.jena.atlas.logging.FmtLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.unld.store.DocumentStore;
import org.w3id.unld.store.PatchJournal;
import org.w3id.unld.store.PatchMark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Sends the writer's committed patches, in journal order, to the replication topic, each once it is committed and
 * each only after the one before it is acknowledged. The last acknowledged patch is recorded beside the journal
 * ({@code <db>/patches/published.json}); what was not acknowledged is sent the next time, by this process or the next.
 *
 * <p>Where to go on from is read from the topic itself when the publisher starts: its last record's key is the last
 * patch it holds. A crash between Kafka's acknowledgement and the recording of it thus sends nothing twice, and a
 * topic whose last patch is not in the journal (another store's) is refused.
 */
public final class PatchPublisher implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(PatchPublisher.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final Gson GSON = new Gson();

    private final KafkaTopic topic;
    private final DocumentStore store;
    private final PatchJournal journal;
    private final KafkaProducer<String, byte[]> producer;
    private ScheduledExecutorService background;
    /** The last patch the topic holds; known once the publisher has looked. */
    private Node acknowledged;
    private boolean looked;

    public PatchPublisher(KafkaTopic topic, DocumentStore store) {
        this.topic = topic;
        this.store = store;
        this.journal = store.journal().orElseThrow(() -> new IllegalArgumentException("the store keeps no journal"));
        this.producer = new KafkaProducer<>(topic.producerProperties());
    }

    public KafkaTopic topic() {
        return topic;
    }

    /**
     * Sends every committed patch the topic lacks, in order, waiting for each acknowledgement.
     *
     * @return how many patches were sent
     */
    public synchronized int publishPending() {
        if (!looked) {
            topic.ensureExists(TIMEOUT);
            acknowledged = topic.lastKey(TIMEOUT).map(NodeFactory::createURI).orElse(null);
            looked = true;
        }
        Node committed = store.lastPatch().map(PatchMark::id).orElse(null);
        if (committed == null || committed.equals(acknowledged)) {
            return 0;
        }
        List<PatchJournal.Entry> pending = journal.after(acknowledged).orElseThrow(() -> new ReplicationException(
                "the last patch of " + topic + " (" + acknowledged.getURI() + ") is not in the journal " + journal.folder()
                        + ": the topic carries another store's patches; give this store a topic of its own"));
        int sent = 0;
        for (PatchJournal.Entry e : pending) {
            Node id = journal.header(e).getId();
            send(id, journal.bytes(e));
            acknowledged = id;
            recordAcknowledged(id, e.sequence());
            sent++;
            // Patches after the store's last committed one belong to a batch still committing.
            if (id.equals(committed)) {
                break;
            }
        }
        return sent;
    }

    private void send(Node id, byte[] patch) {
        try {
            producer.send(new ProducerRecord<>(topic.name(), 0, id.getURI(), patch)).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ReplicationException("interrupted while sending patch " + id.getURI(), e);
        } catch (ExecutionException e) {
            throw new ReplicationException("could not send patch " + id.getURI() + " to " + topic + ": " + e.getCause().getMessage()
                    + " (it stays in the journal and is sent next time)", e.getCause());
        }
    }

    /** The last acknowledged patch, as recorded beside the journal. */
    public Optional<String> recordedAcknowledged() {
        Path f = acknowledgedFile();
        if (!Files.isRegularFile(f)) {
            return Optional.empty();
        }
        try {
            JsonObject o = GSON.fromJson(Files.readString(f, StandardCharsets.UTF_8), JsonObject.class);
            return Optional.of(o.get("id").getAsString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void recordAcknowledged(Node id, long sequence) {
        JsonObject o = new JsonObject();
        o.addProperty("id", id.getURI());
        o.addProperty("sequence", sequence);
        o.addProperty("topic", topic.toString());
        Path f = acknowledgedFile();
        Path temp = f.resolveSibling(f.getFileName() + ".tmp");
        try {
            Files.writeString(temp, GSON.toJson(o) + "\n", StandardCharsets.UTF_8);
            Files.move(temp, f, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path acknowledgedFile() {
        return journal.folder().resolve("published.json");
    }

    /** Publishes what is pending every {@code period}, on a thread of its own, until closed (a running server's writes). */
    public synchronized PatchPublisher every(Duration period) {
        background = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "unld-publish");
            t.setDaemon(true);
            return t;
        });
        background.scheduleWithFixedDelay(() -> {
            try {
                publishPending();
            } catch (RuntimeException e) {
                FmtLog.warn(LOG, "%s", e.getMessage());
            }
        }, 0, period.toMillis(), TimeUnit.MILLISECONDS);
        return this;
    }

    @Override
    public void close() {
        ScheduledExecutorService b;
        synchronized (this) {
            b = background;
        }
        if (b != null) {
            b.shutdownNow();
            try {
                b.awaitTermination(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        producer.close(TIMEOUT);
    }
}
