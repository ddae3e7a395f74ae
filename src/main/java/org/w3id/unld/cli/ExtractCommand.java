package org.w3id.unld.cli;

import org.w3id.unld.model.ExtractionJson;
import org.w3id.unld.model.ParsedDocument;
import org.w3id.unld.model.RejectedDocumentException;
import org.w3id.unld.parse.DocumentParser;
import org.w3id.unld.read.SourceReader;
import org.w3id.unld.store.Ingest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Prints what unld reads off one document (symbols, organs, date, agenda items, sender, annexes, events…) as JSON.",
                "",
                "Given a folder and --out, extracts every .txt, .md, .pdf and .docx file under the folder (recursively, "
                        + "in name order) and writes each one's JSON to OUTDIR/<its path relative to the folder>.json, "
                        + "exactly as 'unld extract FILE' prints it. A rejected file writes no JSON: it is reported on "
                        + "stderr with its reason, and the others go on."},
        footer = {"", "Exit codes: 0 every document was read; 1 some were rejected (each reported); 2 usage error.",
                "Example: unld extract samples/ --out target/extracted/"})
final class ExtractCommand implements Callable<Integer> {
    @Parameters(paramLabel = "PATH", description = "A UN document (.txt, .md, .pdf or .docx), or a folder of them (needs --out)")
    Path path;

    @Option(names = "--out", paramLabel = "OUTDIR",
            description = "Write the JSON into this folder (created if missing) instead of printing it, "
                    + "one file per document (a single FILE gives OUTDIR/FILE.json)")
    Path out;

    @Option(names = "--graph-facts",
            description = "After the fields of the extraction conventions, add what else the parser decided and the graph "
                    + "states: each event's kind (conference or other) and edition ({series, ordinal} or null), the "
                    + "meeting's organ, and the document's related documents (revised, added to, corrected), "
                    + "signatories, citations (cited symbols) and mentions. "
                    + "Without it the JSON is exactly the conventions' (docs/EXTRACTION.md)")
    boolean graphFacts;

    @Option(names = "--evidence",
            description = "After the fields, add an \"evidence\" object: for each value (by its JSON Pointer, "
                    + "e.g. /date, /agendaItems/0/title, /signatories/0/name) the passages of the text that state it, "
                    + "as {start, end, quote} in characters (code points) of the text as read, without the white space at "
                    + "its start and end (the text the service serves at /doc/…/text). A value the text does not print "
                    + "has none. Without it the JSON is unchanged")
    boolean evidence;

    @Spec
    CommandSpec spec;

    private final DocumentParser parser = new DocumentParser();
    private final SourceReader reader = new SourceReader();

    @Override
    public Integer call() {
        if (Files.isDirectory(path)) {
            if (out == null) {
                throw new UserError("extract on a folder needs --out OUTDIR (one JSON file is written per document)");
            }
            return extractFolder();
        }
        if (!Files.isRegularFile(path)) {
            throw new UserError("no file " + path);
        }
        if (out != null) {
            return extractTo(path, out.resolve(path.getFileName() + ".json")) ? 0 : Unld.REJECTED;
        }
        try {
            spec.commandLine().getOut().println(extract(path));
            return 0;
        } catch (RejectedDocumentException e) {
            report(path, e);
            return Unld.REJECTED;
        }
    }

    private int extractFolder() {
        List<Path> documents = Ingest.expand(List.of(path), null).stream().filter(SourceReader::isDocumentName).toList();
        int rejected = 0;
        for (Path document : documents) {
            if (!extractTo(document, out.resolve(path.relativize(document) + ".json"))) {
                rejected++;
            }
        }
        return rejected == 0 ? 0 : Unld.REJECTED;
    }

    /** Writes one document's JSON to {@code json}; false (and reported) if the document was rejected. */
    private boolean extractTo(Path document, Path json) {
        String text;
        try {
            text = extract(document);
        } catch (RejectedDocumentException e) {
            report(document, e);
            return false;
        } catch (RuntimeException | StackOverflowError e) {
            // A defect of unld, not of the file: reported like a rejection (as ingest does), and the others go on.
            spec.commandLine().getErr().println(document + ": internal error while processing (please report it): " + e);
            return false;
        }
        try {
            Files.createDirectories(json.toAbsolutePath().getParent());
            try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(json, StandardCharsets.UTF_8))) {
                w.println(text); // println, as the single-file form prints it: the files are byte for byte its output
            }
        } catch (IOException e) {
            throw new UserError("cannot write " + json + ": " + e.getMessage());
        }
        return true;
    }

    private String extract(Path document) throws RejectedDocumentException {
        ParsedDocument parsed = parser.parse(reader.read(document));
        return ExtractionJson.write(parsed, graphFacts, evidence);
    }

    private void report(Path document, RejectedDocumentException e) {
        spec.commandLine().getErr().println(document + (e.line() > 0 ? ":" + e.line() : "") + ": " + e.reason());
    }
}
