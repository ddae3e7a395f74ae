package org.w3id.unld.serve;

import com.google.gson.JsonParser;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The public SPARQL endpoint and the authenticated writes, against the real server (2 s timeout, 50 results at most). */
class EndpointTest {
    static final Duration TIMEOUT = Duration.ofSeconds(2);
    static final int CAP = 50;
    static final int MAX_BODY = 256 * 1024;
    @TempDir
    static Path folder;
    static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start(folder, TIMEOUT, CAP, MAX_BODY);
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    static HttpResponse<String> query(String query, String accept) {
        return server.send(HttpRequest.newBuilder(URI.create(server.url("sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8))))
                .header("Accept", accept).GET().build());
    }

    static HttpResponse<String> update(String update, String authorization) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.url("update")))
                .header("Content-Type", "application/sparql-update").POST(HttpRequest.BodyPublishers.ofString(update));
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        return server.send(b.build());
    }

    @Test
    void theEndpointAnswersInEveryStandardResultFormat() {
        String select = "SELECT ?s { ?s a <https://w3id.org/unld/ontology#Organ> } ORDER BY ?s";
        assertTrue(query(select, "application/sparql-results+json").body().contains("general-assembly"));
        assertTrue(query(select, "application/sparql-results+xml").body().contains("<sparql"));
        assertTrue(query(select, "text/csv").body().startsWith("s\r\n"));
        assertTrue(query(select, "text/tab-separated-values").body().startsWith("?s"));
        HttpResponse<String> construct = query("CONSTRUCT WHERE { ?s a <https://w3id.org/unld/ontology#Organ> }", "text/turtle");
        assertTrue(construct.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"));
        assertTrue(query("ASK { ?s ?p ?o }", "application/sparql-results+json").body().contains("true"));
    }

    @Test
    void resultsAreCappedAndSmallerLimitsKept() {
        try (QueryExecutionHTTP qe = QueryExecutionHTTP.service(server.url("sparql")).query("SELECT * { ?s ?p ?o }").build()) {
            ResultSet rs = qe.execSelect();
            List<QuerySolution> rows = new ArrayList<>();
            rs.forEachRemaining(rows::add);
            assertEquals(CAP, rows.size());
        }
        String json = query("SELECT * { ?s ?p ?o } LIMIT 7", "application/sparql-results+json").body();
        assertEquals(7, JsonParser.parseString(json).getAsJsonObject().getAsJsonObject("results").getAsJsonArray("bindings").size());
    }

    @Test
    void anExplosiveQueryIsCutAtTheTimeout() {
        long start = System.nanoTime();
        HttpResponse<String> r = query("SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }", "application/sparql-results+json");
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertEquals(503, r.statusCode(), r.body());
        assertTrue(r.body().toLowerCase().contains("timed out"), r.body());
        assertTrue(took.compareTo(TIMEOUT.plusSeconds(10)) < 0, "took " + took);
    }

    @Test
    void theEndpointIsReadOnly() {
        HttpResponse<String> r = server.send(HttpRequest.newBuilder(URI.create(server.url("sparql")))
                .header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString("INSERT DATA { <urn:a> <urn:b> <urn:c> }")).build());
        assertTrue(r.statusCode() >= 400 && r.statusCode() < 500, r.statusCode() + " " + r.body());
        HttpResponse<String> put = server.send(HttpRequest.newBuilder(URI.create(server.url("sparql?default")))
                .header("Content-Type", "text/turtle").PUT(HttpRequest.BodyPublishers.ofString("<urn:a> <urn:b> <urn:c> .")).build());
        assertTrue(put.statusCode() >= 400 && put.statusCode() < 500, put.statusCode() + " " + put.body());
        assertEquals("false", ask("ASK { <urn:a> ?p ?o }"));
    }

    @Test
    void anAnonymousUpdateIsRefusedAndAnAuthenticatedOneWorks() {
        assertEquals(401, update("INSERT DATA { GRAPH <urn:g> { <urn:anon> <urn:p> 1 } }", null).statusCode());
        assertEquals(401, update("INSERT DATA { GRAPH <urn:g> { <urn:anon> <urn:p> 1 } }",
                TestServer.basicAuth(TestServer.USER, "wrong")).statusCode());
        assertEquals("false", ask("ASK { <urn:anon> ?p ?o }"));
        HttpResponse<String> ok = update("INSERT DATA { GRAPH <urn:test:g> { <urn:test:admin> <urn:test:p> 1 } }",
                TestServer.basicAuth(TestServer.USER, TestServer.PASSWORD));
        assertTrue(ok.statusCode() == 200 || ok.statusCode() == 204, ok.statusCode() + " " + ok.body());
        assertEquals("true", ask("ASK { <urn:test:admin> ?p ?o }"));
        update("DROP GRAPH <urn:test:g>", TestServer.basicAuth(TestServer.USER, TestServer.PASSWORD));
    }

