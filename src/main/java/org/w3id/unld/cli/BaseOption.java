package org.w3id.unld.cli;

import org.w3id.unld.map.DocumentMapper;
import picocli.CommandLine.Option;

import java.net.URI;
import java.net.URISyntaxException;

/** {@code --base}: where minted IRIs start. */
final class BaseOption {
    static final String DEFAULT = DocumentMapper.DEFAULT_BASE;

    @Option(names = "--base", paramLabel = "IRI", defaultValue = DEFAULT,
            description = "Base of every IRI unld mints (documents are {base}id/document/{symbol}). Default: ${DEFAULT-VALUE}")
    String base;

    String base() {
        try {
            URI uri = new URI(base);
            if (!uri.isAbsolute() || uri.getHost() == null || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))) {
                throw new UserError("--base must be an absolute http(s) IRI such as " + DEFAULT + ", not " + base);
            }
        } catch (URISyntaxException e) {
            throw new UserError("--base " + base + " is not an IRI: " + e.getMessage());
        }
        return base.endsWith("/") ? base : base + "/";
    }
}
