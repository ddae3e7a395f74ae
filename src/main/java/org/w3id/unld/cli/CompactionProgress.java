package org.w3id.unld.cli;

import org.w3id.unld.store.Compaction;
import org.w3id.unld.store.DocumentStore;
import org.w3id.unld.store.StoreSpace;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Runs a compaction and says how it goes on stderr: a line as it starts, then every few seconds how much of the node
 * data the new generation holds against the old one's. Jena's compaction reports nothing itself, so the new
 * generation's folder is watched; its node data file ({@code nodes-data.obj}) grows steadily as the quads are copied,
 * graph after graph, up to at most the old one's size (less the nodes no quad uses any more). The B+tree files are no
 * measure: they are mapped into memory and grown 8 MB at a time.
 */
final class CompactionProgress {
    private static final String NODE_DATA = "nodes-data.obj";

    private CompactionProgress() {
    }

    static Compaction run(DocumentStore documents, StoreSpace space, PrintWriter err, Duration every) {
        err.printf(Locale.ROOT, "compact: copying the live data of %s (%.1f MB, at least %.0f %% superseded) into a new generation%n",
                space.generation().getFileName(), space.bytes() / 1e6, 100 * space.supersededShare());
        err.flush();
        Path current = space.generation();
        long nodeData = size(current.resolve(NODE_DATA));
        long started = System.nanoTime();
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "unld-compact-progress");
            t.setDaemon(true);
            return t;
        });
        ticker.scheduleAtFixedRate(() -> {
            err.printf(Locale.ROOT, "compact: %.1f of at most %.1f MB of node data copied, %d s%n", copied(current) / 1e6, nodeData / 1e6,
                    TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started));
            err.flush();
        }, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
        try {
            return documents.compact();
        } finally {
            ticker.shutdownNow();
        }
    }

    /** The node data in the generation folder beside the current one (the one being written, Data-NNNN-tmp until done). */
    private static long copied(Path current) {
        try (Stream<Path> generations = Files.list(current.getParent())) {
            return generations.filter(g -> !g.equals(current)).mapToLong(g -> size(g.resolve(NODE_DATA))).sum();
        } catch (IOException | UncheckedIOException e) {
            return 0; // the folder was renamed between listing and reading: the next tick sees it
        }
    }

    private static long size(Path file) {
        try {
            return Files.isRegularFile(file) ? Files.size(file) : 0;
        } catch (IOException e) {
            return 0;
        }
    }
}
