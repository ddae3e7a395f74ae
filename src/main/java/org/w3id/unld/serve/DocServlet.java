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
        int page = Math.max(1, Http.intParameter(req, "page", 1));
        String location = site.addresses().docPath(resource.getURI(), format).orElseThrow();
        if (page > 1) {
            location += "?page=" + page;
        }
        resp.setHeader(Http.CONTENT_LOCATION, location);
        resp.setHeader("Cache-Control", "public, max-age=60");
        resp.setHeader("Link", "<" + resource.getURI() + ">; rel=\"describes\"");
        if (format == Format.HTML) {
            if (!r.negotiated()) {
                resp.setHeader(Http.VARY, ReaderLanguages.HEADER);
            }
            Http.pageHeaders(resp);
        }
        // Only the HTML names things in the reader's language: the RDF is the same for every reader.
        ReaderLanguages languages = format == Format.HTML ? ReaderLanguages.of(req) : ReaderLanguages.ENGLISH;
        DescriptionCache.Rendered rendered = site.descriptions().get(
                new DescriptionCache.Variant(resource.getURI(), format, page, languages), () -> render(resource, format, page, languages));
        Http.send(resp, 200, rendered.contentType(), rendered.body());
    }

    /** The description of {@code resource}, page {@code page} of its incoming links, as {@code format}. */
    private DescriptionCache.Rendered render(Node resource, Format format, int page, ReaderLanguages languages) {
        Description description = site.describer().describe(resource, page);
        if (format == Format.HTML) {
            boolean held = site.browse().holds(resource);
            ResourcePage html = new ResourcePage(site.addresses(), site.vocabulary(), description, held, languages);
            if (held) {
                DocumentText.read(site.dataset(), resource).ifPresent(html::withText);
            }
            return new DescriptionCache.Rendered(Format.HTML.mediaType() + "; charset=utf-8", html.render().getBytes(StandardCharsets.UTF_8));
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        site.rdf().write(withNextPage(description, format), format, body);
        return new DescriptionCache.Rendered(format == Format.TURTLE ? format.mediaType() + "; charset=utf-8" : format.mediaType(), body.toByteArray());
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
