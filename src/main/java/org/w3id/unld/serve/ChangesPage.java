package org.w3id.unld.serve;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.atlas.lib.IRILib;
import org.w3id.unld.map.Iris;
import org.w3id.unld.vocab.IriPaths;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * The change feed for a person: one page of {@link ChangeFeed}'s activities as a table (what happened to which
 * document, when, and the patch that did it), with the way to newer and older changes and to the feed as data.
 * Built from the same Activity Streams page the feed gives machines, so both say the same.
 */
final class ChangesPage {
    private final JsonObject page;
    private final int number;

    ChangesPage(JsonObject page, int number) {
        this.page = page;
        this.number = number;
    }

    private static final java.util.Map<String, String> CHANGES = java.util.Map.of("Create", "Added", "Update", "Changed", "Delete", "Removed");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm:ss", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    /** "7 Dec 2026, 05:57:49" for "2026-12-07T05:57:49.903189801Z"; the text as given if it is no instant. */
    static String when(String instant) {
        try {
            return WHEN.format(Instant.parse(instant));
        } catch (DateTimeParseException e) {
            return instant;
        }
    }

    String render() {
        String data = "/" + ChangeFeed.PATH + "?page=" + number;
        return new Page("Changes, page " + number).alternate("application/ld+json", data).render(h -> {
            h.open("article", "class", "listing");
            h.element("h1", "Changes to the store");
            h.element("p", "Each row is one document that an ingest added, changed or removed, newest first. Servers that "
                    + "replicate this one apply the same changes in the same order.");
            int shown = page.getAsJsonArray("orderedItems").size();
            if (shown == 0) {
                h.element("p", "No change yet: the store has not been written to since it began its journal.");
                h.close("article");
                return;
            }
            long first = page.get("startIndex").getAsLong() + 1;
            h.open("p", "class", "count").text("Page " + number + ": changes " + first + " to " + (first + shown - 1)
                    + ", counted from the newest.").close("p");
            h.open("table").open("thead").open("tr").element("th", "Change").element("th", "Document").element("th", "When (UTC)")
                    .element("th", "Patch").close("tr").close("thead").open("tbody");
            for (JsonElement e : page.getAsJsonArray("orderedItems")) {
                JsonObject a = e.getAsJsonObject();
                String type = a.get("type").getAsString();
                Node graph = NodeFactory.createURI(a.get("object").getAsString());
                String patch = a.getAsJsonObject("url").get("href").getAsString();
                h.open("tr").element("td", CHANGES.getOrDefault(type, type)).open("td");
                if (Iris.isDocumentGraph(graph)) {
                    String document = Iris.documentOfGraph(graph).getURI();
                    // The document's key as minted ("S/RES/84%20%281950%29"), percent-decoded as Addresses decodes paths.
                    String name = IRILib.decodeHex(document.substring(Iris.baseOfDocumentGraph(graph).length() + IriPaths.DOCUMENT.length()));
                    if (type.equals("Delete")) {
                        h.text(name);
                    } else {
                        h.link(document, name);
                    }
                } else {
                    h.text(graph.getURI());
                }
                String patchId = patch.substring(patch.lastIndexOf('/') + 1);
                h.close("td").element("td", a.has("published") ? when(a.get("published").getAsString()) : "")
                        .open("td").link(patch, patchId.substring(0, Math.min(8, patchId.length())), "type", ChangesServlet.RDF_PATCH,
                                "title", patchId).close("td")
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
