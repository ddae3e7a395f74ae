package org.w3id.unld.cli;

import org.w3id.unld.model.ExtractionJson;
import org.w3id.unld.model.ParsedDocument;
import org.w3id.unld.model.RejectedDocumentException;
import org.w3id.unld.parse.DocumentParser;
import org.w3id.unld.read.SourceReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Prints what unld reads off one document (symbols, organs, date, agenda items, sender, annexes, events…) as JSON.")
final class ExtractCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", description = "A UN document: .txt, .md, .pdf or .docx")
    Path file;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (!Files.isRegularFile(file)) {
            throw new UserError("no file " + file);
        }
        try {
            ParsedDocument parsed = new DocumentParser().parse(new SourceReader().read(file));
            spec.commandLine().getOut().println(ExtractionJson.write(parsed.extraction()));
            return 0;
        } catch (RejectedDocumentException e) {
            spec.commandLine().getErr().println(file + (e.line() > 0 ? ":" + e.line() : "") + ": " + e.reason());
            return Unld.REJECTED;
        }
    }
}
