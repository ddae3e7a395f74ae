package org.w3id.unld.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.ORG;
import org.w3id.unld.vocab.Prov;
import org.w3id.unld.vocab.Schema;
import org.w3id.unld.vocab.Unld;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code /}: a search box, the latest documents, the ways to browse them, what the dataset holds, example queries,
 * and where the data can be had; and the dataset's schema.org description for dataset search engines.
 */
final class LandingServlet extends HttpServlet {
    private static final int TYPES_SHOWN = 24;
    private static final int LATEST = 10;
    private static final String LEAD = "unld reads United Nations documents — letters, notes verbales, reports, resolutions, "
            + "meeting records — and publishes what they say: symbols, dates, organs, sessions, agenda items, senders, "
            + "addressees, signatories, annexes, events and cited documents. Every fact is attributed to the document "
            + "that states it.";
    /** The classes of provenance and of the parts of a description: how the data is made, not what people look for. */
    private static final Set<Node> INTERNAL = Set.of(Prov.Entity, Prov.Activity, Prov.SoftwareAgent, Schema.MediaObject,
            Unld.Expression, Unld.Signature, ORG.Role.asNode());
    /** The classes whose resources have a browse list. */
    private static final Map<Node, String> BROWSED = Map.of(Unld.Document, Browse.DOCUMENTS, Unld.Organ, Browse.ORGANS,
            Unld.Country, Browse.COUNTRIES, Unld.Session, Browse.ORGANS, Unld.AgendaItem, Browse.ORGANS);
    private final transient Site site;

    LandingServlet(Site site) {
        this.site = site;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Statistics.Snapshot stats = site.statistics().get();
        long documents = site.browse().documentCount();
        List<Listing.Item> latest = site.browse().latest(LATEST);
        Page page = new Page("United Nations documents as linked data")
                .jsonLd(SchemaOrg.dataset(site.addresses().base(), LEAD, documents));
        String html = page.render(h -> {
            h.element("h1", "United Nations documents as linked data");
            h.open("p", "class", "lead").text(LEAD).close("p");
            h.open("form", "class", "search big", "action", "/search", "method", "get", "role", "search")
                    .open("label", "for", "q-main").text("Search the documents' titles and text").close("label")
                    .open("div", "class", "row")
                    .open("input", "id", "q-main", "type", "search", "name", "q", "placeholder", "e.g. Right to Return")
                    .element("button", "Search", "type", "submit").close("div").close("form");

            if (!latest.isEmpty()) {
                h.open("section", "class", "latest").element("h2", "Latest documents").open("ol", "class", "documents");
                for (Listing.Item i : latest) {
                    h.open("li").link(i.href(), i.label()).open("span", "class", "detail");
                    if (!i.symbol().isEmpty()) {
                        h.element("span", i.symbol(), "class", "symbol");
                    }
                    if (!i.date().isEmpty()) {
                        h.open("time", "datetime", i.date()).text(i.date()).close("time");
                    }
                    h.close("span").close("li");
                }
                h.close("ol").open("p").link(Browse.DOCUMENTS, "All " + documents + " documents, latest first →").close("p").close("section");
            }

            h.open("section", "class", "browse").element("h2", "Browse").open("ul");
            h.open("li").link(Browse.ORGANS, "By organ").text(", then session and agenda item").close("li");
            h.open("li").link(Browse.YEARS, "By year").text(" and month").close("li");
            h.open("li").link(Browse.TYPES, "By document type").text(": letters, resolutions, reports, meeting records…").close("li");
            h.open("li").link(Browse.COUNTRIES, "By country").text(", as sender and as mentioned").close("li");
            h.close("ul").close("section");

            h.open("section", "class", "stats").element("h2", "What the dataset holds");
            h.open("p").element("strong", String.valueOf(stats.documentGraphs()))
                    .text(stats.documentGraphs() == 1 ? " document graph published." : " document graphs published, one per document.")
                    .close("p");
            if (!stats.types().isEmpty()) {
                h.open("table", "class", "counts").open("thead").open("tr").element("th", "Kind").element("th", "Count")
                        .close("tr").close("thead").open("tbody");
                stats.types().stream().filter(tc -> !INTERNAL.contains(tc.type())).limit(TYPES_SHOWN).forEach(tc -> {
                    String iri = tc.type().getURI();
                    String href = BROWSED.getOrDefault(tc.type(), iri.startsWith(Unld.NS) ? "/ontology#" + iri.substring(Unld.NS.length()) : iri);
                    h.open("tr").open("td").link(href, site.vocabulary().label(tc.type()), "title", iri).close("td")
                            .element("td", String.valueOf(tc.count()), "class", "num").close("tr");
                });
                h.close("tbody").close("table");
            }
            h.close("section");

            if (!site.examples().all().isEmpty()) {
                h.open("section", "class", "examples").element("h2", "Example queries").open("ul");
                for (ExampleQueries.Example e : site.examples().all()) {
                    h.open("li").link("/query?example=" + e.name(), e.title());
                    if (!e.description().isEmpty()) {
                        h.text(" — " + e.description());
                    }
                    h.close("li");
                }
                h.close("ul").close("section");
            }

            h.open("section", "class", "access").element("h2", "Use the data").open("ul");
            h.open("li").link("/query", "Query page").text(": write SPARQL in the browser.").close("li");
            h.open("li").text("SPARQL endpoint: ").element("code", "/sparql")
                    .text(" (read-only; every standard result format; queries are cut after a time limit).").close("li");
            h.open("li").link("/dumps/", "Dumps").text(": the whole dataset as files.").close("li");
            h.open("li").link("/" + ChangeFeed.PATH, "Changes").text(": what each ingest added, changed or removed, newest first "
                    + "(also as an Activity Streams feed).").close("li");
            h.open("li").link("/.well-known/void", "VoID description").text(" of the dataset.").close("li");
            h.open("li").link("/ontology", "Ontology").text(", ").link("/shapes", "SHACL shapes").text(" and the ")
                    .link("/context.jsonld", "JSON-LD context").text(".").close("li");
            h.open("li").text("Every IRI ").element("code", site.addresses().base() + "id/…")
                    .text(" dereferences: HTML for browsers, Turtle, N-Triples, JSON-LD or RDF/XML for programs (by Accept header, "
                            + "or with .ttl .nt .jsonld .rdf .html added to the page's address).").close("li");
            h.close("ul").close("section");
        });
        Http.sendHtml(resp, 200, html);
    }
}
