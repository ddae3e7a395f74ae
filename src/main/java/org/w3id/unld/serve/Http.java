package org.w3id.unld.serve;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** Small helpers shared by unld's servlets: sending a body with its media type and length. */
final class Http {
    static final String VARY = "Vary";
    static final String CONTENT_LOCATION = "Content-Location";

    private Http() {
    }

    /**
     * Every HTML page: no script, style or font from elsewhere (the pages work offline and a string from the data
     * can never load anything), and no framing by other sites.
     */
    static void sendHtml(HttpServletResponse resp, int status, String html) throws IOException {
        pageHeaders(resp);
        send(resp, status, Format.HTML.mediaType() + "; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
    }

    /** The headers of every HTML page: nothing from elsewhere may be loaded, and the type is not guessed. */
    static void pageHeaders(HttpServletResponse resp) {
        resp.setHeader("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; frame-ancestors 'none'; base-uri 'none'");
        resp.setHeader("X-Content-Type-Options", "nosniff");
    }

    static void sendText(HttpServletResponse resp, int status, String text) throws IOException {
        send(resp, status, "text/plain; charset=utf-8", (text + "\n").getBytes(StandardCharsets.UTF_8));
    }

    static void send(HttpServletResponse resp, int status, String contentType, byte[] body) throws IOException {
        resp.setStatus(status);
        resp.setContentType(contentType);
        resp.setContentLength(body.length);
        try (OutputStream out = resp.getOutputStream()) {
            out.write(body);
        }
    }

    /** The raw (still percent-encoded) request path after {@code prefix}, e.g. "document/A/79/704.ttl" for /id/. */
    static String rawRest(HttpServletRequest req, String prefix) {
        String path = req.getRequestURI().substring(req.getContextPath().length());
        return path.startsWith(prefix) ? path.substring(prefix.length()) : "";
    }

    /** Whether the client reads HTML (a browser), to choose between a page and plain text for errors. */
    static boolean wantsHtml(HttpServletRequest req) {
        return Format.negotiate(req.getHeader("Accept")).map(f -> f == Format.HTML).orElse(false);
    }

    static int intParameter(HttpServletRequest req, String name, int fallback) {
        String v = req.getParameter(name);
        if (v == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
