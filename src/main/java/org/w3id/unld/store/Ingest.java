package org.w3id.unld.store;

import org.w3id.unld.map.MappedDocument;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
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
        int stored = 0;
        long triples = 0;
        ExecutorService workers = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "unld-ingest");
            t.setDaemon(true);
            return t;
        });
        try {
            // Prepare the next batch on the workers while the current one is committed.
            List<Future<Outcome>> next = submit(workers, files, 0);
            for (int start = 0; start < files.size(); start += batchSize) {
                List<Future<Outcome>> current = next;
                next = submit(workers, files, start + batchSize);
                List<MappedDocument> batch = new ArrayList<>();
                for (Future<Outcome> f : current) {
                    Outcome o = await(f);
                    listener.processed(o);
                    if (o instanceof Outcome.Accepted a) {
                        batch.add(a.document());
                    } else {
                        rejected.add((Outcome.Rejected) o);
                    }
                }
                if (!batch.isEmpty()) {
                    store.replace(batch);
                    long t = batch.stream().mapToLong(d -> d.graph().size()).sum();
                    stored += batch.size();
                    triples += t;
                    listener.stored(batch.size(), t);
                }
            }
        } finally {
            workers.shutdownNow();
        }
        return new IngestSummary(files.size(), stored, triples, rejected);
    }

    private List<Future<Outcome>> submit(ExecutorService workers, List<Path> files, int start) {
        List<Future<Outcome>> futures = new ArrayList<>();
        for (int i = start; i < Math.min(start + batchSize, files.size()); i++) {
            Path file = files.get(i);
            futures.add(workers.submit(() -> pipeline.process(file)));
        }
        return futures;
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
        private int batchSize = 64;
        private int threads = Runtime.getRuntime().availableProcessors();
        private IngestListener listener = IngestListener.SILENT;

        private Builder(Pipeline pipeline, DocumentStore store) {
            this.pipeline = pipeline;
            this.store = store;
        }

        /** Documents per transaction: larger batches store faster, smaller ones lose less work to a crash. */
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
