package org.w3id.unld.store;

import org.apache.jena.shacl.ValidationReport;
import org.w3id.unld.map.MappedDocument;
import org.w3id.unld.validate.Validation;

import java.nio.file.Path;
import java.util.List;

/** What became of one input file on its way through read → parse → map → validate. */
public sealed interface Outcome {
    Path file();

    /**
     * A document ready to publish: its graph violates no shape.
     *
     * @param validation what the shapes say of it: no violation, and maybe warnings of what it lacks (an
     *                   agenda item without session …); the document is published all the same
     */
    record Accepted(Path file, MappedDocument document, Validation validation) implements Outcome {
        /** The warnings as lines, {@code document <IRI>: <focus> path: message}. */
        public List<String> warnings() {
            return validation.warnings();
        }

        /** Each warning as {@code file: document <IRI>: <focus> path: message}, the form rejections take. */
        public List<String> describeWarnings() {
            return warnings().stream().map(w -> file + ": " + w).toList();
        }
    }

    /**
     * A file that is not published, with the one-line reason a person can act on.
     *
     * @param line   1-based line the reason refers to, 0 when it concerns the whole file
     * @param report     the SHACL report when the reason is that the graph violates the shapes, else null
     * @param violations the violations of that report as lines, {@code document <IRI>: <focus> path: message};
     *                   empty without a report
     */
    record Rejected(Path file, String reason, int line, ValidationReport report, List<String> violations) implements Outcome {
        public Rejected {
            violations = List.copyOf(violations);
        }

        public Rejected(Path file, String reason, int line) {
            this(file, reason, line, null, List.of());
        }

        /** {@code file:line: reason}, the form compilers use, so editors and people can jump to it. */
        public String describe() {
            return file + (line > 0 ? ":" + line : "") + ": " + reason;
        }
    }
}
