package org.w3id.unld.serve;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonObject;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.w3id.unld.store.PatchJournal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Optional;

/**
 * {@code /changes}: the change feed ({@link ChangeFeed}), its pages at {@code /changes?page=N}, and each patch at
 * {@code /changes/PATCH-ID} as {@code text/rdf-patch}, byte for byte as the journal holds it. A browser gets the feed's
 * pages as HTML ({@link ChangesPage}); other clients get Activity Streams JSON-LD.
 */
final class ChangesServlet extends HttpServlet {
    static final String RDF_PATCH = "text/rdf-patch";

    private final transient ChangeFeed feed;

    ChangesServlet(ChangeFeed feed) {
        this.feed = feed;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String rest = req.getPathInfo();
        if (rest != null && rest.length() > 1) {
            Optional<PatchJournal.Entry> patch = feed.patch(rest.substring(1));
            if (patch.isEmpty()) {
                Http.sendText(resp, HttpServletResponse.SC_NOT_FOUND, "No patch " + rest.substring(1) + " in the journal.");
                return;
            }
            Http.send(resp, HttpServletResponse.SC_OK, RDF_PATCH + "; charset=utf-8", Files.readAllBytes(patch.get().file()));
            return;
        }
        String page = IngestServlet.queryParameter(req.getQueryString(), "page");
        resp.setHeader("Vary", "Accept");
        if (Http.wantsHtml(req)) {
            // A person: the newest page (or the one asked for) as a table.
            int n = page == null ? 1 : parse(page);
            Optional<JsonObject> p = feed.page(n);
            if (p.isEmpty()) {
                Http.sendText(resp, HttpServletResponse.SC_NOT_FOUND, "No page " + page + " of the change feed.");
                return;
            }
            Http.send(resp, HttpServletResponse.SC_OK, "text/html; charset=utf-8",
                    new ChangesPage(p.get(), n).render().getBytes(StandardCharsets.UTF_8));
            return;
        }
        JsonObject answer;
        if (page == null) {
            answer = feed.collection();
        } else {
            Optional<JsonObject> p = feed.page(parse(page));
            if (p.isEmpty()) {
                Http.sendText(resp, HttpServletResponse.SC_NOT_FOUND, "No page " + page + " of the change feed.");
                return;
            }
            answer = p.get();
        }
        Http.send(resp, HttpServletResponse.SC_OK, ChangeFeed.MEDIA_TYPE,
                (new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(answer) + "\n").getBytes(StandardCharsets.UTF_8));
    }

    /** A page number, or -1 (no such page) for what is not one. */
    private static int parse(String page) {
        try {
            return Integer.parseInt(page);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
