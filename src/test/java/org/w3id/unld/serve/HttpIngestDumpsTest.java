package org.w3id.unld.serve;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.unld.dump.DumpFile;
import org.w3id.unld.dump.PublishedDumps;
import org.w3id.unld.dump.Tools;
import org.w3id.unld.store.FusekiConfiguration;
import org.w3id.unld.store.StoreLocation;
import org.w3id.unld.testing.TestResources;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A document ingested over HTTP into a running server ends up in its dumps, written in the background. */
class HttpIngestDumpsTest {
    @TempDir
    static Path folder;
    static StoreLocation location;
    /** The triples the server's SPARQL endpoint counts once the document is stored. */
    static long stored;

    @BeforeAll
    static void ingestOverHttp() throws Exception {
        Path passwords = Files.writeString(folder.resolve("passwords"), "admin: pw-for-tests\n");
        location = new StoreLocation(folder.resolve("db"));
        try (UnldServer server = UnldServer.create(FusekiConfiguration.load(null, location)).port(0).passwords(passwords).build().start()) {
            String root = "http://localhost:" + server.port() + "/";
            HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(root + "ingest?name=reference.txt"))
                    .header("Authorization", TestServer.basicAuth("admin", "pw-for-tests"))
                    .POST(HttpRequest.BodyPublishers.ofFile(TestResources.REFERENCE_DOCUMENT)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode(), r.body());
            server.dumps().awaitIdle();
            try (var qe = QueryExecHTTP.service(root + "sparql")
                    .query("SELECT (COUNT(*) AS ?n) { SELECT DISTINCT ?s ?p ?o { GRAPH ?g { ?s ?p ?o } } }").build()) {
                stored = ((Number) qe.select().next().get("n").getLiteralValue()).longValue();
            }
        }
    }

    @Test
    void anHttpIngestRewritesTheDumpsAndTheirDescriptionCountsTheNewDocument() throws Exception {
        List<PublishedDumps.Entry> published = PublishedDumps.list(location.dumps());
        assertEquals(java.util.EnumSet.allOf(DumpFile.Kind.class),
                java.util.EnumSet.copyOf(published.stream().map(PublishedDumps.Entry::kind).toList()), published.toString());
        assertTrue(stored > 50, "the reference document has more triples than that: " + stored);
        Model description = ModelFactory.createDefaultModel();
        RDFParser.source(location.dumps().resolve("void.ttl")).lang(Lang.TURTLE).parse(description);
        long described = description.listObjectsOfProperty(description.createResource(UnldServer.DEFAULT_BASE + ".well-known/void#dataset"),
                description.createProperty("http://rdfs.org/ns/void#triples")).next().asLiteral().getLong();
        assertEquals(stored, described);
        Tools.Run check = Tools.sha256sumCheck(location.dumps());
        assertEquals(0, check.exit(), check.out() + check.err());
    }

    @Test
    @Tag("clients")
    void theRealMappersOutputInTheDumpsPassesAnIndependentParser() throws Exception {
        PublishedDumps.Entry turtle = PublishedDumps.list(location.dumps()).stream()
                .filter(e -> e.kind() == DumpFile.Kind.UNION_TURTLE).findFirst().orElseThrow();
        Path ttl = Tools.gunzip(location.dumps().resolve(turtle.name()), folder.resolve("union.ttl"));
        assertEquals(stored, Tools.rapper(ttl, "turtle"));
    }
}
