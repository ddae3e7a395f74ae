package org.w3id.unld.serve;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.w3id.unld.dump.VoidDescription;
import org.w3id.unld.vocab.Prefixes;
import org.w3id.unld.vocab.Sd;

import java.time.Duration;
import java.util.List;

/**
 * The SPARQL 1.1 Service Description of the public endpoint, which {@code GET /sparql} without a query answers
 * (SPARQL 1.1 Service Description §2): the language, the result formats, the union default graph, the dataset
 * (described by the VoID description) and, in words, the limits. A few dozen triples whatever the store holds:
 * the named graphs are not listed (they are counted in the VoID description and downloadable from /dumps/).
 */
final class ServiceDescription {
    /** The formats a query's results can be had in, as {@code sd:resultFormat} names them. */
    private static final List<String> RESULT_FORMATS = List.of("SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV",
            "SPARQL_Results_TSV", "Turtle", "N-Triples", "JSON-LD", "RDF_XML");

    private ServiceDescription() {
    }

    static Graph of(String base, long resultLimit, Duration timeout) {
        Graph g = GraphFactory.createDefaultGraph();
        for (String prefix : List.of("sd", "rdf", "rdfs", "dcterms")) {
            g.getPrefixMapping().setNsPrefix(prefix, Prefixes.namespace(prefix));
        }
        Node service = NodeFactory.createURI(base + UnldServer.QUERY_SERVICE.substring(1) + "#service");
        g.add(service, RDF.Nodes.type, Sd.Service);
        g.add(service, Sd.endpoint, NodeFactory.createURI(base + UnldServer.QUERY_SERVICE.substring(1)));
        g.add(service, DCTerms.title.asNode(), NodeFactory.createLiteralLang("unld: the SPARQL endpoint", "en"));
        g.add(service, RDFS.Nodes.comment, NodeFactory.createLiteralLang("A public, read-only SPARQL 1.1 query endpoint (GET or POST, "
                + "SPARQL 1.1 Protocol) over United Nations documents as linked data. A query returns at most " + resultLimit
                + " results and is cut after " + timeout.toSeconds() + " s. Full-text search with text:query (Apache Jena text). "
                + "The default graph is the union of the document graphs. There are no Graph Store reads here: a document's "
                + "graph is at " + base + "graph/document/…, the whole dataset at " + base + "dumps/.", "en"));
        g.add(service, Sd.supportedLanguage, Sd.SPARQL11Query);
        RESULT_FORMATS.forEach(f -> g.add(service, Sd.resultFormat, Sd.format(f)));
        g.add(service, Sd.feature, Sd.UnionDefaultGraph);
        Node dataset = NodeFactory.createURI(VoidDescription.datasetIri(base));
        g.add(service, Sd.defaultDataset, dataset);
        g.add(dataset, RDF.Nodes.type, Sd.Dataset);
        Node defaultGraph = NodeFactory.createURI(base + UnldServer.QUERY_SERVICE.substring(1) + "#default-graph");
        g.add(dataset, Sd.defaultGraph, defaultGraph);
        g.add(defaultGraph, RDF.Nodes.type, Sd.Graph);
        g.add(defaultGraph, RDFS.Nodes.comment, NodeFactory.createLiteralLang("The union of the document graphs.", "en"));
        g.add(service, RDFS.Nodes.seeAlso, NodeFactory.createURI(base + ".well-known/void"));
        g.add(service, RDFS.Nodes.seeAlso, NodeFactory.createURI(base + "query"));
        return g;
    }
}
