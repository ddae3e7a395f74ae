package org.w3id.unld.serve;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** The frame every HTML page shares: head, navigation with the search box, footer. One stylesheet, no external assets. */
final class Page {
    static final String STYLESHEET = "/static/unld.css";

    private final String title;
    private final List<String[]> alternates = new ArrayList<>();
    private final List<String> scripts = new ArrayList<>();
    private String query = "";
    private String jsonLd;

    Page(String title) {
        this.title = title;
    }

    /** A {@code <link rel="alternate">} to the same description in an RDF format. */
    Page alternate(String mediaType, String href) {
        alternates.add(new String[] {mediaType, href});
        return this;
    }

    Page script(String src) {
        scripts.add(src);
        return this;
    }

    /** The schema.org description of what the page is about, for search engines ({@link SchemaOrg}). */
    Page jsonLd(String json) {
        this.jsonLd = json;
        return this;
    }

    /** Shown in the search box of the header. */
    Page query(String q) {
        this.query = q == null ? "" : q;
        return this;
    }

    String render(Consumer<Html> body) {
        Html h = new Html();
        h.markup("<!DOCTYPE html>\n").open("html", "lang", "en").open("head")
                .markup("<meta charset=\"utf-8\">")
                .markup("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .element("title", title + " · unld")
                .open("link", "rel", "stylesheet", "href", STYLESHEET);
        for (String[] a : alternates) {
            h.open("link", "rel", "alternate", "type", a[0], "href", a[1]);
        }
        for (String s : scripts) {
            h.open("script", "src", s, "defer", "defer").close("script");
        }
        if (jsonLd != null) {
            h.jsonLd(jsonLd);
        }
        h.close("head").open("body");
        h.open("header", "class", "site").open("nav")
                .open("a", "class", "brand", "href", "/").markup("unld").close("a")
                .open("form", "class", "search", "action", "/search", "method", "get", "role", "search")
                .open("input", "type", "search", "name", "q", "value", query, "placeholder", "Search documents: titles, text",
                        "aria-label", "Full-text search")
                .element("button", "Search", "type", "submit")
                .close("form")
                .open("ul", "class", "links")
                .open("li").link(Browse.ROOT, "Browse").close("li")
                .open("li").link("/query", "SPARQL").close("li")
                .open("li").link("/ontology", "Ontology").close("li")
                .open("li").link("/dumps/", "Dumps").close("li")
                .close("ul")
                .close("nav").close("header");
        h.open("main");
        body.accept(h);
        h.close("main");
        h.open("footer", "class", "site").open("p")
                .text("unld publishes what United Nations documents say, attributed to each document, as linked data. ")
                .link("/", "Home").text(" · ").link("/sparql", "SPARQL endpoint").text(" · ")
                .link("/.well-known/void", "VoID").text(" · ").link("/context.jsonld", "JSON-LD context")
                .close("p").close("footer");
        h.close("body").close("html");
        return h.toString();
    }
}
