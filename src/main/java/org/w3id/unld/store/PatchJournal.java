package org.w3id.unld.store;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdfpatch.PatchHeader;
import org.apache.jena.rdfpatch.RDFPatch;
import org.apache.jena.rdfpatch.RDFPatchConst;
import org.apache.jena.rdfpatch.RDFPatchOps;
import org.apache.jena.rdfpatch.system.Id;
import org.apache.jena.rdfpatch.text.RDFChangesWriterText;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The journal of a store's changes ({@code <db>/patches}): one RDF Patch (text format) per committed write, in
 * commit order, a file each ({@code 000000000001.rdfp}, …). Each patch's header has its {@code id} (a UUID made from the
 * previous id and the patch's changes: {@link PatchFingerprint}),
 * {@code prev} (the id of the patch before it; absent on the first) and {@code time}.
 *
 * <p>A patch is written, flushed to disk and renamed into place <em>before</em> its transaction commits, and the
 * transaction records the patch's id in the store ({@link PatchMark}). So a committed change always has its patch;
 * a crash between the rename and the commit leaves one patch too many at the journal's end, whose id the store does
 * not hold and whose {@code prev} it does: {@link #reconcile} drops it at the next write. Anything else (a journal
 * that does not end at the store's patch) is reported, never repaired silently.
 */
public final class PatchJournal {
    /** The header field with the time the patch was made (an {@code xsd:dateTime}). */
    public static final String TIME = "time";
    private static final String SUFFIX = "." + RDFPatchConst.EXT;
    private static final String PART = ".part";
    /** Beside each patch, what it did to each document graph (see {@link GraphChange}), as JSON. */
    private static final String CHANGES = ".changes.json";
    private static final Gson GSON = new Gson();

    private final Path folder;

    public PatchJournal(Path folder) {
        this.folder = folder;
    }

    public static PatchJournal of(StoreLocation location) {
        return new PatchJournal(location.patches());
    }

    /** The path, under the base, of the change feed; each patch is published at {@code {base}changes/{id}}. */
    public static final String FEED = "changes";

    /** Where the patch {@code id} is published under {@code base}. */
    public static String feedIri(String base, Node id) {
        return base + FEED + "/" + idText(id);
    }

    /** A patch id as text: its UUID (the id of {@code /changes/ID}, of {@code /$/status}). */
    public static String idText(Node id) {
        return Id.fromNode(id).asPlainString();
    }

    /** The patch id of its text (a UUID). */
    public static Node idOf(String text) {
        return Id.fromString(text).asNode();
    }

    public Path folder() {
        return folder;
    }

    /** One patch of the journal: its place in the order and its file. */
    public record Entry(long sequence, Path file) {
    }

    /** The journal's patches in commit order. */
    public List<Entry> entries() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(SUFFIX))
                    .map(f -> new Entry(sequenceOf(f), f))
                    .sorted((a, b) -> Long.compare(a.sequence(), b.sequence()))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Optional<Entry> last() {
        List<Entry> all = entries();
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }

    /** The entries after the patch {@code id} (all of them when {@code id} is null); empty if {@code id} is not in the journal. */
    public Optional<List<Entry>> after(Node id) {
        List<Entry> all = entries();
        if (id == null) {
            return Optional.of(all);
        }
        for (int i = all.size() - 1; i >= 0; i--) {
            if (id.equals(header(all.get(i)).getId())) {
                return Optional.of(all.subList(i + 1, all.size()));
            }
        }
        return Optional.empty();
    }

    /** The entry of the patch {@code id}. */
    public Optional<Entry> find(Node id) {
        return entries().stream().filter(e -> id.equals(header(e).getId())).findFirst();
    }

    public PatchHeader header(Entry e) {
        try (InputStream in = Files.newInputStream(e.file())) {
            return RDFPatchOps.readHeader(in);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    public RDFPatch read(Entry e) {
        try (InputStream in = Files.newInputStream(e.file())) {
            return RDFPatchOps.read(in);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    public byte[] bytes(Entry e) {
        try {
            return Files.readAllBytes(e.file());
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /**
     * Brings the journal in line with what the store committed, inside a write transaction (so no other write runs):
     * drops a last patch whose transaction never committed. A journal that is empty is in line with any store (a
     * store that predates the journal, or was loaded from a dump, starts one).
     */
    void reconcile(Optional<PatchMark> committed) {
        Optional<Entry> last = last();
        if (last.isEmpty()) {
            return;
        }
        PatchHeader h = header(last.get());
        Node stored = committed.map(PatchMark::id).orElse(null);
        if (Objects.equals(h.getId(), stored)) {
            return;
        }
        if (Objects.equals(h.getPrevious(), stored)) {
            drop(last.get());
            return;
        }
        throw new StoreUnavailableException("the patch journal " + folder + " ends with patch " + idText(h.getId())
                + " but the store's last patch is " + (stored == null ? "none" : idText(stored))
                + ": the journal does not match the store (was one of them replaced?). Move " + folder
                + " away to start a new journal, and rebuild the replicas from a dump.");
    }

    /** Starts the next patch, following {@code prev} (null for the first). */
    Recording record(Node prev) {
        long sequence = last().map(Entry::sequence).orElse(0L) + 1;
        return new Recording(sequence, prev, Instant.now());
    }

    /**
     * Writes a patch received from elsewhere (a replica's copy of the writer's) as the journal's next entry, synced
     * and in place before the transaction that applies it commits.
     */
    Entry append(byte[] patch, List<GraphChange> changes) {
        long sequence = last().map(Entry::sequence).orElse(0L) + 1;
        Path part = partFile(sequence);
        try {
            Files.createDirectories(folder);
            Files.write(part, patch);
            return seal(part, sequence, changes);
        } catch (IOException e) {
            PatchJournal.delete(part);
            throw new UncheckedIOException(e);
        }
    }

    /** Removes an entry whose transaction did not commit. */
    void drop(Entry e) {
        delete(changesFile(e.sequence()));
        delete(e.file());
    }

    /** What the patch of {@code e} did to each document graph, in the order the store met them. */
    public List<GraphChange> changes(Entry e) {
        Path f = changesFile(e.sequence());
        if (!Files.isRegularFile(f)) {
            return List.of();
        }
        try {
            List<GraphChange> out = new ArrayList<>();
            for (JsonElement item : GSON.fromJson(Files.readString(f, StandardCharsets.UTF_8), JsonArray.class)) {
                JsonObject o = item.getAsJsonObject();
                out.add(new GraphChange(NodeFactory.createURI(o.get("graph").getAsString()),
                        GraphChange.Kind.valueOf(o.get("kind").getAsString())));
            }
            return out;
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private Entry seal(Path part, long sequence, List<GraphChange> changes) throws IOException {
        try (FileChannel c = FileChannel.open(part, StandardOpenOption.WRITE)) {
            c.force(true);
        }
        // The summary first: a patch in place always has its summary.
        JsonArray summary = new JsonArray();
        for (GraphChange change : changes) {
            JsonObject o = new JsonObject();
            o.addProperty("graph", change.graph().getURI());
            o.addProperty("kind", change.kind().name());
            summary.add(o);
        }
        Files.writeString(changesFile(sequence), GSON.toJson(summary), StandardCharsets.UTF_8);
        Path file = folder.resolve(String.format(java.util.Locale.ROOT, "%012d", sequence) + SUFFIX);
        Files.move(part, file, StandardCopyOption.ATOMIC_MOVE);
        try (FileChannel dir = FileChannel.open(folder, StandardOpenOption.READ)) {
            dir.force(true);
        } catch (IOException ignored) {
            // Not every file system syncs a folder; the rename is atomic either way.
        }
        return new Entry(sequence, file);
    }

    private Path changesFile(long sequence) {
        return folder.resolve(String.format(java.util.Locale.ROOT, "%012d", sequence) + CHANGES);
    }

    private Path partFile(long sequence) {
        return folder.resolve(String.format(java.util.Locale.ROOT, "%012d", sequence) + SUFFIX + PART);
    }

    private static long sequenceOf(Path f) {
        String name = f.getFileName().toString();
        return Long.parseLong(name.substring(0, name.length() - SUFFIX.length()));
    }

    private static void delete(Path f) {
        try {
            Files.deleteIfExists(f);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * One patch being written as a batch makes its changes, streamed to a {@code .part} file so that a batch of any
     * size takes no memory for it. {@link #seal} finishes it; {@link #discard} throws it away.
     */
    final class Recording {
        /**
         * The id the header holds until the patch is complete: the id is made from the changes (see
         * {@link PatchFingerprint}), which come after the header; {@link #end} writes it over this one, as long.
         */
        private static final Node PENDING = Id.fromUUID(new UUID(0L, 0L)).asNode();
        private final long sequence;
        private final Node prev;
        private Node id;
        private final Instant time;
        private final Path part;
        private final PatchFingerprint fingerprint;
        private final OutputStream out;
        private final RDFChangesWriterText writer;
        private long changes;
        private final Set<Node> graphs = new HashSet<>();

        private Recording(long sequence, Node prev, Instant time) {
            this.sequence = sequence;
            this.prev = prev;
            this.time = time;
            this.part = partFile(sequence);
            try {
                Files.createDirectories(folder);
                this.fingerprint = new PatchFingerprint(Files.newOutputStream(part));
                this.out = new BufferedOutputStream(fingerprint, 1 << 16);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            this.writer = RDFChangesWriterText.create(out);
            writer.start();
            writer.header(RDFPatchConst.ID, PENDING);
            if (prev != null) {
                writer.header(RDFPatchConst.PREV, prev);
            }
            writer.header(TIME, NodeFactory.createLiteralDT(time.toString(), XSDDatatype.XSDdateTime));
            writer.txnBegin();
        }

        /**
         * Ends the patch (no more changes) and gives its id, which is made from its changes and the previous id
         * ({@link PatchFingerprint}), and written into its header.
         */
        Node end() {
            if (id != null) {
                return id;
            }
            try {
                writer.txnCommit();
                writer.finish();
                out.close();
                Node made = fingerprint.id(prev);
                writeId(made);
                id = made;
                return id;
            } catch (IOException e) {
                discard();
                throw new UncheckedIOException(e);
            }
        }

        /** Puts {@code made} in the place of the header's pending id: a UUID as long as it, so nothing else moves. */
        private void writeId(Node made) throws IOException {
            byte[] pending = PatchJournal.idText(PENDING).getBytes(StandardCharsets.US_ASCII);
            byte[] real = PatchJournal.idText(made).getBytes(StandardCharsets.US_ASCII);
            try (FileChannel c = FileChannel.open(part, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
                ByteBuffer head = ByteBuffer.allocate(256);
                c.read(head, 0);
                byte[] bytes = Arrays.copyOf(head.array(), head.position());
                int at = indexOf(bytes, pending);
                if (at < 0) {
                    throw new IOException("the patch " + part + " does not start with its pending id");
                }
                c.write(ByteBuffer.wrap(real), at);
            }
        }

        private static int indexOf(byte[] in, byte[] what) {
            for (int i = 0; i + what.length <= in.length; i++) {
                if (Arrays.equals(in, i, i + what.length, what, 0, what.length)) {
                    return i;
                }
            }
            return -1;
        }

        /** The patch's id, once {@link #end} has made it. */
        Node id() {
            if (id == null) {
                throw new IllegalStateException("the patch's id is made when it ends");
            }
            return id;
        }

        Instant time() {
            return time;
        }

        boolean isEmpty() {
            return changes == 0;
        }

        void add(Node g, Node s, Node p, Node o) {
            writer.add(g, s, p, o);
            graphs.add(g);
            changes++;
        }

        void delete(Node g, Node s, Node p, Node o) {
            writer.delete(g, s, p, o);
            graphs.add(g);
            changes++;
        }

        /** Whether the patch changes the graph. */
        boolean changed(Node graph) {
            return graphs.contains(graph);
        }

        /** Ends the patch if {@link #end} has not, and puts it in the journal, on disk, before the transaction commits. */
        Entry seal(List<GraphChange> graphs) {
            end();
            try {
                return PatchJournal.this.seal(part, sequence, graphs);
            } catch (IOException e) {
                discard();
                throw new UncheckedIOException(e);
            }
        }

        void discard() {
            try {
                out.close();
            } catch (IOException ignored) {
                // The file is deleted anyway.
            }
            PatchJournal.delete(part);
        }
    }
}
