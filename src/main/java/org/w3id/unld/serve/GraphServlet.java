package org.w3id.unld.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.w3id.unld.vocab.Prefixes;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Optional;

/**
 * {@code /graph/…}: the named graph of one document — everything unld says about it, with its provenance
 * ({@code #source}, {@code #extraction}). A graph is a document, so it answers 200 at once: the whole graph in
 * the RDF formats, a page describing it (and linking to those downloads) in HTML.
 */
final class GraphServlet extends HttpServlet {
    static final String PREFIX = "/graph/";
    private final transient Site site;

    GraphServlet(Site site) {
        this.site = site;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String raw = Http.rawRest(req, PREFIX);
        Optional<Format> format = Format.byExtension(req.getParameter("format"));
        int dot = raw.lastIndexOf('.');
        String rest = raw;
        if (dot > raw.lastIndexOf('/') && Format.byExtension(raw.substring(dot + 1)).isPresent()
                && exists(site.addresses().graphIriOf(raw.substring(0, dot)))) {
            rest = raw.substring(0, dot);
            if (format.isEmpty()) {
                format = Format.byExtension(raw.substring(dot + 1));
            }
        }
        if (format.isEmpty()) {
            format = Format.negotiate(req.getHeader("Accept"));
            resp.setHeader(Http.VARY, "Accept");
        }
        if (format.isEmpty()) {
            Errors.notAcceptable(resp);
            return;
        }
        String iri = site.addresses().graphIriOf(rest);
        if (rest.isEmpty() || !exists(iri)) {
            Errors.notFound(req, resp, iri);
            return;
        }
        resp.setHeader(Http.CONTENT_LOCATION, site.addresses().graphPath(iri, format.get()).orElseThrow());
        resp.setHeader("Cache-Control", "public, max-age=60");
        Node graphName = NodeFactory.createURI(iri);
        if (format.get() == Format.HTML) {
            Description d = site.describer().describe(graphName, Http.intParameter(req, "page", 1));
            Http.sendHtml(resp, 200, new ResourcePage(site.addresses(), site.vocabulary(), d).render());
            return;
        }
        Graph copy = GraphFactory.createDefaultGraph();
        copy.getPrefixMapping().setNsPrefixes(Prefixes.DATA_MAPPING);
        Txn.executeRead(site.dataset(), () -> site.dataset().getGraph(graphName).find().forEachRemaining(copy::add));
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        site.rdf().write(copy, format.get(), body);
        Http.send(resp, 200, format.get() == Format.TURTLE ? Format.TURTLE.mediaType() + "; charset=utf-8" : format.get().mediaType(),
                body.toByteArray());
    }

    private boolean exists(String iri) {
        Node g = NodeFactory.createURI(iri);
        return Txn.calculateRead(site.dataset(), () -> site.dataset().containsGraph(g));
    }
}
