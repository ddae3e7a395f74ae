package org.w3id.unld.store;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns the exceptions TDB2 and Lucene throw when a store cannot be opened into messages that say what to do. */
public final class StoreErrors {
    private static final Pattern HELD_BY = Pattern.compile("held by process (\\d+)");

    private StoreErrors() {
    }

    public static StoreUnavailableException explain(StoreLocation location, RuntimeException e) {
        String chain = messages(e);
        Matcher pid = HELD_BY.matcher(chain);
        if (pid.find() || chain.contains("already locked") || chain.contains("LockObtainFailed") || chain.contains("write.lock")) {
            String who = pid.find(0) ? "process " + pid.group(1) : "another process";
            return new StoreUnavailableException("the store " + location.folder() + " is in use by " + who
                    + " (a running `unld serve` or `unld ingest`?); stop it first, or give another --db", e);
        }
        return new StoreUnavailableException("cannot open the store " + location.folder() + ": " + firstLine(chain), e);
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
