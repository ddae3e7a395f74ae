package org.w3id.unld.serve;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.unld.store.DocumentStore;
import org.w3id.unld.store.FusekiConfiguration;
import org.w3id.unld.store.Ingest;
import org.w3id.unld.store.IngestSummary;
import org.w3id.unld.store.Pipeline;
import org.w3id.unld.store.StoreLocation;
import org.w3id.unld.testing.TestResources;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The real server on a free port over a temporary TDB2 store holding the reference document, queried over HTTP. */
class ServerIntegrationTest {
    static final String BASE = "http://localhost:3030/";
    @TempDir
    static Path db;
    static UnldServer server;
    static String endpoint;

    @BeforeAll
    static void start() {
        server = UnldServer.create(FusekiConfiguration.load(null, new StoreLocation(db))).port(0).build();
        IngestSummary summary = Ingest.create(new Pipeline(BASE), DocumentStore.over(server.dataset())).build()
                .run(List.of(TestResources.REFERENCE_DOCUMENT));
        assertEquals(1, summary.stored(), () -> "the reference document was not stored: " + summary.rejected());
        server.start();
        endpoint = "http://localhost:" + server.port() + "/sparql";
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    static List<QuerySolution> select(String query) {
        try (QueryExecutionHTTP qe = QueryExecutionHTTP.service(endpoint).query(query).build()) {
            ResultSet rs = qe.execSelect();
            List<QuerySolution> rows = new ArrayList<>();
            rs.forEachRemaining(rows::add);
            return rows;
        }
    }

    @Test
    void theStoreAnswersOverSparqlHttp() {
        long n = select("SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }").get(0).getLiteral("n").getLong();
        assertTrue(n > 0);
    }

    @Test
    void theReferenceDocumentsSevenAgendaItemsComeBackWithNumbersAndTitles() {
        List<QuerySolution> rows = select("""
                PREFIX unld: <https://w3id.org/unld/ontology#>
                PREFIX dcterms: <http://purl.org/dc/terms/>
                PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
                SELECT ?n ?t ?date { ?d a unld:Document ; unld:agendaItem ?i ; dcterms:date ?date .
                                     ?i unld:itemNumber ?n ; dcterms:title ?t } ORDER BY xsd:integer(?n)""");
        assertEquals(List.of("32", "60", "61", "69", "71", "84", "132"), rows.stream().map(r -> r.getLiteral("n").getString()).toList());
        assertEquals("Prevention of armed conflict", rows.get(0).getLiteral("t").getString());
        assertEquals("2024-12-27", rows.get(0).getLiteral("date").getLexicalForm());
    }

    @Test
    void healthIsAtPing() throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + "/$/ping")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode());
    }

    @Test
    void updatesAreOffWithoutAPasswordFile() throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + "/update"))
                        .header("Content-Type", "application/sparql-update")
                        .POST(HttpRequest.BodyPublishers.ofString("INSERT DATA { <urn:a> <urn:b> <urn:c> }")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(404, r.statusCode());
    }
}
