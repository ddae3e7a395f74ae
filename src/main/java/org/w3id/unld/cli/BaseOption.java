package org.w3id.unld.cli;

import org.w3id.unld.map.DocumentMapper;
import picocli.CommandLine.Option;

import java.net.URI;
import java.net.URISyntaxException;

/** {@code --base}: where minted IRIs start. */
final class BaseOption {
    static final String DEFAULT = DocumentMapper.DEFAULT_BASE;

    @Option(names = "--base", paramLabel = "IRI",
            description = "Base of every IRI unld mints (documents are {base}id/document/{symbol}). Default: " + DEFAULT
                    + " (for serve: http://localhost:PORT/, the port it listens on)")
    String base;

    /** The base given, or the default one. */
    String base() {
        return base(DEFAULT);
    }

    /** The base given, or {@code fallback} when none is (serve's follows its port). */
    String base(String fallback) {
        String b = base == null ? fallback : base;
        try {
            URI uri = new URI(b);
            if (!uri.isAbsolute() || uri.getHost() == null || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))) {
                throw new UserError("--base must be an absolute http(s) IRI such as " + DEFAULT + ", not " + b);
            }
        } catch (URISyntaxException e) {
            throw new UserError("--base " + b + " is not an IRI: " + e.getMessage());
        }
        return b.endsWith("/") ? b : b + "/";
    }

    /** Whether {@code --base} was given. */
    boolean given() {
        return base != null;
    }
}
