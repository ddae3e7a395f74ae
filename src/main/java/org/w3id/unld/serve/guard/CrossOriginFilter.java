package org.w3id.unld.serve.guard;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Cross-origin rules. Reads are open to every web page, anonymously: {@code Access-Control-Allow-Origin: *} and
 * never {@code Allow-Credentials}, so a page elsewhere can query the data but never with a visitor's login.
 * Writes (the update service, HTTP ingest) are refused when the request comes from another origin — its
 * {@code Origin} (or, without one, its {@code Referer}) names another site, or the browser says
 * {@code Sec-Fetch-Site: cross-site} — whatever its content type: a form on a page an administrator visits
 * cannot write to the store with the administrator's cached password. Programs (curl, scripts) send none of these
 * headers and are not affected.
 */
public final class CrossOriginFilter extends HttpFilter {
    private static final String EXPOSED = "Content-Location, Content-Type, Content-Length, Link, Location, Vary, "
            + "Cache-Control, Last-Modified, ETag, Accept-Ranges, Content-Range, Retry-After";
    private static final Set<String> CROSS_SITE = Set.of("cross-site", "same-site");

    private final Predicate<String> isWritePath;

    /** @param isWritePath whether a path (after the context) is a write endpoint */
    public CrossOriginFilter(Predicate<String> isWritePath) {
        this.isWritePath = isWritePath;
    }

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse resp, FilterChain chain) throws IOException, ServletException {
        String path = req.getRequestURI().substring(req.getContextPath().length());
        if (isWritePath.test(path)) {
            if (fromElsewhere(req)) {
                refuse(resp);
                return;
            }
            chain.doFilter(req, resp);
            return;
        }
        resp.setHeader("Access-Control-Allow-Origin", "*");
        resp.setHeader("Access-Control-Expose-Headers", EXPOSED);
        if ("OPTIONS".equals(req.getMethod()) && req.getHeader("Access-Control-Request-Method") != null) {
            resp.setHeader("Access-Control-Allow-Methods", "GET, HEAD, POST, OPTIONS");
            resp.setHeader("Access-Control-Allow-Headers", "Accept, Accept-Language, Content-Type, Cache-Control, "
                    + "If-None-Match, If-Modified-Since, Range, If-Range");
            resp.setHeader("Access-Control-Max-Age", "86400");
            resp.setStatus(HttpServletResponse.SC_NO_CONTENT);
            return;
        }
        chain.doFilter(req, resp);
    }

    /** Whether a browser sent this request from a page of another origin. */
    static boolean fromElsewhere(HttpServletRequest req) {
        String site = req.getHeader("Sec-Fetch-Site");
        if (site != null && CROSS_SITE.contains(site.toLowerCase(Locale.ROOT))) {
            return true;
        }
        String origin = req.getHeader("Origin");
        if (origin == null) {
            String referer = req.getHeader("Referer");
            if (referer == null) {
                return false;
            }
            origin = referer;
        }
        return !sameOrigin(origin, req);
    }

    private static boolean sameOrigin(String origin, HttpServletRequest req) {
        try {
            URI o = URI.create(origin.strip());
            String host = req.getHeader("Host");
            if (o.getScheme() == null || o.getHost() == null || host == null) {
                return false;
            }
            int port = o.getPort() != -1 ? o.getPort() : "https".equalsIgnoreCase(o.getScheme()) ? 443 : 80;
            URI self = URI.create(req.getScheme() + "://" + host);
            int selfPort = self.getPort() != -1 ? self.getPort() : "https".equalsIgnoreCase(req.getScheme()) ? 443 : 80;
            return o.getScheme().equalsIgnoreCase(req.getScheme()) && o.getHost().equalsIgnoreCase(self.getHost()) && port == selfPort;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static void refuse(HttpServletResponse resp) throws IOException {
        Refusal.send(resp, HttpServletResponse.SC_FORBIDDEN,
                "Writes are not accepted from pages of other sites. Send them from a program (curl, a script) or from this server's own pages.");
    }
}
