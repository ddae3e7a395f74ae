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

/** The terms the pages and descriptions read: the ontology's and the standard ones it reuses. */
final class Terms {
    static final String UNLD = "https://w3id.org/unld/ontology#";
    static final String ONTOLOGY_IRI = "https://w3id.org/unld/ontology";
    static final String SCHEMA = "http://schema.org/";
    static final String ORG = "http://www.w3.org/ns/org#";
    static final String PROV = "http://www.w3.org/ns/prov#";
    static final String ELI = "http://data.europa.eu/eli/ontology#";
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

    static final Node DOCUMENT = unld("Document");
    static final Node SYMBOL = unld("symbol");
    static final Node ORGAN = unld("organ");
    static final Node SESSION = unld("session");
    static final Node AGENDA_ITEM = unld("agendaItem");
    static final Node ITEM_NUMBER = unld("itemNumber");
    static final Node SENDER = unld("sender");
    static final Node ADDRESSEE = unld("addressee");
    static final Node SIGNATORY = unld("signatory");
    static final Node SPONSOR = unld("sponsor");
    static final Node ANNEX = unld("annex");
    static final Node REFERS_TO = unld("refersTo");
    static final Node MENTIONS = unld("mentions");
    static final Node DISTRIBUTION = unld("distribution");
    static final Node ORIGINAL_LANGUAGE = unld("originalLanguage");
    static final Node POST_IN = uri(ORG + "postIn");
    static final Node START_DATE = uri(SCHEMA + "startDate");
    static final Node END_DATE = uri(SCHEMA + "endDate");
    static final Node LOCATION = uri(SCHEMA + "location");

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
