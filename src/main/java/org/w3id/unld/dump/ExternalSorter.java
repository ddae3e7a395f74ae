package org.w3id.unld.dump;

import org.apache.jena.atlas.iterator.IteratorSlotted;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Sorts lines (byte arrays without their end of line) in bounded memory and drops duplicates: lines are
 * gathered up to a memory bound, sorted, and spilled to temporary files; the files are then merged k ways
 * (in several rounds when there are many). Lines compare as unsigned bytes, which for UTF-8 is code-point
 * order, the order of {@code LC_ALL=C sort}.
 *
 * <p>Lines must not contain a line feed (N-Triples and N-Quads lines never do: Jena escapes it).
 */
final class ExternalSorter implements AutoCloseable {
    /** Files merged at once: bounds the open files and their read buffers. */
    static final int FAN_IN = 64;
    private static final int BUFFER = 1 << 16;
    /** What a line costs on the heap beyond its bytes: array header and the list's reference. */
    private static final int OVERHEAD = 24;

    private final Path folder;
    private final long memory;
    private final List<Path> runs = new ArrayList<>();
    private List<byte[]> chunk = new ArrayList<>();
    private long chunkBytes;
    private int fileCounter;
    private boolean sorted;

    /**
     * @param folder where the spilled runs go (created; removed by {@link #close()})
     * @param memory how many bytes of lines to hold before spilling
     */
    ExternalSorter(Path folder, long memory) {
        this.folder = folder;
        this.memory = Math.max(1, memory);
    }

    void add(byte[] line) {
        if (sorted) {
            throw new IllegalStateException("lines added after sorting");
        }
        chunk.add(line);
        chunkBytes += line.length + OVERHEAD;
        if (chunkBytes >= memory) {
            spill();
        }
    }

    /** How many runs went to disk so far (0 when everything fit in memory). */
    int spilledRuns() {
        return runs.size();
    }

    /** The lines in order, each once. Call once, after the last {@link #add}. */
    Iterator<byte[]> sorted() {
        if (sorted) {
            throw new IllegalStateException("already sorted");
        }
        sorted = true;
        sortChunk();
        List<Iterator<byte[]>> sources = new ArrayList<>();
        // Reduce the runs until the last merge opens at most FAN_IN - 1 files beside the chunk in memory.
        while (runs.size() > FAN_IN - 1) {
            List<Path> group = new ArrayList<>(runs.subList(0, FAN_IN));
            runs.subList(0, FAN_IN).clear();
            List<Iterator<byte[]>> readers = new ArrayList<>();
            for (Path p : group) {
                readers.add(new RunReader(p));
            }
            Path merged = writeRun(new Merge(readers));
            for (Iterator<byte[]> r : readers) {
                ((RunReader) r).close();
            }
            for (Path p : group) {
                delete(p);
            }
            runs.add(merged);
        }
        for (Path p : runs) {
            sources.add(new RunReader(p));
        }
        sources.add(chunk.iterator());
        return new Merge(sources);
    }

    private void sortChunk() {
        chunk.sort(Arrays::compareUnsigned);
    }

    private void spill() {
        sortChunk();
        runs.add(writeRun(chunk.iterator()));
        chunk = new ArrayList<>();
        chunkBytes = 0;
    }

    private Path writeRun(Iterator<byte[]> lines) {
        try {
            Files.createDirectories(folder);
            Path file = folder.resolve("run-" + (fileCounter++));
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), BUFFER)) {
                byte[] previous = null;
                while (lines.hasNext()) {
                    byte[] line = lines.next();
                    if (previous == null || !Arrays.equals(previous, line)) {
                        out.write(line);
                        out.write('\n');
                    }
                    previous = line;
                }
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        chunk = List.of();
        for (Path p : runs) {
            delete(p);
        }
        runs.clear();
    }

    private static void delete(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A k-way merge of sorted sources that drops duplicate lines; closes the runs it reads when it ends. */
    private static final class Merge extends IteratorSlotted<byte[]> {
        private record Head(byte[] line, Iterator<byte[]> source) {
        }

        private final PriorityQueue<Head> queue = new PriorityQueue<>((a, b) -> Arrays.compareUnsigned(a.line, b.line));
        private final List<Iterator<byte[]>> sources;
        private byte[] last;

        Merge(List<Iterator<byte[]>> sources) {
            this.sources = sources;
            for (Iterator<byte[]> s : sources) {
                if (s.hasNext()) {
                    queue.add(new Head(s.next(), s));
                }
            }
        }

        @Override
        protected boolean hasMore() {
            return true; // moveToNext says when the merge ends
        }

        @Override
        protected byte[] moveToNext() {
            while (!queue.isEmpty()) {
                Head h = queue.poll();
                if (h.source.hasNext()) {
                    queue.add(new Head(h.source.next(), h.source));
                }
                if (last == null || !Arrays.equals(last, h.line)) {
                    last = h.line;
                    return h.line;
                }
            }
            return null;
        }

        @Override
        protected void closeIterator() {
            for (Iterator<byte[]> s : sources) {
                if (s instanceof RunReader r) {
                    r.close();
                }
            }
        }
    }

    /** Reads a run back, line by line, scanning its own buffer for line ends; closes the file at its end. */
    private static final class RunReader extends IteratorSlotted<byte[]> {
        private final InputStream in;
        private final byte[] buffer = new byte[BUFFER];
        private int pos;
        private int limit;

        RunReader(Path file) {
            try {
                this.in = Files.newInputStream(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        protected boolean hasMore() {
            return true; // moveToNext says when the run ends
        }

        @Override
        protected byte[] moveToNext() {
            return readLine();
        }

        private byte[] readLine() {
            byte[] partial = null;
            while (true) {
                if (pos == limit && !fill()) {
                    if (partial != null) {
                        throw new IllegalStateException("a sort run ends without a line end");
                    }
                    return null;
                }
                int start = pos;
                while (pos < limit && buffer[pos] != '\n') {
                    pos++;
                }
                byte[] piece = Arrays.copyOfRange(buffer, start, pos);
                partial = partial == null ? piece : concat(partial, piece);
                if (pos < limit) {
                    pos++;
                    return partial;
                }
            }
        }

        private boolean fill() {
            try {
                int n = in.read(buffer, 0, buffer.length);
                pos = 0;
                limit = Math.max(n, 0);
                return n > 0;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static byte[] concat(byte[] a, byte[] b) {
            byte[] c = Arrays.copyOf(a, a.length + b.length);
            System.arraycopy(b, 0, c, a.length, b.length);
            return c;
        }

        @Override
        protected void closeIterator() {
            try {
                in.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
