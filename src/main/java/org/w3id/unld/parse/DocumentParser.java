package org.w3id.unld.parse;

import org.w3id.unld.model.ParsedDocument;
import org.w3id.unld.model.RejectedDocumentException;
import org.w3id.unld.model.SourceText;

/**
 * Turns a document's text into its facts. STUB: the parse stage is being built on branch "parse";
 * this signature is the contract the later stages use.
 */
public final class DocumentParser {

    /** Parses one document; text with no recognisable UN layout is rejected with a one-line reason. */
    public ParsedDocument parse(SourceText source) throws RejectedDocumentException {
        throw new RejectedDocumentException("parsing is not implemented yet");
    }
}
