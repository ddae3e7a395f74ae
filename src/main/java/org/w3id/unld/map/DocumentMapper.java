package org.w3id.unld.map;

import org.w3id.unld.model.ParsedDocument;

/**
 * Maps a parsed document to its named graph. STUB: the map stage is being built on branch "map";
 * this signature is the contract the later stages use.
 */
public final class DocumentMapper {
    private final String base;

    /** @param base the IRI base every minted IRI starts with, ending in '/' ("http://localhost:3030/") */
    public DocumentMapper(String base) {
        this.base = base;
    }

    public MappedDocument map(ParsedDocument document) {
        throw new UnsupportedOperationException("mapping is not implemented yet");
    }
}
