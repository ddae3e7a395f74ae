package org.w3id.unld.store;

/** Hears how an ingest run goes, for progress bars and logs. Called from the ingesting thread only. */
public interface IngestListener {
    IngestListener SILENT = new IngestListener() {
    };

    default void started(int files) {
    }

    /** A file has been read, parsed, mapped and validated (accepted) or rejected; stored ones follow in {@link #stored}. */
    default void processed(Outcome outcome) {
    }

    /** A batch of accepted documents has been committed. */
    default void stored(int documents, long triples) {
    }
}
