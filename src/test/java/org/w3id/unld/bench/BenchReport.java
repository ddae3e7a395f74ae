package org.w3id.unld.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns the {@code key=value} lines bench/run.sh collected into a table of every figure with its baseline
 * and ratio, prints it, and (given docs/BENCHMARKS.md) replaces the section between this report's markers
 * there, leaving the other sections of the file as they are.
 *
 * <p>{@code BenchReport RESULTS [BENCHMARKS.md]}
 */
public final class BenchReport {
    static final String BEGIN = "<!-- bench/run.sh: begin (this section is written by the script) -->";
    static final String END = "<!-- bench/run.sh: end -->";
    static final String HEADING = "## Ingest, SPARQL and dereferencing: `bench/run.sh`";

    private final Map<String, String> r;

    BenchReport(Map<String, String> results) {
        this.r = results;
    }

    public static void main(String[] args) throws IOException {
        Map<String, String> results = new LinkedHashMap<>();
        for (String line : Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8)) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                results.put(line.substring(0, eq), line.substring(eq + 1));
            }
        }
        BenchReport report = new BenchReport(results);
        String section = report.section();
        System.out.println(section);
        if (args.length > 1) {
            Path docs = Path.of(args[1]);
            String old = Files.exists(docs) ? Files.readString(docs, StandardCharsets.UTF_8) : "# Benchmarks\n";
            Files.writeString(docs, replaceSection(old, BEGIN + "\n" + section + END + "\n"), StandardCharsets.UTF_8);
            System.out.println("(written to " + docs + ")");
        }
    }

    /** The file with the marked section replaced, or the section added at the end when the file has none. */
    static String replaceSection(String file, String section) {
        int b = file.indexOf(BEGIN);
        int e = file.indexOf(END);
        if (b >= 0 && e > b) {
            return file.substring(0, b) + section + file.substring(e + END.length()).replaceFirst("^\n", "");
        }
        return file.endsWith("\n\n") ? file + section : file + (file.endsWith("\n") ? "\n" : "\n\n") + section;
    }

    String section() {
        StringBuilder out = new StringBuilder();
        out.append(HEADING).append("\n\n");
        out.append("`").append(get("run.command")).append("`, ").append(get("run.date")).append(", commit ").append(get("run.commit"))
                .append(", ").append(get("run.minutes")).append(" minutes. Machine: ").append(get("machine.cores")).append(" cores (")
                .append(get("machine.cpu")).append("), ").append(get("machine.memory_gb")).append(" GB, ").append(get("machine.java"))
                .append("; load average ").append(get("machine.load_before")).append(" before the run, ").append(get("machine.load_after"))
                .append(" after (the machine is shared: compare the ratios, measured minutes apart, rather than the absolute figures).\n\n");
        out.append("Corpus: ").append(num(get("run.docs"))).append(" documents (").append(get("corpus.mb"))
                .append(" MB) written by `ScaledCorpus` from the text documents of ../shared/corpus; ingest stored ")
                .append(num(get("ingest.stored"))).append(" documents, ").append(num(get("ingest.triples"))).append(" triples (")
                .append(num(get("store.quads"))).append(" distinct quads), and rejected ").append(get("ingest.rejected"))
                .append(" that the shapes refuse.\n\n");

        Table t = new Table();
        extraction(t);
        ingest(t);
        sparql(t);
        deref(t);
        memory(t);
        dump(t);
        out.append(t.markdown()).append('\n');
        out.append(notes());
        return out.toString();
    }

    private void extraction(Table t) {
        boolean any = false;
        for (Map.Entry<String, String> e : r.entrySet()) {
            if (e.getKey().startsWith("extract.")) {
                String what = e.getKey().substring("extract.".length()).replace('_', ' ').replaceAll(" +", " ").strip();
                t.row("extraction: " + what + " (docs/s)", num(e.getValue()), "", "", "");
                any = true;
            }
        }
        if (!any) {
            t.row("extraction (docs/s)", "not measured: bench/extract.sh is not in this branch", "", "", "");
        }
    }

    private void ingest(Table t) {
        double docs = d("ingest.stored");
        double triples = d("ingest.triples");
        t.row("ingest, wall time (s)", f1(d("ingest.wall")), f1(d("loader.wall")) + " TDB2 bulk loader", ratio(d("ingest.wall"), d("loader.wall")), "≤ 1.3");
        t.row("ingest, CPU time (s)", f1(d("ingest.cpu")), f1(d("loader.cpu")) + " TDB2 bulk loader", ratio(d("ingest.cpu"), d("loader.cpu")), "");
        t.row("ingest, documents/s (wall)", num(docs / d("ingest.wall")), "", "", "");
        t.row("ingest, triples/s (wall)", num(triples / d("ingest.wall")), num(d("loader.quads") / d("loader.wall")) + " quads/s", ratio(triples / d("ingest.wall"), d("loader.quads") / d("loader.wall")), "");
        t.row("ingest, peak RSS (MB)", num(d("ingest.rss_mb")), num(d("loader.rss_mb")), ratio(d("ingest.rss_mb"), d("loader.rss_mb")), "");
    }

    private void sparql(Table t) {
        for (String c : List.of("1", "8", "32")) {
            String u = "unld.sparql." + c;
            String s = "stock.sparql." + c;
            if (!r.containsKey(u + ".rps")) {
                continue;
            }
            t.row("SPARQL mix, " + c + " client" + (c.equals("1") ? "" : "s") + ": queries/s", f1(d(u + ".rps")), f1(d(s + ".rps")) + " stock Fuseki",
                    ratio(d(u + ".rps"), d(s + ".rps")), "≥ 1");
            t.row("SPARQL mix, " + c + ": p50 / p99 (ms)", f1(d(u + ".p50")) + " / " + f1(d(u + ".p99")),
                    f1(d(s + ".p50")) + " / " + f1(d(s + ".p99")), ratio(d(u + ".p50"), d(s + ".p50")) + " / " + ratio(d(u + ".p99"), d(s + ".p99")), "");
            long errors = (long) (d(u + ".errors") + d(s + ".errors"));
            if (errors > 0) {
                t.row("SPARQL mix, " + c + ": failed requests", num(d(u + ".errors")), num(d(s + ".errors")), "", "0");
            }
        }
    }

    private void deref(Table t) {
        for (String w : List.of("deref-ttl", "deref-html")) {
            String kind = w.endsWith("ttl") ? "Turtle" : "HTML";
            for (String c : List.of("1", "8")) {
                String k = "unld." + w + "." + c;
                if (!r.containsKey(k + ".p99")) {
                    continue;
                }
                t.row("/id/… → " + kind + ", " + c + " client" + (c.equals("1") ? "" : "s") + ": p50 / p99 (ms)",
                        f1(d(k + ".p50")) + " / " + f1(d(k + ".p99")), "", "", c.equals("8") ? "p99 ≤ 20" : "");
                t.row("/id/… → " + kind + ", " + c + ": dereferences/s", f1(d(k + ".rps")), "", "",
                        d(k + ".errors") > 0 ? num(d(k + ".errors")) + " failed" : "");
            }
        }
    }

    private void memory(Table t) {
        if (r.containsKey("serve.vmhwm_mb")) {
            t.row("unld serve, peak RSS after the loads (MB)", num(d("serve.vmhwm_mb")) + " (heap and other anonymous memory now: "
                    + num(d("serve.rssanon_mb")) + ")", "", "", "");
        }
    }

    private void dump(Table t) {
        if (!r.containsKey("dump.wall")) {
            t.row("dump (quads/s)", "not measured: unld dump is not in this branch", "", "", "");
            return;
        }
        double quads = d("dump.quads") > 0 ? d("dump.quads") : d("store.quads");
        t.row("dump, quads/s (wall), -Xmx" + r.getOrDefault("dump.heap", "256m"), num(quads / d("dump.wall")), num(quads / d("dumpbase.wall")) + " Jena N-Quads writer",
                ratio(quads / d("dump.wall"), quads / d("dumpbase.wall")), "");
        t.row("dump, peak RSS (MB)", num(d("dump.rss_mb")), num(d("dumpbase.rss_mb")), ratio(d("dump.rss_mb"), d("dumpbase.rss_mb")), "");
    }

    private String notes() {
        return """
                How each figure is made:
                - **Ingest**: `unld ingest` of the corpus into an empty store (TDB2 and its Lucene text index), the whole \
                process timed by GNU time. **Baseline**: the quads that ingest stored, written out as N-Quads, loaded by TDB2's \
                bulk loader (`LoaderFactory.createLoader`, the phased loader of `tdb2.tdbloader`) into a fresh TDB2 database \
                (`LoaderBaseline`). The loader builds no text index and checks nothing; ingest reads, extracts, maps and \
                validates every file, indexes titles, labels and each document's full text in Lucene, and commits in transactions \
                of 5,000 documents.
                - **SPARQL**: `LoadGenerator`, closed loops of 1, 8 and 32 clients (`wrk` with bench/load.lua, one connection per client, loopback), each level for a \
                fixed time (per server) and at most 200,000 requests, after a 5-second warm-up; the mix cycles through a document by symbol, the \
                documents of an agenda item, the documents sent from a country's posts, a `text:query` full-text search and the \
                count of the documents of one type, with parameters read from the store in a fixed order. **Baseline**: \
                `StockFuseki`, Fuseki main built from the same config.ttl on the same store, without unld's servlets, filters, \
                handlers and result cap, run with the same JVM options on a copy of the store, at the same time as unld serve: \
                the load generator alternates between the two servers in 2-second slices, so that both meet the same load \
                from the machine's other jobs.
                - **Dereferencing**: `GET /id/…` of documents, agenda items, countries and organs with `Accept: text/turtle` or \
                `text/html`, following the 303 to the description: one dereference is the two requests.
                - **Dump**: `unld dump` with the heap of `--dump-heap` (256 MB unless told), writing every file of the dump set (sorted N-Quads, the union as \
                N-Triples, Turtle and JSON-LD, the linksets, VoID, checksums). **Baseline**: Jena's streaming N-Quads writer \
                writing the store once (bench/JenaDumpBaseline.java), same heap.
                - **Peak RSS**: VmHWM of the `unld serve` process after all the loads; it counts the pages of TDB2's \
                memory-mapped files the server touched as well as the Java heap.
                """;
    }

    private String get(String key) {
        return r.getOrDefault(key, "?");
    }

    private double d(String key) {
        try {
            return Double.parseDouble(r.getOrDefault(key, "NaN"));
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    static String f1(double v) {
        return Double.isNaN(v) ? "?" : String.format(Locale.ROOT, "%,.1f", v);
    }

    static String num(double v) {
        return Double.isNaN(v) || Double.isInfinite(v) ? "?" : String.format(Locale.ROOT, "%,.0f", v);
    }

    static String num(String v) {
        try {
            return num(Double.parseDouble(v));
        } catch (NumberFormatException | NullPointerException e) {
            return v == null ? "?" : v;
        }
    }

    static String ratio(double a, double b) {
        return Double.isNaN(a) || Double.isNaN(b) || b == 0 ? "?" : String.format(Locale.ROOT, "%.2f", a / b);
    }

    /** A Markdown table of figures: what, unld, baseline, ratio, target. */
    static final class Table {
        private final List<String[]> rows = new ArrayList<>();

        void row(String... cells) {
            rows.add(cells);
        }

        String markdown() {
            StringBuilder sb = new StringBuilder("| figure | unld | baseline | unld / baseline | target |\n|---|---:|---:|---:|---|\n");
            for (String[] row : rows) {
                sb.append("| ").append(String.join(" | ", row)).append(" |\n");
            }
            return sb.toString();
        }
    }
}
