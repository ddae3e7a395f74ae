package org.w3id.unld.serve;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * The change feed for a person: one page of {@link ChangeFeed}'s activities as a table (what happened, to which
 * document graph, when, and the patch that did it), with the way to newer and older changes and to the feed as data.
 * Built from the same Activity Streams page the feed gives machines, so both say the same.
 */
final class ChangesPage {
    private final JsonObject page;
    private final int number;

    ChangesPage(JsonObject page, int number) {
        this.page = page;
        this.number = number;
    }

    String render() {
        String data = "/" + ChangeFeed.PATH + "?page=" + number;
        return new Page("Changes, page " + number).alternate("application/ld+json", data).render(h -> {
            h.open("article", "class", "listing");
            h.element("h1", "Changes to the store");
            h.element("p", "Each row is one document graph that an ingest created, updated or deleted, newest first. "
                    + "Replicas apply the same changes in the same order (docs/SCALING.md).");
            int shown = page.getAsJsonArray("orderedItems").size();
            if (shown == 0) {
                h.element("p", "No change yet: the store has not been written to since it began its journal.");
                h.close("article");
                return;
            }
            long first = page.get("startIndex").getAsLong() + 1;
            h.open("p", "class", "count").text("Page " + number + ": changes " + first + " to " + (first + shown - 1)
                    + ", counted from the newest.").close("p");
            h.open("table").open("thead").open("tr").element("th", "Change").element("th", "Document graph").element("th", "When")
                    .element("th", "Patch").close("tr").close("thead").open("tbody");
            for (JsonElement e : page.getAsJsonArray("orderedItems")) {
                JsonObject a = e.getAsJsonObject();
                String graph = a.get("object").getAsString();
                String patch = a.getAsJsonObject("url").get("href").getAsString();
                h.open("tr").element("td", a.get("type").getAsString()).open("td").link(graph, graph).close("td")
                        .element("td", a.has("published") ? a.get("published").getAsString() : "")
                        .open("td").link(patch, patch.substring(patch.lastIndexOf('/') + 1), "type", ChangesServlet.RDF_PATCH).close("td")
                        .close("tr");
            }
            h.close("tbody").close("table");
            h.open("nav", "class", "pager", "aria-label", "Pages of changes");
            if (page.has("prev")) {
                h.link(page.get("prev").getAsString(), "← Newer changes");
            }
            if (page.has("next")) {
                h.text(page.has("prev") ? " · " : "").link(page.get("next").getAsString(), "Older changes →");
            }
            h.close("nav");
            h.open("p", "class", "formats").text("This feed as data: ")
                    .link(data, "Activity Streams 2.0 (JSON-LD)", "type", "application/ld+json")
                    .text("; each patch as RDF Patch text.").close("p");
            h.close("article");
        });
    }
}
