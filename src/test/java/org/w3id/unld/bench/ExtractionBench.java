package org.w3id.unld.bench;

import org.w3id.unld.model.ParsedDocument;
import org.w3id.unld.model.RejectedDocumentException;
import org.w3id.unld.model.SourceText;
import org.w3id.unld.parse.DocumentParser;
import org.w3id.unld.read.SourceReader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Extraction throughput over the shared corpus: text and Markdown documents read and parsed (file to
 * extraction), on one thread and on all cores, and parsing alone; PDF reading and parsing on one thread,
 * reported apart because PDFBox's text extraction dominates it. Run by bench/extract.sh; prints docs/s.
 */
public final class ExtractionBench {
    private static final SourceReader READER = new SourceReader();
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    /** CPU time the workers of the last run spent, summed over threads: docs per CPU-second do not depend on other load. */
    private static final AtomicLong CPU = new AtomicLong();
    private static final int WARM_UP_ROUNDS = 10;

    private ExtractionBench() {
    }

    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args.length > 0 ? args[0] : "../shared/corpus").toAbsolutePath().normalize();
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        List<Path> text = files(corpus, ".txt", ".md");
        List<Path> pdf = files(corpus, ".pdf");
        int cores = Runtime.getRuntime().availableProcessors();
        System.out.printf(Locale.ROOT, "corpus %s: %d text/Markdown files, %d PDF files; %d cores; Java %s; load average %.1f%n",
                corpus, text.size(), pdf.size(), cores, System.getProperty("java.version"),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());

        List<SourceText> sources = new ArrayList<>();
        for (Path p : text) {
            sources.add(READER.read(p));
        }
        long bytes = sources.stream().mapToLong(s -> s.text().length()).sum();
        System.out.printf(Locale.ROOT, "text corpus: %.1f million characters%n", bytes / 1e6);

        // Warm-up: let the JIT compile the reader and the parser, on every path measured below. A few rounds of
        // one path left the first measured row (read + parse, 1 thread) 15–30 % slower than the same row
        // measured again at the end.
        for (int i = 0; i < WARM_UP_ROUNDS; i++) {
            extractFiles(text, 1);
            extractFiles(text, cores);
            parseAll(sources);
        }
        report("text, read + parse, 1 thread", text.size(), time(rounds, () -> extractFiles(text, 1)), 1);
        report("text, read + parse, " + cores + " threads", text.size(), time(rounds, () -> extractFiles(text, cores)), cores);
        report("text, parse only, 1 thread", sources.size(), time(rounds, () -> parseAll(sources)), 1);

        if (!pdf.isEmpty()) {
            extractFiles(pdf, 1);
            report("PDF, read (PDFBox) + parse, 1 thread", pdf.size(), time(Math.max(1, rounds / 2), () -> extractFiles(pdf, 1)), 1);
        }
    }

    private static List<Path> files(Path root, String... extensions) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile)
                    .filter(p -> {
                        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
                        for (String e : extensions) {
                            if (n.endsWith(e) && !n.endsWith("conventions.md")) {
                                return true;
                            }
                        }
                        return false;
                    })
                    .sorted().collect(Collectors.toList());
        }
    }

    interface Run {
        int run() throws Exception;
    }

    /** The fastest round's wall and CPU time, and the median round's CPU time, in nanoseconds. */
    private record Timing(long fastestWall, long fastestCpu, long medianCpu) {
    }

    /**
     * Times some rounds. On a shared machine the fastest round is the one least slowed by neighbours; the median
     * says how far the others were.
     */
    private static Timing time(int rounds, Run run) throws Exception {
        long fastestWall = Long.MAX_VALUE;
        long[] cpu = new long[rounds];
        for (int i = 0; i < rounds; i++) {
            CPU.set(0);
            long t0 = System.nanoTime();
            int done = run.run();
            long t = System.nanoTime() - t0;
            if (done <= 0) {
                throw new IllegalStateException("nothing was extracted");
            }
            fastestWall = Math.min(fastestWall, t);
            cpu[i] = CPU.get();
        }
        java.util.Arrays.sort(cpu);
        return new Timing(fastestWall, cpu[0], cpu[rounds / 2]);
    }

    private static void report(String what, int docs, Timing t, int threads) {
        double perSecond = docs / (t.fastestWall() / 1e9);
        System.out.printf(Locale.ROOT, "%-40s %5d docs in %7.3f s = %7.0f docs/s wall (%6.0f per thread); %7.0f docs per CPU-second (median round %.0f)%n",
                what, docs, t.fastestWall() / 1e9, perSecond, perSecond / threads, docs / (t.fastestCpu() / 1e9), docs / (t.medianCpu() / 1e9));
    }

    private static int parseAll(List<SourceText> sources) throws RejectedDocumentException {
        long cpu0 = THREADS.getCurrentThreadCpuTime();
        DocumentParser parser = new DocumentParser();
        int n = 0;
        for (SourceText s : sources) {
            ParsedDocument d = parser.parse(s);
            n += d.extraction() != null ? 1 : 0;
        }
        CPU.addAndGet(THREADS.getCurrentThreadCpuTime() - cpu0);
        return n;
    }

    private static int extractFiles(List<Path> files, int threads) throws Exception {
        AtomicInteger next = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                futures.add(pool.submit(() -> {
                    long cpu0 = THREADS.getCurrentThreadCpuTime();
                    DocumentParser parser = new DocumentParser();
                    for (int i; (i = next.getAndIncrement()) < files.size(); ) {
                        try {
                            parser.parse(READER.read(files.get(i)));
                            done.incrementAndGet();
                        } catch (RejectedDocumentException e) {
                            // A rejected document is an answer too; the sweep test says none of the corpus is.
                            done.incrementAndGet();
                        }
                    }
                    CPU.addAndGet(THREADS.getCurrentThreadCpuTime() - cpu0);
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        return done.get();
    }
}
