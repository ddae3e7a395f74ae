package org.w3id.unld.dump;

import java.util.Optional;

/**
 * One file of a dump set, as written: its name in the dumps folder, what it holds, its size and SHA-256.
 *
 * @param name     file name, e.g. {@code unld-2026-11-29.nq.gz}
 * @param kind     what the file holds and in which format
 * @param linkset  for {@link Kind#LINKSET} files, the linkset's name ({@code wikidata}, …); otherwise empty
 * @param bytes    size in bytes
 * @param sha256   SHA-256 of the file's bytes, lower-case hex
 */
public record DumpFile(String name, Kind kind, Optional<String> linkset, long bytes, String sha256) {

    /** The kinds of files a dump set holds. */
    public enum Kind {
        QUADS("application/n-quads", true, "Every named graph (one per document, and the linksets), as sorted N-Quads"),
        UNION_NTRIPLES("application/n-triples", true, "The union of the named graphs, each triple once, as sorted N-Triples"),
        UNION_TURTLE("text/turtle", true, "The union of the named graphs, each triple once, as Turtle"),
        UNION_JSONLD("application/ld+json", true, "The union of the named graphs, each triple once, as JSON-LD (one node object per subject)"),
        LINKSET("application/n-triples", false, "A linkset: the links to one external dataset, as sorted N-Triples"),
        ONTOLOGY("text/turtle", false, "The unld ontology, as Turtle"),
        SHAPES("text/turtle", false, "The SHACL shapes every document graph conforms to, as Turtle"),
        DESCRIPTION("text/turtle", false, "The VoID and DCAT description of the dataset and of these files, as Turtle"),
        CHECKSUMS("text/plain", false, "SHA-256 checksums of these files, for sha256sum -c");

        private final String mediaType;
        private final boolean gzipped;
        private final String title;

        Kind(String mediaType, boolean gzipped, String title) {
            this.mediaType = mediaType;
            this.gzipped = gzipped;
            this.title = title;
        }

        /** The media type of the content (inside the gzip layer when {@link #gzipped()}). */
        public String mediaType() {
            return mediaType;
        }

        public boolean gzipped() {
            return gzipped;
        }

        public String title() {
            return title;
        }
    }

    /** The media type to send the file's bytes with over HTTP. */
    public String transferMediaType() {
        return kind.gzipped() ? "application/gzip" : kind.mediaType();
    }
}
