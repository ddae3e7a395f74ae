package org.w3id.unld.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryCancelledException;
import org.apache.lucene.search.highlight.Highlighter;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * {@code /search?q=…}: documents found by their words, a page at a time ({@code page=}), narrowed by facets
 * ({@code type=}, {@code organ=}, {@code session=}, {@code year=}: the keys the facet links carry).
 */
final class SearchServlet extends HttpServlet {
    /** Longest search text and facet value read. */
    static final int MAX_PARAMETER = 500;

    private final transient Site site;

    SearchServlet(Site site) {
        this.site = site;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String q = req.getParameter("q");
        String text = q == null ? "" : q.strip();
        if (text.length() > MAX_PARAMETER) {
            Http.sendText(resp, HttpServletResponse.SC_BAD_REQUEST, "The search text is too long (500 characters at most).");
            return;
        }
        Map<Search.Facet, String> chosen = new EnumMap<>(Search.Facet.class);
        for (Search.Facet facet : Search.Facet.values()) {
            String value = req.getParameter(facet.parameter);
            if (value != null && !value.isBlank() && value.length() <= MAX_PARAMETER) {
                chosen.put(facet, value.strip());
            }
        }
        Search.Request request = new Search.Request(SearchQuery.parse(text), chosen, Http.intParameter(req, "page", 1));
        Search.Results results;
        try {
            results = site.search().find(request);
        } catch (QueryCancelledException e) {
            Http.sendText(resp, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "The search took too long and was cut; try more specific words.");
            return;
        }
        String html = new Page(text.isEmpty() ? "Search" : "Search: " + text).query(text).render(h -> {
            h.element("h1", "Search");
            h.open("form", "class", "search big", "action", "/search", "method", "get", "role", "search")
                    .open("div", "class", "row")
                    .open("input", "type", "search", "name", "q", "value", text, "aria-label", "Full-text search",
                            "placeholder", "e.g. right to return")
                    .element("button", "Search", "type", "submit").close("div").close("form");
            if (request.query().isEmpty()) {
                h.open("p").text("Search the documents' titles and full text. Every word must be found; write OR between words "
                        + "of which one is enough (refugees OR migrants), and quotes around a phrase (\"right to return\").").close("p");
                return;
            }
            new ResultsView(text, results).write(h);
        });
        Http.sendHtml(resp, 200, html);
    }

    /** The results of one search as HTML: the count and chosen facets, the facets, the hits, the pager. */
    private final class ResultsView {
        private final String text;
        private final Search.Results results;

        ResultsView(String text, Search.Results results) {
            this.text = text;
            this.results = results;
        }

        void write(Html h) {
            Search.Request request = results.request();
            h.open("p", "class", "summary").text(results.total() == 0 ? "No document found for "
                    : results.total() + (results.total() == 1 ? " document for " : " documents for ")).element("q", text);
            if (results.capped()) {
                h.text(" (among the best " + Search.MAX_MATCHES + " matching texts; add words to narrow the search)");
            }
            h.text(".").close("p");
            if (!request.chosen().isEmpty()) {
                h.open("ul", "class", "chosen", "aria-label", "Narrowed by");
                request.chosen().forEach((facet, key) -> {
                    Map<Search.Facet, String> without = copy(request.chosen());
                    without.remove(facet);
                    h.open("li").text(facet.title + ": ").element("strong", valueLabel(facet, key)).text(" ")
                            .link(href(without, 1), "× remove", "class", "remove", "aria-label", "Remove " + facet.title).close("li");
                });
                h.close("ul");
            }
            h.open("div", "class", "search-results");
            facets(h);
            h.open("div", "class", "hits-column");
            hits(h);
            pager(h);
            h.close("div").close("div");
        }

        private String valueLabel(Search.Facet facet, String key) {
            return results.facets().getOrDefault(facet, List.of()).stream().filter(v -> v.key().equals(key))
                    .map(v -> label(facet, v)).findFirst().orElse(key);
        }

        private String label(Search.Facet facet, Search.FacetValue v) {
            return facet == Search.Facet.TYPE ? site.vocabulary().label(org.apache.jena.graph.NodeFactory.createURI(v.key())) : v.label();
        }

        private void facets(Html h) {
            if (results.facets().isEmpty()) {
                return;
            }
            Search.Request request = results.request();
            h.open("aside", "class", "facets", "aria-label", "Narrow the search");
            results.facets().forEach((facet, values) -> {
                h.element("h2", facet.title).open("ul");
                for (Search.FacetValue v : values) {
                    h.open("li");
                    if (v.key().equals(request.chosen().get(facet))) {
                        h.element("strong", label(facet, v));
                    } else {
                        Map<Search.Facet, String> with = copy(request.chosen());
                        with.put(facet, v.key());
                        h.link(href(with, 1), label(facet, v));
                    }
                    h.text(" ").element("span", String.valueOf(v.count()), "class", "count").close("li");
                }
                h.close("ul");
            });
            h.close("aside");
        }

