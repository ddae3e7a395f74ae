package org.w3id.unld.store;

import org.apache.jena.shacl.ValidationReport;
import org.w3id.unld.map.DocumentMapper;
import org.w3id.unld.map.MappedDocument;
import org.w3id.unld.model.ParsedDocument;
import org.w3id.unld.model.RejectedDocumentException;
import org.w3id.unld.model.SourceText;
import org.w3id.unld.parse.DocumentParser;
import org.w3id.unld.read.SourceReader;
import org.w3id.unld.validate.ShapesValidator;

import java.nio.file.Path;

/**
 * The stages before the store, for one file: read → parse → map → validate. Thread-safe, so that
 * ingest can prepare documents on every core while one writer stores them.
 */
public final class Pipeline {
    private final SourceReader reader;
    private final DocumentParser parser;
    private final DocumentMapper mapper;
    private final ShapesValidator validator;

    public Pipeline(String base) {
        this(new SourceReader(), new DocumentParser(), new DocumentMapper(base), new ShapesValidator());
    }

    public Pipeline(SourceReader reader, DocumentParser parser, DocumentMapper mapper, ShapesValidator validator) {
        this.reader = reader;
        this.parser = parser;
        this.mapper = mapper;
        this.validator = validator;
    }

    /** Never throws for a bad file: every failure becomes a {@link Outcome.Rejected} with its reason. */
    public Outcome process(Path file) {
        try {
            SourceText text = reader.read(file);
            ParsedDocument parsed = parser.parse(text);
            MappedDocument mapped = mapper.map(parsed);
            ValidationReport report = validator.validate(mapped.graph());
            if (!report.conforms()) {
                return new Outcome.Rejected(file, "does not conform to the shapes: " + firstViolation(report), 0, report);
            }
            return new Outcome.Accepted(file, mapped);
        } catch (RejectedDocumentException e) {
            return new Outcome.Rejected(file, e.reason(), e.line(), null);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            // A defect of unld, not of the file: the file is still reported, and the run goes on.
            return new Outcome.Rejected(file, "internal error while processing (please report it): " + e, 0, null);
        }
    }

    private static String firstViolation(ValidationReport report) {
        var entries = report.getEntries();
        var first = entries.iterator().next();
        String more = entries.size() > 1 ? " (and " + (entries.size() - 1) + " more)" : "";
        return first.focusNode() + " " + first.resultPath() + ": " + first.message() + more;
    }
}
