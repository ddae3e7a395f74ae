package org.w3id.unld.serve;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.graph.Node;

import java.io.IOException;
import java.util.Optional;

/**
 * A request for a resource under /id/ or /doc/: which resource (resolved in the store) and which format
 * — by extension ({@code .ttl}), by {@code ?format=}, else by the {@code Accept} header.
 *
 * @param requested  the IRI the path names
 * @param resource   what the store knows under it (itself, or the document whose other symbol it is); empty: unknown
 * @param format     the format to answer in; empty: nothing the client accepts (406)
 * @param negotiated whether the format came from the Accept header (the answer then varies by it)
 */
record ResourceRequest(String requested, Optional<Node> resource, Optional<Format> format, boolean negotiated) {

    static ResourceRequest parse(HttpServletRequest req, String prefix, Site site) {
        String raw = Http.rawRest(req, prefix);
        Optional<Format> byParameter = Format.byExtension(req.getParameter("format"));
        int dot = raw.lastIndexOf('.');
        int slash = raw.lastIndexOf('/');
        if (dot > slash && dot > 0) {
            Optional<Format> byExtension = Format.byExtension(raw.substring(dot + 1));
            if (byExtension.isPresent()) {
                String iri = site.addresses().iriOf(raw.substring(0, dot));
                Optional<Node> resource = site.describer().resolve(iri);
                if (resource.isPresent()) {
                    return new ResourceRequest(iri, resource, byParameter.or(() -> byExtension), false);
                }
            }
        }
        String iri = site.addresses().iriOf(raw);
        Optional<Node> resource = raw.isEmpty() ? Optional.empty() : site.describer().resolve(iri);
        if (byParameter.isPresent()) {
            return new ResourceRequest(iri, resource, byParameter, false);
        }
        return new ResourceRequest(iri, resource, Format.negotiate(req.getHeader("Accept")), true);
    }

    /**
     * Answers 406 when no format the client accepts is left, or 404 when the store knows nothing under the
     * IRI, and says whether it did: a servlet answers the request itself only when this returns false.
     */
    boolean refuse(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (format.isEmpty()) {
            Errors.notAcceptable(resp);
            return true;
        }
        if (resource.isEmpty()) {
            Errors.notFound(req, resp, requested);
            return true;
        }
        return false;
    }
}
