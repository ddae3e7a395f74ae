package org.w3id.unld.serve;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonObject;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.w3id.unld.replicate.PatchFollower;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

/**
 * {@code /$/status} on a replica: the topic it follows, its last applied patch, that patch's offset in the topic and
 * when it was applied, how many patches it is behind, whether it has caught up since it started, the error that
 * stopped replication, if any, and how long the writer's recent changes took to reach it ({@code delay}: median,
 * 99th percentile and largest, in milliseconds, over the last patches applied while caught up). JSON written by Gson.
 */
final class ReplicationStatusServlet extends HttpServlet {
    static final String PATH = "/$/status";

    private final transient Supplier<PatchFollower.Status> status;

    ReplicationStatusServlet(Supplier<PatchFollower.Status> status) {
        this.status = status;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        PatchFollower.Status s = status.get();
        JsonObject o = new JsonObject();
        o.addProperty("role", "replica");
        o.addProperty("topic", s.topic());
        o.addProperty("lastPatch", s.lastPatch());
        o.addProperty("offset", s.offset());
        o.addProperty("appliedAt", s.time() == null ? null : s.time().toString());
        o.addProperty("lag", s.lag());
        o.addProperty("caughtUp", s.caughtUp());
        o.addProperty("error", s.error());
        JsonObject delay = new JsonObject();
        delay.addProperty("patches", s.delay().patches());
        delay.addProperty("p50Millis", s.delay().p50Millis());
        delay.addProperty("p99Millis", s.delay().p99Millis());
        delay.addProperty("maxMillis", s.delay().maxMillis());
        o.add("delay", delay);
        resp.setHeader("Cache-Control", "no-store");
        Http.send(resp, HttpServletResponse.SC_OK, "application/json",
                (new GsonBuilder().serializeNulls().setPrettyPrinting().create().toJson(o) + "\n").getBytes(StandardCharsets.UTF_8));
    }
}
