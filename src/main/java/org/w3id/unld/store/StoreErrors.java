package org.w3id.unld.store;

import org.apache.jena.dboe.DBOpEnvException;
import org.apache.jena.dboe.base.file.AlreadyLocked;
import org.apache.jena.dboe.base.file.ProcessFileLock;
import org.apache.lucene.store.LockObtainFailedException;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns the exceptions TDB2 and Lucene throw when a store cannot be opened into messages that say what to do. */
public final class StoreErrors {
    /** The holder's process id: TDB2 gives it only in its message. */
    private static final Pattern HELD_BY = Pattern.compile("held by process (\\d+)");

    private StoreErrors() {
    }

    public static StoreUnavailableException explain(StoreLocation location, RuntimeException e) {
        Optional<Throwable> lock = lockFailure(e);
        if (lock.isPresent()) {
            String message = lock.get().getMessage() == null ? "" : lock.get().getMessage();
            Matcher pid = HELD_BY.matcher(message);
            String who = pid.find() ? "process " + pid.group(1) : "another process";
            return new StoreUnavailableException("the store " + location.folder() + " is in use by " + who
                    + " (a running `unld serve` or `unld ingest`?); stop it first, or give another --db", e);
        }
        return new StoreUnavailableException("cannot open the store " + location.folder() + ": " + firstLine(messages(e)), e);
    }

    /**
     * The exception in the chain that says the store is locked: TDB2's lock held in this process
     * ({@link AlreadyLocked}) or by another one (a {@link DBOpEnvException} thrown by {@link ProcessFileLock}),
     * or the Lucene text index's write lock ({@link LockObtainFailedException}).
     */
    static Optional<Throwable> lockFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof AlreadyLocked || t instanceof LockObtainFailedException
                    || t instanceof DBOpEnvException && thrownBy(t, ProcessFileLock.class)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    private static boolean thrownBy(Throwable t, Class<?> thrower) {
        StackTraceElement[] trace = t.getStackTrace();
        return trace.length > 0 && trace[0].getClassName().equals(thrower.getName());
    }

    private static String messages(Throwable e) {
        StringBuilder sb = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null) {
                sb.append(t.getMessage()).append(" | ");
            }
        }
        return sb.toString();
    }

    private static String firstLine(String chain) {
        String s = chain.contains(" | ") ? chain.substring(0, chain.indexOf(" | ")) : chain;
        return s.lines().findFirst().orElse(s);
    }
}
