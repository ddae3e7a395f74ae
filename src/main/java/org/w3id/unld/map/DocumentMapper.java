package org.w3id.unld.map;

import org.apache.jena.graph.GraphMemFactory;
import org.apache.jena.graph.Node;
import org.w3id.unld.model.Extraction;
import org.w3id.unld.model.ParsedDocument;
import org.w3id.unld.reference.Gazetteer;

import java.util.List;
import java.util.Objects;

/**
 * Maps a parsed document to its named graph: the document, its language version, the shared resources
 * it uses (described inside its graph), and the provenance of the graph. Each concern is one
 * {@link FactMapper}; every IRI comes from {@link Iris}. The same document and unld version always
 * give the same triples (no clock, no blank nodes).
 */
public final class DocumentMapper {
    /** The IRI base when none is configured: where a local Fuseki serves the data. */
    public static final String DEFAULT_BASE = "http://localhost:3030/";
    /** unld reads the English versions of UN documents: the expression it maps is the English one. */
    static final String TEXT_LANGUAGE = "en";

    private static final List<FactMapper> MAPPERS = List.of(
            new DocumentFactsMapper(),
            new AgendaMapper(),
            new AgentMapper(),
            new AnnexMapper(),
            new EventMapper(),
            new ReferenceMapper(),
            new EvidenceMapper(), // after the mappers whose statements it annotates
            new ProvenanceMapper()); // last: records the rules the others applied

    private final Iris iris;
    private final Gazetteer gazetteer;
    private final String version;

    /** @param base the IRI base every minted IRI starts with, ending in '/' ("http://localhost:3030/") */
    public DocumentMapper(String base) {
        this(base, Gazetteer.standard(), UnldVersion.current());
    }

    /**
     * @param gazetteer the countries and organizations to link to
     * @param version   the unld version the provenance records
     */
    public DocumentMapper(String base, Gazetteer gazetteer, String version) {
        this.iris = new Iris(base);
        this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
        this.version = Objects.requireNonNull(version, "version");
    }

    public Iris iris() {
        return iris;
    }

    /**
     * The IRI of a parsed document: from its first symbol, or, without symbol, from its normalised text.
     * The other symbols of the document resolve to this IRI (they are its unld:symbol values).
     */
    public Node documentIri(ParsedDocument document) {
        String symbol = document.extraction().primarySymbol();
        return symbol == null || symbol.isBlank()
                ? iris.documentWithoutSymbol(document.source().text())
                : iris.document(symbol);
    }

    public MappedDocument map(ParsedDocument document) {
        Node doc = documentIri(document);
        Node graphName = iris.graphOf(doc);
        Triples out = new Triples(GraphMemFactory.createDefaultGraph());
        MappingContext context = new MappingContext(document, iris, new SharedResources(iris, gazetteer, out), doc,
                iris.expression(doc, TEXT_LANGUAGE), graphName, label(document), version);
        for (FactMapper mapper : MAPPERS) {
            mapper.map(context, out);
        }
        return new MappedDocument(doc, graphName, out.graph());
    }

    /** How a person names the document: its first symbol, else its title, else its file name. */
    private static String label(ParsedDocument document) {
        Extraction e = document.extraction();
        if (e.primarySymbol() != null && !e.primarySymbol().isBlank()) {
            return e.primarySymbol().strip();
        }
        if (e.title() != null && !e.title().isBlank()) {
            return e.title().strip();
        }
        return document.source().fileName();
    }
}
