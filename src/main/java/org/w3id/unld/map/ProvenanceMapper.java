package org.w3id.unld.map;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.w3id.unld.model.SourceText;
import org.w3id.unld.vocab.Eli;
import org.w3id.unld.vocab.Prov;
import org.w3id.unld.vocab.Schema;
import org.w3id.unld.vocab.Unld;

/**
 * The provenance of a document graph, inside the graph (PROV-O): the graph was derived from a source
 * file (name, media type, SHA-256) by an extraction of a given unld version that applied given rules.
 * No wall-clock time: the same input and version give the same triples; when a run happened is
 * recorded by the store, outside document graphs.
 *
 * <pre>
 * {graph} a prov:Entity ; foaf:primaryTopic {document} ; prov:wasDerivedFrom {graph}#source ; prov:wasGeneratedBy {graph}#extraction .
 * {graph}#source a prov:Entity, schema:MediaObject ; schema:name ; schema:encodingFormat ; schema:sha256 .
 * {graph}#extraction a prov:Activity ; prov:used {graph}#source ; prov:wasAssociatedWith &lt;https://w3id.org/unld&gt; ;
 *     unld:version ; unld:appliedRule unld:DateFromMasthead, … .
 * {document}/en eli:is_embodied_by {graph}#source .
 * </pre>
 * Must run after the other mappers, since it records the rules they applied.
 */
final class ProvenanceMapper implements FactMapper {

    @Override
    public void map(MappingContext context, Triples out) {
        SourceText source = context.parsed().source();
        Node graph = context.graphName();
        Node file = context.iris().inGraph(graph, "source");
        Node extraction = context.iris().inGraph(graph, "extraction");

        out.type(graph, Prov.Entity);
        out.label(graph, "Graph of document " + context.label());
        out.add(graph, FOAF.primaryTopic.asNode(), context.document());
        out.add(graph, Prov.wasDerivedFrom, file);
        out.add(graph, Prov.wasGeneratedBy, extraction);

        out.type(file, Prov.Entity, Schema.MediaObject);
        out.label(file, source.fileName());
        out.text(file, Schema.name, source.fileName());
        out.text(file, Schema.encodingFormat, source.mediaType());
        out.text(file, Schema.sha256, source.sha256());
        out.add(context.expression(), Eli.is_embodied_by, file);

        out.type(extraction, Prov.Activity);
        out.label(extraction, "Extraction of " + source.fileName() + " by unld " + context.version());
        out.add(extraction, Prov.used, file);
        out.add(extraction, Prov.wasAssociatedWith, Unld.SOFTWARE);
        out.text(extraction, Unld.version, context.version());
        for (Node rule : out.rules()) {
            out.add(extraction, Unld.appliedRule, rule);
        }
        out.type(Unld.SOFTWARE, Prov.SoftwareAgent);
        out.label(Unld.SOFTWARE, "unld");
    }
}
