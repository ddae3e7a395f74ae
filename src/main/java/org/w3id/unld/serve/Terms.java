package org.w3id.unld.serve;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.XSD;

import java.util.List;

/**
 * The terms the pages and descriptions read: the ontology's and the standard ones it reuses, under the names
 * the pages use. The mapper's vocabulary ({@link org.w3id.unld.map.Terms}) is the one place their IRIs are
 * written; this class adds only what the pages need beyond it.
 */
final class Terms {
    static final String UNLD = org.w3id.unld.map.Terms.UNLD;
    static final String ONTOLOGY_IRI = "https://w3id.org/unld/ontology";
    static final String SCHEMA = org.w3id.unld.map.Terms.SCHEMA;
    static final String ORG = org.w3id.unld.map.Terms.ORG;
    static final String PROV = org.w3id.unld.map.Terms.PROV;
    static final String ELI = org.w3id.unld.map.Terms.ELI;
    static final String SH = "http://www.w3.org/ns/shacl#";

    static final Node TYPE = RDF.type.asNode();
    static final Node LABEL = RDFS.label.asNode();
    static final Node COMMENT = RDFS.comment.asNode();
    static final Node SEE_ALSO = RDFS.seeAlso.asNode();
    static final Node SAME_AS = OWL.sameAs.asNode();
    static final Node TITLE = DCTerms.title.asNode();
    static final Node DATE = DCTerms.date.asNode();
    static final Node FOAF_NAME = FOAF.name.asNode();
    static final Node SCHEMA_NAME = uri(SCHEMA + "name");
    static final Node PREF_LABEL = SKOS.prefLabel.asNode();

    static final Node DOCUMENT = org.w3id.unld.map.Terms.DOCUMENT;
    static final Node SYMBOL = org.w3id.unld.map.Terms.SYMBOL;
    static final Node ORGAN = org.w3id.unld.map.Terms.ORGAN_OF;
    static final Node SESSION = org.w3id.unld.map.Terms.SESSION_OF;
    static final Node AGENDA_ITEM = org.w3id.unld.map.Terms.AGENDA_ITEM_OF;
    static final Node ITEM_NUMBER = org.w3id.unld.map.Terms.ITEM_NUMBER;
    static final Node SENDER = org.w3id.unld.map.Terms.SENDER;
    static final Node ADDRESSEE = org.w3id.unld.map.Terms.ADDRESSEE;
    static final Node SIGNATORY = org.w3id.unld.map.Terms.SIGNATORY;
    static final Node SPONSOR = org.w3id.unld.map.Terms.SPONSOR;
    static final Node ANNEX = org.w3id.unld.map.Terms.ANNEX_OF;
    static final Node REFERS_TO = org.w3id.unld.map.Terms.REFERS_TO;
    static final Node MENTIONS = org.w3id.unld.map.Terms.MENTIONS;
    static final Node DISTRIBUTION = org.w3id.unld.map.Terms.DISTRIBUTION;
    static final Node ORIGINAL_LANGUAGE = org.w3id.unld.map.Terms.ORIGINAL_LANGUAGE;
    static final Node POST_IN = org.w3id.unld.map.Terms.ORG_POST_IN;
    static final Node START_DATE = org.w3id.unld.map.Terms.START_DATE;
    static final Node END_DATE = org.w3id.unld.map.Terms.END_DATE;
    static final Node LOCATION = org.w3id.unld.map.Terms.LOCATION;

    /** The properties whose value names a thing for a person, best first. */
    static final List<Node> LABELS = List.of(LABEL, TITLE, FOAF_NAME, PREF_LABEL, SCHEMA_NAME);

    /** The prefixes RDF output and pages use. */
    static final PrefixMapping PREFIXES = PrefixMapping.Factory.create()
            .setNsPrefix("unld", UNLD)
            .setNsPrefix("rdf", RDF.getURI())
            .setNsPrefix("rdfs", RDFS.getURI())
            .setNsPrefix("owl", OWL.getURI())
            .setNsPrefix("xsd", XSD.getURI())
            .setNsPrefix("dcterms", DCTerms.getURI())
            .setNsPrefix("foaf", FOAF.getURI())
            .setNsPrefix("schema", SCHEMA)
            .setNsPrefix("skos", SKOS.getURI())
            .setNsPrefix("org", ORG)
            .setNsPrefix("prov", PROV)
            .setNsPrefix("eli", ELI)
            .lock();

    private Terms() {
    }

    static Node unld(String local) {
        return uri(UNLD + local);
    }

    static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }
}
