package org.w3id.unld.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Parsing speed of two builds of unld in one process: each build's classes are loaded by a class loader of their
 * own, and the two parse the corpus's text documents in alternating rounds. On a shared machine, runs minutes apart
 * meet different neighbours; rounds side by side meet the same ones, so the ratio of each pair of rounds says
 * what the code changed. Run by bench/parser-ab.sh; prints the median of the pairs' ratios.
 */
public final class ParserComparison {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final int WARM_UP_ROUNDS = 6;

    private ParserComparison() {
    }

    /** One build: its parser and the corpus read by its own reader (its own SourceText class). */
    private record Build(Object parser, Method parse, List<Object> sources) {
        static Build load(Path classes, List<URL> dependencies, List<Path> files) throws Exception {
            List<URL> urls = new ArrayList<>();
            urls.add(classes.toUri().toURL());
            urls.addAll(dependencies);
            ClassLoader loader = new URLClassLoader(urls.toArray(new URL[0]), ClassLoader.getPlatformClassLoader());
            Class<?> readerClass = loader.loadClass("org.w3id.unld.read.SourceReader");
            Object reader = readerClass.getConstructor().newInstance();
            Method read = readerClass.getMethod("read", Path.class);
            List<Object> sources = new ArrayList<>();
            for (Path f : files) {
                sources.add(read.invoke(reader, f));
            }
            Class<?> parserClass = loader.loadClass("org.w3id.unld.parse.DocumentParser");
            Method parse = parserClass.getMethod("parse", loader.loadClass("org.w3id.unld.model.SourceText"));
            return new Build(parserClass.getConstructor().newInstance(), parse, sources);
        }

        /** Documents parsed per CPU-second of this thread, over the whole corpus once. */
        double round() throws Exception {
            long cpu = THREADS.getCurrentThreadCpuTime();
            for (Object s : sources) {
                try {
                    parse.invoke(parser, s);
                } catch (InvocationTargetException rejected) {
                    // A rejected document is an answer too, in both builds.
                }
            }
            return sources.size() / ((THREADS.getCurrentThreadCpuTime() - cpu) / 1e9);
        }
    }

    /** Arguments: corpus directory, seconds, base classes, new classes, dependency class path. */
    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args[0]);
        long seconds = Long.parseLong(args[1]);
        List<URL> dependencies = new ArrayList<>();
        for (String d : args[4].split(java.io.File.pathSeparator)) {
            dependencies.add(Path.of(d).toUri().toURL());
        }
        List<Path> files;
        try (Stream<Path> s = Files.walk(corpus)) {
            files = s.filter(Files::isRegularFile).filter(f -> f.toString().endsWith(".txt") || f.toString().endsWith(".md"))
                    .filter(f -> !f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith("conventions.md")).sorted().toList();
        }
        Build base = Build.load(Path.of(args[2]), dependencies, files);
        Build current = Build.load(Path.of(args[3]), dependencies, files);
        for (int i = 0; i < WARM_UP_ROUNDS; i++) {
            base.round();
            current.round();
        }
        List<Double> ratios = new ArrayList<>();
        double bestBase = 0;
        double bestCurrent = 0;
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        for (int pair = 0; System.nanoTime() < end; pair++) {
            // Which build goes first alternates, so that neither always follows the other's garbage.
            double b;
            double c;
            if (pair % 2 == 0) {
                b = base.round();
                c = current.round();
            } else {
                c = current.round();
                b = base.round();
            }
            ratios.add(c / b);
            bestBase = Math.max(bestBase, b);
            bestCurrent = Math.max(bestCurrent, c);
        }
        Collections.sort(ratios);
        int n = ratios.size();
        System.out.printf(Locale.ROOT, "%d documents, %d pairs of rounds: new / base median %.3f (quartiles %.3f-%.3f); "
                        + "fastest round base %.0f, new %.0f docs per CPU-second%n",
                files.size(), n, ratios.get(n / 2), ratios.get(n / 4), ratios.get(n * 3 / 4), bestBase, bestCurrent);
    }
}
