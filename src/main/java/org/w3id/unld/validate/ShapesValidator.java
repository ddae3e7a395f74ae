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
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.util.FmtUtils;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.RDF;
import org.w3id.unld.vocab.Prefixes;
import org.w3id.unld.vocab.Unld;

import java.io.IOException;
import java.io.InputStream;
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
    public static final String SHAPES_RESOURCE = "/" + Unld.SHAPES_RESOURCE;
    private static final Node MAX_YEARS_AHEAD = NodeFactory.createURI(Unld.SHAPES_NS + "maxYearsAhead");
    /** How paths, focus nodes and reports are written: with the prefixes of data. */
    private static final PrefixMapping PREFIXES = Prefixes.DATA_MAPPING;

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
            RDFParser.source(in).lang(Lang.TURTLE).base(Unld.SHAPES).parse(graph);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Triple> bounds = new ArrayList<>();
        graph.find(Node.ANY, MAX_YEARS_AHEAD, Node.ANY).forEach(t -> {
            long years = Long.parseLong(t.getObject().getLiteralLexicalForm());
            Node latest = NodeFactory.createLiteralDT(today.plusYears(years).toString(), XSDDatatype.XSDdate);
            bounds.add(Triple.create(t.getSubject(), SHACL.maxInclusive, latest));
        });
        bounds.forEach(graph::add);
        return graph;
    }

    /** The document a document graph is about: its provenance's foaf:primaryTopic, else its unld:Document. */
    public static Optional<Node> documentOf(Graph documentGraph) {
        Optional<Node> topic = documentGraph.find(Node.ANY, FOAF.primaryTopic.asNode(), Node.ANY).nextOptional().map(Triple::getObject);
        if (topic.isPresent()) {
            return topic;
        }
        return documentGraph.find(Node.ANY, RDF.Nodes.type, Unld.Document).nextOptional().map(Triple::getSubject);
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
        g.getPrefixMapping().setNsPrefix("sh", Prefixes.namespace("sh")).setNsPrefixes(PREFIXES);
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
