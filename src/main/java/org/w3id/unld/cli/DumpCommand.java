package org.w3id.unld.cli;

import org.w3id.unld.dump.Dumper;
import org.w3id.unld.store.DocumentStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "dump", mixinStandardHelpOptions = true,
        description = "Writes the whole store as files to download: gzipped N-Quads of every named graph.")
final class DumpCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "Folder to write the dump files into")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (DocumentStore documents = DocumentStore.open(store.configuration())) {
            for (Path file : new Dumper(documents.dataset()).write(out)) {
                spec.commandLine().getOut().println("wrote " + file);
            }
        }
        return 0;
    }
}
