package org.w3id.unld.map;

import org.apache.jena.graph.Node;
import org.w3id.unld.model.Extraction;
import org.w3id.unld.model.ParsedDocument;

/**
 * What every mapper of one document needs: the document, its IRIs (work, expression, graph), the IRI
 * minter and the describer of shared resources.
 *
 * @param label the document's label: its first symbol, else its title, else its file name
 */
record MappingContext(ParsedDocument parsed, Iris iris, SharedResources shared, Node document,
                      Node expression, Node graphName, String label, String version) {

    Extraction extraction() {
        return parsed.extraction();
    }
}
