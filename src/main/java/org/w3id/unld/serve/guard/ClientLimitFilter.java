package org.w3id.unld.serve.guard;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Load shedding: no client address has more than {@code maxPerClient} requests in progress at once. One more is
 * answered at once with {@code 429 Too Many Requests} and {@code Retry-After}, so a client that sends many slow
 * queries in parallel holds a few threads, never all of them, and other clients are still served. The health
 * check and static files are not counted. Behind a reverse proxy every request has the proxy's address: the
 * proxy then has to limit per client itself (docs/RELIABILITY.md).
 */
public final class ClientLimitFilter extends HttpFilter {
    /** Requests one client address may have in progress at once, unless configured otherwise. */
    public static final int DEFAULT_MAX_PER_CLIENT = 8;
    private static final int RETRY_AFTER_SECONDS = 2;

    private final int maxPerClient;
    private final ConcurrentHashMap<String, AtomicInteger> inProgress = new ConcurrentHashMap<>();

    public ClientLimitFilter(int maxPerClient) {
        if (maxPerClient < 1) {
            throw new IllegalArgumentException("each client must be allowed at least one request at a time");
        }
        this.maxPerClient = maxPerClient;
    }

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse resp, FilterChain chain) throws IOException, ServletException {
        String path = req.getRequestURI().substring(req.getContextPath().length());
        if (path.startsWith("/$/ping") || path.startsWith("/static/")) {
            chain.doFilter(req, resp);
            return;
        }
        String client = req.getRemoteAddr();
        AtomicInteger count = inProgress.computeIfAbsent(client, c -> new AtomicInteger());
        if (count.incrementAndGet() > maxPerClient) {
            release(client, count);
            tooMany(resp);
            return;
        }
        try {
            chain.doFilter(req, resp);
        } finally {
            release(client, count);
        }
    }

    private void release(String client, AtomicInteger count) {
        if (count.decrementAndGet() <= 0) {
            inProgress.remove(client, count);
        }
    }

    private void tooMany(HttpServletResponse resp) throws IOException {
        resp.setHeader("Retry-After", String.valueOf(RETRY_AFTER_SECONDS));
        Refusal.send(resp, 429, "Too many requests from your address at once (at most " + maxPerClient
                + "): wait for one to finish, then try again.");
    }
}
