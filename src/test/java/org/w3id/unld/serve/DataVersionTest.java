package org.w3id.unld.serve;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.sse.SSE;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The data version the pages' validators are made from: it changes with every commit, and only then. */
class DataVersionTest {
    static final Quad QUAD = SSE.parseQuad("(<urn:g> <urn:s> <urn:p> 1)");
    /** A clock that stands still: two versions within one second. */
    static final Clock STILL = Clock.fixed(Instant.parse("2026-12-07T00:00:00.400Z"), ZoneOffset.UTC);

    @Test
    void aCommitToTheTdb2StoreChangesTheVersionAndReadsDoNot() {
        DatasetGraph store = DatabaseMgr.createDatasetGraph();
        DataVersion version = new DataVersion(store, STILL);
        DataVersion.Current before = version.current();
        Txn.executeRead(store, () -> store.find().forEachRemaining(q -> { }));
        assertEquals(before, version.current());
        Txn.executeWrite(store, () -> store.add(QUAD));
        DataVersion.Current after = version.current();
        assertNotEquals(before.tag(), after.tag());
        assertTrue(after.modified().isAfter(before.modified()), "two versions within one second share a Last-Modified");
        assertEquals(after, version.current());
    }

    @Test
    void anAbortedWriteLeavesTheVersion() {
        DatasetGraph store = DatabaseMgr.createDatasetGraph();
        DataVersion version = new DataVersion(store, STILL);
        DataVersion.Current before = version.current();
        store.begin(org.apache.jena.query.TxnType.WRITE);
        store.add(QUAD);
        store.abort();
        store.end();
        assertEquals(before, version.current());
    }

    @Test
    void aStoreThatIsNotTdb2ChangesVersionWhenTheServerReportsAWrite() {
        DataVersion version = new DataVersion(DatasetGraphFactory.createTxnMem(), STILL);
        DataVersion.Current before = version.current();
        version.changed();
        assertNotEquals(before.tag(), version.current().tag());
        assertTrue(!version.current().tag().contains("--"), "Jetty's gzip handler reads -- as the start of its suffix");
    }
}
