package org.w3id.unld.store;

import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextIndexException;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;

/**
 * Feeds the full-text index from a thread of its own during one write transaction, so that Lucene's
 * analysis and indexing run beside TDB2's index updates instead of after each of them. Changes are applied
 * in the order they are given; {@link #finish()} waits for all of them, and must be called before the
 * transaction commits or aborts (the commit makes exactly the fed changes durable with the quads; an abort
 * rolls them back).
 */
final class TextIndexFeed {
    /** Changes handed over together: one hand-over (and thread wake-up) per chunk, not per change. */
    private static final int CHUNK = 512;
    /** Chunks waiting for the indexing thread: enough to keep it busy, few enough to bound memory. */
    private static final int WAITING = 64;

    private record Change(boolean add, Entity entity, CountDownLatch done) {
    }

    private final TextIndex index;
    private final BlockingQueue<List<Change>> queue = new ArrayBlockingQueue<>(WAITING);
    private List<Change> chunk = new ArrayList<>(CHUNK);
    private final Thread thread;
    private volatile Throwable failure;
    /** Set by the writing thread once the indexing thread is stopped. */
    private boolean finished;

    TextIndexFeed(TextIndex index) {
        this.index = index;
        this.thread = new Thread(this::run, "unld-text-index");
        thread.setDaemon(true);
        thread.start();
    }

    /** Adds the entity to the index, or deletes it from it, after the changes given before. */
    void change(boolean add, Entity entity) {
        give(new Change(add, entity, null));
    }

    private void give(Change change) {
        if (finished) {
            throw new IllegalStateException("the text index feed is finished");
        }
        rethrow();
        chunk.add(change);
        if (chunk.size() >= CHUNK) {
            put(chunk);
            chunk = new ArrayList<>(CHUNK);
        }
    }

    /** Waits until every change given has been applied, stops the thread, and reports a failure of any. */
    void finish() {
        if (finished) {
            rethrow();
            return;
        }
        finished = true;
        CountDownLatch done = new CountDownLatch(1);
        chunk.add(new Change(false, null, done));
        put(chunk);
        chunk = null;
        boolean interrupted = false;
        while (true) {
            try {
                done.await();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        rethrow();
    }

    private void put(List<Change> changes) {
        boolean interrupted = false;
        while (true) {
            try {
                queue.put(changes);
                break;
            } catch (InterruptedException e) {
                // The change must reach the index (or the batch fail): an interrupted put is retried.
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private void rethrow() {
        Throwable t = failure;
        if (t != null) {
            throw new TextIndexException("indexing the text failed: " + t, t);
        }
    }

    private void run() {
        while (true) {
            List<Change> changes;
            try {
                changes = queue.take();
            } catch (InterruptedException e) {
                continue;
            }
            for (Change c : changes) {
                if (c.done() != null) {
                    c.done().countDown();
                    return;
                }
                if (failure != null) {
                    continue;
                }
                try {
                    if (c.add()) {
                        index.addEntity(c.entity());
                    } else {
                        index.deleteEntity(c.entity());
                    }
                } catch (RuntimeException | Error e) {
                    failure = e;
                }
            }
        }
    }
}
