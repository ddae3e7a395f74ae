package org.w3id.unld.validate;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphMemFactory;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.util.FmtUtils;
import org.apache.jena.vocabulary.RDF;

import java.io.InputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Validates a document graph against unld's SHACL shapes (shipped in the jar as
 * {@code unld/shapes/unld-shapes.ttl}), loaded once. {@link #check} tells the violations, which reject a
 * document, from the warnings (sh:Warning, sh:Info), which say what it lacks and reject nothing. Dates may
 * lie at most one year after the day of validation: that bound is fixed when the validator is made
 * ({@link #ShapesValidator(LocalDate)}), so every graph of a run is judged against the same day and a
 * test can pin the day.
 */
public final class ShapesValidator {
    /** Where the shapes are on the classpath. */
    public static final String SHAPES_RESOURCE = "/unld/shapes/unld-shapes.ttl";
    static final String UNLDSH = "https://w3id.org/unld/shapes#";
    private static final Node MAX_YEARS_AHEAD = NodeFactory.createURI(UNLDSH + "maxYearsAhead");
    private static final Node SH_MAX_INCLUSIVE = NodeFactory.createURI("http://www.w3.org/ns/shacl#maxInclusive");
    private static final Node PRIMARY_TOPIC = NodeFactory.createURI("http://xmlns.com/foaf/0.1/primaryTopic");
    private static final Node DOCUMENT = NodeFactory.createURI("https://w3id.org/unld/ontology#Document");
    private static final PrefixMapping PREFIXES = PrefixMapping.Factory.create()
            .setNsPrefix("unld", "https://w3id.org/unld/ontology#")
            .setNsPrefix("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#")
            .setNsPrefix("rdfs", "http://www.w3.org/2000/01/rdf-schema#")
            .setNsPrefix("owl", "http://www.w3.org/2002/07/owl#")
            .setNsPrefix("dcterms", "http://purl.org/dc/terms/")
            .setNsPrefix("schema", "http://schema.org/")
            .setNsPrefix("foaf", "http://xmlns.com/foaf/0.1/")
            .setNsPrefix("org", "http://www.w3.org/ns/org#")
            .setNsPrefix("prov", "http://www.w3.org/ns/prov#")
            .setNsPrefix("eli", "http://data.europa.eu/eli/ontology#")
            .lock();

    private final Shapes shapes;
    private final LocalDate today;

    /** Shapes for validating today (UTC). */
    public ShapesValidator() {
        this(LocalDate.now(ZoneOffset.UTC));
    }

    /** Shapes for validating on a given day: dates up to one year after it are accepted. */
    public ShapesValidator(LocalDate today) {
        this.today = today;
        this.shapes = Shapes.parse(shapesGraph(today));
    }

    public LocalDate today() {
        return today;
    }

    public Shapes shapes() {
        return shapes;
    }

    /** The SHACL report: it conforms only when there is no result at all, warnings included. */
    public ValidationReport validate(Graph documentGraph) {
        return ShaclValidator.get().validate(shapes, documentGraph);
    }

    /** The report split into violations, which reject the document, and warnings, which do not. */
    public Validation check(Graph documentGraph) {
        ValidationReport report = validate(documentGraph);
        if (report.conforms()) {
            return new Validation(report, List.of(), List.of());
        }
        Node document = documentOrUnknown(documentGraph);
        List<ReportEntry> violations = new ArrayList<>();
        List<ReportEntry> warnings = new ArrayList<>();
        for (ReportEntry e : report.getEntries()) {
            (isWarning(e) ? warnings : violations).add(e);
        }
        return new Validation(report, describe(document, violations), describe(document, warnings));
    }

    /**
     * sh:Warning and sh:Info say what a document lacks; every other severity (sh:Violation, the default,
     * and any severity of another vocabulary) rejects it.
     */
    private static boolean isWarning(ReportEntry e) {
        return Severity.Warning.equals(e.severity()) || Severity.Info.equals(e.severity());
    }

    /**
     * The shapes graph as shipped, with each {@code unldsh:maxYearsAhead n} turned into
     * {@code sh:maxInclusive} (today plus n years).
     */
    public static Graph shapesGraph(LocalDate today) {
        Graph graph = GraphMemFactory.createDefaultGraph();
        try (InputStream in = ShapesValidator.class.getResourceAsStream(SHAPES_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(SHAPES_RESOURCE + " is missing from the classpath");
            }
            RDFParser.source(in).lang(Lang.TURTLE).base("https://w3id.org/unld/shapes").parse(graph);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Triple> bounds = new ArrayList<>();
        graph.find(Node.ANY, MAX_YEARS_AHEAD, Node.ANY).forEach(t -> {
            long years = Long.parseLong(t.getObject().getLiteralLexicalForm());
            Node latest = NodeFactory.createLiteralDT(today.plusYears(years).toString(), XSDDatatype.XSDdate);
            bounds.add(Triple.create(t.getSubject(), SH_MAX_INCLUSIVE, latest));
        });
        bounds.forEach(graph::add);
        return graph;
    }

    /** The document a document graph is about: its provenance's foaf:primaryTopic, else its unld:Document. */
    public static Optional<Node> documentOf(Graph documentGraph) {
        Optional<Node> topic = documentGraph.find(Node.ANY, PRIMARY_TOPIC, Node.ANY).nextOptional().map(Triple::getObject);
        if (topic.isPresent()) {
            return topic;
        }
        return documentGraph.find(Node.ANY, RDF.type.asNode(), DOCUMENT).nextOptional().map(Triple::getSubject);
    }

    /**
     * The report as one line per result, sorted: {@code document <IRI>: <focus node> path: message}
     * (path "-" when the constraint is on the node itself). Empty when the graph conforms.
     */
    public static List<String> describe(Node document, ValidationReport report) {
        return describe(document, report.getEntries());
    }

    private static List<String> describe(Node document, Collection<ReportEntry> entries) {
        List<String> lines = new ArrayList<>();
        for (ReportEntry e : entries) {
            String path = e.resultPath() == null ? "-" : e.resultPath().toString(new org.apache.jena.sparql.core.Prologue(PREFIXES));
            lines.add("document " + node(document) + ": " + node(e.focusNode()) + " " + path + ": " + message(e));
        }
        lines.sort(null);
        return lines;
    }

    /** {@link #describe(Node, ValidationReport)} for the document the graph is about. */
    public static List<String> describe(Graph documentGraph, ValidationReport report) {
        return describe(documentOrUnknown(documentGraph), report);
    }

    private static Node documentOrUnknown(Graph documentGraph) {
        return documentOf(documentGraph).orElse(NodeFactory.createURI("urn:unld:unknown-document"));
    }

    /** Writes the report as RDF (a sh:ValidationReport) in Turtle. */
    public static void writeTurtle(ValidationReport report, OutputStream out) {
        Graph g = GraphMemFactory.createDefaultGraph();
        report.getGraph().find().forEach(g::add);
        g.getPrefixMapping().setNsPrefix("sh", "http://www.w3.org/ns/shacl#").setNsPrefixes(PREFIXES);
        RDFDataMgr.write(out, g, RDFFormat.TURTLE_PRETTY);
    }

    private static String message(ReportEntry e) {
        String m = e.message();
        return m == null ? "constraint " + node(e.sourceConstraintComponent()) + " violated" : m.replaceAll("\\s+", " ").strip();
    }

    private static String node(Node n) {
        if (n == null) {
            return "-";
        }
        if (n.isURI()) {
            return "<" + n.getURI() + ">";
        }
        return FmtUtils.stringForNode(n, PREFIXES);
    }
}
