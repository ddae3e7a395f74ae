package org.w3id.unld.map;

import org.apache.jena.graph.Node;
import org.w3id.unld.model.SourceText;

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

        out.type(graph, Terms.PROV_ENTITY);
        out.label(graph, "Graph of document " + context.label());
        out.add(graph, Terms.PRIMARY_TOPIC, context.document());
        out.add(graph, Terms.WAS_DERIVED_FROM, file);
        out.add(graph, Terms.WAS_GENERATED_BY, extraction);

        out.type(file, Terms.PROV_ENTITY, Terms.MEDIA_OBJECT);
        out.label(file, source.fileName());
        out.text(file, Terms.NAME, source.fileName());
        out.text(file, Terms.ENCODING_FORMAT, source.mediaType());
        out.text(file, Terms.SHA256, source.sha256());
        out.add(context.expression(), Terms.IS_EMBODIED_BY, file);

        out.type(extraction, Terms.PROV_ACTIVITY);
        out.label(extraction, "Extraction of " + source.fileName() + " by unld " + context.version());
        out.add(extraction, Terms.USED, file);
        out.add(extraction, Terms.WAS_ASSOCIATED_WITH, Terms.UNLD_SOFTWARE);
        out.text(extraction, Terms.VERSION, context.version());
        for (Node rule : out.rules()) {
            out.add(extraction, Terms.APPLIED_RULE, rule);
        }
        out.type(Terms.UNLD_SOFTWARE, Terms.PROV_SOFTWARE_AGENT);
        out.label(Terms.UNLD_SOFTWARE, "unld");
    }
}
