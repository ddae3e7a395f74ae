package org.w3id.unld.serve;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.sys.TDBInternal;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The version of the data the pages are made from, for their {@code ETag} and {@code Last-Modified}: it changes on
 * every commit to the store, whoever writes (HTTP ingest, SPARQL Update, an ingest through the server's dataset).
 *
 * <p>TDB2 counts its commits (the data version a transaction begins at, read here in a read transaction of its
 * own), but only from the moment the store is opened; so a version is this server's start plus that count, plus the writes the server itself reports
 * ({@link #changed}, after an HTTP ingest or update has committed the text index too, and for a store that is not
 * TDB2). The store keeps no time of its changes: the time of a version is when the server first saw it, at least
 * a second after the previous one so that {@code If-Modified-Since} (whole seconds) never takes two versions for one.
 */
final class DataVersion {
    /**
     * @param tag      the version as an opaque token (letters, digits and '.', never "--", which Jetty's gzip
     *                 handler uses to mark compressed variants)
     * @param modified when the server first saw this version, in whole seconds
     */
    record Current(String tag, Instant modified) {
    }

    private record Seen(DatasetGraphTDB storage, long commits, long writes, long epoch, Instant modified) {
    }

    private final DatasetGraph dataset;
    private final Clock clock;
    private final String start;
    private final AtomicLong writes = new AtomicLong();
    private final AtomicReference<Seen> seen;

    DataVersion(DatasetGraph dataset, Clock clock) {
        this.dataset = dataset;
        this.clock = clock;
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        this.start = Long.toString(now.getEpochSecond(), Character.MAX_RADIX);
        DatasetGraphTDB storage = storage();
        this.seen = new AtomicReference<>(new Seen(storage, commits(storage), 0, 0, now));
    }

    /** Reports a write the server made (after it committed): the version changes even where commits are not counted. */
    void changed() {
        writes.incrementAndGet();
    }

    Current current() {
        DatasetGraphTDB storage = storage();
        long commits = commits(storage);
        long w = writes.get();
        Seen s = seen.get();
        // Only forward: a request that read the counts just before another one must not take the version back.
        while (s.storage() != storage || commits > s.commits() || w > s.writes()) {
            boolean sameStore = s.storage() == storage;
            // A compaction gives TDB2 new storage, whose count starts again: a new epoch.
            long epoch = sameStore ? s.epoch() : s.epoch() + 1;
            Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
            Instant modified = now.isAfter(s.modified()) ? now : s.modified().plusSeconds(1);
            Seen next = new Seen(storage, sameStore ? Math.max(commits, s.commits()) : commits, Math.max(w, s.writes()), epoch, modified);
            if (seen.compareAndSet(s, next)) {
                s = next;
                break;
            }
            s = seen.get();
        }
        return new Current(start + "." + s.epoch() + "." + s.commits() + "." + s.writes(), s.modified());
    }

    /** TDB2's storage under the text dataset; null for a store that is not TDB2. */
    private DatasetGraphTDB storage() {
        DatasetGraph d = dataset;
        while (TDBInternal.getDatasetGraphTDB(d) == null && d instanceof DatasetGraphWrapper w) {
            d = w.getWrapped();
        }
        return TDBInternal.getDatasetGraphTDB(d);
    }

    private static long commits(DatasetGraphTDB storage) {
        return storage == null ? 0 : Txn.calculateRead(storage, () -> storage.getTxnSystem().getThreadTransaction().getDataVersion());
    }
}
