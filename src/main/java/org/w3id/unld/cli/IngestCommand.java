package org.w3id.unld.cli;

import org.w3id.unld.dump.DumpManifest;
import org.w3id.unld.dump.BackgroundDumps;
import org.w3id.unld.dump.DumpSet;
import org.w3id.unld.replicate.KafkaTopic;
import org.w3id.unld.replicate.PatchPublisher;
import org.w3id.unld.replicate.ReplicationException;
import org.w3id.unld.store.Compaction;
import org.w3id.unld.store.DocumentStore;
import org.w3id.unld.store.FusekiConfiguration;
import org.w3id.unld.store.Ingest;
import org.w3id.unld.store.IngestListener;
import org.w3id.unld.store.IngestSummary;
import org.w3id.unld.store.Outcome;
import org.w3id.unld.store.Pipeline;
import org.w3id.unld.store.StoreSpace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Reads, extracts, maps, validates and stores documents. Each document becomes one named graph; "
                + "a document already in the store is replaced. Rejected files are reported with their reason and the others go on; "
                + "a stored document's warnings (what it lacks, e.g. an agenda item's session) are listed after the summary."})
final class IngestCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Mixin
    BaseOption base;

    /**
     * The batch size when publishing: a batch's patch is one Kafka record, about 32 KB a document, and a record is at most
     * {@link KafkaTopic#MAX_PATCH_BYTES}; 1,000 documents keep it near half of that.
     */
    static final int PUBLISHED_BATCH_SIZE = 1_000;

    @Option(names = "--batch-size", paramLabel = "N",
            description = "Documents per transaction: a crash loses at most one batch, and readers of a running server see "
                    + "a batch's documents when it commits. Default: " + Ingest.DEFAULT_BATCH_SIZE + ", or " + PUBLISHED_BATCH_SIZE
                    + " with --publish (each batch is one Kafka record)")
    Integer batchSize;

    @Option(names = "--threads", paramLabel = "N", description = "Threads that prepare documents. Default: all cores")
    Integer threads;

    @Option(names = "--progress-every", paramLabel = "SECONDS", defaultValue = "5",
            description = "When not on a terminal, print a progress line this often. Default: ${DEFAULT-VALUE}")
    int progressEvery;

    @Option(names = "--no-dump", description = "Do not rewrite the store's dumps (<db>/dumps) after ingesting")
    boolean noDump;

    @Option(names = "--no-compact", description = "Do not compact the store after ingesting, even when more than half of it is "
            + "superseded blocks (see unld compact)")
    boolean noCompact;

    @Option(names = "--publish", paramLabel = "kafka://HOST:PORT/TOPIC",
            description = "After the ingest, send its committed changes (one RDF Patch per batch, from <db>/patches), and any an earlier run "
                    + "could not send, to this Kafka topic, for replicas to follow")
    String publish;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files or folders (walked recursively, in name order)")
    List<Path> paths;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        StoreOptions.requireExisting(paths);
        int batchSize = this.batchSize != null ? this.batchSize : publish != null ? PUBLISHED_BATCH_SIZE : Ingest.DEFAULT_BATCH_SIZE;
        if (batchSize < 1) {
            throw new UserError("--batch-size must be at least 1");
        }
        KafkaTopic topic = publish == null ? null : ServeCommand.topic(publish, "--publish");
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        FusekiConfiguration configuration = store.configuration();
        List<Path> files = Ingest.expand(paths, configuration.location());
        IngestSummary summary;
        DumpManifest dumps = null;
        Compaction compaction = null;
        int published = -1;
        try (DocumentStore documents = DocumentStore.open(configuration);
             ProgressReporter progress = new ProgressReporter(err, Duration.ofSeconds(Math.max(1, progressEvery)))) {
            BatchPublisher publisher = topic == null ? null : new BatchPublisher(documents, topic, progress);
            Ingest.Builder ingest = Ingest.create(new Pipeline(base.base()), documents).batchSize(batchSize)
                    .listener(publisher == null ? progress : publisher);
            if (threads != null) {
                ingest.threads(threads);
            }
            // Until the dumps are rewritten they no longer match the store: with --no-dump, or if this process dies,
            // the next unld serve sees the mark and rewrites them.
            BackgroundDumps.markStale(configuration.location());
            summary = ingest.build().run(files);
            if (publisher != null) {
                published = publisher.finish(err);
            }
            if (!noCompact) {
                progress.close(); // the bar is done; the compaction's lines follow it
                compaction = compactIfWorthIt(documents, err);
            }
            if (!noDump) {
                dumps = DumpSet.regenerate(documents.dataset(), configuration.location(), base.base());
                clearStale(configuration);
            }
        }
        print(summary, out);
        if (compaction != null) {
            out.printf(Locale.ROOT, "compacted the store (superseded blocks were %.0f %% of it): %s%n",
                    100 * compaction.before().supersededShare(), compaction.describe());
        }
        if (published >= 0) {
            out.printf("published %d patch%s to %s%n", published, published == 1 ? "" : "es", topic);
        }
        if (dumps != null) {
            out.printf("dumps: %d files, modified %s, in %s%n", dumps.files().size(), dumps.modified(), dumps.folder());
            out.flush();
        }
        if (topic != null && published < 0) {
            return Unld.UNPUBLISHED;
        }
        return summary.allStored() ? 0 : Unld.REJECTED;
    }

    /**
     * Sends each batch's patch (and any an earlier run could not send) once the batch has committed, while the run goes
     * on; after the first failure it stops trying, and the patches wait in the journal for the next run.
     */
    private static final class BatchPublisher implements IngestListener {
        private final IngestListener progress;
        private final PatchPublisher publisher;
        private int sent;
        private ReplicationException failure;

        BatchPublisher(DocumentStore documents, KafkaTopic topic, IngestListener progress) {
            this.progress = progress;
            this.publisher = new PatchPublisher(topic, documents);
        }

        @Override
        public void started(int files) {
            progress.started(files);
        }

        @Override
        public void processed(Outcome outcome) {
            progress.processed(outcome);
        }

        @Override
        public void stored(int documents, long triples) {
            progress.stored(documents, triples);
            publish();
        }

        private void publish() {
            if (failure == null) {
                try {
                    sent += publisher.publishPending();
                } catch (ReplicationException e) {
                    failure = e;
                }
            }
        }

        /** Sends what is left; how many patches were sent, or -1 (the reason on {@code err}) when some stay in the journal. */
        int finish(PrintWriter err) {
            try (publisher) {
                publish();
            }
            if (failure != null) {
                err.println("not published: " + failure.getMessage()
                        + " (the patches stay in the journal; the next ingest or serve with --publish sends them)");
                err.flush();
                return -1;
            }
            return sent;
        }
    }

    /**
     * Compacts the store when more than half of its current generation is superseded blocks ({@link StoreSpace#worthCompacting()}):
     * the copy costs about what the live data is, and gives back at least as much.
     */
    private Compaction compactIfWorthIt(DocumentStore documents, PrintWriter err) {
        StoreSpace space = documents.space().orElse(null);
        if (space == null || !space.worthCompacting()) {
            return null;
        }
        return CompactionProgress.run(documents, space, err, Duration.ofSeconds(Math.max(1, progressEvery)));
    }

    private static void clearStale(FusekiConfiguration configuration) {
        try {
            BackgroundDumps.clearStale(configuration.location());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The summary line, then each rejected file with its reason and each warning of a stored document
     * (what it lacks, e.g. an agenda item whose session is not printed), both as {@code file: message}.
     */
    static void print(IngestSummary s, PrintWriter out) {
        out.printf("read %d file%s: stored %d document%s (%d new, %d replacing a stored version; %d triples), rejected %d, %d warning%s%n",
                s.read(), s.read() == 1 ? "" : "s", s.stored(), s.stored() == 1 ? "" : "s", s.stored() - s.replaced(), s.replaced(),
                s.triples(), s.rejected().size(), s.warnings().size(), s.warnings().size() == 1 ? "" : "s");
        s.rejected().forEach(r -> out.println("  rejected " + r.describe()));
        s.warnings().forEach(w -> out.println("  warning " + w));
        out.flush();
    }
}
