package org.w3id.unld.store;

import java.nio.file.Path;

/**
 * The folder that holds one unld store ({@code --db}, default {@code ./unld-data}): the TDB2 database,
 * its full-text index, the dumps made from it, the journal of its changes and the log of ingest runs.
 */
public record StoreLocation(Path folder) {
    public static final Path DEFAULT = Path.of("unld-data");

    public StoreLocation {
        folder = folder.toAbsolutePath().normalize();
    }

    public Path tdb2() {
        return folder.resolve("tdb2");
    }

    public Path textIndex() {
        return folder.resolve("text-index");
    }

    public Path dumps() {
        return folder.resolve("dumps");
    }

    /** The patch journal: one RDF Patch per committed batch, in order (see {@link PatchJournal}). */
    public Path patches() {
        return folder.resolve("patches");
    }

    /** One JSON line per ingest run: wall-clock records live here, never inside document graphs. */
    public Path runLog() {
        return folder.resolve("ingest-runs.jsonl");
    }
}
