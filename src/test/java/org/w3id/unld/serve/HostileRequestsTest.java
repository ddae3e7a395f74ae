package org.w3id.unld.serve;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The attacks of a public endpoint, one test each, on a real server over loopback: each hostile request is
 * refused or cut with a clear error, and while four of a kind run at once the health check answers within 1 s
 * (99th percentile) and a simple query within 2 s. docs/RELIABILITY.md lists them with their latest results.
 */
class HostileRequestsTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(3);
    private static final Duration ATTACK = Duration.ofSeconds(4);
    @TempDir
    static Path folder;
    static TestServer server;
    static int port;
    static LocalEndpoints endpoints;
    static TestServer federating;

    @BeforeAll
    static void start() {
        endpoints = new LocalEndpoints();
        server = TestServer.start(subfolder("default"), b -> b.timeout(TIMEOUT));
        port = URI.create(server.base).getPort();
        federating = TestServer.start(subfolder("federating"), b -> b.timeout(TIMEOUT).federationTimeout(Duration.ofMillis(1500))
                .federate(endpoints.standIn()).federate(endpoints.tarpit()).federate(endpoints.canary()).federate(endpoints.redirect()));
    }

    private static Path subfolder(String name) {
        try {
            return java.nio.file.Files.createDirectories(folder.resolve(name));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @AfterAll
    static void stop() {
        for (AutoCloseable c : new AutoCloseable[]{server, federating, endpoints}) {
            try {
                if (c != null) {
                    c.close();
                }
            } catch (Exception e) {
                // going on with the others
            }
        }
    }

    private static void assertResponsive(Attack.Responsiveness r, String attack) {
        assertTrue(r.pingP99() < 1000, attack + ": /$/ping took " + r.pingP99() + " ms at p99 (" + r.pingMillis() + ")");
        assertTrue(r.slowestQuery() < 2000, attack + ": a simple query took " + r.slowestQuery() + " ms (" + r.queryMillis() + ")");
        System.out.printf("%s: %d hostile requests; ping p99 %d ms, slowest simple query %d ms%n", attack, r.hostile().size(),
                r.pingP99(), r.slowestQuery());
    }

    // 1. SERVICE nested back into the server, and SERVICE to an endpoint that never answers.

    @Test
    void serviceNestedBackIntoTheServerIsRefusedAndTheServerStaysUp() throws Exception {
        String self = server.base + "sparql";
        String query = "SELECT * { ?s ?p ?o }";
        for (int i = 0; i < 25; i++) {
            query = "SELECT * { SERVICE <" + self + "> { " + query + " } }";
        }
        byte[] request = Attack.query(query);
        Attack.Responsiveness r = Attack.fourAtOnce(server.base, ATTACK, () -> Attack.send(port, request, Duration.ofSeconds(20)));
        for (Attack.Answer a : r.hostile()) {
            // 429: one attacker's next request can arrive before the server has counted the last one as done.
            assertTrue(a.status() == 422 || a.status() == 429, a.head());
            assertTrue(a.status() == 429 || a.body().contains("SERVICE is off"), a.body());
        }
        assertResponsive(r, "nested SERVICE");
    }

    @Test
    void serviceToAnEndpointThatNeverAnswersIsRefusedWithoutConnecting() throws Exception {
        Attack.Answer a = Attack.send(port, Attack.query("SELECT * { SERVICE <" + endpoints.tarpit() + "> { ?s ?p ?o } }"), Duration.ofSeconds(10));
        assertEquals(422, a.status());
        assertEquals(0, endpoints.tarpitConnections.get(), "the default server connected to the tarpit");
    }

    // 2. SSRF: SERVICE to any URL, the answer read back in the error.

    @Test
    void byDefaultServiceNeverFetchesACanaryWhateverTheForm() throws Exception {
        int before = endpoints.canaryHits.get();
        for (String q : List.of(
                "SELECT * { SERVICE <" + endpoints.canary() + "> { ?s ?p ?o } }",
                "SELECT * { SERVICE SILENT <" + endpoints.canary() + "> { ?s ?p ?o } }",
                "SELECT * { BIND(<" + endpoints.canary() + "> AS ?e) SERVICE ?e { ?s ?p ?o } }",
                "SELECT * { VALUES ?e { <" + endpoints.redirect() + "> } SERVICE ?e { ?s ?p ?o } }")) {
            Attack.Answer a = Attack.send(port, Attack.query(q), Duration.ofSeconds(10));
            assertFalse(a.body().contains(LocalEndpoints.SECRET), q);
            assertTrue(a.status() == 422 || a.status() == 200, q + " → " + a.status());
        }
        assertEquals(before, endpoints.canaryHits.get(), "a SERVICE call reached the canary");
    }

    @Test
    void federationWithANamedEndpointWorks() throws Exception {
        Attack.Answer a = Attack.send(URI.create(federating.base).getPort(),
                Attack.query("SELECT ?l { SERVICE <" + endpoints.standIn() + "> { ?s ?p ?l } }"), Duration.ofSeconds(10));
        assertEquals(200, a.status(), a.body());
        assertTrue(a.body().contains(LocalEndpoints.STAND_IN_LABEL), a.body());
    }

    @Test
    void aTarpitNamedForFederationIsCutAtTheTimeout() throws Exception {
        long start = System.nanoTime();
        Attack.Answer a = Attack.send(URI.create(federating.base).getPort(),
                Attack.query("SELECT * { SERVICE <" + endpoints.tarpit() + "> { ?s ?p ?o } }"), Duration.ofSeconds(20));
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(504, a.status(), a.head());
        assertTrue(millis < 3000, "the tarpit held the query for " + millis + " ms");
        assertTrue(endpoints.tarpitConnections.get() > 0, "the federating server did not even connect");
    }

    @Test
    void aFederatedEndpointsAnswerIsNeverEchoedAndRedirectsAreNotFollowed() throws Exception {
        int fedPort = URI.create(federating.base).getPort();
        Attack.Answer page = Attack.send(fedPort, Attack.query("SELECT * { SERVICE <" + endpoints.canary() + "> { ?s ?p ?o } }"), Duration.ofSeconds(10));
        assertEquals(502, page.status());
        assertFalse(page.body().contains(LocalEndpoints.SECRET), page.body());
        int hits = endpoints.canaryHits.get();
        Attack.Answer redirected = Attack.send(fedPort, Attack.query("SELECT * { SERVICE <" + endpoints.redirect() + "> { ?s ?p ?o } }"), Duration.ofSeconds(10));
        assertEquals(502, redirected.status());
        assertEquals(hits, endpoints.canaryHits.get(), "the redirect to the canary was followed");
    }

    // 3. REGEX that backtracks for minutes.

    @Test
    void aBacktrackingRegexStopsAtTheQueryTimeout() throws Exception {
        byte[] request = Attack.query("SELECT * { BIND(\"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\" AS ?s) FILTER(REGEX(?s, \"(.*a){12}x\")) }");
        long start = System.nanoTime();
        Attack.Responsiveness r = Attack.fourAtOnce(server.base, Duration.ZERO, () -> Attack.send(port, request, Duration.ofSeconds(30)));
        long millis = (System.nanoTime() - start) / 1_000_000;
        for (Attack.Answer a : r.hostile()) {
            assertEquals(503, a.status(), a.head());
        }
        assertTrue(millis < TIMEOUT.toMillis() + 4000, "four backtracking queries took " + millis + " ms with a " + TIMEOUT + " timeout");
        assertResponsive(r, "backtracking REGEX");
        Attack.Answer replace = Attack.send(port, Attack.query(
                "SELECT (REPLACE(\"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\", \"(.*a){12}x\", \"b\") AS ?r) {}"), Duration.ofSeconds(30));
        assertEquals(503, replace.status(), "REPLACE with a backtracking pattern: " + replace.head());
    }

    // 4. A decompression-bomb PDF uploaded to /ingest.

    @Test
    void aDecompressionBombUploadIsRejectedAndTheServerStaysResponsive() throws Exception {
        byte[] bomb = bombPdf();
        assertTrue(bomb.length < 4 * 1024 * 1024, "the bomb is small: " + bomb.length);
        byte[] request = Attack.post("/ingest?name=bomb.pdf", "application/pdf", bomb,
                TestServer.basicAuth(TestServer.USER, TestServer.PASSWORD));
        Attack.Responsiveness r = Attack.fourAtOnce(server.base, Duration.ZERO, () -> Attack.send(port, request, Duration.ofMinutes(3)));
        for (Attack.Answer a : r.hostile()) {
            assertEquals(422, a.status(), a.head() + "\n" + a.body());
            assertTrue(a.body().contains("rejected"), a.body());
        }
        assertResponsive(r, "decompression-bomb PDF");
    }

    /**
     * A one-page PDF whose content stream, 2 MB compressed, inflates to 400 MB of text-showing operators: what a
     * decompression bomb aimed at a text extractor looks like.
     */
    static byte[] bombPdf() throws Exception {
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        try (DeflaterOutputStream z = new DeflaterOutputStream(compressed, new Deflater(Deflater.BEST_COMPRESSION), 1 << 16)) {
            z.write("BT /F1 1 Tf ".getBytes(StandardCharsets.US_ASCII));
            byte[] chunk = new byte[1 << 20];
            byte[] show = ("(" + "a".repeat(1000) + ") Tj ").getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i + show.length <= chunk.length; i += show.length) {
                System.arraycopy(show, 0, chunk, i, show.length);
            }
            int filled = (chunk.length / show.length) * show.length;
            for (int i = 0; i < 400; i++) {
                z.write(chunk, 0, filled);
            }
            z.write(" ET".getBytes(StandardCharsets.US_ASCII));
        }
        byte[] stream = compressed.toByteArray();
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        long[] offsets = new long[6];
        write(pdf, "%PDF-1.4\n");
        String[] objects = {
                "<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
                null,
                "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"};
        for (int i = 0; i < objects.length; i++) {
            offsets[i + 1] = pdf.size();
            if (objects[i] == null) {
                write(pdf, (i + 1) + " 0 obj\n<< /Length " + stream.length + " /Filter /FlateDecode >>\nstream\n");
                pdf.write(stream);
                write(pdf, "\nendstream\nendobj\n");
            } else {
                write(pdf, (i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n");
            }
        }
        long xref = pdf.size();
        StringBuilder x = new StringBuilder("xref\n0 6\n0000000000 65535 f \n");
        for (int i = 1; i < 6; i++) {
            x.append(String.format("%010d 00000 n \n", offsets[i]));
        }
        x.append("trailer\n<< /Size 6 /Root 1 0 R >>\nstartxref\n").append(xref).append("\n%%EOF\n");
        write(pdf, x.toString());
        return pdf.toByteArray();
    }

    private static void write(ByteArrayOutputStream out, String s) {
        out.writeBytes(s.getBytes(StandardCharsets.ISO_8859_1));
    }

    // 5. A query text of megabytes: parsing is quadratic and outside the timeout, and it was echoed back.

    @Test
    void aLongQueryIsRefusedBeforeParsingAndNotEchoed() throws Exception {
        String filler = "# " + "x".repeat(15 * 1024 * 1024) + "\n";
        byte[] request = Attack.query(filler + "SELECT * { ?s ?p ?o }");
        long start = System.nanoTime();
        Attack.Responsiveness r = Attack.fourAtOnce(server.base, Duration.ZERO, () -> Attack.send(port, request, Duration.ofSeconds(60)));
        long millis = (System.nanoTime() - start) / 1_000_000;
        for (Attack.Answer a : r.hostile()) {
            assertEquals(413, a.status(), a.head());
            assertTrue(a.body().length() < 2000, "the answer is " + a.body().length() + " characters long");
        }
        assertTrue(millis < 20_000, "four 15 MB queries took " + millis + " ms");
        assertResponsive(r, "15 MB query");
        String bad = "SELECT * { ?s ?p ?o . " + "?s ?p ?o . ".repeat(2000) + " FILTER( }";
        Attack.Answer parseError = Attack.send(port, Attack.query(bad), Duration.ofSeconds(30));
        assertEquals(400, parseError.status());
        assertFalse(parseError.body().contains("?s ?p ?o . ?s ?p ?o . ?s ?p ?o"), "the parse error echoes the query");
    }

    // 6. Log amplification: a regex error per row was logged once per row.

    @Test
    void anInvalidPatternPerRowIsNotLoggedPerRow() throws Exception {
        StringBuilder values = new StringBuilder();
        for (int i = 0; i < 3000; i++) {
            values.append(i).append(' ');
        }
        try (LogCapture log = LogCapture.start()) {
            Attack.Answer a = Attack.send(port, Attack.query("SELECT ?i { VALUES ?i { " + values
                    + "} FILTER(REGEX(\"x\", CONCAT(\"(\", STR(?i)))) }"), Duration.ofSeconds(30));
            assertEquals(200, a.status(), a.head());
            assertTrue(log.characters() < 20_000, "one query wrote " + log.characters() + " characters of log");
        }
        String longQuery = "SELECT * { ?s ?p ?o } LIMIT 1 # " + "x".repeat(90_000);
        try (LogCapture log = LogCapture.start()) {
            for (int i = 0; i < 10; i++) {
                assertEquals(200, Attack.send(port, Attack.query(longQuery), Duration.ofSeconds(30)).status());
                server.get("sparql?query=" + URLEncoder.encode(longQuery.substring(0, 6000), StandardCharsets.UTF_8), null);
            }
            // Each request's lines are cut at 500 characters: about 2 KB a request, where the queries hold 960 KB.
            assertTrue(log.characters() < 60_000, "ten 90 KB queries (and ten 6 KB GETs) wrote " + log.characters() + " characters of log");
        }
    }

    // 7. One query that exhausts memory: GROUP_CONCAT of full texts over a cartesian product.

    @Test
    void aStringAggregateOverACartesianProductIsCutWithAClearError() throws Exception {
        StringBuilder rows = new StringBuilder();
        for (int i = 0; i < 5000; i++) {
            rows.append(i).append(' ');
        }
        // A full text times 5,000 rows: about 45 million characters in one string if nothing stopped it. (The text is
        // read once, the longest, in a subquery: joined row by row with the union graph the test would measure the store, not the guard.)
        byte[] request = Attack.query("PREFIX unld: <https://w3id.org/unld/ontology#>\n"
                + "SELECT (GROUP_CONCAT(?t) AS ?all) { { SELECT ?t { ?a unld:fullText ?t } ORDER BY DESC(STRLEN(?t)) LIMIT 1 } VALUES ?i { " + rows + "} }");
        Attack.Responsiveness r = Attack.fourAtOnce(server.base, Duration.ZERO, () -> Attack.send(port, request, Duration.ofSeconds(60)));
        for (Attack.Answer a : r.hostile()) {
            assertEquals(422, a.status(), a.head() + clip(a.body()));
            assertTrue(a.body().contains("million characters"), clip(a.body()));
        }
        assertResponsive(r, "GROUP_CONCAT over a cartesian product");
    }

    @Test
    void theMemoryGuardStopsRunningQueriesWithAClearError() throws Exception {
        byte[] request = Attack.query("SELECT (COUNT(*) AS ?n) { ?a ?p ?b . ?c ?q ?d . ?e ?r ?f }");
        Thread stopper = new Thread(() -> {
            try {
                Thread.sleep(700);
            } catch (InterruptedException e) {
                return;
            }
            server.server.memoryGuard().stopAll();
        });
        stopper.start();
        Attack.Answer a = Attack.send(port, request, Duration.ofSeconds(30));
        stopper.join();
        assertEquals(422, a.status(), a.head());
        assertTrue(a.body().contains("short of memory"), a.body());
    }

    private static String clip(String s) {
        return s.length() > 500 ? s.substring(0, 500) + "…" : s;
    }

    // 8. CORS with credentials and CSRF on /update.

    @Test
    void readsAreOpenToEveryOriginWithoutCredentials() {
        HttpResponse<String> r = server.send(HttpRequest.newBuilder(URI.create(server.url("sparql?query="
                + URLEncoder.encode("ASK {}", StandardCharsets.UTF_8)))).header("Origin", "http://evil.example").GET().build());
        assertEquals(200, r.statusCode());
        assertEquals("*", r.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
        assertNull(r.headers().firstValue("Access-Control-Allow-Credentials").orElse(null));
    }

    @Test
    void aFormUpdateFromAnotherSiteIsRefusedEvenWithTheAdministratorsPassword() throws Exception {
        DatasetGraph dataset = server.server.dataset();
        long before = Txn.calculateRead(dataset, () -> dataset.stream().count());
        String form = "update=" + URLEncoder.encode("INSERT DATA { <http://evil.example/s> <http://evil.example/p> \"csrf\" }", StandardCharsets.UTF_8);
        for (String extra : List.of("Origin: http://evil.example\r\n", "Referer: http://evil.example/page.html\r\n", "Sec-Fetch-Site: cross-site\r\n")) {
            String head = "POST /update HTTP/1.1\r\nHost: localhost:" + port + "\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                    + "Authorization: " + TestServer.basicAuth(TestServer.USER, TestServer.PASSWORD) + "\r\n" + extra
                    + "Content-Length: " + form.length() + "\r\nConnection: close\r\n\r\n";
            Attack.Answer a = Attack.send(port, (head + form).getBytes(StandardCharsets.ISO_8859_1), Duration.ofSeconds(10));
            assertEquals(403, a.status(), extra + a.head() + a.body());
            assertFalse(a.head().contains("Access-Control-Allow-Credentials"), a.head());
        }
        assertEquals(before, (long) Txn.calculateRead(dataset, () -> dataset.stream().count()), "a cross-site update was written");
        Attack.Answer preflight = Attack.send(port, ("OPTIONS /update HTTP/1.1\r\nHost: localhost:" + port
                + "\r\nOrigin: http://evil.example\r\nAccess-Control-Request-Method: POST\r\nConnection: close\r\n\r\n")
                .getBytes(StandardCharsets.ISO_8859_1), Duration.ofSeconds(10));
        // A preflight carries no credentials: the login the update service asks for (401) refuses it too.
        assertTrue(preflight.status() == 401 || preflight.status() == 403, preflight.head());
        assertFalse(preflight.head().contains("Access-Control-Allow-Origin"), preflight.head());
    }

    @Test
    void anUpdateFromTheServersOwnOriginOrAProgramIsAccepted() throws Exception {
        String form = "update=" + URLEncoder.encode("INSERT DATA { GRAPH <http://example.org/g> { <http://example.org/s> <http://example.org/p> \"ok\" } }",
                StandardCharsets.UTF_8);
        for (String extra : List.of("", "Origin: http://localhost:" + port + "\r\n")) {
            String head = "POST /update HTTP/1.1\r\nHost: localhost:" + port + "\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                    + "Authorization: " + TestServer.basicAuth(TestServer.USER, TestServer.PASSWORD) + "\r\n" + extra
                    + "Content-Length: " + form.length() + "\r\nConnection: close\r\n\r\n";
            Attack.Answer a = Attack.send(port, (head + form).getBytes(StandardCharsets.ISO_8859_1), Duration.ofSeconds(10));
            assertEquals(200, a.status(), "'" + extra + "' " + a.head() + a.body());
        }
    }

    // 9. The smaller faults.

    @Test
    void aMalformedBasicAuthorizationIsA400WithoutAStackTrace() throws Exception {
        for (String value : List.of("Basic %%%not-base64%%%", "Basic " + java.util.Base64.getEncoder().encodeToString("no-colon".getBytes()), "Basic")) {
            Attack.Answer a = Attack.send(port, ("POST /update HTTP/1.1\r\nHost: localhost\r\nAuthorization: " + value
                    + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1), Duration.ofSeconds(10));
            assertEquals(400, a.status(), value + ": " + a.head());
            assertFalse(a.hasStackTrace(), a.body());
        }
    }

    @Test
    void traceIsNotAllowed() throws Exception {
        Attack.Answer a = Attack.send(port, "TRACE / HTTP/1.1\r\nHost: localhost\r\nCookie: secret=1\r\nConnection: close\r\n\r\n"
                .getBytes(StandardCharsets.ISO_8859_1), Duration.ofSeconds(10));
        assertEquals(405, a.status());
        assertFalse(a.body().contains("secret=1"));
    }

    @Test
    void searchWithLuceneSyntaxErrorsSearchesThePlainWords() {
        for (String q : List.of("\"unbalanced", "(((", "title:", "*", "a AND", "[1 TO")) {
            HttpResponse<String> r = server.get("search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8), "text/html");
            assertEquals(200, r.statusCode(), q + ": " + r.body());
        }
    }

    @Test
    void aHugePageNumberIsAnEmptyPageNotAnError() {
        for (String page : List.of("2147483647", "-2147483648", "99999999999999")) {
            HttpResponse<String> r = server.get("doc/" + Fixture.COUNTRY.substring("id/".length()) + "?page=" + page, "text/turtle");
            assertEquals(200, r.statusCode(), page + ": " + r.body());
        }
    }

    @Test
    void tooManyRequestsFromOneClientGet429WithRetryAfter() throws Exception {
        byte[] slow = Attack.query("SELECT * { BIND(\"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\" AS ?s) FILTER(REGEX(?s, \"(.*a){12}x\")) }");
        int limit = org.w3id.unld.serve.guard.ClientLimitFilter.DEFAULT_MAX_PER_CLIENT;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(limit + 2);
        try {
            List<java.util.concurrent.Future<Attack.Answer>> answers = new java.util.ArrayList<>();
            for (int i = 0; i < limit + 2; i++) {
                answers.add(pool.submit(() -> Attack.send(port, slow, Duration.ofSeconds(30))));
            }
            int[] statuses = new int[limit + 2];
            for (int i = 0; i < limit + 2; i++) {
                Attack.Answer a = answers.get(i).get();
                statuses[i] = a.status();
                if (a.status() == 429) {
                    assertTrue(a.head().contains("Retry-After: "), a.head());
                }
            }
            assertEquals(2, Arrays.stream(statuses).filter(s -> s == 429).count(), Arrays.toString(statuses));
        } finally {
            pool.shutdownNow();
        }
    }
}
