package org.w3id.unld.cli;

import org.w3id.unld.dump.BackgroundDumps;
import org.w3id.unld.dump.DumpFile;
import org.w3id.unld.dump.DumpManifest;
import org.w3id.unld.dump.DumpSet;
import org.w3id.unld.dump.HeapSizedStore;
import org.w3id.unld.store.DocumentStore;
import org.w3id.unld.store.FusekiConfiguration;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "dump", mixinStandardHelpOptions = true,
        description = {"Writes the store as files to download: every named graph as gzipped N-Quads; the union of the graphs "
                + "as gzipped N-Triples, Turtle and JSON-LD; each linkset as N-Triples; the ontology and the shapes; "
                + "the VoID/DCAT description (void.ttl) and SHA256SUMS.",
                "File names carry the dataset's modification date (unld-YYYY-MM-DD.nq.gz). The same store gives byte-identical files. "
                        + "Without --out it rewrites the dumps the server publishes at /dumps/ (<db>/dumps)."})
final class DumpCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Mixin
    BaseOption base;

    @Option(names = "--out", paramLabel = "DIR", description = "Folder to write the dump files into. Default: <db>/dumps")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (out != null && Files.exists(out) && !Files.isDirectory(out)) {
            throw new UserError("--out " + out + " is a file; give a folder (it is created when missing)");
        }
        FusekiConfiguration configuration = store.configuration();
        Path folder = out != null ? out : configuration.location().dumps();
        DumpManifest manifest;
        HeapSizedStore.connect(configuration.location());
        try (DocumentStore documents = DocumentStore.open(configuration)) {
            manifest = DumpSet.create(documents.dataset(), configuration.location(), base.base()).build().writeTo(folder);
        }
        if (folder.toAbsolutePath().normalize().equals(configuration.location().dumps().toAbsolutePath().normalize())) {
            // The store's own dumps are now those of the store as it is: serve must not write them again as it starts (at
            // 100,000 documents that takes a quarter of an hour).
            try {
                BackgroundDumps.clearStale(configuration.location());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        print(manifest, spec.commandLine().getOut());
        return 0;
    }

    static void print(DumpManifest manifest, PrintWriter out) {
        out.printf("dumped %d triples (%d quads) modified %s into %s%n", manifest.figures().triples(), manifest.figures().quads(),
                manifest.modified(), manifest.folder());
        for (DumpFile f : manifest.files()) {
            out.printf("  %-40s %,14d bytes%n", f.name(), f.bytes());
        }
        out.flush();
    }
}
