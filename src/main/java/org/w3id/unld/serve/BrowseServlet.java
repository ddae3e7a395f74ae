package org.w3id.unld.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.query.QueryCancelledException;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Optional;

/**
 * {@code /browse/…}: the browse lists ({@link Browse}), HTML for browsers and Turtle, JSON-LD, N-Triples or RDF/XML
 * for programs, by the {@code Accept} header or {@code ?format=ttl}; {@code ?page=N} pages, and each page names
 * its neighbours (in the page, in the RDF, and in {@code Link} headers).
 */
final class BrowseServlet extends HttpServlet {
    static final String PREFIX = Browse.ROOT;
    private final transient Site site;

    BrowseServlet(Site site) {
        this.site = site;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Optional<Format> byParameter = Format.byExtension(req.getParameter("format"));
        Optional<Format> format = byParameter.or(() -> Format.negotiate(req.getHeader("Accept")));
        if (byParameter.isEmpty()) {
            resp.setHeader(Http.VARY, "Accept");
        }
        if (format.isEmpty()) {
            Errors.notAcceptable(resp);
            return;
        }
        String rest = Addresses.normalise(Http.rawRest(req, PREFIX));
        Optional<Listing> found;
        try {
            found = site.browse().listing(rest, Http.intParameter(req, "page", 1));
        } catch (QueryCancelledException e) {
            resp.setHeader("Retry-After", "60");
            Http.sendText(resp, 503, "This list took longer to count than the query time limit allows; try again later.");
            return;
        }
        // A page past the last is no page: search engines must not keep an empty list under it.
        if (found.isEmpty() || found.get().page() > found.get().pageCount()) {
            Errors.notFound(req, resp, site.addresses().base() + PREFIX.substring(1) + rest);
            return;
        }
        Listing listing = found.get();
        resp.setHeader("Cache-Control", "public, max-age=60");
        String here = site.addresses().base();
        StringBuilder links = new StringBuilder();
        if (listing.hasNext()) {
            links.append('<').append(here).append(listing.pageHref(listing.page() + 1).substring(1)).append(">; rel=\"next\"");
        }
        if (listing.hasPrevious()) {
            links.append(links.isEmpty() ? "" : ", ").append('<').append(here).append(listing.pageHref(listing.page() - 1).substring(1))
                    .append(">; rel=\"prev\"");
        }
        if (!links.isEmpty()) {
            resp.setHeader("Link", links.toString());
        }
        if (format.get() == Format.HTML) {
            Http.sendHtml(resp, 200, new ListPage(listing).render());
            return;
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        site.rdf().write(listing.toRdf(here), format.get(), body);
        String type = format.get() == Format.TURTLE ? format.get().mediaType() + "; charset=utf-8" : format.get().mediaType();
        Http.send(resp, 200, type, body.toByteArray());
    }
}
