package org.w3id.unld.serve;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.document.JsonDocument;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.JsonWriter;
import jakarta.json.stream.JsonGenerator;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * Writes descriptions in the RDF formats with Jena's writers. JSON-LD is Jena's, compacted by Titanium (the
 * JSON-LD processor Jena uses) against unld's published context, and refers to that context by its URL
 * ({@code {base}context.jsonld}) so that keys are short: {@code "title"}, {@code "agendaItem"}.
 */
public final class RdfOutput {
    static final String CONTEXT_RESOURCE = "unld/web/context.jsonld";
    public static final String CONTEXT_PATH = "context.jsonld";

    private final JsonObject context;
    private final String contextUrl;

    public RdfOutput(String base) {
        this.context = readContext();
        this.contextUrl = base + CONTEXT_PATH;
    }

    /** The context document as published: {@code {"@context": {...}}}. */
    public static byte[] contextDocument() {
        try (InputStream in = RdfOutput.class.getClassLoader().getResourceAsStream(CONTEXT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the jar has no " + CONTEXT_RESOURCE);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonObject readContext() {
        try (var reader = Json.createReader(new ByteArrayInputStream(contextDocument()))) {
            return reader.readObject();
        }
    }

    public void write(Graph graph, Format format, OutputStream out) {
        if (!format.isRdf()) {
            throw new IllegalArgumentException(format + " is not an RDF format");
        }
        if (format == Format.JSONLD) {
            writeJsonLd(graph, out);
        } else {
            RDFWriter.source(graph).format(format.rdfFormat()).output(out);
        }
    }

    private void writeJsonLd(Graph graph, OutputStream out) {
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        RDFWriter.source(graph).format(RDFFormat.JSONLD11_PLAIN).output(plain);
        JsonObject compacted;
        try {
            compacted = JsonLd.compact(JsonDocument.of(new ByteArrayInputStream(plain.toByteArray())), JsonDocument.of(context)).get();
        } catch (JsonLdError e) {
            throw new IllegalStateException("JSON-LD compaction failed: " + e.getMessage(), e);
        }
        JsonObjectBuilder result = Json.createObjectBuilder().add("@context", contextUrl);
        for (Map.Entry<String, JsonValue> e : compacted.entrySet()) {
            if (!e.getKey().equals("@context")) {
                result.add(e.getKey(), e.getValue());
            }
        }
        try (JsonWriter w = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createWriter(out)) {
            w.writeObject(result.build());
        }
    }
}
