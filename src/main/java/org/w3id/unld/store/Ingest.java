package org.w3id.unld.store;

import org.w3id.unld.map.MappedDocument;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * Ingests files into a {@link DocumentStore}: every file goes through the {@link Pipeline} on all cores,
 * and accepted documents are committed in batches, one transaction per batch, in input order. A file that
 * fails is reported and the others go on; a crash leaves each document wholly present or absent.
 */
public final class Ingest {
    /**
     * Documents per transaction unless told otherwise. A commit costs a few fsyncs and copies every TDB2
     * index block the batch touched, so large batches store much faster (on 10,000 documents, batches of
     * 64 took 2.3 times as long as one transaction); a crash loses at most one batch of work, which a
     * rerun redoes.
     */
    public static final int DEFAULT_BATCH_SIZE = 5000;
    private final Pipeline pipeline;
    private final DocumentStore store;
    private final int batchSize;
    private final int threads;
    private final IngestListener listener;

    private Ingest(Builder b) {
        this.pipeline = b.pipeline;
        this.store = b.store;
        this.batchSize = b.batchSize;
        this.threads = b.threads;
        this.listener = b.listener;
    }

    public static Builder create(Pipeline pipeline, DocumentStore store) {
        return new Builder(pipeline, store);
    }

    /**
     * The files to ingest from the paths given: files as they are, folders walked in name order (hidden
     * files and the store's own folder skipped). Deterministic, so that the same folder always gives the same store.
     */
    public static List<Path> expand(List<Path> paths, StoreLocation skip) {
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile)
                            .filter(f -> skip == null || !f.toAbsolutePath().normalize().startsWith(skip.folder()))
                            .filter(f -> !f.getFileName().toString().startsWith("."))
                            .sorted(Comparator.comparing(Path::toString))
                            .forEach(files::add);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            } else {
                files.add(p);
            }
        }
        return files;
    }

    public IngestSummary run(List<Path> files) {
        listener.started(files.size());
        List<Outcome.Rejected> rejected = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        int stored = 0;
        int replaced = 0;
        long triples = 0;
        ExecutorService workers = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "unld-ingest");
            t.setDaemon(true);
            return t;
        });
        // The workers prepare files ahead of the writer, a bounded window of them, so that they keep going
        // while the writer commits; the writer takes the outcomes in input order.
        int window = Math.max(256, threads * 256);
        Deque<Future<Outcome>> ahead = new ArrayDeque<>();
        int submitted = 0;
        DocumentStore.Batch batch = null;
        try {
            for (; submitted < Math.min(window, files.size()); submitted++) {
                ahead.add(submit(workers, files.get(submitted)));
            }
            while (!ahead.isEmpty()) {
                Outcome o = await(ahead.poll());
                if (submitted < files.size()) {
                    ahead.add(submit(workers, files.get(submitted++)));
                }
                listener.processed(o);
                if (o instanceof Outcome.Accepted a) {
                    warnings.addAll(a.describeWarnings());
                    if (batch == null) {
                        batch = store.begin();
                    }
                    batch.put(a.document());
                    if (batch.documents() >= batchSize) {
                        commit(batch);
                        stored += batch.documents();
                        replaced += batch.replaced();
                        triples += batch.triples();
                        batch = null;
                    }
                } else {
                    rejected.add((Outcome.Rejected) o);
                }
            }
            if (batch != null) {
                commit(batch);
                stored += batch.documents();
                replaced += batch.replaced();
                triples += batch.triples();
                batch = null;
            }
        } finally {
            if (batch != null) {
                batch.close();
            }
            workers.shutdownNow();
        }
        return new IngestSummary(files.size(), stored, replaced, triples, rejected, warnings);
    }

    private void commit(DocumentStore.Batch batch) {
        try (batch) {
            batch.commit();
        }
        listener.stored(batch.documents(), batch.triples());
    }

    private Future<Outcome> submit(ExecutorService workers, Path file) {
        return workers.submit(() -> pipeline.process(file));
    }

    private static Outcome await(Future<Outcome> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("ingest interrupted", e);
        } catch (ExecutionException e) {
            // Pipeline.process turns every failure into a Rejected outcome; reaching here is a defect.
            throw new IllegalStateException(e.getCause());
        }
    }

    public static final class Builder {
        private final Pipeline pipeline;
        private final DocumentStore store;
        private int batchSize = DEFAULT_BATCH_SIZE;
        private int threads = Runtime.getRuntime().availableProcessors();
        private IngestListener listener = IngestListener.SILENT;

        private Builder(Pipeline pipeline, DocumentStore store) {
            this.pipeline = pipeline;
            this.store = store;
        }

        /**
         * Documents per transaction: larger batches store faster, smaller ones lose less work to a crash and
         * show readers new documents sooner. Memory does not grow with the batch: documents are written into
         * the open transaction as they are prepared.
         */
        public Builder batchSize(int documents) {
            if (documents < 1) {
                throw new IllegalArgumentException("batch size must be at least 1");
            }
            this.batchSize = documents;
            return this;
        }

        public Builder threads(int threads) {
            this.threads = Math.max(1, threads);
            return this;
        }

        public Builder listener(IngestListener listener) {
            this.listener = listener;
            return this;
        }

        public Ingest build() {
            return new Ingest(this);
        }
    }
}
