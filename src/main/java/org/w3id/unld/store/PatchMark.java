package org.w3id.unld.store;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.sparql.core.DatasetGraph;

import java.time.Instant;
import java.util.Optional;

/**
 * The last RDF Patch a store has taken in: the patch's id, its offset in the replication topic (-1 on the writer,
 * which made it) and when it was taken in.
 *
 * <p>It must change atomically with the data, so it is kept in TDB2 and written in the transaction that makes the
 * change: in the dataset's prefix table, which TDB2 stores and journals with the quads. Not in a named graph: TDB2's
 * union default graph (what plain queries see), the dumps and the linked-data pages would all show it, and a
 * replica's offset would make its dumps differ from the writer's. Its entries are {@code unld-patch-*} prefixes whose
 * "IRIs" carry the values; nothing reads the dataset's prefix table as prefixes (pages, dumps and queries declare
 * theirs from {@code vocab.Prefixes}).
 */
public record PatchMark(Node id, long offset, Instant time) {
    static final String ID = "unld-patch-id";
    static final String OFFSET = "unld-patch-offset";
    static final String TIME = "unld-patch-time";
    private static final String OFFSET_IRI = "urn:x-unld:offset:";
    private static final String TIME_IRI = "urn:x-unld:time:";

    /** The store's mark, read inside a transaction of {@code dataset}; empty while it has taken in no patch. */
    public static Optional<PatchMark> read(DatasetGraph dataset) {
        PrefixMap prefixes = dataset.prefixes();
        String id = prefixes.get(ID);
        if (id == null) {
            return Optional.empty();
        }
        String offset = prefixes.get(OFFSET);
        String time = prefixes.get(TIME);
        return Optional.of(new PatchMark(NodeFactory.createURI(id),
                offset == null ? -1 : Long.parseLong(offset.substring(OFFSET_IRI.length())),
                time == null ? Instant.EPOCH : Instant.parse(time.substring(TIME_IRI.length()))));
    }

    /** Records the mark, inside the write transaction that makes the patch's change. */
    public void write(DatasetGraph dataset) {
        PrefixMap prefixes = dataset.prefixes();
        prefixes.add(ID, id.getURI());
        prefixes.add(OFFSET, OFFSET_IRI + offset);
        prefixes.add(TIME, TIME_IRI + time);
    }
}
