package org.w3id.unld.store;

import java.util.List;

/**
 * What an ingest run did.
 *
 * @param read     files read
 * @param stored   documents published (a later file with the same document IRI replaces an earlier one)
 * @param replaced of those, how many replaced a version already stored or one from an earlier file of the run
 * @param triples  triples in the published document graphs
 * @param rejected files not published, with their reasons, in input order
 * @param warnings what the published documents lack, in input order: {@code file: document <IRI>: <focus> path: message}
 */
public record IngestSummary(int read, int stored, int replaced, long triples, List<Outcome.Rejected> rejected, List<String> warnings) {
    public IngestSummary {
        rejected = List.copyOf(rejected);
        warnings = List.copyOf(warnings);
    }

    public boolean allStored() {
        return rejected.isEmpty();
    }
}
