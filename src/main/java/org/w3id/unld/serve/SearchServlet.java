package org.w3id.unld.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryCancelledException;

import java.io.IOException;
import java.util.List;

/** {@code /search?q=…}: the full-text index as a page of results. */
final class SearchServlet extends HttpServlet {
    private final transient Site site;

    SearchServlet(Site site) {
        this.site = site;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String q = req.getParameter("q");
        String query = q == null ? "" : q.strip();
        if (query.length() > 500) {
            Http.sendText(resp, HttpServletResponse.SC_BAD_REQUEST, "The search text is too long (500 characters at most).");
            return;
        }
        List<Search.Hit> hits;
        try {
            hits = site.search().find(query);
        } catch (QueryCancelledException e) {
            Http.sendText(resp, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "The search took too long and was cut; try more specific words.");
            return;
        }
        String html = new Page(query.isEmpty() ? "Search" : "Search: " + query).query(query).render(h -> {
            h.element("h1", "Search");
            h.open("form", "class", "search big", "action", "/search", "method", "get", "role", "search")
                    .open("div", "class", "row")
                    .open("input", "type", "search", "name", "q", "value", query, "aria-label", "Full-text search",
                            "placeholder", "e.g. Right to Return")
                    .element("button", "Search", "type", "submit").close("div").close("form");
            if (query.isEmpty()) {
                h.open("p").text("Search the titles of documents and agenda items, the names of what documents refer to, and the "
                        + "documents' full text. Use quotes for a phrase (\"right to return\"), AND or OR between words.").close("p");
                return;
            }
            h.open("p", "class", "summary").text(hits.isEmpty() ? "Nothing found for " : hits.size()
                    + (hits.size() == Search.MAX_HITS ? "+" : "") + (hits.size() == 1 ? " result for " : " results for "))
                    .element("q", query).text(".").close("p");
            h.open("ol", "class", "hits");
            for (Search.Hit hit : hits) {
                h.open("li");
                String iri = hit.resource().isURI() ? hit.resource().getURI() : "";
                h.link(site.addresses().href(iri), hit.label(), "class", "hit", "title", iri);
                for (Node t : hit.types()) {
                    if (t.isURI()) {
                        h.text(" ").element("span", site.vocabulary().label(t), "class", "type");
                    }
                }
                if (!hit.snippet().isEmpty()) {
                    h.element("p", hit.snippet(), "class", "snippet");
                }
                if (!hit.documents().isEmpty()) {
                    h.open("ul", "class", "linked-documents");
                    hit.documents().forEach((doc, label) -> h.open("li").text("in ")
                            .link(site.addresses().href(doc.getURI()), label, "title", doc.getURI()).close("li"));
                    h.close("ul");
                }
                h.close("li");
            }
            h.close("ol");
        });
        Http.sendHtml(resp, 200, html);
    }
}
