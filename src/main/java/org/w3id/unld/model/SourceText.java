package org.w3id.unld.model;

import java.util.Objects;

/**
 * A document as read from its file: the plain text (PDF noise, Markdown marks and line-end hyphens
 * already taken out by the reader) and what is needed to say where it came from.
 *
 * @param fileName  the file's name, without folders (a symbol may be read from it)
 * @param mediaType the media type of the file as read ("text/plain", "application/pdf", …)
 * @param sha256    hex SHA-256 of the file's bytes
 * @param text      plain text, lines separated by '\n'
 */
public record SourceText(String fileName, String mediaType, String sha256, String text) {
    public SourceText {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(text, "text");
    }
}
