package org.w3id.unld.read;

import org.w3id.unld.model.RejectedDocumentException;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Reading a PDF or Word file in a worker of bounded number and time. A hostile file (a decompression bomb,
 * a page of millions of glyphs, a loop in its object graph) can make PDFBox or POI run for minutes or exhaust
 * memory; whatever happens to the worker — an exception, running out of memory or of stack, the deadline —
 * rejects that one document, and the caller (a batch, the server's ingest) goes on. The readers also watch the
 * deadline themselves ({@link #checkDeadline}), since a thread stuck in a library cannot be stopped from outside.
 */
final class BoundedWork {
    private static final ExecutorService WORKERS = Executors.newFixedThreadPool(
            Math.max(1, Runtime.getRuntime().availableProcessors()), r -> {
                Thread t = new Thread(r, "unld-reader");
                t.setDaemon(true);
                return t;
            });
    private static final ThreadLocal<Long> DEADLINE = new ThreadLocal<>();

    private BoundedWork() {
    }

    /** Runs {@code work} in a reader worker, for at most {@code limit}. */
    static String run(String what, Duration limit, Callable<String> work) throws RejectedDocumentException {
        long deadline = System.nanoTime() + limit.toNanos();
        Future<String> result = WORKERS.submit(() -> {
            DEADLINE.set(deadline);
            try {
                return work.call();
            } finally {
                DEADLINE.remove();
            }
        });
        try {
            return result.get(limit.toMillis() + 1000, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            result.cancel(true);
            throw new RejectedDocumentException(what + " takes too long to read (over " + limit.toSeconds() + " s): a damaged or hostile file?");
        } catch (InterruptedException e) {
            result.cancel(true);
            Thread.currentThread().interrupt();
            throw new RejectedDocumentException(what + " reading was interrupted");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RejectedDocumentException r) {
                throw r;
            }
            if (cause instanceof DeadlineException) {
                throw new RejectedDocumentException(what + " takes too long to read (over " + limit.toSeconds() + " s): a damaged or hostile file?");
            }
            if (cause instanceof OutOfMemoryError) {
                throw new RejectedDocumentException(what + " needs more memory to read than this process has: a damaged or hostile file?");
            }
            throw new RejectedDocumentException(what + " cannot be read: " + cause.getClass().getSimpleName()
                    + (cause.getMessage() == null ? "" : ": " + PdfTextReader.oneLine(cause.getMessage())), cause);
        }
    }

    /** Ends the current reading when its deadline has passed or its worker was cancelled. */
    static void checkDeadline() {
        Long deadline = DEADLINE.get();
        if (Thread.currentThread().isInterrupted() || (deadline != null && System.nanoTime() - deadline > 0)) {
            throw new DeadlineException();
        }
    }

    /** Thrown inside a worker whose time is up. */
    static final class DeadlineException extends RuntimeException {
        DeadlineException() {
            super("the time for reading this file is up", null, false, false);
        }
    }
}