        private void hits(Html h) {
            int first = (results.request().page() - 1) * Search.PAGE_SIZE + 1;
            if (results.hits().isEmpty()) {
                if (results.total() > 0) {
                    h.open("p").text("No results on this page: there are " + results.pageCount() + " pages. ")
                            .link(href(results.request().chosen(), results.pageCount()), "Last page").close("p");
                }
                return;
            }
            h.open("ol", "class", "hits", "start", String.valueOf(first));
            for (Search.Hit hit : results.hits()) {
                h.open("li");
                String iri = hit.document().getURI();
                // A match in the title alone: the title is the snippet, its words marked in the link.
                boolean titleOnly = plain(hit.snippet()).equals(hit.label().replaceAll("\\s+", " ").strip());
                h.open("a", "href", site.addresses().href(iri), "class", "hit", "title", iri);
                snippet(h, titleOnly ? hit.snippet() : hit.label());
                h.close("a");
                h.open("span", "class", "detail");
                for (String symbol : hit.symbols()) {
                    h.element("span", symbol, "class", "symbol");
                }
                if (!hit.date().isEmpty()) {
                    h.open("time", "datetime", hit.date()).text(hit.date()).close("time");
                }
                for (Node t : hit.types()) {
                    h.element("span", site.vocabulary().label(t), "class", "type");
                }
                h.close("span");
                if (!titleOnly && !hit.snippet().isEmpty()) {
                    h.open("p", "class", "snippet");
                    snippet(h, hit.snippet());
                    h.close("p");
                } else if (hit.snippet().isEmpty()) {
                    // jena-text's highlighter (Lucene's) reads only the start of a text: a long report matched further in.
                    h.element("p", "The words are found further into the text than the first "
                            + String.format(java.util.Locale.ROOT, "%,d", Highlighter.DEFAULT_MAX_CHARS_TO_ANALYZE)
                            + " characters, which the snippets are taken from.", "class", "snippet far");
                }
                h.close("li");
            }
            h.close("ol");
        }

        private void pager(Html h) {
            int page = results.request().page();
            int last = results.pageCount();
            if (last <= 1) {
                return;
            }
            Map<Search.Facet, String> chosen = results.request().chosen();
            h.open("nav", "class", "pager", "aria-label", "Pages of results");
            if (page > 1) {
                h.link(href(chosen, 1), "« first", "rel", "first").text(" ");
                h.link(href(chosen, Math.min(page - 1, last)), "← previous", "rel", "prev");
            }
            h.element("span", " page " + page + " of " + last + " ");
            if (page < last) {
                h.link(href(chosen, page + 1), "next →", "rel", "next").text(" ");
                h.link(href(chosen, last), "last »", "rel", "last");
            }
            h.close("nav");
        }

        /** This search with other facet values, at a page. */
        private String href(Map<Search.Facet, String> chosen, int page) {
            StringJoiner query = new StringJoiner("&", "/search?", "");
            query.add("q=" + encode(text));
            chosen.forEach((facet, key) -> query.add(facet.parameter + "=" + encode(key)));
            if (page > 1) {
                query.add("page=" + page);
            }
            return query.toString();
        }
    }

    /**
     * The highlighted text, escaped as any text, with the highlighter's marks (which no text holds) written as
     * {@code <mark>} and its fragment separator as an ellipsis.
     */
    static void snippet(Html h, String highlighted) {
        String flat = highlighted.replaceAll("\\s+", " ").strip();
        StringBuilder run = new StringBuilder();
        boolean marked = false;
        for (int i = 0; i < flat.length(); i++) {
            char c = flat.charAt(i);
            if (c == Search.MATCH_START || c == Search.MATCH_END || c == Search.FRAGMENTS) {
                h.text(run.toString());
                run.setLength(0);
                // Marks are balanced whatever the highlighter wrote: a fragment never ends inside <mark>.
                if (marked && c != Search.MATCH_START) {
                    h.markup("</mark>");
                    marked = false;
                } else if (!marked && c == Search.MATCH_START) {
                    h.markup("<mark>");
                    marked = true;
                }
                if (c == Search.FRAGMENTS) {
                    h.text(" … ");
                }
            } else {
                run.append(c);
            }
        }
        h.text(run.toString());
        if (marked) {
            h.markup("</mark>");
        }
    }

    /** The highlighted text without its marks, white space collapsed. */
    static String plain(String highlighted) {
        return highlighted.replace(String.valueOf(Search.MATCH_START), "").replace(String.valueOf(Search.MATCH_END), "")
                .replace(Search.FRAGMENTS, ' ').replaceAll("\\s+", " ").strip();
    }

    private static Map<Search.Facet, String> copy(Map<Search.Facet, String> chosen) {
        Map<Search.Facet, String> copy = new EnumMap<>(Search.Facet.class);
        copy.putAll(chosen);
        return copy;
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
