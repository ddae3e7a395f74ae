package org.w3id.unld.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * {@code /id/…}: the IRIs of things (documents, organs, agenda items, countries…). A thing is not a
 * document, so it answers {@code 303 See Other} to the description in the format the client asked for
 * (W3C "Cool URIs for the Semantic Web"); the answer varies with {@code Accept}.
 */
final class IdServlet extends HttpServlet {
    static final String PREFIX = "/id/";
    private final transient Site site;

    IdServlet(Site site) {
        this.site = site;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        ResourceRequest r = ResourceRequest.parse(req, PREFIX, site);
        resp.setHeader(Http.VARY, "Accept");
        if (r.refuse(req, resp)) {
            return;
        }
        String location = site.addresses().docPath(r.resource().get().getURI(), r.format().get())
                .orElseThrow(() -> new IllegalStateException("not an IRI of ours: " + r.resource().get()));
        String page = req.getParameter("page");
        if (page != null && page.matches("\\d{1,9}")) {
            location += "?page=" + page;
        }
        resp.setStatus(HttpServletResponse.SC_SEE_OTHER);
        resp.setHeader("Location", location);
        resp.setContentLength(0);
    }
}
