package org.w3id.unld.replicate;

import org.apache.jena.graph.Node;
import org.apache.jena.rdfpatch.RDFPatch;
import org.apache.jena.rdfpatch.RDFPatchOps;
import org.w3id.unld.store.PatchJournal;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.InterruptException;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.unld.store.DocumentStore;
import org.w3id.unld.store.PatchMark;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A replica's consumer: reads the replication topic from just after the store's last applied patch and applies
 * each patch with {@link DocumentStore#apply} (one write transaction that also updates the text index and records the
 * patch's id and offset), so a replica stopped at any moment goes on exactly after its last applied patch.
 *
 * <p>It is caught up once it has applied every patch the topic held when it started. A patch that cannot be read, or
 * does not follow the last applied one, stops it: nothing of that patch is written, and {@link #status()} says why.
 */
public final class PatchFollower implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(PatchFollower.class);
    private static final Duration RETRY = Duration.ofSeconds(5);

    /** What a replica reports at {@code /$/status}. */
    public record Status(String topic, String lastPatch, long offset, Instant time, long lag, boolean caughtUp, String error,
                         ReplicationDelay.Summary delay) {
        /** Before the follower is made: the store is being opened. */
        public static Status starting(String topic) {
            return new Status(topic, null, -1, null, -1, false, null, ReplicationDelay.Summary.NONE);
        }

        public boolean healthy() {
            return caughtUp && error == null;
        }
    }

    private final KafkaTopic topic;
    private final DocumentStore store;
    private final Runnable beforeApply;
    private final Runnable afterApply;
    private final AtomicReference<Status> status = new AtomicReference<>();
    private final ReplicationDelay delay = new ReplicationDelay();
    private final Thread thread;
    private volatile boolean running = true;
    private volatile KafkaConsumer<String, byte[]> consumer;

    /** A follower with nothing to do before each patch. */
    public PatchFollower(KafkaTopic topic, DocumentStore store, Runnable afterApply) {
        this(topic, store, () -> { }, afterApply);
    }

    /**
     * @param beforeApply run before each patch is applied (the server records that its dumps will be out of date, so that
     *                    a replica stopped before it rewrote them rewrites them when it starts again)
     * @param afterApply  run after each applied patch (the server forgets its caches and rewrites its dumps)
     */
    public PatchFollower(KafkaTopic topic, DocumentStore store, Runnable beforeApply, Runnable afterApply) {
        this.topic = topic;
        this.store = store;
        this.beforeApply = beforeApply;
        this.afterApply = afterApply;
        Optional<PatchMark> mark = store.lastPatch();
        status.set(new Status(topic.toString(), mark.map(m -> PatchJournal.idText(m.id())).orElse(null), mark.map(PatchMark::offset).orElse(-1L),
                mark.map(PatchMark::time).orElse(null), -1, false, null, ReplicationDelay.Summary.NONE));
        this.thread = new Thread(this::run, "unld-follow");
        thread.setDaemon(true);
    }

    public PatchFollower start() {
        thread.start();
        return this;
    }

    public Status status() {
        return status.get();
    }

    private void run() {
        while (running) {
            try (KafkaConsumer<String, byte[]> c = new KafkaConsumer<>(topic.consumerProperties())) {
                consumer = c;
                follow(c);
            } catch (WakeupException | InterruptException e) {
                return;
            } catch (ReplicationException e) {
                LOG.error("Replication stopped: {}", e.getMessage(), e);
                fail(e.getMessage());
                return;
            } catch (KafkaException e) {
                // The broker is away (or not there yet): said in /$/status, and tried again.
                LOG.warn("Cannot read {}: {}; trying again", topic, e.getMessage());
                fail("cannot read " + topic + ": " + e.getMessage() + " (trying again)");
                pause(RETRY);
            } catch (RuntimeException e) {
                LOG.error("Replication stopped: {}", e.getMessage(), e);
                fail(e.getMessage());
                return;
            }
        }
    }

    private void pause(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    private void follow(KafkaConsumer<String, byte[]> c) {
        TopicPartition tp = topic.partition();
        c.assign(List.of(tp));
        Optional<PatchMark> mark = store.lastPatch();
        // A store loaded from a dump that does not say where in the topic it stands: from the start, up to its patch.
        String skipUntil = null;
        if (mark.isPresent() && mark.get().offset() >= 0) {
            c.seek(tp, mark.get().offset() + 1);
        } else {
            c.seekToBeginning(List.of(tp));
            skipUntil = mark.map(m -> m.id().getURI()).orElse(null);
        }
        long endAtStart = endOffset(c, tp);
        boolean caughtUp = c.position(tp) >= endAtStart && skipUntil == null;
        update(caughtUp, lag(c, tp), null);
        while (running) {
            for (ConsumerRecord<String, byte[]> r : c.poll(Duration.ofMillis(500))) {
                if (skipUntil != null) {
                    if (skipUntil.equals(r.key())) {
                        skipUntil = null;
                    }
                    continue;
                }
                apply(r, caughtUp);
                // Said after each patch: a poll may bring hundreds, which take a while to apply.
                update(caughtUp, lagAfter(c, tp, r.offset()), null);
            }
            if (!caughtUp && skipUntil == null && c.position(tp) >= endAtStart) {
                caughtUp = true;
                LOG.info("Replica caught up with {} at offset {}", topic, c.position(tp) - 1);
            }
            update(caughtUp, lag(c, tp), null);
        }
    }

    private void apply(ConsumerRecord<String, byte[]> r, boolean live) {
        RDFPatch patch;
        try {
            patch = RDFPatchOps.read(new ByteArrayInputStream(r.value()));
        } catch (RuntimeException e) {
            throw new ReplicationException("the patch at offset " + r.offset() + " of " + topic + " is malformed: " + e.getMessage()
                    + "; replication stopped before it (nothing of it was written)", e);
        }
        Node id = patch.getId();
        if (id == null || !id.getURI().equals(r.key())) {
            throw new ReplicationException("the patch at offset " + r.offset() + " of " + topic + " has id "
                    + (id == null ? "none" : id.getURI()) + " but is keyed " + r.key() + "; replication stopped before it");
        }
        beforeApply.run();
        try {
            store.apply(patch, r.value(), r.offset());
        } catch (RuntimeException e) {
            throw new ReplicationException("the patch at offset " + r.offset() + " of " + topic + " cannot be applied: " + e.getMessage()
                    + "; replication stopped before it (nothing of it was written)", e);
        }
        if (live) {
            delay.record(Duration.between(Instant.ofEpochMilli(r.timestamp()), Instant.now()));
        }
        afterApply.run();
    }

    private static long endOffset(KafkaConsumer<String, byte[]> c, TopicPartition tp) {
        return c.endOffsets(List.of(tp), Duration.ofSeconds(60)).get(tp);
    }

    /**
     * The patches not applied yet once the one at {@code applied} is: those the topic holds beyond what the consumer
     * fetched, and those it fetched and this replica has still to apply.
     */
    private static long lagAfter(KafkaConsumer<String, byte[]> c, TopicPartition tp, long applied) {
        return lag(c, tp) + Math.max(0, c.position(tp) - applied - 1);
    }

    private static long lag(KafkaConsumer<String, byte[]> c, TopicPartition tp) {
        OptionalLong lag = c.currentLag(tp);
        return lag.isPresent() ? lag.getAsLong() : Math.max(0, endOffset(c, tp) - c.position(tp));
    }

    private void update(boolean caughtUp, long lag, String error) {
        Optional<PatchMark> mark = store.lastPatch();
        status.set(new Status(topic.toString(), mark.map(m -> PatchJournal.idText(m.id())).orElse(null), mark.map(PatchMark::offset).orElse(-1L),
                mark.map(PatchMark::time).orElse(null), lag, caughtUp, error, delay.summary()));
    }

    private void fail(String error) {
        Status s = status.get();
        Optional<PatchMark> mark = store.lastPatch();
        status.set(new Status(s.topic(), mark.map(m -> PatchJournal.idText(m.id())).orElse(null), mark.map(PatchMark::offset).orElse(-1L),
                mark.map(PatchMark::time).orElse(null), s.lag(), s.caughtUp(), error, s.delay()));
    }

    @Override
    public void close() {
        running = false;
        KafkaConsumer<String, byte[]> c = consumer;
        if (c != null) {
            c.wakeup();
        }
        try {
            thread.join(30_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
