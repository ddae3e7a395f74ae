package org.w3id.unld.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.w3id.unld.vocab.Unld;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * {@code /ontology} and {@code /shapes}: the ontology and the SHACL shapes shipped in the jar, as an HTML
 * page or in each RDF format (negotiated, or by extension: {@code /ontology.ttl}).
 */
final class VocabularyServlet extends HttpServlet {
    enum Kind {
        ONTOLOGY("/ontology", "The unld ontology", Vocabulary.ONTOLOGY_RESOURCE),
        SHAPES("/shapes", "The unld SHACL shapes", Vocabulary.SHAPES_RESOURCE);

        final String path;
        final String title;
        final String resource;

        Kind(String path, String title, String resource) {
            this.path = path;
            this.title = title;
            this.resource = resource;
        }
    }

    private static final Node SH_NODE_SHAPE = SHACL.NodeShape;
    private static final Node SH_PROPERTY = SHACL.property;

    private final Kind kind;
    private final transient Site site;
    private final transient Optional<Graph> graph;

    VocabularyServlet(Kind kind, Site site) {
        this.kind = kind;
        this.site = site;
        this.graph = kind == Kind.ONTOLOGY && site.vocabulary().hasOntology()
                ? Optional.of(site.vocabulary().ontology()) : Vocabulary.readResource(kind.resource);
    }

