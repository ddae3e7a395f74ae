package org.w3id.unld.dump;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.apache.jena.sparql.core.DatasetGraph;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.unld.store.StoreLocation;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Regenerates a running server's dumps after its store changes, on a thread of its own, so that an HTTP
 * ingest answers without waiting for a dump of the whole store. A dump starts once the store has been quiet for
 * {@link #QUIET} (or {@link #AT_MOST} after the first request, under a steady stream of writes), and requests made
 * while a dump runs are merged into one more run after it: a burst of ingests, or a replica applying the patches of
 * a stream or catching up with its topic, costs a few dumps, not one per change, and the last one sees them all.
 * Until it finishes the previous set stays published (files are replaced by renames).
 */
public final class BackgroundDumps implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(BackgroundDumps.class);

    private final DatasetGraph dataset;
    private final StoreLocation store;
    private final String base;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "unld-dumps");
        t.setDaemon(true);
        return t;
    });
    private final AtomicBoolean pending = new AtomicBoolean();
    private final AtomicLong lastRequest = new AtomicLong();

    /** How long the store stays unchanged before a dump starts. */
    static final Duration QUIET = Duration.ofSeconds(3);
    /** The longest a dump waits for the store to be quiet. */
    static final Duration AT_MOST = Duration.ofSeconds(120);

    public BackgroundDumps(DatasetGraph dataset, StoreLocation store, String base) {
        this.dataset = dataset;
        this.store = store;
        this.base = base;
    }

    /**
     * Records, before the store changes, that the dumps will no longer match it. The record stays until a dump
     * written after the change is in place, so a process that dies in between leaves it behind, and the next
     * {@code unld serve} rewrites the dumps ({@link #isStale}).
     */
    public void markStale() {
        markStale(store);
    }

    /** {@link #markStale()} for a store that no server holds (an ingest from the command line). */
    public static void markStale(StoreLocation store) {
        try {
            Files.createDirectories(store.folder());
            Files.writeString(staleMarker(store), "the store changed after these dumps were written\n");
        } catch (IOException e) {
            LOG.warn("could not record that the dumps are out of date", e);
        }
    }

    /** Whether the store changed since its dumps were last written in full. */
    public static boolean isStale(StoreLocation store) {
        return Files.exists(staleMarker(store));
    }

    /** Forgets that the dumps were out of date; after they have been rewritten. */
    public static void clearStale(StoreLocation store) throws IOException {
        Files.deleteIfExists(staleMarker(store));
    }

    private static Path staleMarker(StoreLocation store) {
        return store.folder().resolve("dumps-stale");
    }

    /** Asks for the dumps to be rewritten; returns at once. */
    public void request() {
        lastRequest.set(System.nanoTime());
        if (pending.compareAndSet(false, true)) {
            executor.execute(this::run);
        }
    }

    private void run() {
        long first = System.nanoTime();
        try {
            long now;
            while ((now = System.nanoTime()) - lastRequest.get() < QUIET.toNanos() && now - first < AT_MOST.toNanos()) {
                Thread.sleep(Math.max(1, (QUIET.toNanos() - (now - lastRequest.get())) / 1_000_000));
            }
        } catch (InterruptedException e) {
            // Stopped: the dumps stay marked stale, and the next start of the server rewrites them.
            Thread.currentThread().interrupt();
            return;
        }
        pending.set(false);
        try {
            DumpManifest m = DumpSet.regenerate(dataset, store, base);
            if (!pending.get()) {
                clearStale(store);
            }
            LOG.info("dumps rewritten: {} triples, {} files, modified {}", m.figures().triples(), m.files().size(), m.modified());
        } catch (RuntimeException | IOException e) {
            // The previous set stays published; the next change, or the next start of the server, tries again.
            LOG.error("the dumps could not be rewritten", e);
        }
    }

    /** Waits until the dumps asked for so far are written. */
    public void awaitIdle() throws InterruptedException {
        try {
            executor.submit(() -> { }).get();
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Lets a running dump finish (briefly) and stops. */
    @Override
    public void close() {
        executor.shutdown();
        try {
            if (!executor.awaitTermination(30, TimeUnit.SECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            executor.shutdownNow();
        }
    }
}
