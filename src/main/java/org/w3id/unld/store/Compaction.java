package org.w3id.unld.store;

import java.time.Duration;

/**
 * What a compaction did: the generation it read and the one it wrote, measured alike ({@link StoreSpace#bytes()}), and
 * how long it took. The old generation is deleted, so {@link #freed()} is what the disk got back.
 */
public record Compaction(StoreSpace before, StoreSpace after, Duration took) {
    public long freed() {
        return before.bytes() - after.bytes();
    }

    /** One line: {@code Data-0001 → Data-0002: 44.1 MB → 21.0 MB, freed 23.1 MB, in 3.2 s}. */
    public String describe() {
        return String.format(java.util.Locale.ROOT, "%s → %s: %s → %s, freed %s, in %.1f s",
                before.generation().getFileName(), after.generation().getFileName(), megabytes(before.bytes()),
                megabytes(after.bytes()), megabytes(freed()), took.toMillis() / 1000.0);
    }

    static String megabytes(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / 1e6);
    }
}