    @Test
    void ingestOverHttpNeedsCredentialsAndReportsWhatBecameOfTheFile() {
        HttpRequest.Builder anonymous = HttpRequest.newBuilder(URI.create(server.url("ingest?name=empty.txt")))
                .POST(HttpRequest.BodyPublishers.ofString(""));
        assertEquals(401, server.send(anonymous.build()).statusCode());
        HttpResponse<String> r = server.send(HttpRequest.newBuilder(URI.create(server.url("ingest?name=empty.txt")))
                .header("Authorization", TestServer.basicAuth(TestServer.USER, TestServer.PASSWORD))
                .POST(HttpRequest.BodyPublishers.ofString("")).build());
        assertEquals(422, r.statusCode(), r.body());
        var json = JsonParser.parseString(r.body()).getAsJsonObject();
        assertEquals("rejected", json.get("status").getAsString());
        assertEquals("empty.txt", json.get("file").getAsString());
        assertTrue(!json.get("reason").getAsString().isBlank());
    }

    @Test
    void anAuthenticatedIngestStoresANewDocumentInTheRunningServer() throws Exception {
        // The reference letter with one more closing paragraph: another text, so another document (its IRI is the text's hash).
        String text = java.nio.file.Files.readString(org.w3id.unld.testing.TestResources.REFERENCE_DOCUMENT) + "\n\nThis copy was sent over HTTP by a test.\n";
        HttpResponse<String> r = server.send(HttpRequest.newBuilder(URI.create(server.url("ingest?name=letter-copy.txt")))
                .header("Authorization", TestServer.basicAuth(TestServer.USER, TestServer.PASSWORD))
                .POST(HttpRequest.BodyPublishers.ofString(text)).build());
        assertEquals(200, r.statusCode(), r.body());
        var json = JsonParser.parseString(r.body()).getAsJsonObject();
        assertEquals("stored", json.get("status").getAsString());
        String document = json.get("document").getAsString();
        assertTrue(!document.equals(server.referenceDocument) && document.startsWith(server.url("id/document/_")), document);
        assertEquals("true", ask("ASK { <" + document + "> a <https://w3id.org/unld/ontology#Document> }"));
        assertEquals(303, server.get(document.substring(server.base.length()), "text/turtle").statusCode());
        assertTrue(!json.has("warnings"), "a document that lacks nothing has no warnings: " + r.body());
    }

    @Test
    void anIngestedDocumentThatLacksAPartIsStoredAndItsWarningsAnswered() throws Exception {
        byte[] text = java.nio.file.Files.readAllBytes(org.w3id.unld.testing.TestResources.AGENDA_ITEM_WITHOUT_SESSION);
        HttpResponse<String> r = server.send(HttpRequest.newBuilder(URI.create(server.url("ingest?name=A_HRC_PRST_OS_14_2.txt")))
                .header("Authorization", TestServer.basicAuth(TestServer.USER, TestServer.PASSWORD))
                .POST(HttpRequest.BodyPublishers.ofByteArray(text)).build());
        assertEquals(200, r.statusCode(), r.body());
        var json = JsonParser.parseString(r.body()).getAsJsonObject();
        assertEquals("stored", json.get("status").getAsString());
        assertEquals(1, json.getAsJsonArray("warnings").size(), r.body());
        assertTrue(json.getAsJsonArray("warnings").get(0).getAsString().contains("/agenda-item/5> unld:session: "), r.body());
    }

    @Test
    void aTooLargeRequestBodyIsRefused() {
        String big = "SELECT * { ?s ?p ?o } #" + "x".repeat(MAX_BODY + 10);
        HttpResponse<String> r = server.send(HttpRequest.newBuilder(URI.create(server.url("sparql")))
                .header("Content-Type", "application/sparql-query").POST(HttpRequest.BodyPublishers.ofString(big)).build());
        assertEquals(413, r.statusCode());
    }

    @Test
    void readEndpointsAllowEveryOrigin() {
        for (String path : new String[] {"sparql?query=" + URLEncoder.encode("ASK {}", StandardCharsets.UTF_8), "doc/document/A/79/704.ttl",
                "context.jsonld"}) {
            HttpResponse<String> r = server.send(HttpRequest.newBuilder(URI.create(server.url(path)))
                    .header("Origin", "https://example.org").GET().build());
            assertEquals("*", r.headers().firstValue("Access-Control-Allow-Origin").orElse(""), path);
        }
    }

    @Test
    void healthAndMetricsAnswer() {
        assertEquals(200, server.get("$/ping", null).statusCode());
        HttpResponse<String> metrics = server.get("$/metrics", null);
        assertEquals(200, metrics.statusCode());
        assertTrue(metrics.body().contains("fuseki"), metrics.body());
    }

    static String ask(String q) {
        String body = query(q, "application/sparql-results+json").body();
        return String.valueOf(JsonParser.parseString(body).getAsJsonObject().get("boolean").getAsBoolean());
    }
}
