package org.w3id.unld.map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;

/**
 * One document as RDF: the triples of its named graph, the graph's name and the document's IRI.
 * Each document lives in a named graph of its own, so that re-ingesting it replaces exactly its triples.
 */
public record MappedDocument(Node document, Node graphName, Graph graph) {
}
