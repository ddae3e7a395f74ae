package org.w3id.unld.dump;

import com.google.gson.stream.JsonWriter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.XSD;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * JSON-LD in bounded memory: Jena's JSON-LD writers build the whole document in memory, so the union is
 * written here as a stream, one node object per subject, from triples sorted by subject (consecutive
 * triples with the same subject form one node object; only that subject's triples are held).
 *
 * <p>The document is {@code {"@context": {prefixes}, "@graph": [node, node, …]}} with one node object per
 * line. Keys are compact IRIs ({@code dcterms:title}); values are value objects with the literal's lexical
 * form kept as it is ({@code {"@value": "12", "@type": "xsd:integer"}}), never JSON numbers, so nothing is
 * lost; {@code rdf:type} to IRIs is {@code @type}. The JSON itself is written by Gson.
 */
final class JsonLdStreamWriter extends StreamRDFBase {
    private final Writer out;
    private final Map<String, String> prefixes;
    private final List<Triple> group = new ArrayList<>();
    private boolean first = true;

    JsonLdStreamWriter(Writer out, Map<String, String> prefixes) {
        this.out = out;
        this.prefixes = prefixes;
    }

    @Override
    public void start() {
        try {
            out.write("{\"@context\":");
            JsonWriter json = json();
            json.beginObject();
            for (Map.Entry<String, String> e : prefixes.entrySet()) {
                json.name(e.getKey()).value(e.getValue());
            }
            json.endObject();
            json.flush();
            out.write(",\n\"@graph\":[");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void triple(Triple triple) {
        if (!group.isEmpty() && !group.get(0).getSubject().equals(triple.getSubject())) {
            writeGroup();
        }
        group.add(triple);
    }

    @Override
    public void finish() {
        if (!group.isEmpty()) {
            writeGroup();
        }
        try {
            out.write(first ? "]}\n" : "\n]}\n");
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private JsonWriter json() {
        JsonWriter json = new JsonWriter(out);
        json.setHtmlSafe(false);
        return json;
    }

    /** One node object: {@code @id}, {@code @type}, then one key per predicate in the (sorted) order met. */
    private void writeGroup() {
        try {
            out.write(first ? "\n" : ",\n");
            first = false;
            JsonWriter json = json();
            json.beginObject();
            json.name("@id").value(id(group.get(0).getSubject()));
            List<Node> types = new ArrayList<>();
            for (Triple t : group) {
                if (t.getPredicate().equals(RDF.Nodes.type) && t.getObject().isURI()) {
                    types.add(t.getObject());
                }
            }
            if (!types.isEmpty()) {
                json.name("@type").beginArray();
                for (Node type : types) {
                    json.value(iri(type.getURI()));
                }
                json.endArray();
            }
            Node predicate = null;
            for (Triple t : group) {
                if (t.getPredicate().equals(RDF.Nodes.type) && t.getObject().isURI()) {
                    continue;
                }
                if (!t.getPredicate().equals(predicate)) {
                    if (predicate != null) {
                        json.endArray();
                    }
                    predicate = t.getPredicate();
                    json.name(iri(predicate.getURI())).beginArray();
                }
                value(json, t.getObject());
            }
            if (predicate != null) {
                json.endArray();
            }
            json.endObject();
            json.flush();
            group.clear();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void value(JsonWriter json, Node o) throws IOException {
        json.beginObject();
        if (o.isURI() || o.isBlank()) {
            json.name("@id").value(id(o));
        } else if (o.isLiteral()) {
            json.name("@value").value(o.getLiteralLexicalForm());
            String lang = o.getLiteralLanguage();
            if (lang != null && !lang.isEmpty()) {
                json.name("@language").value(lang);
                String dir = o.getLiteralBaseDirection() == null ? null : o.getLiteralBaseDirection().direction();
                if (dir != null) {
                    json.name("@direction").value(dir);
                }
            } else if (!o.getLiteralDatatypeURI().equals(XSD.xstring.getURI())) {
                json.name("@type").value(iri(o.getLiteralDatatypeURI()));
            }
        } else {
            throw new IllegalStateException("a JSON-LD dump cannot hold the term " + o);
        }
        json.endObject();
    }

    private String id(Node n) {
        return n.isBlank() ? "_:" + n.getBlankNodeLabel() : iri(n.getURI());
    }

    /** An IRI compacted with the context's prefixes when it can be, otherwise as it is. */
    private String iri(String iri) {
        String compact = compact(prefixes, iri);
        if (compact.equals(iri)) {
            int colon = iri.indexOf(':');
            if (colon > 0 && prefixes.containsKey(iri.substring(0, colon))) {
                // JSON-LD would read this absolute IRI as a compact one.
                throw new IllegalStateException("the IRI " + iri + " has a scheme named like a JSON-LD prefix");
            }
        }
        return compact;
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
