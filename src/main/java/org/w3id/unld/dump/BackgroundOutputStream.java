package org.w3id.unld.dump;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Hands blocks of bytes to a thread of its own, which writes them to the stream underneath: gzip compression
 * of a dump file runs beside the code that produces its lines. Memory is bounded by the queue (a few blocks).
 * The bytes reach the underlying stream in order, so the output is the same as writing directly.
 */
final class BackgroundOutputStream extends OutputStream {
    private static final int BLOCK = 1 << 16;
    private static final int QUEUED_BLOCKS = 8;
    private static final byte[] END = new byte[0];

    private final BlockingQueue<byte[]> queue = new ArrayBlockingQueue<>(QUEUED_BLOCKS);
    private final Thread writer;
    private volatile Throwable failure;
    private byte[] block = new byte[BLOCK];
    private int count;
    private boolean closed;

    BackgroundOutputStream(OutputStream out, String name) {
        writer = new Thread(() -> {
            try (out) {
                while (true) {
                    byte[] b = queue.take();
                    if (b == END) {
                        break;
                    }
                    out.write(b);
                }
            } catch (Throwable t) {
                failure = t;
                queue.clear();
            }
        }, name);
        writer.setDaemon(true);
        writer.start();
    }

    @Override
    public void write(int b) throws IOException {
        if (count == block.length) {
            handOver();
        }
        block[count++] = (byte) b;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        while (len > 0) {
            if (count == block.length) {
                handOver();
            }
            int n = Math.min(len, block.length - count);
            System.arraycopy(b, off, block, count, n);
            count += n;
            off += n;
            len -= n;
        }
    }

    /** Bytes written so far go to the writer thread; the stream underneath is flushed when closed. */
    @Override
    public void flush() throws IOException {
        if (count > 0) {
            handOver();
        }
    }

    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        flush();
        put(END);
        try {
            writer.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while finishing " + writer.getName());
        }
        check();
    }

    private void handOver() throws IOException {
        byte[] full = count == block.length ? block : java.util.Arrays.copyOf(block, count);
        put(full);
        block = new byte[BLOCK];
        count = 0;
    }

    private void put(byte[] b) throws IOException {
        try {
            while (!queue.offer(b, 100, TimeUnit.MILLISECONDS)) {
                check();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while writing " + writer.getName());
        }
        check();
    }

    private void check() throws IOException {
        Throwable t = failure;
        if (t instanceof IOException io) {
            throw new IOException(io.getMessage(), io);
        }
        if (t != null) {
            throw new IOException("writing " + writer.getName() + " failed: " + t, t);
        }
    }
}
