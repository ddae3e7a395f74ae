package org.w3id.unld.serve;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaRange;
import org.apache.jena.atlas.web.MediaType;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.StringJoiner;

/**
 * Media types are case-insensitive (RFC 9110 §8.3.1: {@code TEXT/TURTLE} is {@code text/turtle}), but Jena's
 * {@code AcceptList} and Fuseki compare them as written. In front of every servlet, this filter hands on the
 * {@code Accept} and {@code Content-Type} headers with their types and subtypes in lower case, parsed and written
 * back by Jena ({@code AcceptList}, {@code MediaType}); parameters are left as they are. A header already in lower
 * case, as nearly every client sends it, passes untouched.
 */
final class MediaTypes extends HttpFilter {
    private static final String ACCEPT = "Accept";
    private static final String CONTENT_TYPE = "Content-Type";

    /** An {@code Accept} header with every media range's type and subtype in lower case. */
    static String accept(String header) {
        if (header == null || header.equals(header.toLowerCase(Locale.ROOT))) {
            return header;
        }
        try {
            StringJoiner ranges = new StringJoiner(", ");
            for (MediaRange r : new AcceptList(header).entries()) {
                ranges.add(lowerCased(r));
            }
            return ranges.toString();
        } catch (RuntimeException e) {
            // Not a list of media ranges: left for the servlet to refuse as it would have.
            return header;
        }
    }

    /** A {@code Content-Type} header with its type and subtype in lower case. */
    static String contentType(String header) {
        if (header == null || header.equals(header.toLowerCase(Locale.ROOT))) {
            return header;
        }
        try {
            return lowerCased(MediaType.create(header));
        } catch (RuntimeException e) {
            return header;
        }
    }

    private static String lowerCased(MediaType t) {
        String written = t.toHeaderString();
        if (t.getType() == null || t.getSubType() == null) {
            return written;
        }
        String type = t.getType() + "/" + t.getSubType();
        String parameters = written.startsWith(type) ? written.substring(type.length()) : "";
        return type.toLowerCase(Locale.ROOT) + parameters;
    }

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse resp, FilterChain chain) throws IOException, ServletException {
        // Several Accept lines are one list (RFC 9110 §5.3).
        String accept = req.getHeaders(ACCEPT).hasMoreElements() ? String.join(", ", Collections.list(req.getHeaders(ACCEPT))) : null;
        String contentType = req.getContentType();
        if (accept == null && contentType == null) {
            chain.doFilter(req, resp);
            return;
        }
        String acceptLower = accept(accept);
        String contentTypeLower = contentType(contentType);
        if (Objects.equals(acceptLower, accept) && Objects.equals(contentTypeLower, contentType)) {
            chain.doFilter(req, resp);
            return;
        }
        chain.doFilter(new HttpServletRequestWrapper(req) {
            @Override
            public String getHeader(String name) {
                if (ACCEPT.equalsIgnoreCase(name)) {
                    return acceptLower;
                }
                return CONTENT_TYPE.equalsIgnoreCase(name) ? contentTypeLower : super.getHeader(name);
            }

            @Override
            public Enumeration<String> getHeaders(String name) {
                if (ACCEPT.equalsIgnoreCase(name)) {
                    return acceptLower == null ? Collections.emptyEnumeration() : Collections.enumeration(List.of(acceptLower));
                }
                if (CONTENT_TYPE.equalsIgnoreCase(name)) {
                    return contentTypeLower == null ? Collections.emptyEnumeration() : Collections.enumeration(List.of(contentTypeLower));
                }
                return super.getHeaders(name);
            }

            @Override
            public String getContentType() {
                return contentTypeLower;
            }
        }, resp);
    }
}
