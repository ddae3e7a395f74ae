package org.w3id.unld.bench;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The load of bench/run.sh, for unld's server and for stock Fuseki, on loopback. The requests come from
 * {@code wrk} (Debian's package: a load generator in C, light enough not to take the CPU the servers need) with
 * bench/load.lua: one connection per client, each sending one operation after the other (a closed loop), for
 * a bounded time and a bounded number of operations; this class writes the request lists, runs wrk and adds
 * up its results. Reports throughput and the 50th and 99th percentile latencies of operations.
 *
 * <p>Workloads:
 * <ul>
 *   <li>{@code sparql}: a fixed mix of five SPARQL queries, in turn — a document by its symbol, the documents of
 *       an agenda item, the documents sent from a country's posts, a full-text search, the count of documents of
 *       one type — with parameters taken from the store (sorted, so every run asks the same things);</li>
 *   <li>{@code deref-ttl}, {@code deref-html}: dereferencing {@code /id/…} IRIs of documents, agenda items,
 *       countries and organs as a client does: {@code 303 See Other}, then the description, in Turtle or HTML.
 *       One operation is the two requests.</li>
 * </ul>
 *
 * <p>{@code LoadGenerator URL LABEL [--against URL2 LABEL2] WORKLOAD CLIENTS[,CLIENTS…] SECONDS MAX_OPERATIONS WORKDIR [RESULTS_FILE]}:
 * warms up for a few seconds at the highest client count, then measures each client count in turn for SECONDS
 * (and at most MAX_OPERATIONS); with {@code --against}, two servers (the same store in two folders) are measured
 * in alternating two-second slices. Prints a line per server and client count and appends {@code key=value}
 * lines to RESULTS_FILE for the report.
 */
public final class LoadGenerator {
    static final String PREFIXES = """
            PREFIX unld: <https://w3id.org/unld/ontology#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX org: <http://www.w3.org/ns/org#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX text: <http://jena.apache.org/text#>
            """;
    /** The query mix, each with the parameter it takes ({@code %s}). */
    static final List<String> MIX_NAMES = List.of("symbol", "agenda item", "sender country", "full text", "count by type");
    static final List<String> MIX = List.of(
            PREFIXES + "SELECT ?d ?title { ?d unld:symbol \"%s\" . OPTIONAL { ?d dcterms:title ?title } }",
            PREFIXES + "SELECT DISTINCT ?d ?symbol { ?d unld:agendaItem <%s> . OPTIONAL { ?d unld:symbol ?symbol } } LIMIT 100",
            PREFIXES + "SELECT DISTINCT ?d { ?d unld:sender ?post . ?post org:postIn <%s> } LIMIT 100",
            PREFIXES + "SELECT ?s ?score { (?s ?score) text:query (\"%s\" 20) }",
            PREFIXES + "SELECT (COUNT(DISTINCT ?d) AS ?n) { ?d a <%s> }");
    /** Requests in a SPARQL request list: the mix, parameters spread over their lists. */
    static final int SPARQL_REQUESTS = 5000;
    static final Duration WARM_UP = Duration.ofSeconds(5);
    static final Duration SLICE = Duration.ofSeconds(2);
    static final Path SCRIPT = Path.of("bench", "load.lua");

    private final String url;

    LoadGenerator(String url) {
        this.url = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** One measured run: operations that succeeded, operations that failed, how long, and the latencies (µs) of the ones that succeeded. */
    record Result(long operations, long errors, double seconds, long[] latencies) {
        static Result merge(List<Result> parts) {
            long[] all = parts.stream().flatMapToLong(p -> Arrays.stream(p.latencies())).sorted().toArray();
            return new Result(parts.stream().mapToLong(Result::operations).sum(), parts.stream().mapToLong(Result::errors).sum(),
                    parts.stream().mapToDouble(Result::seconds).sum(), all);
        }

        double perSecond() {
            return operations / seconds;
        }

        double percentileMillis(double p) {
            if (latencies.length == 0) {
                return Double.NaN;
            }
            int i = (int) Math.ceil(p / 100.0 * latencies.length) - 1;
            return latencies[Math.max(0, Math.min(latencies.length - 1, i))] / 1e3;
        }
    }

    /** A server under load: its label, its URL and the file of the requests to send it. */
    record Target(String label, LoadGenerator load, Path requests, String accept) {
    }

    public static void main(String[] args) throws Exception {
        List<String> a = new ArrayList<>(List.of(args));
        String url = a.remove(0);
        String label = a.remove(0);
        String otherUrl = null;
        String otherLabel = null;
        if (a.get(0).equals("--against")) {
            a.remove(0);
            otherUrl = a.remove(0);
            otherLabel = a.remove(0);
        }
        String workload = a.remove(0);
        int[] clients = Arrays.stream(a.remove(0).split(",")).mapToInt(Integer::parseInt).toArray();
        Duration duration = Duration.ofSeconds(Long.parseLong(a.remove(0)));
        long maxOperations = Long.parseLong(a.remove(0));
        Path work = Files.createDirectories(Path.of(a.remove(0)));
        Path results = a.isEmpty() ? null : Path.of(a.remove(0));

        List<Target> targets = new ArrayList<>();
        targets.add(target(label, url, workload, work));
        if (otherUrl != null) {
            targets.add(target(otherLabel, otherUrl, workload, work));
        }
        int most = Arrays.stream(clients).max().orElse(1);
        for (Target t : targets) {
            t.load().wrk(t, most, WARM_UP, maxOperations, work);
        }
        // With two servers, each level alternates between them in slices (A B, B A, A B…), so that both meet
        // the same load from the machine's other jobs; each gets the given time in all.
        Duration slice = targets.size() == 1 ? duration : SLICE;
        for (int c : clients) {
            List<List<Result>> parts = new ArrayList<>();
            targets.forEach(t -> parts.add(new ArrayList<>()));
            int round = 0;
            for (long spent = 0; spent < duration.toMillis(); spent += slice.toMillis(), round++) {
                for (int j = 0; j < targets.size(); j++) {
                    int i = round % 2 == 0 ? j : targets.size() - 1 - j;
                    Target t = targets.get(i);
                    long left = maxOperations - parts.get(i).stream().mapToLong(r -> r.operations() + r.errors()).sum();
                    if (left > 0) {
                        parts.get(i).add(t.load().wrk(t, c, slice, left, work));
                    }
                }
            }
            for (int i = 0; i < targets.size(); i++) {
                report(targets.get(i).label(), workload, c, Result.merge(parts.get(i)), results);
            }
        }
    }

    private static Target target(String label, String url, String workload, Path work) throws IOException {
        LoadGenerator load = new LoadGenerator(url);
        Path requests = work.resolve(label + "-" + workload + ".requests");
        List<String> paths = switch (workload) {
            case "sparql" -> load.sparqlMix();
            case "deref-ttl", "deref-html" -> load.dereferencing();
            default -> throw new IllegalArgumentException("unknown workload " + workload);
        };
        Files.write(requests, paths, StandardCharsets.UTF_8);
        String accept = switch (workload) {
            case "sparql" -> "application/sparql-results+json";
            case "deref-ttl" -> "text/turtle";
            default -> "text/html";
        };
        return new Target(label, load, requests, accept);
    }

    /** Runs wrk: {@code clients} connections, each a closed loop, for {@code duration} or {@code maxOperations} in all. */
    Result wrk(Target t, int clients, Duration duration, long maxOperations, Path work) throws IOException, InterruptedException {
        Path out = work.resolve(t.label() + ".wrk.out");
        Files.deleteIfExists(out);
        long perThread = Math.max(1, maxOperations / clients);
        Process p = new ProcessBuilder("wrk", "-t", String.valueOf(clients), "-c", String.valueOf(clients),
                "-d", Math.max(1, duration.toSeconds()) + "s", "--timeout", "60s", "-s", SCRIPT.toString(), url, "--",
                t.requests().toString(), t.accept(), out.toString(), String.valueOf(perThread))
                .redirectErrorStream(true).redirectOutput(work.resolve(t.label() + ".wrk.log").toFile()).start();
        if (!p.waitFor(duration.toMillis() + 120_000, TimeUnit.MILLISECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("wrk did not finish");
        }
        if (p.exitValue() != 0 || !Files.exists(out)) {
            throw new IllegalStateException("wrk failed: " + Files.readString(work.resolve(t.label() + ".wrk.log")));
        }
        List<String> lines = Files.readAllLines(out);
        long operations = Long.parseLong(lines.get(0).split(" ")[1]);
        long errors = Long.parseLong(lines.get(1).split(" ")[1]);
        double seconds = Double.parseDouble(lines.get(2).split(" ")[1]);
        long[] latencies = lines.subList(4, lines.size()).stream().mapToLong(Long::parseLong).toArray();
        return new Result(operations, errors, seconds, latencies);
    }

    private static void report(String label, String workload, int c, Result r, Path results) throws IOException {
        String line = String.format(Locale.ROOT, "%-6s %-10s %3d clients: %7d ops in %5.1f s = %8.1f ops/s, p50 %7.2f ms, p99 %7.2f ms, %d errors",
                label, workload, c, r.operations(), r.seconds(), r.perSecond(), r.percentileMillis(50), r.percentileMillis(99), r.errors());
        System.out.println(line);
        System.out.flush();
        if (results != null) {
            String key = label + "." + workload + "." + c;
            Files.writeString(results, String.format(Locale.ROOT, "%s.ops=%d%n%s.seconds=%.3f%n%s.rps=%.2f%n%s.p50=%.3f%n%s.p99=%.3f%n%s.errors=%d%n",
                            key, r.operations(), key, r.seconds(), key, r.perSecond(), key, r.percentileMillis(50),
                            key, r.percentileMillis(99), key, r.errors()),
                    StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        }
    }

    /** The SPARQL mix as request paths, with its parameters read from the server's store. */
    List<String> sparqlMix() {
        List<List<String>> parameters = List.of(
                select("SELECT DISTINCT ?x { ?d unld:symbol ?x } ORDER BY ?x LIMIT 2000", n -> n.getLiteral("x").getLexicalForm()),
                select("SELECT DISTINCT ?x { ?d unld:agendaItem ?x } ORDER BY ?x LIMIT 1000", n -> n.getResource("x").getURI()),
                select("SELECT DISTINCT ?x { ?d unld:sender ?post . ?post org:postIn ?x } ORDER BY ?x LIMIT 500", n -> n.getResource("x").getURI()),
                words(select("SELECT ?x { ?d a unld:Document ; dcterms:title ?x } ORDER BY ?x LIMIT 1000", n -> n.getLiteral("x").getLexicalForm())),
                select("SELECT DISTINCT ?x { ?d a unld:Document , ?x } ORDER BY ?x", n -> n.getResource("x").getURI()));
        for (int i = 0; i < MIX.size(); i++) {
            if (parameters.get(i).isEmpty()) {
                throw new IllegalStateException("the store has nothing to ask for the query \"" + MIX_NAMES.get(i) + "\"");
            }
        }
        List<String> paths = new ArrayList<>();
        for (int op = 0; op < SPARQL_REQUESTS; op++) {
            int kind = op % MIX.size();
            List<String> values = parameters.get(kind);
            String value = values.get((int) (scramble(op) % values.size()));
            String query = String.format(MIX.get(kind), value.replace("\\", "\\\\").replace("\"", "\\\""));
            paths.add("/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
        }
        return paths;
    }

    /** Paths of {@code /id/…} IRIs of the store: documents, agenda items, countries, organs. */
    List<String> dereferencing() {
        String base = select("SELECT ?x { ?x a unld:Document } ORDER BY ?x LIMIT 1", n -> n.getResource("x").getURI()).stream()
                .findFirst().map(iri -> iri.substring(0, iri.indexOf("/id/") + 1))
                .orElseThrow(() -> new IllegalStateException("the store has no documents"));
        List<String> iris = new ArrayList<>();
        iris.addAll(select("SELECT ?x { ?x a unld:Document } ORDER BY ?x LIMIT 2000", n -> n.getResource("x").getURI()));
        iris.addAll(select("SELECT DISTINCT ?x { ?d unld:agendaItem ?x } ORDER BY ?x LIMIT 500", n -> n.getResource("x").getURI()));
        iris.addAll(select("SELECT DISTINCT ?x { ?p org:postIn ?x } ORDER BY ?x LIMIT 200", n -> n.getResource("x").getURI()));
        iris.addAll(select("SELECT DISTINCT ?x { ?x a unld:Organ } ORDER BY ?x LIMIT 100", n -> n.getResource("x").getURI()));
        return iris.stream().filter(i -> i.startsWith(base + "id/")).map(i -> i.substring(base.length() - 1)).toList();
    }

    private List<String> select(String query, Function<QuerySolution, String> value) {
        List<String> out = new ArrayList<>();
        try (QueryExecutionHTTP qe = QueryExecutionHTTP.service(url + "/sparql").query(PREFIXES + query).build()) {
            qe.execSelect().forEachRemaining(row -> out.add(value.apply(row)));
        }
        return out;
    }

    private static final Pattern WORD = Pattern.compile("\\p{L}{6,}");

    /** Distinct words of six letters or more from titles, for the full-text searches. */
    static List<String> words(List<String> titles) {
        Set<String> words = new TreeSet<>();
        for (String t : titles) {
            Matcher m = WORD.matcher(t);
            while (m.find()) {
                words.add(m.group().toLowerCase(Locale.ROOT));
            }
        }
        return List.copyOf(words);
    }

    /** Spreads request numbers over the parameter lists (a 64-bit mix; the same on every run). */
    static long scramble(long op) {
        long z = op + 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return (z ^ (z >>> 31)) & Long.MAX_VALUE;
    }
}
