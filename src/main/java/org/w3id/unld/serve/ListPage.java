package org.w3id.unld.serve;

import java.util.List;

/** The HTML page of a browse list: where it is, how many entries, one page of them, and the way to the others. */
final class ListPage {
    private final Listing listing;

    ListPage(Listing listing) {
        this.listing = listing;
    }

    String render() {
        Page page = new Page(listing.title());
        for (Format f : new Format[] {Format.TURTLE, Format.JSONLD}) {
            page.alternate(f.mediaType(), listing.pageHref(listing.page()) + "&format=" + f.extension());
        }
        return page.render(this::body);
    }

    private void body(Html h) {
        h.open("article", "class", "listing");
        if (!listing.trail().isEmpty()) {
            h.open("nav", "class", "trail", "aria-label", "Where this list is").open("ol");
            for (Listing.Link l : listing.trail()) {
                h.open("li").link(l.href(), l.label()).close("li");
            }
            h.close("ol").close("nav");
        }
        h.element("h1", listing.title());
        boolean ofLists = listing.items().stream().flatMap(i -> i.counts().stream()).anyMatch(Listing.Count::entries);
        String noun = listing.documents() ? "document" : ofLists ? "list" : "entry";
        String nouns = listing.documents() ? "documents" : ofLists ? "lists" : "entries";
        h.open("p", "class", "count").text(listing.total() + " " + (listing.total() == 1 ? noun : nouns));
        if (listing.pageCount() > 1) {
            h.text(", page " + listing.page() + " of " + listing.pageCount());
        }
        h.text(".").close("p");
        for (Listing.Link l : listing.related()) {
            h.open("p", "class", "related").link(l.href(), l.label() + " →").close("p");
        }
        if (listing.documents()) {
            documents(h);
        } else {
            groups(h);
        }
        pager(h);
        h.open("p", "class", "formats").text("This list as data: ")
                .link(listing.pageHref(listing.page()) + "&format=ttl", "Turtle", "type", Format.TURTLE.mediaType()).text(" · ")
                .link(listing.pageHref(listing.page()) + "&format=jsonld", "JSON-LD", "type", Format.JSONLD.mediaType())
                .text(" (a Hydra collection with next and previous pages).").close("p");
        h.close("article");
    }

    private void documents(Html h) {
        h.open("ol", "class", "documents", "start", String.valueOf((listing.page() - 1L) * listing.pageSize() + 1));
        for (Listing.Item i : listing.items()) {
            h.open("li").link(i.href(), i.label());
            if (!i.symbol().isEmpty() || !i.date().isEmpty()) {
                h.open("span", "class", "detail");
                if (!i.symbol().isEmpty()) {
                    h.element("span", i.symbol(), "class", "symbol");
                }
                if (!i.date().isEmpty()) {
                    h.open("time", "datetime", i.date()).text(i.date()).close("time");
                }
                h.close("span");
            }
            h.close("li");
        }
        h.close("ol");
    }

    /**
     * Groups in a table: a column per count (a country: as sender, as mentioned), each linking to its list; or, on the
     * browse start page, whose entries are lists of different things, the size of each ("7 organs").
     */
    private void groups(Html h) {
        List<Listing.Count> columns = listing.items().isEmpty() ? List.of() : listing.items().get(0).counts();
        boolean several = columns.size() > 1;
        boolean sizes = columns.stream().anyMatch(Listing.Count::entries);
        h.open("table", "class", several ? "counts wide" : "counts").open("thead").open("tr").element("th", "Name");
        if (sizes) {
            h.element("th", "Size", "class", "num");
        } else if (several) {
            for (Listing.Count c : columns) {
                h.element("th", "Documents " + c.label(), "class", "num");
            }
        } else {
            h.element("th", "Documents", "class", "num");
        }
        h.close("tr").close("thead").open("tbody");
        for (Listing.Item i : listing.items()) {
            h.open("tr").open("td").link(i.href(), i.label()).close("td");
            for (Listing.Count c : i.counts()) {
                h.open("td", "class", "num");
                String text = c.entries() ? c.n() + " " + c.label() : String.valueOf(c.n());
                if (c.n() > 0 && several) {
                    h.link(c.href(), text);
                } else {
                    h.text(text);
                }
                h.close("td");
            }
            h.close("tr");
        }
        h.close("tbody").close("table");
    }

    private void pager(Html h) {
        if (listing.pageCount() <= 1) {
            return;
        }
        h.open("nav", "class", "pager");
        if (listing.hasPrevious()) {
            h.link(listing.pageHref(1), "« first", "rel", "first").text(" ");
            h.link(listing.pageHref(listing.page() - 1), "← previous", "rel", "prev");
        }
        h.element("span", " page " + listing.page() + " of " + listing.pageCount() + " ");
        if (listing.hasNext()) {
            h.link(listing.pageHref(listing.page() + 1), "next →", "rel", "next").text(" ");
            h.link(listing.pageHref(listing.pageCount()), "last »", "rel", "last");
        }
        h.close("nav");
    }
}
