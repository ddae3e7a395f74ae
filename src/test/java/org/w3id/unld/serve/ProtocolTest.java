package org.w3id.unld.serve;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3id.unld.dump.DumpFile;
import org.w3id.unld.dump.DumpSet;
import org.w3id.unld.dump.PublishedDumps;
import org.w3id.unld.store.StoreLocation;
import org.w3id.unld.testing.TestResources;
import org.w3id.unld.vocab.Sd;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The HTTP protocol of the site and the public endpoint, on the real server: what {@code GET /sparql} without a
 * query answers, conditional requests and byte ranges, media types in any case, and the answers to a body or a
 * method the endpoint does not take.
 */
class ProtocolTest {
    /** The acceptance bound: neither the service description nor the query page may be a dump in disguise. */
    static final int MOST_BYTES = 200 * 1024;
    static final String LETTER_PAGE = "doc/document/A/79/704";
    @TempDir
    static Path folder;
    static TestServer server;
    static final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeAll
    static void start() {
        server = TestServer.start(folder, Duration.ofSeconds(5), 10_000, 1024 * 1024);
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    static HttpResponse<String> get(String path, String... headers) {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(server.url(path))).GET();
        if (headers.length > 0) {
            r.headers(headers);
        }
        return server.send(r.build());
    }

