package org.w3id.unld.serve;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Requests an attacker sends: paths that climb out of {@code /id/}, a 50 MB query string and body, a thousand
 * connections opened and held. Each is refused or outlasted, and the server goes on answering everyone else.
 * Requests are written on raw sockets, byte for byte, so that no client library normalises them first.
 */
class MaliciousRequestsTest {
    static final int FIFTY_MB = 50 * 1024 * 1024;
    @TempDir
    static Path folder;
    static TestServer server;
    static int port;

    @BeforeAll
    static void start() {
        server = TestServer.start(folder, Duration.ofSeconds(5), 1000, 1024 * 1024);
        port = URI.create(server.base).getPort();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "/id/..%2f..%2fetc%2fpasswd", "/id/../../etc/passwd", "/id/%2e%2e/%2e%2e/etc/passwd", "/id/..%2f..%2f..%2f..%2fetc/passwd",
            "/id/document/..%2f..%2f..%2fetc%2fpasswd", "/id/..%5c..%5cetc%5cpasswd", "/id/..;/..;/etc/passwd",
            "/id/%252e%252e%252f%252e%252e%252fetc%252fpasswd", "/id/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd",
            "/id/document/A/80/1%00.ttl", "/doc/..%2f..%2fetc%2fpasswd", "/static/..%2f..%2f..%2fetc%2fpasswd"})
    void pathsClimbingOutOfTheServedTreeAreRefused(String path) throws IOException {
        String answer = exchange(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nAccept: text/turtle\r\nConnection: close\r\n\r\n")
                .getBytes(StandardCharsets.ISO_8859_1));
        int status = status(answer);
        assertTrue(status >= 400 && status < 500, path + " gave " + status);
        assertFalse(answer.contains("root:x:") || answer.contains("root:*:"), path + " leaked a system file");
        assertFalse(answer.contains("Exception") || answer.contains("\tat org."), path + " answered with a stack trace");
        assertServing();
    }

    @Test
    void aFiftyMegabyteQueryStringIsRefusedAndTheServerGoesOn() throws IOException {
        byte[] head = "GET /sparql?query=".getBytes(StandardCharsets.US_ASCII);
        byte[] tail = " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
        byte[] request = new byte[head.length + FIFTY_MB + tail.length];
        System.arraycopy(head, 0, request, 0, head.length);
        Arrays.fill(request, head.length, head.length + FIFTY_MB, (byte) 'a');
        System.arraycopy(tail, 0, request, head.length + FIFTY_MB, tail.length);
        String answer = exchange(request);
        // Jetty answers 414 (URI too long) or 431 (header fields too large) and closes; it may close before the
        // client has written everything, in which case no answer arrives, which is a refusal too.
        if (!answer.isEmpty()) {
            int status = status(answer);
            assertTrue(status == 414 || status == 431 || status == 400, "a 50 MB query string gave " + status);
        }
        assertServing();
    }

    @Test
    void aFiftyMegabyteQueryBodyIsRefusedWith413AndTheServerGoesOn() throws IOException {
        byte[] head = ("POST /sparql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/sparql-query\r\nContent-Length: "
                + FIFTY_MB + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] request = new byte[head.length + FIFTY_MB];
        System.arraycopy(head, 0, request, 0, head.length);
        Arrays.fill(request, head.length, request.length, (byte) ' ');
        String answer = exchange(request);
        if (!answer.isEmpty()) {
            assertEquals(413, status(answer), "a 50 MB body must be refused as too large");
        }
        assertServing();
    }

    @Test
    void aThousandConnectionsHeldOpenDoNotStopOthersBeingServed() throws Exception {
        List<Socket> held = new ArrayList<>();
        try {
            for (int i = 0; i < 1000; i++) {
                Socket s = new Socket();
                s.connect(new InetSocketAddress("localhost", port), 10_000);
                // Half of them idle, half of them send a request line and stop mid-header (slowloris).
                if (i % 2 == 1) {
                    s.getOutputStream().write("GET /sparql?query=ASK%7B%7D HTTP/1.1\r\nHost: local".getBytes(StandardCharsets.US_ASCII));
                    s.getOutputStream().flush();
                }
                held.add(s);
            }
            for (int i = 0; i < 20; i++) {
                assertServing();
            }
            // The connections were really held meanwhile: the server has closed none of them.
            assertEquals(1000, openOnTheServer(held), "connections the server still holds after the others were served");
        } finally {
            for (Socket s : held) {
                s.close();
            }
        }
        assertServing();
    }

    /** How many of the connections the server has not closed: a read that waits, rather than ends, is open. */
    private static long openOnTheServer(List<Socket> sockets) throws IOException {
        long open = 0;
        for (Socket s : sockets) {
            s.setSoTimeout(5);
            try {
                if (s.getInputStream().read() < 0) {
                    continue; // closed by the server
                }
            } catch (SocketTimeoutException stillOpen) {
                open++;
                continue;
            } catch (IOException reset) {
                continue;
            }
            open++; // it answered something: open too
        }
        return open;
    }

    /** The server answers a query and its health check, each within ten seconds. */
    private static void assertServing() {
        HttpResponse<String> ping = server.send(HttpRequest.newBuilder(URI.create(server.url("$/ping")))
                .timeout(Duration.ofSeconds(10)).GET().build());
        assertEquals(200, ping.statusCode());
        String ask = URLEncoder.encode("ASK { ?s ?p ?o }", StandardCharsets.UTF_8);
        HttpResponse<String> query = server.send(HttpRequest.newBuilder(URI.create(server.url("sparql?query=" + ask)))
                .header("Accept", "application/sparql-results+json").timeout(Duration.ofSeconds(10)).GET().build());
        assertEquals(200, query.statusCode());
        assertTrue(query.body().contains("true"), query.body());
    }

    /**
     * Writes the request on a fresh connection (from another thread, so that an answer sent before the
     * request is all written is read) and returns what the server answered, up to 64 KB; empty when it
     * closed without answering.
     */
    private static String exchange(byte[] request) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("localhost", port), 10_000);
            socket.setSoTimeout(30_000);
            Thread writer = new Thread(() -> {
                try {
                    OutputStream out = socket.getOutputStream();
                    for (int off = 0; off < request.length; off += 65536) {
                        out.write(request, off, Math.min(65536, request.length - off));
                    }
                    out.flush();
                } catch (IOException closedByServer) {
                    // The server may refuse and close before the whole request is written.
                }
            });
            writer.start();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            try {
                InputStream in = socket.getInputStream();
                byte[] buffer = new byte[8192];
                int n;
                while (answer.size() < 65536 && (n = in.read(buffer)) >= 0) {
                    answer.write(buffer, 0, n);
                }
            } catch (SocketTimeoutException e) {
                throw new AssertionError("the server neither answered nor closed the connection within 30 s", e);
            } catch (IOException reset) {
                // A reset after the server's refusal: what was read so far is the answer.
            }
            socket.close();
            try {
                writer.join(30_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return answer.toString(StandardCharsets.ISO_8859_1);
        }
    }

    private static int status(String answer) {
        assertTrue(answer.startsWith("HTTP/1.1 "), "not an HTTP answer: " + answer.substring(0, Math.min(200, answer.length())));
        return Integer.parseInt(answer.substring(9, 12));
    }
}
