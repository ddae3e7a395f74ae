package org.w3id.unld.read;

import org.w3id.unld.model.RejectedDocumentException;
import org.w3id.unld.model.SourceText;

import java.nio.file.Path;

/**
 * Reads a document file (.txt, .md, .pdf, .docx) into plain text. STUB: the read stage is being built
 * on branch "parse"; this signature is the contract the later stages use.
 */
public final class SourceReader {

    /** Reads one file; a file that is empty, binary, too large or unreadable is rejected with a one-line reason. */
    public SourceText read(Path file) throws RejectedDocumentException {
        throw new RejectedDocumentException("reading is not implemented yet");
    }
}
