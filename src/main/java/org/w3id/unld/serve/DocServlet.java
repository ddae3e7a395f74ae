package org.w3id.unld.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDFS;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * {@code /doc/…}: the descriptions of things, in Turtle, N-Triples, JSON-LD, RDF/XML or HTML. {@code /doc/X}
 * negotiates ({@code Vary: Accept}) and says which variant it sent in {@code Content-Location};
 * {@code /doc/X.ttl} is that variant. {@code ?page=N} pages through the links to the thing.
 */
final class DocServlet extends HttpServlet {
    static final String PREFIX = "/doc/";
    private final transient Site site;

    DocServlet(Site site) {
        this.site = site;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (sentText(req, resp)) {
            return;
        }
        ResourceRequest r = ResourceRequest.parse(req, PREFIX, site);
        if (r.negotiated()) {
            // The HTML variant names things in the reader's language: a cache keeps one per Accept-Language too.
            resp.setHeader(Http.VARY, "Accept, " + ReaderLanguages.HEADER);
        }
        if (r.refuse(req, resp)) {
            return;
        }
        Node resource = r.resource().get();
        Format format = r.format().get();
        Description description = site.describer().describe(resource, Http.intParameter(req, "page", 1));
        String location = site.addresses().docPath(resource.getURI(), format).orElseThrow();
        if (description.page() > 1) {
            location += "?page=" + description.page();
        }
        resp.setHeader(Http.CONTENT_LOCATION, location);
        resp.setHeader("Cache-Control", "public, max-age=60");
        resp.setHeader("Link", "<" + resource.getURI() + ">; rel=\"describes\"");
        if (format == Format.HTML) {
            if (!r.negotiated()) {
                resp.setHeader(Http.VARY, ReaderLanguages.HEADER);
            }
            boolean held = site.browse().holds(resource);
            ResourcePage page = new ResourcePage(site.addresses(), site.vocabulary(), description, held, ReaderLanguages.of(req));
            if (held) {
                DocumentText.read(site.dataset(), resource).ifPresent(page::withText);
            }
            Http.sendHtml(resp, 200, page.render());
            return;
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        site.rdf().write(withNextPage(description, format), format, body);
        String type = format == Format.TURTLE ? format.mediaType() + "; charset=utf-8" : format.mediaType();
        Http.send(resp, 200, type, body.toByteArray());
    }

    /**
     * {@code /doc/{document}/text}: the text of a held document as read, the text its evidence offsets count into, as
     * {@code text/plain; charset=utf-8}. False when the path names no held document's text.
     */
    private boolean sentText(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String raw = Http.rawRest(req, PREFIX);
        if (!raw.endsWith(Addresses.TEXT) || raw.length() == Addresses.TEXT.length()) {
            return false;
        }
        Optional<DocumentText> text = site.describer().resolve(site.addresses().iriOf(raw.substring(0, raw.length() - Addresses.TEXT.length())))
                .flatMap(document -> DocumentText.read(site.dataset(), document));
        if (text.isEmpty()) {
            return false;
        }
        resp.setHeader("Cache-Control", "public, max-age=60");
        Http.send(resp, 200, "text/plain; charset=utf-8", text.get().text().getBytes(StandardCharsets.UTF_8));
        return true;
    }

    /** In RDF, more incoming links are one {@code rdfs:seeAlso} away: the next page of the same description. */
    private org.apache.jena.graph.Graph withNextPage(Description d, Format format) {
        if (!d.hasNextPage()) {
            return d.graph();
        }
        String next = site.addresses().base() + site.addresses().docPath(d.subject().getURI(), format).orElseThrow().substring(1)
                + "?page=" + (d.page() + 1);
        d.graph().add(d.subject(), RDFS.Nodes.seeAlso, org.apache.jena.graph.NodeFactory.createURI(next));
        return d.graph();
    }
}
