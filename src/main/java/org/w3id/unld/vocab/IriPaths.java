package org.w3id.unld.vocab;

import java.nio.charset.StandardCharsets;

/**
 * The paths under {@code --base} that the mapper mints, the store and dumps recognise and the server answers,
 * and the one percent-encoding of the public IRI contract (ontology/README.md). Written once so that a
 * document's IRI, its graph's name and the server's address for it cannot drift apart.
 */
public final class IriPaths {
    /** Things: {@code {base}id/…}. */
    public static final String ID = "id/";
    /** Documents: {@code {base}id/document/{symbol}}. */
    public static final String DOCUMENT = ID + "document/";
    /** Named graphs: {@code {base}graph/…}. */
    public static final String GRAPH = "graph/";
    /** A document's graph: {@code {base}graph/document/{the document's path}}. */
    public static final String DOCUMENT_GRAPH = GRAPH + "document/";
    /** A linkset's graph: {@code {base}graph/linkset/{target}}. */
    public static final String LINKSET_GRAPH = GRAPH + "linkset/";

    /** The browse pages, lists of documents and of what groups them: {@code {base}browse/…} (not things: pages). */
    public static final String BROWSE = "browse/";
    /** The sitemap index for search engines, and its pages {@code sitemap-{n}.xml}. */
    public static final String SITEMAP = "sitemap.xml";
    public static final String ROBOTS = "robots.txt";

    private IriPaths() {
    }

    /**
     * A text as an IRI path: every byte of its UTF-8 form outside the unreserved set [A-Za-z0-9-._~] and
     * {@code kept} percent-encoded, in upper-case hex ("S/RES/2331 (2016)" with "/" kept becomes
     * "S/RES/2331%20%282016%29").
     */
    public static String encode(String text, String kept) {
        StringBuilder out = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (isUnreserved(c) || kept.indexOf(c) >= 0) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return out.toString();
    }

    /** A path of segments: {@link #encode} keeping the slashes. */
    public static String encodePath(String path) {
        return encode(path, "/");
    }

    private static boolean isUnreserved(int c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                || c == '-' || c == '.' || c == '_' || c == '~';
    }
}
