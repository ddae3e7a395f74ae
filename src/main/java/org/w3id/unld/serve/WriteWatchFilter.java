package org.w3id.unld.serve;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Set;

/**
 * Around the update service: a request that may write (POST, PUT, DELETE, PATCH) marks the dumps out of date
 * before it runs, and asks for them to be rewritten after it succeeds, as HTTP ingest does.
 */
final class WriteWatchFilter extends HttpFilter {
    private static final Set<String> WRITES = Set.of("POST", "PUT", "DELETE", "PATCH");

    private final transient Runnable before;
    private final transient Runnable after;

    WriteWatchFilter(Runnable before, Runnable after) {
        this.before = before;
        this.after = after;
    }

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse resp, FilterChain chain) throws IOException, ServletException {
        if (!WRITES.contains(req.getMethod())) {
            chain.doFilter(req, resp);
            return;
        }
        before.run();
        chain.doFilter(req, resp);
        if (resp.getStatus() < 300) {
            after.run();
        }
    }
}
