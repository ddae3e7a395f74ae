package org.w3id.unld.store;

import java.util.List;

/**
 * What an ingest run did.
 *
 * @param read     files read
 * @param stored   documents published (a later file with the same document IRI replaces an earlier one)
 * @param triples  triples in the published document graphs
 * @param rejected files not published, with their reasons, in input order
 */
public record IngestSummary(int read, int stored, long triples, List<Outcome.Rejected> rejected) {
    public IngestSummary {
        rejected = List.copyOf(rejected);
    }

    public boolean allStored() {
        return rejected.isEmpty();
    }
}
