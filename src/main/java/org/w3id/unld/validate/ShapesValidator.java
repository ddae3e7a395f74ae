package org.w3id.unld.validate;

import org.apache.jena.graph.Graph;
import org.apache.jena.shacl.ValidationReport;

/**
 * Validates a document graph against unld's SHACL shapes. STUB: built on branch "map".
 */
public final class ShapesValidator {

    public ValidationReport validate(Graph documentGraph) {
        throw new UnsupportedOperationException("validation is not implemented yet");
    }
}
