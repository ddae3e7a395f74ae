package org.w3id.unld.model;

/** Where a document's symbols were read: its masthead, or (when the masthead prints none) its file name. */
public enum SymbolSource {
    MASTHEAD("masthead"),
    FILENAME("filename");

    private final String code;

    SymbolSource(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
