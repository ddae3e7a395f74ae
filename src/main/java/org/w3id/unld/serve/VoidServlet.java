package org.w3id.unld.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.WebContent;
import org.apache.jena.sparql.graph.GraphFactory;
import org.eclipse.jetty.util.StringUtil;
import org.w3id.unld.dump.DumpSet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * {@code /.well-known/void}: the VoID and DCAT description of the dataset, the {@code void.ttl} that the last
 * dump wrote (its figures are counted from the store, its sizes and checksums from the files). Turtle as written;
 * JSON-LD, N-Triples and RDF/XML by Jena from the same graph; a plain HTML page for browsers.
 */
public final class VoidServlet extends HttpServlet {
    /** Where the servlet is mounted (RFC 8615 well-known location, VoID §6.2). */
    public static final String PATH = "/.well-known/void";
    private static final AcceptList OFFER = AcceptList.create(WebContent.contentTypeTurtle, WebContent.contentTypeJSONLD,
            WebContent.contentTypeNTriples, WebContent.contentTypeRDFXML, WebContent.contentTypeHTML);

    private final Path folder;

    public VoidServlet(Path folder) {
        this.folder = folder;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setHeader("Vary", "Accept");
        String accept = req.getHeader("Accept");
        MediaType chosen = accept == null || accept.isBlank()
                ? MediaType.create(WebContent.contentTypeTurtle)
                : AcceptList.match(new AcceptList(accept), OFFER);
        if (chosen == null) {
            send(resp, HttpServletResponse.SC_NOT_ACCEPTABLE, "text/plain",
                    ("Not acceptable: the description is available as " + OFFER + "\n").getBytes(StandardCharsets.UTF_8));
            return;
        }
        byte[] turtle;
        try {
            turtle = Files.readAllBytes(folder.resolve(DumpSet.DESCRIPTION));
        } catch (NoSuchFileException e) {
            send(resp, HttpServletResponse.SC_NOT_FOUND, "text/plain",
                    "No description yet: it is written with the dumps, after every ingest or by unld dump.\n".getBytes(StandardCharsets.UTF_8));
            return;
        }
        String type = chosen.getContentTypeStr();
        // Made from void.ttl alone: its bytes and the format are the ETag (weak: Jena writes the other formats), its time
        // Last-Modified.
        String etag = "W/\"" + Conditional.sha256((type + "\n").getBytes(StandardCharsets.UTF_8), turtle) + "\"";
        Instant modified = Files.getLastModifiedTime(folder.resolve(DumpSet.DESCRIPTION)).toInstant().truncatedTo(ChronoUnit.SECONDS);
        if (Conditional.notModified(req, resp, etag, modified)) {
            return;
        }
        if (type.equals(WebContent.contentTypeTurtle)) {
            send(resp, HttpServletResponse.SC_OK, type, turtle);
        } else if (type.equals(WebContent.contentTypeHTML)) {
            send(resp, HttpServletResponse.SC_OK, type, html(new String(turtle, StandardCharsets.UTF_8)));
        } else {
            Lang lang = RDFLanguages.contentTypeToLang(type);
            Graph g = GraphFactory.createDefaultGraph();
            RDFParser.fromString(new String(turtle, StandardCharsets.UTF_8), Lang.TURTLE).parse(g);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if (lang.equals(Lang.JSONLD)) {
                RDFDataMgr.write(out, g, RDFFormat.JSONLD11);
            } else {
                RDFDataMgr.write(out, g, lang);
            }
            send(resp, HttpServletResponse.SC_OK, type, out.toByteArray());
        }
    }

    private static byte[] html(String turtle) {
        String page = "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>unld: dataset description (VoID)</title>"
                + "<link rel=\"alternate\" type=\"text/turtle\" href=\"/.well-known/void\"></head><body>\n"
                + "<h1>Dataset description</h1>\n"
                + "<p>The VoID and DCAT description of unld's dataset: its figures, its SPARQL endpoint and its "
                + "<a href=\"/dumps/\">dumps</a>. Ask for <code>text/turtle</code>, <code>application/ld+json</code>, "
                + "<code>application/n-triples</code> or <code>application/rdf+xml</code> to get it as data.</p>\n"
                + "<pre>" + StringUtil.sanitizeXmlString(turtle) + "</pre>\n</body></html>\n";
        return page.getBytes(StandardCharsets.UTF_8);
    }

    private static void send(HttpServletResponse resp, int status, String type, byte[] body) throws IOException {
        resp.setStatus(status);
        resp.setContentType(type + "; charset=utf-8");
        resp.setContentLength(body.length);
        resp.getOutputStream().write(body);
    }
}
