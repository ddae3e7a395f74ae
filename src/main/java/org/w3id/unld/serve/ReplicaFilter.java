package org.w3id.unld.serve;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.w3id.unld.replicate.PatchFollower;

import java.io.IOException;
import java.util.function.Supplier;

/**
 * A replica's answers where a writer's differ: it is read-only, so the write paths ({@code /update}, {@code /ingest})
 * answer 405 with an empty {@code Allow} (no method writes here: the writer takes the writes); and {@code /$/ping}
 * answers 503 until it has caught up with the topic at start-up, or once replication has stopped on an error, so a
 * load balancer's health check sends it no readers while its data is behind.
 */
final class ReplicaFilter extends HttpFilter {
    static final String PING = "/$/ping";

    private final transient Supplier<PatchFollower.Status> status;

    ReplicaFilter(Supplier<PatchFollower.Status> status) {
        this.status = status;
    }

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse resp, FilterChain chain) throws IOException, ServletException {
        String path = req.getRequestURI().substring(req.getContextPath().length());
        if (UnldServer.isWritePath(path)) {
            resp.setHeader("Allow", "");
            // The request's body is not read: the connection is closed rather than left with it unread.
            resp.setHeader("Connection", "close");
            Http.sendText(resp, HttpServletResponse.SC_METHOD_NOT_ALLOWED,
                    "This server is a read-only replica: send writes to the writer.");
            return;
        }
        if (path.equals(PING)) {
            PatchFollower.Status s = status.get();
            if (!s.healthy()) {
                resp.setHeader("Retry-After", "5");
                Http.sendText(resp, HttpServletResponse.SC_SERVICE_UNAVAILABLE, s.error() != null
                        ? "Replication stopped: " + s.error()
                        : "Catching up with " + s.topic() + " (" + s.lag() + " patches behind); see /$/status.");
                return;
            }
        }
        chain.doFilter(req, resp);
    }
}
