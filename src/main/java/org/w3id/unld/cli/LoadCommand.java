package org.w3id.unld.cli;

import org.w3id.unld.dump.DumpLoader;
import org.w3id.unld.store.DocumentStore;
import org.w3id.unld.store.FusekiConfiguration;
import org.w3id.unld.store.PatchJournal;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "load", mixinStandardHelpOptions = true,
        description = {"Builds a new store from a dump set (the folder of SHA256SUMS, void.ttl and the dated files, as /dumps/ serves it). "
                + "The store takes the dump's last patch as its own, so that 'unld serve --follow' goes on from there."})
final class LoadCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Option(names = "--dump", paramLabel = "DIR", required = true, description = "The dump set's folder")
    Path dump;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (!Files.isDirectory(dump)) {
            throw new UserError("--dump " + dump + " is no folder");
        }
        FusekiConfiguration configuration = store.configuration();
        DumpLoader.Loaded loaded;
        try (DocumentStore documents = DocumentStore.open(configuration)) {
            loaded = DumpLoader.load(dump, documents);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.printf("loaded %d quads from %s into %s%n", loaded.quads(), dump, configuration.location().folder());
        out.println(loaded.lastPatch().map(id -> "  last patch " + PatchJournal.idText(id) + ": 'unld serve --follow kafka://HOST:PORT/TOPIC --db "
                + configuration.location().folder() + "' goes on with the patch after it")
                .orElse("  the dump names no patch (its store kept no journal): a replica from it cannot follow a topic"));
        out.flush();
        return 0;
    }
}
