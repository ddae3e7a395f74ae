package org.w3id.unld.cli;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.w3id.unld.store.Ingest;
import org.w3id.unld.store.Outcome;
import org.w3id.unld.store.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Extracts and maps documents and checks their graphs against the SHACL shapes, without storing anything. "
                + "Prints one line per document, and under it one per violation (the document is rejected) or warning "
                + "(what the document lacks; it would be stored all the same).")
final class ValidateCommand implements Callable<Integer> {
    @Mixin
    BaseOption base;

    @Option(names = "--report", paramLabel = "FILE",
            description = "Also write the SHACL validation reports (sh:ValidationReport) of the documents with violations or warnings, as Turtle")
    Path report;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files or folders")
    List<Path> paths;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        StoreOptions.requireExisting(paths);
        PrintWriter out = spec.commandLine().getOut();
        Pipeline pipeline = new Pipeline(base.base());
        Model reports = ModelFactory.createDefaultModel();
        int rejected = 0;
        int warned = 0;
        List<Path> files = Ingest.expand(paths, null);
        for (Path file : files) {
            Outcome o = pipeline.process(file);
            if (o instanceof Outcome.Accepted a) {
                out.println("conforms " + file + " → " + a.document().document().getURI() + " (" + a.document().graph().size() + " triples)");
                // A warning says what the document lacks; it would be stored all the same.
                a.describeWarnings().forEach(w -> out.println("    warning " + w));
                if (!a.warnings().isEmpty()) {
                    warned++;
                    if (report != null) {
                        reports.add(a.validation().report().getModel());
                    }
                }
            } else {
                Outcome.Rejected r = (Outcome.Rejected) o;
                rejected++;
                out.println("rejected " + r.describe());
                if (r.report() != null) {
                    r.violations().forEach(l -> out.println("    " + l));
                    reports.add(r.report().getModel());
                }
            }
        }
        out.printf("%d file%s: %d conform (%d with warnings), %d rejected%n", files.size(), files.size() == 1 ? "" : "s",
                files.size() - rejected, warned, rejected);
        if (report != null) {
            try (OutputStream os = Files.newOutputStream(report)) {
                RDFDataMgr.write(os, reports, Lang.TURTLE);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return rejected == 0 ? 0 : Unld.REJECTED;
    }
}
