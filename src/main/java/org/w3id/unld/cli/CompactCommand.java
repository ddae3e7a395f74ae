package org.w3id.unld.cli;

import org.w3id.unld.store.Compaction;
import org.w3id.unld.store.DocumentStore;
import org.w3id.unld.store.FusekiConfiguration;
import org.w3id.unld.store.StoreSpace;
import org.w3id.unld.store.StoreUnavailableException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.time.Duration;
import java.util.concurrent.Callable;

@Command(name = "compact", mixinStandardHelpOptions = true,
        description = {"Compacts the store's TDB2 database: copies what it holds now into a new generation (tdb2/Data-NNNN) "
                + "and deletes the old one, with the blocks every earlier write left behind. The data, the text index, "
                + "the journal and the dumps stay as they are.",
                "Only while nothing else holds the store: a running `unld serve` or `unld ingest` on it makes it refuse. "
                        + "`unld ingest` compacts by itself when more than half of the store is superseded blocks."})
final class CompactCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Option(names = "--progress-every", paramLabel = "SECONDS", defaultValue = "5",
            description = "Print how far the compaction is this often. Default: ${DEFAULT-VALUE}")
    int progressEvery;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        FusekiConfiguration configuration = store.configuration();
        if (!Files.isDirectory(configuration.location().tdb2())) {
            throw new UserError("no store in " + configuration.location().folder() + " (give the --db of a store that ingest filled)");
        }
        PrintWriter out = spec.commandLine().getOut();
        Compaction compaction;
        try (DocumentStore documents = DocumentStore.open(configuration)) {
            StoreSpace space = documents.space().orElseThrow(() -> new StoreUnavailableException(
                    "the configuration's dataset is not a TDB2 database on disk; only TDB2 is compacted"));
            compaction = CompactionProgress.run(documents, space, spec.commandLine().getErr(), Duration.ofSeconds(Math.max(1, progressEvery)));
        }
        out.println("compacted " + configuration.location().tdb2() + ": " + compaction.describe());
        out.flush();
        return 0;
    }
}
