package org.w3id.unld.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.w3id.unld.vocab.Prefixes;

import java.io.IOException;
import java.util.Optional;

/**
 * {@code /query}: a SPARQL editor of unld's own (no external script). Without JavaScript the form posts to
 * /sparql and the browser shows the raw results; with it, /static/query.js shows a table. {@code ?example=NAME}
 * opens an example, {@code ?query=TEXT} a query given in the address; {@code run=1} runs it.
 */
final class QueryPageServlet extends HttpServlet {
    static final String DEFAULT_QUERY = Prefixes.sparql("unld", "dcterms") + """

            SELECT ?document ?title ?date WHERE {
              ?document a unld:Document ;
                        dcterms:title ?title .
              OPTIONAL { ?document dcterms:date ?date }
            }
            ORDER BY DESC(?date)
            LIMIT 20
            """;
    private final transient Site site;

    QueryPageServlet(Site site) {
        this.site = site;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Optional<ExampleQueries.Example> example = Optional.ofNullable(req.getParameter("example")).flatMap(site.examples()::named);
        // A query in the address (?query=…) is a link to its answer, as the "and N more" documents of a shared resource's value.
        String text = example.map(ExampleQueries.Example::query).or(() -> Optional.ofNullable(req.getParameter("query"))
                .filter(q -> !q.isBlank())).orElse(DEFAULT_QUERY);
        String html = new Page(example.map(e -> e.title() + " — SPARQL query").orElse("SPARQL query")).script("/static/query.js").render(h -> {
            h.element("h1", "SPARQL query");
            example.ifPresent(e -> {
                h.element("h2", e.title(), "class", "example-title");
                if (!e.description().isEmpty()) {
                    h.element("p", e.description());
                }
            });
            h.open("form", "id", "query-form", "class", "query", "action", "/sparql", "method", "post",
                    "data-base", site.addresses().base(), "data-run", req.getParameter("run") != null ? "1" : null);
            h.open("label", "for", "query-text").text("Query (SPARQL 1.1, read-only; the full-text index is ")
                    .element("code", "text:query").text(")").close("label");
            h.element("textarea", text, "id", "query-text", "name", "query", "rows", "16", "spellcheck", "false");
            h.open("div", "class", "row")
                    .open("label", "for", "query-format").text("Results as ").close("label")
                    .open("select", "id", "query-format", "name", "format")
                    .element("option", "a table", "value", "table")
                    .element("option", "SPARQL JSON", "value", "json")
                    .element("option", "SPARQL XML", "value", "xml")
                    .element("option", "CSV", "value", "csv")
                    .element("option", "TSV", "value", "tsv")
                    .close("select")
                    .element("button", "Run query", "type", "submit", "id", "query-run")
                    .close("div");
            h.close("form");
            h.open("div", "id", "results", "class", "results", "aria-live", "polite").close("div");
            if (!site.examples().all().isEmpty()) {
                h.open("section", "class", "examples").element("h2", "Examples").open("ul");
                for (ExampleQueries.Example e : site.examples().all()) {
                    h.open("li").link("/query?example=" + e.name(), e.title()).close("li");
                }
                h.close("ul").close("section");
            }
            h.open("p", "class", "note").text("Programs can send the same queries to ").element("code", "/sparql")
                    .text(" (GET or POST, SPARQL 1.1 Protocol). Results are capped and slow queries are cut.").close("p");
        });
        Http.sendHtml(resp, 200, html);
    }
}
