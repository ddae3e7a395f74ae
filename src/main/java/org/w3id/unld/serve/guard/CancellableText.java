package org.w3id.unld.serve.guard;

import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.function.FunctionEnv;
import org.apache.jena.sparql.util.Context;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A string as a regular expression reads it, that stops the match when its query is cancelled. Java's
 * matcher never looks at a query's timeout: a pattern that backtracks exponentially ({@code (.*a){10}x}) runs on
 * one row for minutes after the query should have ended. The matcher reads its input through {@link #charAt},
 * so that is where the query's cancel signal (set by the timeout, by an abort, by the memory guard) is looked at,
 * once every {@value #CHECK_EVERY} reads.
 */
final class CancellableText implements CharSequence {
    private static final int CHECK_EVERY = 4096;

    private final String text;
    private final AtomicBoolean cancelled;
    private int untilCheck = CHECK_EVERY;

    private CancellableText(String text, AtomicBoolean cancelled) {
        this.text = text;
        this.cancelled = cancelled;
    }

    /** {@code text} read under the cancel signal of the query that {@code env} belongs to (or plain, if it has none). */
    static CharSequence of(String text, FunctionEnv env) {
        Context context = env == null ? null : env.getContext();
        AtomicBoolean signal = context == null ? null : Context.getCancelSignal(context);
        return signal == null ? text : new CancellableText(text, signal);
    }

    @Override
    public char charAt(int index) {
        if (--untilCheck == 0) {
            untilCheck = CHECK_EVERY;
            if (cancelled.get() || Thread.currentThread().isInterrupted()) {
                throw new QueryCancelledException();
            }
        }
        return text.charAt(index);
    }

    @Override
    public int length() {
        return text.length();
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return new CancellableText(text.substring(start, end), cancelled);
    }

    @Override
    public String toString() {
        return text;
    }
}