    static HttpResponse<byte[]> getBytes(String path, String... headers) {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(server.url(path))).GET();
        if (headers.length > 0) {
            r.headers(headers);
        }
        try {
            return http.send(r.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String header(HttpResponse<?> r, String name) {
        return r.headers().firstValue(name).orElse("");
    }

    static Graph parse(String body, Lang lang) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(body, lang).base(server.base).parse(g);
        return g;
    }

    @Test
    void getSparqlWithoutAQueryAnswersTheServiceDescriptionNotTheStore() {
        HttpResponse<String> r = get("sparql");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(header(r, "Content-Type").startsWith("text/turtle"), header(r, "Content-Type"));
        assertTrue(r.body().getBytes(StandardCharsets.UTF_8).length < MOST_BYTES, r.body().length() + " characters");
        Graph sd = parse(r.body(), Lang.TURTLE);
        var service = NodeFactory.createURI(server.url("sparql#service"));
        assertTrue(sd.contains(service, RDF.Nodes.type, Sd.Service), r.body());
        assertTrue(sd.contains(service, Sd.endpoint, NodeFactory.createURI(server.url("sparql"))), r.body());
        assertTrue(sd.contains(service, Sd.supportedLanguage, Sd.SPARQL11Query), r.body());
        assertTrue(sd.contains(service, Sd.resultFormat, Sd.format("SPARQL_Results_JSON")), r.body());
        assertFalse(r.body().contains(Fixture.LETTER), "the description holds the store's data: " + r.body());
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/ld+json", "application/rdf+xml", "application/n-triples", "text/turtle"})
    void theServiceDescriptionIsNegotiatedInEveryRdfFormat(String mediaType) {
        HttpResponse<String> r = get("sparql", "Accept", mediaType);
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(mediaType, header(r, "Content-Type").split(";")[0].strip());
        assertEquals("Accept", header(r, "Vary"));
        Graph sd = parse(r.body(), RDFLanguages.contentTypeToLang(mediaType));
        assertTrue(sd.contains(NodeFactory.createURI(server.url("sparql#service")), Sd.endpoint, NodeFactory.createURI(server.url("sparql"))),
                r.body());
    }

    @Test
    void aBrowserAskingForSparqlGetsTheQueryPage() {
        HttpResponse<String> r = get("sparql", "Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(header(r, "Content-Type").startsWith("text/html"), header(r, "Content-Type"));
        assertTrue(r.body().contains("id=\"query-form\""), r.body());
        assertTrue(r.body().getBytes(StandardCharsets.UTF_8).length < MOST_BYTES, r.body().length() + " characters");
    }

    @ParameterizedTest
    @ValueSource(strings = {"sparql?default", "sparql?graph=urn:x-arq:UnionGraph"})
    void thePublicEndpointOffersNoGraphStoreReadsAndSaysWhereTheGraphsAre(String path) {
        HttpResponse<String> r = get(path, "Accept", "application/n-quads, application/trig, */*");
        assertEquals(404, r.statusCode(), r.body());
        assertTrue(r.body().contains("/graph/document/") && r.body().contains("/dumps/"), r.body());
        assertTrue(r.body().length() < 1000, r.body());
    }

    @Test
    void aQueryStillAnswersByGetAndByPost() {
        HttpResponse<String> byGet = get("sparql?query=" + URLEncoder.encode("ASK { ?s ?p ?o }", StandardCharsets.UTF_8),
                "Accept", "application/sparql-results+json");
        assertEquals(200, byGet.statusCode(), byGet.body());
        assertTrue(byGet.body().contains("true"), byGet.body());
        HttpResponse<String> byPost = server.send(HttpRequest.newBuilder(URI.create(server.url("sparql")))
                .header("Content-Type", "application/sparql-query").header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString("ASK { ?s ?p ?o }")).build());
        assertEquals(200, byPost.statusCode(), byPost.body());
    }

    @Test
    void aPageAnswers304ToItsETagAndAnIngestThatChangesItGivesANewETag() throws Exception {
        HttpResponse<String> first = get("", "Accept", "text/html");
        assertEquals(200, first.statusCode());
        String etag = header(first, "ETag");
        assertFalse(etag.isEmpty(), "no ETag on the landing page");
        assertFalse(header(first, "Last-Modified").isEmpty(), "no Last-Modified on the landing page");

        HttpResponse<String> again = get("", "Accept", "text/html", "If-None-Match", etag);
        assertEquals(304, again.statusCode());
        assertEquals("", again.body());
        assertEquals(etag, header(again, "ETag"));

        // The reference letter with one more paragraph: another document, which the landing page counts.
        String text = Files.readString(TestResources.REFERENCE_DOCUMENT) + "\n\nThis copy was sent by ProtocolTest.\n";
        HttpResponse<String> ingest = server.send(HttpRequest.newBuilder(URI.create(server.url("ingest?name=protocol-copy.txt")))
                .header("Authorization", TestServer.basicAuth(TestServer.USER, TestServer.PASSWORD))
                .POST(HttpRequest.BodyPublishers.ofString(text)).build());
        assertEquals(200, ingest.statusCode(), ingest.body());

        HttpResponse<String> after = get("", "Accept", "text/html", "If-None-Match", etag);
        assertEquals(200, after.statusCode());
        assertNotEquals(etag, header(after, "ETag"));
        assertNotEquals(first.body(), after.body(), "the landing page did not change with the ingest");
        assertEquals(304, get("", "Accept", "text/html", "If-None-Match", header(after, "ETag")).statusCode());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", Fixture.LETTER, LETTER_PAGE, LETTER_PAGE + ".ttl", "ontology", "shapes.ttl", "search?q=Azerbaijan", "query"})
    void everyPageAndDescriptionHasValidatorsAndAnswers304ToThem(String path) {
        HttpResponse<String> r = get(path, "Accept", "text/turtle");
        String etag = header(r, "ETag");
        assertFalse(etag.isEmpty(), "no ETag on /" + path);
        assertFalse(header(r, "Last-Modified").isEmpty(), "no Last-Modified on /" + path);
        assertEquals(304, get(path, "Accept", "text/turtle", "If-None-Match", etag).statusCode(), "/" + path);
        assertEquals(304, get(path, "Accept", "text/turtle", "If-None-Match", "\"other\", " + etag).statusCode(), "/" + path);
        assertNotEquals(304, get(path, "Accept", "text/turtle", "If-None-Match", "\"other\"").statusCode(), "/" + path);
    }

    @Test
    void aCompressedPageRevalidatesWithTheETagItCameWith() {
        HttpResponse<byte[]> gzipped = getBytes("", "Accept", "text/html", "Accept-Encoding", "gzip");
        assertEquals("gzip", header(gzipped, "Content-Encoding"));
        assertEquals(304, getBytes("", "Accept", "text/html", "Accept-Encoding", "gzip", "If-None-Match", header(gzipped, "ETag")).statusCode());
    }

    @Test
    void theVariantsOfOneDescriptionHaveDifferentETags() {
        assertNotEquals(header(get(LETTER_PAGE, "Accept", "text/turtle"), "ETag"), header(get(LETTER_PAGE, "Accept", "text/html"), "ETag"));
    }

    @Test
    void ifModifiedSinceTheLastModificationAnswers304AndAnEarlierDate200() {
        HttpResponse<String> first = get(LETTER_PAGE, "Accept", "text/html");
        String lastModified = header(first, "Last-Modified");
        assertEquals(304, get(LETTER_PAGE, "Accept", "text/html", "If-Modified-Since", lastModified).statusCode());
        ZonedDateTime earlier = ZonedDateTime.parse(lastModified, DateTimeFormatter.RFC_1123_DATE_TIME).minusHours(1);
        HttpResponse<String> changed = get(LETTER_PAGE, "Accept", "text/html", "If-Modified-Since",
                DateTimeFormatter.RFC_1123_DATE_TIME.format(earlier.withZoneSameInstant(ZoneOffset.UTC)));
        assertEquals(200, changed.statusCode());
        assertEquals(200, get(LETTER_PAGE, "Accept", "text/html", "If-Modified-Since", "not a date").statusCode());
    }

    /** The dumps of the test store, written once; the union N-Triples file's name and bytes. */
    static PublishedDumps.Entry dump() throws IOException {
        StoreLocation location = new StoreLocation(folder.resolve("db"));
        synchronized (ProtocolTest.class) {
            if (PublishedDumps.list(location.dumps()).isEmpty()) {
                DumpSet.regenerate(server.server.dataset(), location, server.base);
            }
        }
        return PublishedDumps.list(location.dumps()).stream().filter(e -> e.kind() == DumpFile.Kind.UNION_NTRIPLES).findFirst().orElseThrow();
    }

    static byte[] onDisk(PublishedDumps.Entry e) throws IOException {
        return Files.readAllBytes(new StoreLocation(folder.resolve("db")).dumps().resolve(e.name()));
    }

    @Test
    void theFirstHundredBytesOfADumpAre206WithExactlyThoseBytesAndTheirContentRange() throws IOException {
        PublishedDumps.Entry dump = dump();
        byte[] file = onDisk(dump);
        HttpResponse<byte[]> r = getBytes("dumps/" + dump.name(), "Range", "bytes=0-99");
        assertEquals(206, r.statusCode());
        assertArrayEquals(Arrays.copyOf(file, 100), r.body());
        assertEquals("bytes 0-99/" + file.length, header(r, "Content-Range"));
        assertEquals("100", header(r, "Content-Length"));
        assertEquals("bytes", header(r, "Accept-Ranges"));
    }

    @Test
    void aDownloadResumesFromWhereItStopped() throws IOException {
        PublishedDumps.Entry dump = dump();
        byte[] file = onDisk(dump);
        HttpResponse<byte[]> whole = getBytes("dumps/" + dump.name());
        assertEquals(200, whole.statusCode());
        assertEquals("bytes", header(whole, "Accept-Ranges"));
        String etag = header(whole, "ETag");
        assertEquals("\"" + dump.sha256() + "\"", etag);
        HttpResponse<byte[]> rest = getBytes("dumps/" + dump.name(), "Range", "bytes=1000-", "If-Range", etag);
        assertEquals(206, rest.statusCode());
        assertArrayEquals(Arrays.copyOfRange(file, 1000, file.length), rest.body());
        assertEquals("bytes 1000-" + (file.length - 1) + "/" + file.length, header(rest, "Content-Range"));
    }

    @Test
    void aRangeAfterTheFileChangedGetsTheWholeNewFile() throws IOException {
        PublishedDumps.Entry dump = dump();
        HttpResponse<byte[]> r = getBytes("dumps/" + dump.name(), "Range", "bytes=0-99", "If-Range", "\"an-older-file\"");
        assertEquals(200, r.statusCode());
        assertArrayEquals(onDisk(dump), r.body());
    }

    @Test
    void severalRangesOrAnotherUnitGetTheWholeFile() throws IOException {
        PublishedDumps.Entry dump = dump();
        byte[] file = onDisk(dump);
        HttpResponse<byte[]> several = getBytes("dumps/" + dump.name(), "Range", "bytes=0-9, 100-109");
        assertEquals(200, several.statusCode());
        assertArrayEquals(file, several.body());
        HttpResponse<byte[]> lines = getBytes("dumps/" + dump.name(), "Range", "lines=0-9");
        assertEquals(200, lines.statusCode());
        assertArrayEquals(file, lines.body());
    }

    @Test
    void aRangePastTheEndIs416WithTheSize() throws IOException {
        PublishedDumps.Entry dump = dump();
        long size = onDisk(dump).length;
        HttpResponse<byte[]> r = getBytes("dumps/" + dump.name(), "Range", "bytes=" + size + "-");
        assertEquals(416, r.statusCode());
        assertEquals("bytes */" + size, header(r, "Content-Range"));
    }

    @Test
    void aDumpAndTheVoidDescriptionAnswer304ToTheirValidators() throws IOException {
        PublishedDumps.Entry dump = dump();
        HttpResponse<byte[]> file = getBytes("dumps/" + dump.name());
        assertEquals(304, getBytes("dumps/" + dump.name(), "If-None-Match", header(file, "ETag")).statusCode());
        assertEquals(304, getBytes("dumps/" + dump.name(), "If-Modified-Since", header(file, "Last-Modified")).statusCode());
        HttpResponse<String> description = get(".well-known/void", "Accept", "text/turtle");
        assertEquals(200, description.statusCode(), description.body());
        assertFalse(header(description, "Last-Modified").isEmpty());
        assertEquals(304, get(".well-known/void", "Accept", "text/turtle", "If-None-Match", header(description, "ETag")).statusCode());
        assertNotEquals(header(description, "ETag"), header(get(".well-known/void", "Accept", "application/ld+json"), "ETag"));
        HttpResponse<String> listing = get("dumps/");
        assertEquals(304, get("dumps/", "If-None-Match", header(listing, "ETag")).statusCode());
    }

    @Test
    void mediaTypesAreCaseInsensitive() {
        HttpResponse<String> page = get(LETTER_PAGE, "Accept", "TEXT/TURTLE");
        assertEquals(200, page.statusCode(), page.body());
        assertTrue(header(page, "Content-Type").startsWith("text/turtle"), header(page, "Content-Type"));
        HttpResponse<String> results = get("sparql?query=" + URLEncoder.encode("ASK { ?s ?p ?o }", StandardCharsets.UTF_8),
                "Accept", "Application/SPARQL-Results+JSON");
        assertEquals(200, results.statusCode(), results.body());
        assertTrue(header(results, "Content-Type").startsWith("application/sparql-results+json"), header(results, "Content-Type"));
        HttpResponse<String> posted = server.send(HttpRequest.newBuilder(URI.create(server.url("sparql")))
                .header("Content-Type", "APPLICATION/SPARQL-QUERY").header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString("ASK { ?s ?p ?o }")).build());
        assertEquals(200, posted.statusCode(), posted.body());
    }

    @Test
    void aQueryPostedAsPlainTextGets415SayingHowToSendIt() {
        HttpResponse<String> r = server.send(HttpRequest.newBuilder(URI.create(server.url("sparql")))
                .header("Content-Type", "text/plain;charset=UTF-8").POST(HttpRequest.BodyPublishers.ofString("ASK { ?s ?p ?o }")).build());
        assertEquals(415, r.statusCode(), r.body());
        assertTrue(r.body().contains("application/sparql-query") && r.body().contains("application/x-www-form-urlencoded"), r.body());
        assertTrue(r.body().contains("text/plain"), r.body());
        assertFalse(r.body().contains("ASK"), "the answer repeats the query: " + r.body());
    }

    @Test
    void aWriteToThePublicEndpointIs405WithAllow() {
        HttpResponse<String> r = server.send(HttpRequest.newBuilder(URI.create(server.url("sparql?default")))
                .header("Content-Type", "text/turtle").PUT(HttpRequest.BodyPublishers.ofString("<urn:a> <urn:b> <urn:c> .")).build());
        assertEquals(405, r.statusCode(), r.body());
        assertEquals(SparqlEndpointFilter.ALLOW, header(r, "Allow"));
    }
}
