package org.w3id.unld.serve;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Hostile requests as an attacker sends them: raw HTTP/1.1 on a socket bound to a loopback address of their own
 * (127.0.0.2), so that the server counts them as another client than the probes that check it stays responsive
 * (127.0.0.1). Every socket has a read timeout: a test never hangs on a server that stopped answering.
 */
final class Attack {
    static final InetAddress ATTACKER = address("127.0.0.2");
    private static final HttpClient PROBE = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** What the server answered: status line code, headers and body as text. */
    record Answer(int status, String head, String body) {
        boolean hasStackTrace() {
            return body.contains("\tat org.") || body.contains("\tat java.") || body.contains("Exception:") && body.contains("\n\tat ");
        }
    }

    /** What the responsiveness probes measured while an attack ran. */
    record Responsiveness(List<Long> pingMillis, List<Long> queryMillis, List<Answer> hostile) {
        long pingP99() {
            List<Long> sorted = new ArrayList<>(pingMillis);
            Collections.sort(sorted);
            return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(sorted.size() * 0.99) - 1));
        }

        long slowestQuery() {
            return queryMillis.stream().mapToLong(Long::longValue).max().orElse(Long.MAX_VALUE);
        }
    }

    private Attack() {
    }

    private static InetAddress address(String a) {
        try {
            return InetAddress.getByName(a);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Sends {@code request} from the attacker's address and reads the whole answer (at most {@code timeout}). */
    static Answer send(int port, byte[] request, Duration timeout) throws IOException {
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(ATTACKER, 0));
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 5000);
            socket.setSoTimeout((int) timeout.toMillis());
            OutputStream out = socket.getOutputStream();
            try {
                out.write(request);
                out.flush();
            } catch (IOException e) {
                // The server may answer and close before a large body is sent whole: read what it said.
            }
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            InputStream in = socket.getInputStream();
            byte[] buffer = new byte[8192];
            try {
                for (int n; (n = in.read(buffer)) > 0; ) {
                    answer.write(buffer, 0, n);
                }
            } catch (IOException e) {
                if (answer.size() == 0) {
                    throw e;
                }
            }
            String text = answer.toString(StandardCharsets.UTF_8);
            int end = text.indexOf("\r\n\r\n");
            String head = end < 0 ? text : text.substring(0, end);
            String body = end < 0 ? "" : text.substring(end + 4);
            int status = head.startsWith("HTTP/1.1 ") ? Integer.parseInt(head.substring(9, 12)) : -1;
            return new Answer(status, head, body);
        }
    }

    /** A SPARQL query POSTed as application/sparql-query, with Connection: close. */
    static byte[] query(String query) {
        return post("/sparql", "application/sparql-query", query.getBytes(StandardCharsets.UTF_8), null);
    }

    static byte[] post(String path, String contentType, byte[] body, String authorization) {
        String head = "POST " + path + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: " + contentType + "\r\nContent-Length: "
                + body.length + "\r\n" + (authorization == null ? "" : "Authorization: " + authorization + "\r\n")
                + "Accept: application/sparql-results+json\r\nConnection: close\r\n\r\n";
        byte[] h = head.getBytes(StandardCharsets.ISO_8859_1);
        byte[] all = new byte[h.length + body.length];
        System.arraycopy(h, 0, all, 0, h.length);
        System.arraycopy(body, 0, all, h.length, body.length);
        return all;
    }

    /**
     * Runs {@code hostile} on four threads at once (each as often as it takes for {@code duration}, at least once)
     * while a probe asks the health check every 100 ms and a simple query every 500 ms from another address.
     */
    static Responsiveness fourAtOnce(String base, Duration duration, Callable<Answer> hostile) throws Exception {
        ExecutorService attackers = Executors.newFixedThreadPool(4);
        long end = System.nanoTime() + duration.toNanos();
        List<Future<List<Answer>>> running = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            running.add(attackers.submit(() -> {
                List<Answer> answers = new ArrayList<>();
                do {
                    answers.add(hostile.call());
                } while (System.nanoTime() < end);
                return answers;
            }));
        }
        Thread.sleep(300);
        List<Long> pings = new ArrayList<>();
        List<Long> queries = new ArrayList<>();
        int round = 0;
        while (running.stream().anyMatch(f -> !f.isDone()) || round < 10) {
            pings.add(timed(base + "$/ping", 200));
            if (round % 5 == 0) {
                queries.add(timed(base + "sparql?query=" + URLEncoder.encode("ASK { ?s ?p ?o }", StandardCharsets.UTF_8), 200));
            }
            round++;
            Thread.sleep(100);
            assertTrue(round < 2000, "the attack did not end");
        }
        List<Answer> answers = new ArrayList<>();
        for (Future<List<Answer>> f : running) {
            answers.addAll(f.get(1, TimeUnit.MINUTES));
        }
        attackers.shutdownNow();
        return new Responsiveness(pings, queries, answers);
    }

    /** Milliseconds until {@code url} answered with {@code status}; a failure counts as a minute. */
    static long timed(String url, int status) {
        long start = System.nanoTime();
        try {
            HttpResponse<String> r = PROBE.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != status) {
                return 60_000;
            }
        } catch (IOException e) {
            return 60_000;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 60_000;
        }
        return (System.nanoTime() - start) / 1_000_000;
    }
}
