package org.w3id.unld.vocab;

import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.VOID;
import org.apache.jena.vocabulary.XSD;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one table of prefixes: every prefix any unld output declares (Turtle and JSON-LD of the pages and dumps,
 * the VoID description, validation reports and messages, SPARQL the code sends) is bound here, and nowhere
 * else. The ontology's and the shapes' files declare the same bindings (a test checks it). Each output
 * declares a selection of the table, in a fixed order so that files are the same from run to run: {@link #DATA}
 * for data, {@link #DESCRIPTION} for the dataset's description. Every namespace ends with '/' or '#', which
 * JSON-LD 1.1 requires of a term used as a prefix. The namespaces are Jena's vocabulary classes' constants, which
 * the compiler copies in, so that reading the table initialises none of those classes (some, like {@code VocabTDB2},
 * must not be initialised before Jena itself).
 */
public final class Prefixes {
    public static final String FRBR = "http://purl.org/vocab/frbr/core#";
    public static final String UNDO = "https://w3id.org/un/ontology/undo/";
    public static final String VANN = "http://purl.org/vocab/vann/";
    public static final String ALLOT = "https://w3id.org/akn/ontology/allot/";
    public static final String SPDX = "http://spdx.org/rdf/terms#";
    public static final String SD = "http://www.w3.org/ns/sparql-service-description#";

    private static final Map<String, String> TABLE = ordered(
            "unld", Unld.NS,
            "rdf", RDF.uri,
            "rdfs", RDFS.uri,
            "owl", OWL.NS,
            "xsd", XSD.NS,
            "dcterms", DCTerms.NS,
            "foaf", FOAF.NS,
            "org", ORG.NS,
            "prov", Prov.NS,
            "oa", Oa.NS,
            "skos", SKOS.uri,
            "schema", Schema.NS,
            "eli", Eli.NS,
            "frbr", FRBR,
            "undo", UNDO,
            "vann", VANN,
            "allot", ALLOT,
            "unldsh", Unld.SHAPES_NS,
            "sh", SHACL.NS,
            "void", VOID.NS,
            "dcat", DCAT.NS,
            "spdx", SPDX,
            "sd", SD,
            "hydra", Hydra.NS);

    /** Every binding of the table. */
    public static final PrefixMapping ALL = mapping(TABLE);

    /** The prefixes of data: the document graphs as pages, descriptions and dumps show them, in this order. */
    public static final Map<String, String> DATA = select(
            "unld", "rdf", "rdfs", "owl", "xsd", "dcterms", "foaf", "org", "prov", "oa", "skos", "schema", "eli", "frbr", "undo");

    /** {@link #DATA} as a Jena prefix mapping, for Turtle writers and node formatting. */
    public static final PrefixMapping DATA_MAPPING = mapping(DATA);

    /** The prefixes of the browse pages' RDF: paged lists of documents and of the things that group them. */
    public static final Map<String, String> BROWSE = select("hydra", "rdfs", "dcterms", "void", "xsd", "unld");

    /** {@link #BROWSE} as a Jena prefix mapping. */
    public static final PrefixMapping BROWSE_MAPPING = mapping(BROWSE);

    /** The prefixes of the dataset's VoID and DCAT description, in this order. */
    public static final Map<String, String> DESCRIPTION = select("void", "dcat", "dcterms", "spdx", "sd", "foaf", "xsd", "rdf", "unld");

    private Prefixes() {
    }

    /** The namespace of a prefix of the table. */
    public static String namespace(String prefix) {
        String ns = TABLE.get(prefix);
        if (ns == null) {
            throw new IllegalArgumentException("no prefix " + prefix + " in the table");
        }
        return ns;
    }

    /** Some prefixes of the table, in the order given. */
    public static Map<String, String> select(String... prefixes) {
        Map<String, String> m = new LinkedHashMap<>();
        for (String p : prefixes) {
            m.put(p, namespace(p));
        }
        return Collections.unmodifiableMap(m);
    }

    /** Prefixes as a locked Jena prefix mapping. */
    public static PrefixMapping mapping(Map<String, String> prefixes) {
        return PrefixMapping.Factory.create().setNsPrefixes(prefixes).lock();
    }

    /** SPARQL {@code PREFIX} declarations of some prefixes of the table, one a line. */
    public static String sparql(String... prefixes) {
        StringBuilder out = new StringBuilder();
        for (String p : List.of(prefixes)) {
            out.append("PREFIX ").append(p).append(": <").append(namespace(p)).append(">\n");
        }
        return out.toString();
    }

    private static Map<String, String> ordered(String... pairs) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put(pairs[i], pairs[i + 1]);
        }
        return Collections.unmodifiableMap(m);
    }
}
