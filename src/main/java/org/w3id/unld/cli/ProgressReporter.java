package org.w3id.unld.cli;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.w3id.unld.store.IngestListener;
import org.w3id.unld.store.Outcome;

import java.io.PrintWriter;
import java.time.Duration;

/**
 * Shows an ingest's progress: a bar when stderr is a terminal, otherwise a line every few seconds
 * (for logs and CI). Rejected files are reported as they happen, so a long run shows its problems early.
 */
final class ProgressReporter implements IngestListener, AutoCloseable {
    private final PrintWriter err;
    private final Duration logEvery;
    private final boolean terminal;
    private ProgressBar bar;
    private int total;
    private int processed;
    private int stored;
    private long lastLine;

    ProgressReporter(PrintWriter err, Duration logEvery) {
        this.err = err;
        this.logEvery = logEvery;
        this.terminal = System.console() != null;
    }

    @Override
    public void started(int files) {
        total = files;
        lastLine = System.nanoTime();
        if (terminal && files > 1) {
            bar = new ProgressBarBuilder().setTaskName("ingest").setInitialMax(files).setUnit(" docs", 1)
                    .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(200).continuousUpdate().build();
        }
    }

    @Override
    public void processed(Outcome outcome) {
        processed++;
        if (outcome instanceof Outcome.Rejected r && bar != null) {
            message("rejected " + r.describe());
        }
        if (bar != null) {
            bar.step();
        } else if (System.nanoTime() - lastLine > logEvery.toNanos()) {
            lastLine = System.nanoTime();
            err.printf("ingest: %d/%d files processed, %d stored%n", processed, total, stored);
            err.flush();
        }
    }

    @Override
    public void stored(int documents, long triples) {
        stored += documents;
        if (bar != null) {
            bar.setExtraMessage(stored + " stored");
        }
    }

    /** Prints above the bar, which redraws itself on the next line; the summary lists rejections again at the end. */
    private void message(String line) {
        err.print("\r\033[K");
        err.println(line);
        err.flush();
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
            bar = null;
        }
    }
}
