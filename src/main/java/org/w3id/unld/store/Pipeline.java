package org.w3id.unld.store;

import org.w3id.unld.map.DocumentMapper;
import org.w3id.unld.map.MappedDocument;
import org.w3id.unld.model.ParsedDocument;
import org.w3id.unld.model.RejectedDocumentException;
import org.w3id.unld.model.SourceText;
import org.w3id.unld.model.SymbolSource;
import org.w3id.unld.parse.DocumentParser;
import org.w3id.unld.parse.SymbolGrammar;
import org.w3id.unld.read.SourceReader;
import org.w3id.unld.validate.ShapesValidator;
import org.w3id.unld.validate.Validation;

import java.nio.file.Path;
import java.util.List;

/**
 * The stages before the store, for one file: read → parse → map → validate. A file is rejected when it
 * cannot be read, is no UN document, or its graph violates a shape; a shape's warnings travel with the
 * accepted document. Thread-safe, so that
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
            Validation validation = validator.check(mapped.graph());
            if (!validation.accepted()) {
                List<String> violations = validation.violations();
                String more = violations.size() > 1 ? " (and " + (violations.size() - 1) + " more)" : "";
                return new Outcome.Rejected(file, "does not conform to the shapes: " + violations.get(0) + more, 0,
                        validation.report(), violations);
            }
            List<String> notices = parsed.extraction().symbolSource() == SymbolSource.FILENAME
                    && SymbolGrammar.fileNameHasMoreThanSymbols(text.fileName())
                    ? List.of("the symbol " + String.join(", ", parsed.extraction().symbols()) + " was read from the file name and its "
                            + "other words were left out: if this file is a draft or a copy, it now stands for that document (rename it and ingest again)")
                    : List.of();
            return new Outcome.Accepted(file, mapped, validation, notices);
        } catch (RejectedDocumentException e) {
            return new Outcome.Rejected(file, e.reason(), e.line());
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            // A defect of unld, not of the file: the file is still reported, and the run goes on.
            return new Outcome.Rejected(file, "internal error while processing (please report it): " + e, 0);
        }
    }
}
