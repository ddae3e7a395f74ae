package org.w3id.unld.validate;

import org.apache.jena.shacl.ValidationReport;

import java.util.List;

/**
 * What the shapes say of one document graph, split by severity. A violation keeps the document out of
 * the store; a warning (sh:Warning, or sh:Info) says what the document lacks, and the document is stored
 * with it: incompleteness is data, never a reason to lose a UN document.
 *
 * @param report     the SHACL report, every result of every severity
 * @param violations the results that reject the document, one line each ({@link ShapesValidator#describe})
 * @param warnings   the results that do not, one line each in the same form
 */
public record Validation(ValidationReport report, List<String> violations, List<String> warnings) {
    public Validation {
        violations = List.copyOf(violations);
        warnings = List.copyOf(warnings);
    }

    /** Whether the document may be stored: no result is a violation (warnings do not count). */
    public boolean accepted() {
        return violations.isEmpty();
    }
}
