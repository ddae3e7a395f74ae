package org.w3id.unld.dump;

import org.apache.commons.io.file.PathUtils;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.lang.LabelToNode;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.util.NodeFactoryExtra;
import org.apache.jena.system.Txn;
import org.w3id.unld.store.StoreLocation;
import org.w3id.unld.vocab.Prefixes;
import org.w3id.unld.vocab.Unld;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.concurrent.atomic.AtomicReference;
import org.w3id.unld.store.PatchMark;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The store as files to download, with their description and checksums:
 * <ul>
 *   <li>{@code unld-DATE.nq.gz}: every named graph, as sorted N-Quads;</li>
 *   <li>{@code unld-DATE.nt.gz}, {@code .ttl.gz}, {@code .jsonld.gz}: the union of the graphs, each triple once;</li>
 *   <li>{@code unld-DATE-linkset-NAME.nt}: each linkset graph ({@code {base}graph/linkset/NAME});</li>
 *   <li>{@code unld-DATE-ontology.ttl}, {@code unld-DATE-shapes.ttl}: the ontology and the SHACL shapes;</li>
 *   <li>{@code void.ttl}: the VoID and DCAT description; {@code SHA256SUMS}: checksums, for {@code sha256sum -c}.</li>
 * </ul>
 * DATE is the dataset's modification date ({@link DatasetVersion}).
 *
 * <p><b>Deterministic.</b> Quads are written as canonical N-Quads lines (Jena's N-Triples term syntax, blank
 * nodes by the store's own labels) and sorted as bytes, like {@code LC_ALL=C sort}; the union, the linksets,
 * the Turtle and the JSON-LD all follow that order; gzip headers carry no time. The same store gives the same
 * bytes.
 *
 * <p><b>Bounded memory.</b> One read transaction streams the quads into an {@link ExternalSorter} (sorted
 * chunks spilled to disk, then merged); the merged stream is written out as it comes. Quads of one triple
 * are adjacent in that order, so the union is de-duplicated by comparing with the previous line. Turtle,
 * JSON-LD and the figures come from reading the union N-Triples back as a stream, one subject at a time.
 *
 * <p><b>Never half-written.</b> Files are written in a temporary folder inside the target folder and moved
 * into place by atomic renames: data files first, then {@code void.ttl}, then {@code SHA256SUMS}; files of an
 * older set are removed last.
 */
public final class DumpSet {
    public static final String DESCRIPTION = "void.ttl";
    public static final String CHECKSUMS = "SHA256SUMS";
    /** The data license; the ontology has the same. */
    public static final String DEFAULT_LICENSE = "https://creativecommons.org/licenses/by/4.0/";
    static final String ONTOLOGY_RESOURCE = Unld.ONTOLOGY_RESOURCE;
    static final String SHAPES_RESOURCE = Unld.SHAPES_RESOURCE;
    /** The names of the files of a set (or of an older one): only these are ever replaced or removed. */
    static final Pattern DATED_FILE = Pattern.compile("unld-\\d{4}-\\d{2}-\\d{2}(\\.|-)[A-Za-z0-9._-]+");
    private static final String TEMP_PREFIX = ".dump-";
    private static final int BUFFER = 1 << 16;
    private static final byte[] TRIPLE_END = " .\n".getBytes(StandardCharsets.US_ASCII);
    private static final Map<Path, ReentrantLock> LOCKS = new ConcurrentHashMap<>();

    private final DatasetGraph dataset;
    private final StoreLocation store;
    private final String base;
    private final Clock clock;
    private final long memory;
    private final String license;

    private DumpSet(Builder b) {
        this.dataset = b.dataset;
        this.store = b.store;
        this.base = b.base;
        this.clock = b.clock;
        this.memory = b.memory;
        this.license = b.license;
    }

    /**
     * @param dataset the store's dataset (read in one read transaction)
     * @param store   the store folder: its modification-date record lives there
     * @param base    the base of unld's IRIs, ending with '/'
     */
    public static Builder create(DatasetGraph dataset, StoreLocation store, String base) {
        return new Builder(dataset, store, base);
    }

    /** Rewrites the dumps that the server publishes ({@code <db>/dumps}); call after every change of the store. */
    public static DumpManifest regenerate(DatasetGraph dataset, StoreLocation store, String base) {
        return create(dataset, store, base).build().writeTo(store.dumps());
    }

    /** Writes the dump set into {@code folder} (created), replacing an older set there. */
    public DumpManifest writeTo(Path folder) {
        Path target = folder.toAbsolutePath().normalize();
        ReentrantLock lock = LOCKS.computeIfAbsent(target, k -> new ReentrantLock());
        lock.lock();
        try {
            Files.createDirectories(target);
            removeLeftovers(target);
            Path temp = Files.createTempDirectory(target, TEMP_PREFIX);
            try {
                return write(target, temp);
            } finally {
                PathUtils.deleteDirectory(temp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            lock.unlock();
        }
    }

    private DumpManifest write(Path folder, Path temp) throws IOException {
        List<Written> written = new ArrayList<>();
        long quads;
        List<DatasetFigures.LinksetFigures> linksets = new ArrayList<>();
        Path union = temp.resolve("union.nt.gz");
        // The last patch the dumped state includes, read in the same transaction as the quads.
        AtomicReference<Optional<PatchMark>> patch = new AtomicReference<>(Optional.empty());
        try (ExternalSorter sorter = new ExternalSorter(temp.resolve("sort"), memory)) {
            Txn.executeRead(dataset, () -> {
                patch.set(PatchMark.read(dataset));
                QuadLines lines = new QuadLines();
                for (Iterator<Quad> it = dataset.find(); it.hasNext(); ) {
                    sorter.add(lines.line(it.next()));
                }
            });
            quads = writeSorted(sorter.sorted(), temp, union, written, linksets);
        }
        UnionCounter counter = new UnionCounter(base, Unld.Document);
        writeUnionFormats(union, temp, counter, written);
        copyResource(ONTOLOGY_RESOURCE, temp.resolve("ontology.ttl"), DumpFile.Kind.ONTOLOGY, "-ontology.ttl", written);
        copyResource(SHAPES_RESOURCE, temp.resolve("shapes.ttl"), DumpFile.Kind.SHAPES, "-shapes.ttl", written);

        DatasetVersion version = DatasetVersion.resolve(store.folder().resolve(DatasetVersion.FILE), fingerprint(written), clock);
        String prefix = "unld-" + version.modified();
        List<DumpFile> files = new ArrayList<>();
        for (Written w : written) {
            DumpFile file = new DumpFile(prefix + w.suffix, w.kind, w.linkset, w.bytes, w.sha256);
            Files.move(w.path, folder.resolve(file.name()), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            files.add(file);
        }
        DatasetFigures figures = new DatasetFigures(quads, counter.triples(), counter.distinctSubjects(), counter.entities(),
                counter.classes(), counter.properties(), counter.examples(), linksets);

        Graph description = VoidDescription.describe(base, version.modified(), license, figures, files, patch.get().map(PatchMark::id));
        Written voidFile = write(temp.resolve(DESCRIPTION), false, out -> VoidDescription.write(description, out),
                DumpFile.Kind.DESCRIPTION, "", Optional.empty());
        DumpFile descriptionFile = new DumpFile(DESCRIPTION, DumpFile.Kind.DESCRIPTION, Optional.empty(), voidFile.bytes, voidFile.sha256);
        Files.move(voidFile.path, folder.resolve(DESCRIPTION), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        files.add(descriptionFile);

        files.sort((a, b) -> a.name().compareTo(b.name()));
        StringBuilder sums = new StringBuilder();
        for (DumpFile f : files) {
            sums.append(f.sha256()).append("  ").append(f.name()).append('\n');
        }
        Written sumsFile = write(temp.resolve(CHECKSUMS), false, out -> out.write(sums.toString().getBytes(StandardCharsets.UTF_8)),
                DumpFile.Kind.CHECKSUMS, "", Optional.empty());
        Files.move(sumsFile.path, folder.resolve(CHECKSUMS), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        List<DumpFile> all = new ArrayList<>(files);
        all.add(new DumpFile(CHECKSUMS, DumpFile.Kind.CHECKSUMS, Optional.empty(), sumsFile.bytes, sumsFile.sha256));
        all.sort((a, b) -> a.name().compareTo(b.name()));

        removeStale(folder, all.stream().map(DumpFile::name).collect(Collectors.toSet()));
        return new DumpManifest(folder, version.modified(), all, figures);
    }

    /**
     * Writes the N-Quads, the union N-Triples and the linksets from the sorted quad lines, and counts the
     * linksets' triples by predicate. Returns the number of quads.
     */
    private long writeSorted(Iterator<byte[]> sorted, Path temp, Path union, List<Written> written,
                             List<DatasetFigures.LinksetFigures> linksetFigures) throws IOException {
        byte[] linksetPrefix = ("<" + Linksets.graphPrefix(base)).getBytes(StandardCharsets.UTF_8);
        Map<String, LinksetOutput> linksets = new TreeMap<>();
        long[] quads = {0};
        Written nq = write(temp.resolve("quads.nq.gz"), true, nqOut -> {
            Written nt = write(union, true, ntOut -> {
                byte[] previous = null;
                int previousEnd = 0;
                while (sorted.hasNext()) {
                    byte[] line = sorted.next();
                    quads[0]++;
                    nqOut.write(line);
                    nqOut.write('\n');
                    int end = QuadLines.tripleEnd(line);
                    if (previous == null || !Arrays.equals(previous, 0, previousEnd, line, 0, end)) {
                        ntOut.write(line, 0, end);
                        ntOut.write(TRIPLE_END);
                        previous = line;
                        previousEnd = end;
                    }
                    int graph = QuadLines.graphStart(line, end);
                    if (graph >= 0 && Arrays.equals(line, graph, Math.min(line.length, graph + linksetPrefix.length),
                            linksetPrefix, 0, linksetPrefix.length)) {
                        String graphTerm = new String(line, graph, line.length - 2 - graph, StandardCharsets.UTF_8);
                        LinksetOutput l = linksets.get(graphTerm);
                        if (l == null) {
                            l = new LinksetOutput(graphTerm, temp);
                            linksets.put(graphTerm, l);
                        }
                        l.add(line, end);
                    }
                }
            }, DumpFile.Kind.UNION_NTRIPLES, ".nt.gz", Optional.empty());
            written.add(nt);
        }, DumpFile.Kind.QUADS, ".nq.gz", Optional.empty());
        written.add(0, nq);
        for (LinksetOutput l : linksets.values()) {
            written.add(l.close());
            linksetFigures.add(l.figures());
        }
        return quads[0];
    }

    /** Reads the union N-Triples back as a stream and writes Turtle and JSON-LD from it, counting as it goes. */
    private void writeUnionFormats(Path union, Path temp, UnionCounter counter, List<Written> written) throws IOException {
        Written[] jsonld = new Written[1];
        Written turtle = write(temp.resolve("union.ttl.gz"), true, ttlOut -> {
            jsonld[0] = write(temp.resolve("union.jsonld.gz"), true, jsonOut -> {
                Writer json = new BufferedWriter(new OutputStreamWriter(jsonOut, StandardCharsets.UTF_8), BUFFER);
                StreamRDF ttl = StreamRDFWriter.getWriterStream(ttlOut, RDFFormat.TURTLE_BLOCKS);
                StreamRDF all = new Fanout(ttl, new JsonLdStreamWriter(json, Prefixes.DATA), counter);
                try (InputStream in = new GZIPInputStream(new BufferedInputStream(Files.newInputStream(union), BUFFER), BUFFER)) {
                    // Labels as given: blank nodes keep the store's labels, and the writers label them in order of appearance.
                    RDFParser.source(in).lang(Lang.NTRIPLES).labelToNode(LabelToNode.createUseLabelAsGiven())
                            .checking(false).parse(all);
                }
                json.flush();
            }, DumpFile.Kind.UNION_JSONLD, ".jsonld.gz", Optional.empty());
        }, DumpFile.Kind.UNION_TURTLE, ".ttl.gz", Optional.empty());
        written.add(turtle);
        written.add(jsonld[0]);
    }

    private void copyResource(String resource, Path to, DumpFile.Kind kind, String suffix, List<Written> written) throws IOException {
        try (InputStream in = DumpSet.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                // The build copies ontology/ and shapes/ into the jar: without them it is broken.
                throw new IllegalStateException("the jar has no " + resource);
            }
            written.add(write(to, false, in::transferTo, kind, suffix, Optional.empty()));
        }
    }

    /** A SHA-256 over the data files' checksums: what the modification date follows. */
    private static String fingerprint(List<Written> written) {
        MessageDigest md = sha256();
        written.stream().map(w -> w.suffix + " " + w.sha256 + "\n").sorted()
                .forEach(s -> md.update(s.getBytes(StandardCharsets.UTF_8)));
        return HexFormat.of().formatHex(md.digest());
    }

    /** The file-name part of a linkset's name: the name itself when safe, otherwise a digest of it. */
    static String linksetToken(String name) {
        if (Linksets.isSafeName(name)) {
            return name;
        }
        return "x" + HexFormat.of().formatHex(sha256().digest(name.getBytes(StandardCharsets.UTF_8))).substring(0, 16);
    }

    /**
     * Removes the temporary folders of dumps that never finished (a process killed while writing); a dump run does
     * it first, and the server does it when it starts.
     */
    public static void removeLeftovers(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> s = Files.list(folder)) {
            for (Path p : s.filter(p -> p.getFileName().toString().startsWith(TEMP_PREFIX)).toList()) {
                PathUtils.deleteDirectory(p);
            }
        }
    }

    private static void removeStale(Path folder, Set<String> keep) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            for (Path p : s.toList()) {
                String name = p.getFileName().toString();
                if (DATED_FILE.matcher(name).matches() && !keep.contains(name) && Files.isRegularFile(p)) {
                    Files.delete(p);
                }
            }
        }
    }

    // ---- writing files with their size and checksum ----

    /** A file written to the temporary folder, with the name suffix it gets after the date. */
    private record Written(Path path, DumpFile.Kind kind, String suffix, Optional<String> linkset, long bytes, String sha256) {
    }

    private interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Writes a file (gzipped or not) through a SHA-256 digest of its bytes on disk. */
    private static Written write(Path path, boolean gzip, Content content, DumpFile.Kind kind, String suffix,
                                 Optional<String> linkset) throws IOException {
        MessageDigest md = sha256();
        try (OutputStream file = new DigestOutputStream(new BufferedOutputStream(Files.newOutputStream(path), BUFFER), md);
             // Compression runs on a thread of its own, beside the producer of the lines.
             OutputStream out = gzip ? new BackgroundOutputStream(new GZIPOutputStream(file, BUFFER), "gzip " + path.getFileName())
                     : new BufferedOutputStream(file, BUFFER)) {
            content.writeTo(out);
        }
        return new Written(path, kind, suffix, linkset, Files.size(path), HexFormat.of().formatHex(md.digest()));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One linkset graph met in the sorted quads: its N-Triples file, open while the merge runs, and its counts. */
    private final class LinksetOutput {
        private final String graph;
        private final String name;
        private final Path path;
        private final MessageDigest md = sha256();
        private final OutputStream out;
        private final SortedMap<String, Long> predicates = new TreeMap<>();

        LinksetOutput(String graphTerm, Path temp) throws IOException {
            this.graph = NodeFactoryExtra.parseNode(graphTerm).getURI();
            this.name = graph.substring(Linksets.graphPrefix(base).length());
            this.path = temp.resolve("linkset-" + linksetToken(name) + ".nt");
            this.out = new DigestOutputStream(new BufferedOutputStream(Files.newOutputStream(path), BUFFER), md);
        }

        void add(byte[] line, int tripleEnd) throws IOException {
            out.write(line, 0, tripleEnd);
            out.write(TRIPLE_END);
            int p = QuadLines.predicateStart(line);
            String predicate = new String(line, p, QuadLines.termEnd(line, p) - p, StandardCharsets.UTF_8);
            predicates.merge(predicate, 1L, Long::sum);
        }

        Written close() throws IOException {
            out.close();
            return new Written(path, DumpFile.Kind.LINKSET, "-linkset-" + linksetToken(name) + ".nt", Optional.of(name),
                    Files.size(path), HexFormat.of().formatHex(md.digest()));
        }

        DatasetFigures.LinksetFigures figures() {
            SortedMap<String, Long> byIri = new TreeMap<>();
            predicates.forEach((term, n) -> byIri.put(NodeFactoryExtra.parseNode(term).getURI(), n));
            return new DatasetFigures.LinksetFigures(name, graph, byIri);
        }
    }

    /** Sends the union's triples to the Turtle writer (with the prefixes), the JSON-LD writer and the counter. */
    private static final class Fanout extends StreamRDFBase {
        private final StreamRDF turtle;
        private final StreamRDF jsonld;
        private final StreamRDF counter;

        Fanout(StreamRDF turtle, StreamRDF jsonld, StreamRDF counter) {
            this.turtle = turtle;
            this.jsonld = jsonld;
            this.counter = counter;
        }

        @Override
        public void start() {
            turtle.start();
            Prefixes.DATA.forEach(turtle::prefix);
            jsonld.start();
            counter.start();
        }

        @Override
        public void triple(Triple t) {
            turtle.triple(t);
            jsonld.triple(t);
            counter.triple(t);
        }

        @Override
        public void finish() {
            turtle.finish();
            jsonld.finish();
            counter.finish();
        }
    }

    public static final class Builder {
        private final DatasetGraph dataset;
        private final StoreLocation store;
        private final String base;
        private Clock clock = Clock.systemUTC();
        private long memory = defaultMemory();
        private String license = DEFAULT_LICENSE;

        private Builder(DatasetGraph dataset, StoreLocation store, String base) {
            if (!base.endsWith("/")) {
                throw new IllegalArgumentException("the base must end with '/': " + base);
            }
            this.dataset = dataset;
            this.store = store;
            this.base = base;
        }

        /** The clock that dates new content (tests set it). */
        public Builder clock(Clock clock) {
            this.clock = clock;
            return this;
        }

        /** Bytes of sorted lines held in memory before spilling to disk. Default: an eighth of the heap. */
        public Builder memory(long bytes) {
            this.memory = bytes;
            return this;
        }

        /** The license of the data, an IRI. Default: CC BY 4.0. */
        public Builder license(String license) {
            this.license = license;
            return this;
        }

        public DumpSet build() {
            return new DumpSet(this);
        }

        private static long defaultMemory() {
            long heap = Runtime.getRuntime().maxMemory();
            return Math.max(4L << 20, Math.min(256L << 20, heap / 8));
        }
    }
}
