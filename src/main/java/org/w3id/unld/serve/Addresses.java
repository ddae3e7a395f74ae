package org.w3id.unld.serve;

import org.apache.jena.atlas.lib.IRILib;
import org.w3id.unld.vocab.IriPaths;

import java.util.Optional;

/**
 * How the IRIs unld mints under {@code --base} map to the paths this server answers, whatever host and
 * port it runs on: {@code {base}id/X} is the thing, {@code /id/X} its address here, {@code /doc/X.ttl}
 * the document describing it (Cool URIs for the Semantic Web, 303 pattern).
 */
public final class Addresses {
    public static final String ID = IriPaths.ID;
    public static final String DOC = "doc/";
    public static final String DOCUMENT = IriPaths.DOCUMENT;
    public static final String GRAPH = IriPaths.GRAPH;

    private final String base;

    /** @param base absolute IRI ending in '/' */
    public Addresses(String base) {
        if (base == null || !base.endsWith("/")) {
            throw new IllegalArgumentException("the IRI base must end in '/': " + base);
        }
        this.base = base;
    }

    public String base() {
        return base;
    }

    /**
     * The IRI a request path under /id/ or /doc/ names ({@code rest} is the raw, still percent-encoded path
     * after that prefix). The path is decoded and re-encoded the way unld mints IRIs, so that
     * {@code S/PV.8699%20(Resumption%201)} and {@code S/PV.8699%20%28Resumption%201%29} name the same thing.
     */
    public String iriOf(String rest) {
        return base + ID + normalise(rest);
    }

    /** What follows a document's description path for its text. */
    static final String TEXT = "/text";

    /** The path of a held document's text as read ({@code /doc/document/A/79/704/text}); empty for IRIs not minted here. */
    public Optional<String> textPath(String iri) {
        return idRest(iri).map(rest -> "/" + DOC + rest + TEXT);
    }

    /** The path of the description of an IRI minted under the base ({@code /doc/X.ttl}); empty for other IRIs. */
    public Optional<String> docPath(String iri, Format format) {
        return idRest(iri).map(rest -> "/" + DOC + rest + "." + format.extension());
    }

    /** The generic description ({@code /doc/X}), whose representation is negotiated. */
    public Optional<String> docPath(String iri) {
        return idRest(iri).map(rest -> "/" + DOC + rest);
    }

    /**
     * Where a person's browser should go for an IRI: the HTML page for our own things and graphs (a
     * {@code #fragment} kept, as the fragment resources live in their page), the IRI itself for the rest of the web.
     */
    public String href(String iri) {
        int hash = iri.indexOf('#');
        String bare = hash < 0 ? iri : iri.substring(0, hash);
        String fragment = hash < 0 ? "" : iri.substring(hash);
        return docPath(bare, Format.HTML).or(() -> graphPath(bare, Format.HTML)).map(p -> p + fragment).orElse(iri);
    }

    /** The IRI of a document graph a path under /graph/ names (raw path after /graph/). */
    public String graphIriOf(String rest) {
        return base + GRAPH + normalise(rest);
    }

    /** The path of a named graph ({@code /graph/document/X.ttl}); empty for IRIs that are not graphs of ours. */
    public Optional<String> graphPath(String iri, Format format) {
        if (iri == null || !iri.startsWith(base + GRAPH) || iri.contains("#") || iri.length() == (base + GRAPH).length()) {
            return Optional.empty();
        }
        return Optional.of("/" + GRAPH + iri.substring(base.length() + GRAPH.length()) + "." + format.extension());
    }

    /** Where the data about an IRI can be downloaded in a format: its description, or for a graph the graph itself. */
    public Optional<String> dataPath(String iri, Format format) {
        return docPath(iri, format).or(() -> graphPath(iri, format));
    }

    /** The part of an IRI after {@code {base}id/}, without a fragment; empty when the IRI is not one of ours. */
    public Optional<String> idRest(String iri) {
        if (iri == null || !iri.startsWith(base + ID)) {
            return Optional.empty();
        }
        String rest = iri.substring(base.length() + ID.length());
        int hash = rest.indexOf('#');
        if (hash >= 0) {
            return Optional.empty();
        }
        return rest.isEmpty() ? Optional.empty() : Optional.of(rest);
    }

    /** A document's symbol from the path after /id/document/ (A/79/704, S/PV.8699 (Resumption 1)). */
    public static String symbolOf(String documentRest) {
        return IRILib.decodeHex(documentRest);
    }

    /** Percent-decodes, then encodes every byte outside the IRI unreserved set, keeping '/', as unld mints. */
    static String normalise(String raw) {
        return IriPaths.encodePath(IRILib.decodeHex(raw));
    }
}
