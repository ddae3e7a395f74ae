package org.w3id.unld.serve;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Arrays;
import java.util.stream.Collectors;

/** The 404 and 406 answers of the linked-data paths: a page with a search box for people, one line for programs. */
final class Errors {
    private Errors() {
    }

    static void notAcceptable(HttpServletResponse resp) throws IOException {
        Http.sendText(resp, HttpServletResponse.SC_NOT_ACCEPTABLE, "None of the formats you accept is available. Available: "
                + Arrays.stream(Format.values()).map(Format::mediaType).collect(Collectors.joining(", "))
                + " (or add .ttl .nt .jsonld .rdf .html to the path, or ?format=ttl).");
    }

    static void notFound(HttpServletRequest req, HttpServletResponse resp, String iri) throws IOException {
        if (!Http.wantsHtml(req)) {
            Http.sendText(resp, HttpServletResponse.SC_NOT_FOUND, "Nothing is known about " + iri);
            return;
        }
        String html = new Page("Not found").render(h -> {
            h.element("h1", "Not found");
            h.open("p").text("unld knows nothing about ").element("code", iri).text(".").close("p");
            h.open("p").text("It may not have been published yet, or the address may be mistyped. Search for it:").close("p");
            h.open("form", "class", "search big", "action", "/search", "method", "get").open("div", "class", "row")
                    .open("input", "type", "search", "name", "q", "aria-label", "Full-text search", "placeholder", "e.g. Right to Return")
                    .element("button", "Search", "type", "submit").close("div").close("form");
            h.open("p").link("/", "Back to the start page").close("p");
        });
        Http.sendHtml(resp, HttpServletResponse.SC_NOT_FOUND, html);
    }
}