    /** The paths to register: the bare one and one per extension. */
    List<String> paths() {
        List<String> paths = new ArrayList<>();
        paths.add(kind.path);
        for (Format f : Format.values()) {
            paths.add(kind.path + "." + f.extension());
        }
        return paths;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getRequestURI().substring(req.getContextPath().length());
        Optional<Format> format;

        if (path.length() > kind.path.length()) {
            format = Format.byExtension(path.substring(kind.path.length() + 1));
        } else if (req.getParameter("format") != null) {
            format = Format.byExtension(req.getParameter("format"));
        } else {
            format = Format.negotiate(req.getHeader("Accept"));

            resp.setHeader(Http.VARY, "Accept");
        }
        if (format.isEmpty()) {
            Errors.notAcceptable(resp);
            return;
        }
        if (graph.isEmpty()) {
            Http.sendText(resp, HttpServletResponse.SC_NOT_FOUND, "This build of unld does not ship " + kind.resource + ".");
            return;
        }
        resp.setHeader(Http.CONTENT_LOCATION, kind.path + "." + format.get().extension());
        resp.setHeader("Cache-Control", "public, max-age=3600");
        if (format.get() == Format.HTML) {
            Page page = new Page(kind.title);
            for (Format f : Format.values()) {
                if (f.isRdf()) {
                    page.alternate(f.mediaType(), kind.path + "." + f.extension());
                }
            }
            Http.sendHtml(resp, 200, page.render(kind == Kind.ONTOLOGY ? this::ontology : this::shapes));
            return;
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        site.rdf().write(graph.get(), format.get(), body);
        Http.send(resp, 200, format.get() == Format.TURTLE ? Format.TURTLE.mediaType() + "; charset=utf-8" : format.get().mediaType(),
                body.toByteArray());
    }

    private void ontology(Html h) {
        Graph g = graph.orElseGet(GraphFactory::createDefaultGraph);
        Node ontology = NodeFactory.createURI(Unld.ONTOLOGY);
        h.element("h1", first(g, ontology, DCTerms.title.asNode()).orElse(kind.title));
        first(g, ontology, RDFS.Nodes.comment).ifPresent(c -> h.element("p", c, "class", "lead"));
        h.open("p").text("Namespace ").element("code", Unld.NS).text(", prefix ").element("code", "unld:")
                .text(first(g, ontology, OWL.versionInfo.asNode()).map(v -> ", version " + v).orElse("")).text(".").close("p");
        downloads(h);
        List<Node> classes = terms(g, OWL.Class.asNode());
        List<Node> properties = new ArrayList<>(terms(g, OWL.ObjectProperty.asNode()));
        properties.addAll(terms(g, OWL.DatatypeProperty.asNode()));
        properties.sort(Comparator.comparing(Node::getURI));
        List<Node> individuals = g.find(Node.ANY, RDF.type.asNode(), Node.ANY).toList().stream().map(Triple::getSubject)
                .filter(n -> n.isURI() && n.getURI().startsWith(Unld.NS) && !classes.contains(n) && !properties.contains(n))
                .distinct().sorted(Comparator.comparing(Node::getURI)).toList();
        section(h, "Classes", classes, g, List.of(RDFS.subClassOf.asNode()));
        section(h, "Properties", properties, g, List.of(RDFS.domain.asNode(), RDFS.range.asNode(), RDFS.subPropertyOf.asNode()));
        section(h, "Individuals", individuals, g, List.of(RDF.type.asNode()));
    }

    private void section(Html h, String title, List<Node> terms, Graph g, List<Node> shown) {
        if (terms.isEmpty()) {
            return;
        }
        h.open("section", "class", "terms").element("h2", title);
        h.open("nav", "class", "toc");
        for (Node t : terms) {
            h.link("#" + t.getLocalName(), t.getLocalName()).text(" ");
        }
        h.close("nav");
        for (Node t : terms) {
            h.open("div", "class", "term", "id", t.getLocalName());
            h.open("h3").text(site.vocabulary().label(t)).text(" ").element("code", "unld:" + t.getLocalName()).close("h3");
            first(g, t, RDFS.Nodes.comment).ifPresent(c -> h.element("p", c));
            h.open("dl");
            for (Node p : shown) {
                List<Node> values = g.find(t, p, Node.ANY).mapWith(Triple::getObject).toList();
                if (!values.isEmpty()) {
                    h.element("dt", site.vocabulary().label(p)).open("dd");
                    for (int i = 0; i < values.size(); i++) {
                        if (i > 0) {
                            h.text(", ");
                        }
                        term(h, g, values.get(i));
                    }
                    h.close("dd");
                }
            }
            h.close("dl").close("div");
        }
        h.close("section");
    }

    /** A class or property: a link within the page for unld's, its prefixed name for the others; unions spelled out. */
    private void term(Html h, Graph g, Node n) {
        if (n.isURI()) {
            if (n.getURI().startsWith(Unld.NS)) {
                h.link("/ontology#" + n.getLocalName(), "unld:" + n.getLocalName());
            } else {
                h.link(n.getURI(), g.getPrefixMapping().shortForm(n.getURI()), "rel", "external noopener");
            }
            return;
        }
        if (n.isBlank()) {
            Optional<Node> inverse = g.find(n, SHACL.inversePath, Node.ANY).toList().stream().map(Triple::getObject).findFirst();
            if (inverse.isPresent()) {
                h.text("^");
                term(h, g, inverse.get());
                return;
            }
            Optional<Node> union = g.find(n, OWL.unionOf.asNode(), Node.ANY).toList().stream().map(Triple::getObject).findFirst();
            if (union.isPresent()) {
                List<Node> members = new ArrayList<>();
                Node list = union.get();
                while (list != null && !list.equals(RDF.nil.asNode())) {
                    Node l = list;
                    g.find(l, RDF.first.asNode(), Node.ANY).toList().stream().findFirst().ifPresent(t -> members.add(t.getObject()));
                    list = g.find(l, RDF.rest.asNode(), Node.ANY).toList().stream().findFirst().map(Triple::getObject).orElse(null);
                }
                h.text("one of ");
                for (int i = 0; i < members.size(); i++) {
                    if (i > 0) {
                        h.text(" or ");
                    }
                    term(h, g, members.get(i));
                }
                return;
            }
        }
        h.text(n.isLiteral() ? n.getLiteralLexicalForm() : n.toString());
    }

    private void shapes(Html h) {
        Graph g = graph.orElseGet(GraphFactory::createDefaultGraph);
        h.element("h1", kind.title);
        h.element("p", "Every document graph unld publishes conforms to these SHACL shapes; ingest rejects a graph that does not.",
                "class", "lead");
        downloads(h);
        List<Node> shapes = g.find(Node.ANY, RDF.type.asNode(), SH_NODE_SHAPE).mapWith(Triple::getSubject).toList().stream()
                .filter(Node::isURI).sorted(Comparator.comparing(Node::getURI)).toList();
        for (Node shape : shapes) {
            h.open("section", "class", "shape", "id", shape.getLocalName());
            h.element("h2", shape.getLocalName());
            first(g, shape, SHACL.message).or(() -> first(g, shape, RDFS.Nodes.comment))
                    .or(() -> first(g, shape, SHACL.description)).ifPresent(m -> h.element("p", m));
            List<Node> targets = g.find(shape, SHACL.targetClass, Node.ANY).mapWith(Triple::getObject).toList();
            if (!targets.isEmpty()) {
                h.open("p").text("Applies to every ");
                for (Node t : targets) {
                    term(h, g, t);
                    h.text(" ");
                }
                h.close("p");
            }
            List<Node> properties = g.find(shape, SH_PROPERTY, Node.ANY).mapWith(Triple::getObject).toList();
            if (!properties.isEmpty()) {
                h.open("table").open("thead").open("tr").element("th", "path").element("th", "count").element("th", "values")
                        .element("th", "message").close("tr").close("thead").open("tbody");
                for (Node p : properties) {
                    h.open("tr").open("td");
                    g.find(p, SHACL.path, Node.ANY).toList().stream().findFirst().ifPresent(t -> term(h, g, t.getObject()));
                    h.close("td");
                    String min = first(g, p, SHACL.minCount).orElse("0");
                    String max = first(g, p, SHACL.maxCount).orElse("*");
                    h.element("td", min + ".." + max).open("td");
                    for (String c : List.of("datatype", "class", "nodeKind", "in", "pattern")) {
                        g.find(p, NodeFactory.createURI(SHACL.getURI() + c), Node.ANY).toList().stream().findFirst().ifPresent(t -> {
                            h.text(c + " ");
                            term(h, g, t.getObject());
                            h.text(" ");
                        });
                    }
                    h.close("td");
                    h.element("td", first(g, p, SHACL.message).orElse(first(g, p, SHACL.description).orElse("")));
                    h.close("tr");
                }
                h.close("tbody").close("table");
            }
            h.close("section");
        }
    }

    private void downloads(Html h) {
        h.open("p", "class", "downloads").text("Download: ");
        for (Format f : Format.values()) {
            if (f.isRdf()) {
                h.link(kind.path + "." + f.extension(), f.label(), "type", f.mediaType()).text(" ");
            }
        }
        h.close("p");
    }

    private static List<Node> terms(Graph g, Node type) {
        return g.find(Node.ANY, RDF.type.asNode(), type).mapWith(Triple::getSubject).toList().stream()
                .filter(n -> n.isURI() && n.getURI().startsWith(Unld.NS)).distinct().sorted(Comparator.comparing(Node::getURI)).toList();
    }

    private static Optional<String> first(Graph g, Node s, Node p) {
        return g.find(s, p, Node.ANY).toList().stream().map(Triple::getObject).filter(Node::isLiteral)
                .sorted(Comparator.comparing((Node n) -> n.getLiteralLanguage().isEmpty() || n.getLiteralLanguage().startsWith("en") ? 0 : 1))
                .map(Node::getLiteralLexicalForm).findFirst();
    }

}
