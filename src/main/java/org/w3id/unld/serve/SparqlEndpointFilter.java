package org.w3id.unld.serve;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.atlas.web.ContentType;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.WebContent;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * In front of Fuseki at the public {@code /sparql}: what Fuseki alone would answer badly for a public endpoint.
 * <ul>
 * <li>{@code GET /sparql} without a query is the endpoint's SPARQL 1.1 Service Description, by content negotiation
 *     (Turtle, JSON-LD, RDF/XML, N-Triples), and the query page for a browser — never the dataset (Fuseki's Graph
 *     Store read of the whole store). The public endpoint has no Graph Store reads at all ({@code ?graph=},
 *     {@code ?default}): a document's graph is at {@code /graph/…}, the whole dataset at {@code /dumps/}.</li>
 * <li>A POST whose body is neither {@code application/sparql-query} nor a form ({@code query=…}) is refused with
 *     415 and says how to send a query (a browser's {@code fetch} with a string body sends {@code text/plain}).</li>
 * <li>A method that would write (PUT, DELETE, PATCH) gets 405 with {@code Allow}.</li>
 * </ul>
 */
final class SparqlEndpointFilter extends HttpFilter {
    static final String ALLOW = "GET, HEAD, POST, OPTIONS";
    private static final Set<String> WRITES = Set.of("PUT", "DELETE", "PATCH");
    private static final Set<String> POSTED_QUERIES = Set.of(WebContent.contentTypeSPARQLQuery, WebContent.contentTypeHTMLForm);

    private final transient Site site;
    private final transient Graph description;
    private final transient QueryPageServlet queryPage;

    SparqlEndpointFilter(Site site, Graph description) {
        this.site = site;
        this.description = description;
        this.queryPage = new QueryPageServlet(site);
    }

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse resp, FilterChain chain) throws IOException, ServletException {
        String method = req.getMethod();
        if ((method.equals("GET") || method.equals("HEAD")) && req.getParameter("query") == null) {
            describe(req, resp);
        } else if (method.equals("POST") && !isPostedQuery(req.getContentType())) {
            unsupportedBody(req, resp);
        } else if (WRITES.contains(method)) {
            resp.setHeader("Allow", ALLOW);
            Http.sendText(resp, HttpServletResponse.SC_METHOD_NOT_ALLOWED, "The public SPARQL endpoint is read-only (" + ALLOW
                    + "). Writes go to " + UnldServer.UPDATE_SERVICE + ", for the users of the server's password file.");
        } else {
            chain.doFilter(req, resp);
        }
    }

    private void describe(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (req.getParameter("graph") != null || req.getParameter("default") != null) {
            Http.sendText(resp, HttpServletResponse.SC_NOT_FOUND, "This endpoint answers SPARQL queries only, no Graph Store reads. "
                    + "A document's graph is at /graph/document/{symbol} (add .ttl .nt .jsonld or .rdf), the whole dataset at /dumps/.");
            return;
        }
        resp.setHeader(Http.VARY, "Accept");
        Optional<Format> format = Format.negotiate(req.getHeader("Accept"));
        if (format.isEmpty()) {
            Errors.notAcceptable(resp);
            return;
        }
        if (format.get() == Format.HTML) {
            queryPage.doGet(req, resp);
            return;
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        site.rdf().write(description, format.get(), body);
        Http.send(resp, HttpServletResponse.SC_OK, format.get() == Format.TURTLE ? Format.TURTLE.mediaType() + "; charset=utf-8"
                : format.get().mediaType(), body.toByteArray());
    }

    private static boolean isPostedQuery(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return false;
        }
        try {
            return POSTED_QUERIES.contains(ContentType.create(contentType).getContentTypeStr().toLowerCase(Locale.ROOT));
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static void unsupportedBody(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String sent = req.getContentType() == null ? "no Content-Type" : "Content-Type " + req.getContentType();
        String update = isUpdate(req.getContentType()) ? " This endpoint is read-only: updates go to " + UnldServer.UPDATE_SERVICE + "." : "";
        resp.setHeader("Accept-Post", WebContent.contentTypeSPARQLQuery + ", " + WebContent.contentTypeHTMLForm);
        Http.sendText(resp, HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE, "A query is POSTed either as " + WebContent.contentTypeSPARQLQuery
                + " (the query is the body) or as " + WebContent.contentTypeHTMLForm + " (query=…); this request had " + sent + "."
                + update + " From JavaScript: fetch('/sparql', {method: 'POST', body: new URLSearchParams({query})}), or GET /sparql?query=….");
    }

    private static boolean isUpdate(String contentType) {
        try {
            return contentType != null && ContentType.create(contentType).getContentTypeStr().equalsIgnoreCase(WebContent.contentTypeSPARQLUpdate);
        } catch (RuntimeException e) {
            return false;
        }
    }
}
