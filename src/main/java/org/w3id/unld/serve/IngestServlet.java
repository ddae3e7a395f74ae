package org.w3id.unld.serve;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.io.file.PathUtils;
import org.apache.jena.fuseki.auth.AuthPolicy;
import org.w3id.unld.store.DocumentStore;
import org.w3id.unld.store.Outcome;
import org.w3id.unld.store.Pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * {@code POST /ingest?name=FILE}: a running server takes a new document (the file as the request body, its
 * name in {@code name} so that the reader knows its type) through the same read → parse → map → validate
 * pipeline as {@code unld ingest}, and stores it in one transaction. For the users of the password file
 * that the update service allows; answers a JSON summary.
 */
final class IngestServlet extends HttpServlet {
    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();

    private final transient Pipeline pipeline;
    private final transient DocumentStore store;
    private final transient Supplier<AuthPolicy> policy;
    private final transient Runnable beforeStore;
    private final transient Runnable afterStore;
    private final boolean enabled;

    /**
     * @param enabled    false when the server has no password file: ingest is then off, like /update
     * @param policy     who may ingest, once authenticated (the update service's allowed users); null policy: anyone authenticated
     * @param beforeStore run before a document is stored (the dumps are marked out of date)
     * @param afterStore run after a document is stored (the start page's counts are dropped, the dumps rewritten)
     */
    IngestServlet(Pipeline pipeline, DocumentStore store, boolean enabled, Supplier<AuthPolicy> policy,
                  Runnable beforeStore, Runnable afterStore) {
        this.pipeline = pipeline;
        this.store = store;
        this.enabled = enabled;
        this.policy = policy;
        this.beforeStore = beforeStore;
        this.afterStore = afterStore;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (!enabled) {
            off(resp);
            return;
        }
        resp.setHeader("Allow", "POST");
        Http.sendText(resp, HttpServletResponse.SC_METHOD_NOT_ALLOWED,
                "POST a document file here, its name in ?name= (e.g. curl -u admin:PASSWORD --data-binary @A_79_704.txt "
                        + "'http://localhost:3030/ingest?name=A_79_704.txt').");
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (!enabled) {
            off(resp);
            return;
        }
        String user = req.getRemoteUser();
        if (user == null) {
            // Jetty's constraint on /ingest normally answers first; this keeps the rule if it is ever missing.
            resp.setHeader("WWW-Authenticate", "Basic realm=\"unld\"");
            Http.sendText(resp, HttpServletResponse.SC_UNAUTHORIZED, "Ingest needs a user of the password file.");
            return;
        }
        AuthPolicy p = policy.get();
        if (p != null && !p.isAllowed(user)) {
            Http.sendText(resp, HttpServletResponse.SC_FORBIDDEN, "User " + user + " may not ingest.");
            return;
        }
        // From the query string only: curl --data-binary sends a form content type, and asking the request for a
        // parameter would read the document itself as form fields.
        String name = queryParameter(req.getQueryString(), "name");
        if (name == null || name.isBlank()) {
            name = req.getHeader("X-File-Name");
        }
        if (name == null || name.isBlank()) {
            Http.sendText(resp, HttpServletResponse.SC_BAD_REQUEST, "Give the file's name in ?name= (its extension says how to read it).");
            return;
        }
        String safeName = Path.of(name.replace('\\', '/')).getFileName().toString().replaceAll("[^A-Za-z0-9._() -]", "_");
        if (safeName.isBlank() || safeName.startsWith(".")) {
            Http.sendText(resp, HttpServletResponse.SC_BAD_REQUEST, "Not a usable file name: " + name);
            return;
        }
        Path folder = Files.createTempDirectory("unld-ingest");
        try {
            Path file = folder.resolve(safeName);
            try (InputStream in = req.getInputStream()) {
                Files.copy(in, file);
            }
            Outcome outcome = pipeline.process(file);
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("file", safeName);
            int status;
            if (outcome instanceof Outcome.Accepted a) {
                boolean replacing = store.contains(a.document().graphName());
                beforeStore.run();
                store.replace(List.of(a.document()));
                afterStore.run();
                answer.put("status", "stored");
                answer.put("replaced", replacing);
                answer.put("document", a.document().document().getURI());
                answer.put("graph", a.document().graphName().getURI());
                answer.put("triples", a.document().graph().size());
                if (!a.warnings().isEmpty()) {
                    answer.put("warnings", a.warnings());
                }
                status = HttpServletResponse.SC_OK;
            } else {
                Outcome.Rejected r = (Outcome.Rejected) outcome;
                answer.put("status", "rejected");
                answer.put("reason", r.reason());
                if (r.line() > 0) {
                    answer.put("line", r.line());
                }
                status = 422;
            }
            Http.send(resp, status, "application/json", (GSON.toJson(answer) + "\n").getBytes(StandardCharsets.UTF_8));
        } finally {
            PathUtils.deleteDirectory(folder);
        }
    }

    /** The first value of {@code name} in a raw query string, decoded; null when absent or undecodable. */
    static String queryParameter(String query, String name) {
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            String key = eq < 0 ? pair : pair.substring(0, eq);
            try {
                if (URLDecoder.decode(key, StandardCharsets.UTF_8).equals(name)) {
                    return eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                }
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
        return null;
    }

    private static void off(HttpServletResponse resp) throws IOException {
        Http.sendText(resp, HttpServletResponse.SC_NOT_FOUND,
                "Ingest over HTTP is off: start the server with --passwords FILE to allow its users to ingest.");
    }
}
