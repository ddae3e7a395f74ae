package org.w3id.unld.dump;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The prefixes the Turtle and JSON-LD dumps and the VoID description declare, in a fixed order so that the
 * files are the same from run to run. Every namespace ends with '/' or '#', which JSON-LD 1.1 requires of
 * a term used as a prefix.
 */
final class Prefixes {
    static final String UNLD = "https://w3id.org/unld/ontology#";
    static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    static final String XSD = "http://www.w3.org/2001/XMLSchema#";
    static final String DCTERMS = "http://purl.org/dc/terms/";
    static final String FOAF = "http://xmlns.com/foaf/0.1/";
    static final String VOID = "http://rdfs.org/ns/void#";
    static final String DCAT = "http://www.w3.org/ns/dcat#";
    static final String SPDX = "http://spdx.org/rdf/terms#";
    static final String SD = "http://www.w3.org/ns/sparql-service-description#";

    /** The prefixes of the data dumps (Turtle, JSON-LD). */
    static final Map<String, String> DATA = ordered(
            "unld", UNLD,
            "rdf", RDF,
            "rdfs", "http://www.w3.org/2000/01/rdf-schema#",
            "owl", "http://www.w3.org/2002/07/owl#",
            "xsd", XSD,
            "dcterms", DCTERMS,
            "foaf", FOAF,
            "org", "http://www.w3.org/ns/org#",
            "prov", "http://www.w3.org/ns/prov#",
            "skos", "http://www.w3.org/2004/02/skos/core#",
            "schema", "http://schema.org/",
            "eli", "http://data.europa.eu/eli/ontology#",
            "frbr", "http://purl.org/vocab/frbr/core#",
            "undo", "https://w3id.org/un/ontology/undo/");

    /** The prefixes of the VoID and DCAT description. */
    static final Map<String, String> DESCRIPTION = ordered(
            "void", VOID,
            "dcat", DCAT,
            "dcterms", DCTERMS,
            "spdx", SPDX,
            "sd", SD,
            "foaf", FOAF,
            "xsd", XSD,
            "rdf", RDF,
            "unld", UNLD);

    private Prefixes() {
    }

    private static Map<String, String> ordered(String... pairs) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put(pairs[i], pairs[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(m);
    }

    /**
     * The compact form {@code prefix:local} of an IRI for JSON-LD, or the IRI itself. The local part must be
     * non-empty and must not start with "//" (which JSON-LD would read as an absolute IRI).
     */
    static String compact(Map<String, String> prefixes, String iri) {
        String best = null;
        int bestLength = -1;
        for (Map.Entry<String, String> e : prefixes.entrySet()) {
            String ns = e.getValue();
            if (iri.startsWith(ns) && ns.length() > bestLength) {
                String local = iri.substring(ns.length());
                if (!local.isEmpty() && !local.startsWith("//")) {
                    best = e.getKey() + ":" + local;
                    bestLength = ns.length();
                }
            }
        }
        return best != null ? best : iri;
    }
}
