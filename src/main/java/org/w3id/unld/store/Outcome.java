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
    record Accepted(Path file, MappedDocument document, Validation validation, List<String> notices) implements Outcome {
        /**
         * @param notices what the pipeline tells about how the document was read, beyond the shapes' warnings (a
         *                symbol read from a file name whose other words were ignored)
         */
        public Accepted {
            notices = List.copyOf(notices);
        }

        public Accepted(Path file, MappedDocument document, Validation validation) {
            this(file, document, validation, List.of());
        }

        /** The notices, then the shapes' warnings as lines, {@code document <IRI>: <focus> path: message}. */
        public List<String> warnings() {
            List<String> all = new java.util.ArrayList<>(notices);
            all.addAll(validation.warnings());
            return all;
        }

        /** Each warning as {@code file: document <IRI>: <focus> path: message}, the form rejections take. */
        public List<String> describeWarnings() {
            return warnings().stream().map(w -> printable(file) + ": " + w).toList();
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
            return printable(file) + (line > 0 ? ":" + line : "") + ": " + reason;
        }
    }

    /**
     * A file's path as a report shows it: characters that would break the report's lines or reorder what a
     * terminal shows (line breaks, other control characters, bidirectional overrides such as U+202E) are written
     * as {@code \\u{XXXX}}, so a file name cannot forge report lines or hide its extension.
     */
    static String printable(Path file) {
        String s = file.toString();
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean unsafe = Character.isISOControl(c) || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')
                    || c == '\u200E' || c == '\u200F' || c == '\u061C' || c == '\u2028' || c == '\u2029';
            if (unsafe && b == null) {
                b = new StringBuilder(s.substring(0, i));
            }
            if (b != null) {
                if (unsafe) {
                    b.append(String.format("\\u{%04X}", (int) c));
                } else {
                    b.append(c);
                }
            }
        }
        return b == null ? s : b.toString();
    }
}
