package org.w3id.unld.serve;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.document.JsonDocument;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.w3id.unld.map.Iris;
import org.w3id.unld.vocab.Schema;
import org.w3id.unld.vocab.Unld;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;

/**
 * The schema.org description that web and dataset search engines read from a page ({@code <script
 * type="application/ld+json">}): a {@code schema:DigitalDocument} on each document's page, a {@code schema:Dataset}
 * on the landing page. Built as a Jena graph of {@link Schema} terms, written by Jena as JSON-LD and framed by
 * Titanium around the one node the page is about, with schema.org as the vocabulary, as search engines expect.
 */
final class SchemaOrg {
    private static final Node UNITED_NATIONS = NodeFactory.createBlankNode("united-nations");
    /** The properties whose values are web addresses. */
    private static final List<Node> LINKS = List.of(Schema.url, Schema.sameAs, Schema.contentUrl);

    private SchemaOrg() {
    }

    /**
     * A document's page: its name (the title, else a symbol), symbols as identifiers, date, page URL, the organs
     * as authors, undocs.org as the same document elsewhere, the documents it cites and the dataset it is part of.
     *
     * @param g    the document's description (as the page shows it)
     * @param page the page's absolute URL
     */
    static String document(Graph g, Node doc, String name, String page, String dataset, List<String> symbols) {
        Graph out = GraphFactory.createDefaultGraph();
        out.add(doc, RDF.Nodes.type, Schema.DigitalDocument);
        out.add(doc, Schema.name, NodeFactory.createLiteralString(name));
        out.add(doc, Schema.url, NodeFactory.createURI(page));
        for (String symbol : symbols) {
            out.add(doc, Schema.identifier, NodeFactory.createLiteralString(symbol));
            out.add(doc, Schema.sameAs, Iris.undocs(symbol));
        }
        g.find(doc, DCTerms.date.asNode(), Node.ANY).forEach(t ->
                out.add(doc, Schema.datePublished, NodeFactory.createLiteralString(t.getObject().getLiteralLexicalForm())));
        for (Triple t : g.find(doc, Unld.organ, Node.ANY).toList()) {
            Node organ = t.getObject();
            out.add(doc, Schema.author, organ);
            out.add(organ, RDF.Nodes.type, Schema.Organization);
            Describer.labelOf(g, organ).ifPresent(l -> out.add(organ, Schema.name, NodeFactory.createLiteralString(l.getObject().getLiteralLexicalForm())));
        }
        for (Triple t : g.find(doc, Unld.refersTo, Node.ANY).toList()) {
            Node cited = t.getObject();
            if (cited.isURI() && cited.getURI().contains("/" + Addresses.DOCUMENT)) {
                // Untyped: the frame picks the one DigitalDocument of the page, and embeds the documents it cites.
                out.add(doc, Schema.citation, cited);
                Describer.labelOf(g, cited).ifPresent(l -> out.add(cited, Schema.name, NodeFactory.createLiteralString(l.getObject().getLiteralLexicalForm())));
            }
        }
        out.add(doc, Schema.publisher, UNITED_NATIONS);
        out.add(UNITED_NATIONS, RDF.Nodes.type, Schema.Organization);
        out.add(UNITED_NATIONS, Schema.name, NodeFactory.createLiteralString("United Nations"));
        out.add(doc, Schema.isPartOf, NodeFactory.createURI(dataset));
        return framed(out, "DigitalDocument");
    }

    /** The landing page: the dataset, where it is, what it holds and how to download it. */
    static String dataset(String base, String description, long documents) {
        Graph out = GraphFactory.createDefaultGraph();
        Node ds = NodeFactory.createURI(base);
        out.add(ds, RDF.Nodes.type, Schema.Dataset);
        out.add(ds, Schema.name, NodeFactory.createLiteralString("unld: United Nations documents as linked data"));
        out.add(ds, Schema.description, NodeFactory.createLiteralString(description + " " + documents + " documents."));
        out.add(ds, Schema.url, ds);
        out.add(ds, Schema.sameAs, NodeFactory.createURI(base + ".well-known/void"));
        Node creator = NodeFactory.createBlankNode("creator");
        out.add(ds, Schema.creator, creator);
        out.add(creator, RDF.Nodes.type, Schema.Organization);
        out.add(creator, Schema.name, NodeFactory.createLiteralString("unld"));
        out.add(creator, Schema.url, Unld.SOFTWARE);
        Node download = NodeFactory.createBlankNode("dumps");
        out.add(ds, Schema.distribution, download);
        out.add(download, RDF.Nodes.type, Schema.DataDownload);
        out.add(download, Schema.contentUrl, NodeFactory.createURI(base + "dumps/"));
        out.add(download, Schema.encodingFormat, NodeFactory.createLiteralString("application/n-quads"));
        return framed(out, "Dataset");
    }

    /** The graph as one JSON-LD object about the node of {@code type}, the others embedded, keys in schema.org's vocabulary. */
    private static String framed(Graph graph, String type) {
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        RDFWriter.source(graph).format(RDFFormat.JSONLD11_PLAIN).output(plain);
        // Links as plain strings ("url": "https://…"), as search engines' examples write them.
        JsonObject link = Json.createObjectBuilder().add("@type", "@id").build();
        var context = Json.createObjectBuilder().add("@vocab", Schema.NS);
        for (Node p : LINKS) {
            context.add(p.getLocalName(), link);
        }
        JsonObject frame = Json.createObjectBuilder().add("@context", context).add("@type", type).build();
        try {
            JsonObject framed = JsonLd.frame(JsonDocument.of(new ByteArrayInputStream(plain.toByteArray())), JsonDocument.of(frame)).get();
            // The context first, where people reading the page source look for it.
            JsonObjectBuilder out = Json.createObjectBuilder().add("@context", framed.get("@context"));
            framed.forEach((k, v) -> {
                if (!k.equals("@context")) {
                    out.add(k, v);
                }
            });
            return out.build().toString();
        } catch (JsonLdError e) {
            throw new IllegalStateException("schema.org JSON-LD framing failed: " + e.getMessage(), e);
        }
    }
}
