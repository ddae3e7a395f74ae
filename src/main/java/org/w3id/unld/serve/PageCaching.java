package org.w3id.unld.serve;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * {@code ETag} and {@code Last-Modified} on every page and description made from the store (the landing page,
 * {@code /id/…}, {@code /doc/…}, {@code /graph/…}, search, the vocabulary, the query page, static files), and
 * {@code 304 Not Modified} for a client whose copy is current — decided before the page is made, so a revalidation
 * costs no query. The ETag is the {@link DataVersion} (which changes on every commit) with a digest of the request
 * that picks the representation: path, query string, {@code Accept} and {@code Accept-Language}. It is weak: the same
 * data gives the same page, but bytes are not promised. Pages that set no caching policy get {@code no-cache} (keep,
 * but ask again), so that no browser guesses a lifetime from Last-Modified and shows a page older than an ingest.
 *
 * <p>Left out: the SPARQL endpoints (a query's answer is not a page, and may call other services), writes, health and
 * metrics, and what is made from files rather than the store ({@code /dumps/}, {@code /.well-known/void}), which set
 * validators of their own.
 */
final class PageCaching extends HttpFilter {
    private static final List<String> NOT_PAGES = List.of(UnldServer.QUERY_SERVICE, UnldServer.UPDATE_SERVICE, UnldServer.INGEST_PATH,
            "/dumps", VoidServlet.PATH, "/$/");

    private final transient DataVersion version;

    PageCaching(DataVersion version) {
        this.version = version;
    }

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse resp, FilterChain chain) throws IOException, ServletException {
        String path = req.getRequestURI().substring(req.getContextPath().length());
        if (!(req.getMethod().equals("GET") || req.getMethod().equals("HEAD")) || NOT_PAGES.stream().anyMatch(path::startsWith)) {
            chain.doFilter(req, resp);
            return;
        }
        DataVersion.Current current = version.current();
        String etag = "W/\"" + current.tag() + "." + digest(req) + "\"";
        if (Conditional.notModified(req, resp, etag, current.modified())) {
            // The validator depends on Accept and Accept-Language, and on the encoding (Jetty's gzip handler tags the
            // gzipped variant).
            resp.setHeader(Http.VARY, "Accept, Accept-Language, Accept-Encoding");
            return;
        }
        resp.setHeader("Cache-Control", "no-cache");
        chain.doFilter(req, resp);
    }

    private static String digest(HttpServletRequest req) {
        String variant = req.getRequestURI() + "?" + req.getQueryString() + "\n" + req.getHeader("Accept") + "\n"
                + req.getHeader("Accept-Language");
        return Conditional.sha256(variant.getBytes(StandardCharsets.UTF_8)).substring(0, 16);
    }
}
