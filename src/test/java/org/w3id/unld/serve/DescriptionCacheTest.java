package org.w3id.unld.serve;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Rendered descriptions are kept for the data version they were made at, per variant, within their bound. */
class DescriptionCacheTest {
    private static final DescriptionCache.Variant TURTLE = new DescriptionCache.Variant("http://example.org/id/x", Format.TURTLE, 1,
            ReaderLanguages.ENGLISH);

    @Test
    void aDescriptionIsRenderedOncePerVariantAndVersion() {
        DatasetGraph store = DatabaseMgr.createDatasetGraph();
        DescriptionCache cache = new DescriptionCache(new DataVersion(store, Clock.systemUTC()), 1 << 20);
        AtomicInteger renders = new AtomicInteger();
        assertEquals("1", text(cache.get(TURTLE, () -> rendered(renders))));
        assertEquals("1", text(cache.get(TURTLE, () -> rendered(renders))), "the same variant at the same version is kept");
        DescriptionCache.Variant french = new DescriptionCache.Variant(TURTLE.resource(), Format.HTML, 1, ReaderLanguages.parse("fr"));
        DescriptionCache.Variant page2 = new DescriptionCache.Variant(TURTLE.resource(), Format.TURTLE, 2, ReaderLanguages.ENGLISH);
        assertEquals("2", text(cache.get(french, () -> rendered(renders))));
        assertEquals("3", text(cache.get(page2, () -> rendered(renders))));
        assertEquals("2", text(cache.get(new DescriptionCache.Variant(TURTLE.resource(), Format.HTML, 1, ReaderLanguages.parse("fr")),
                () -> rendered(renders))), "variants are compared by value");
    }

    @Test
    void aCommitMakesEveryKeptDescriptionBeRenderedAgain() {
        DatasetGraph store = DatabaseMgr.createDatasetGraph();
        DescriptionCache cache = new DescriptionCache(new DataVersion(store, Clock.systemUTC()), 1 << 20);
        AtomicInteger renders = new AtomicInteger();
        cache.get(TURTLE, () -> rendered(renders));
        Txn.executeWrite(store, () -> store.add(DataVersionTest.QUAD));
        assertEquals("2", text(cache.get(TURTLE, () -> rendered(renders))));
        assertEquals("2", text(cache.get(TURTLE, () -> rendered(renders))));
    }

    @Test
    void aWriteTheServerReportsOnAStoreThatIsNotTdb2AlsoDoes() {
        DataVersion version = new DataVersion(DatasetGraphFactory.createTxnMem(), Clock.systemUTC());
        DescriptionCache cache = new DescriptionCache(version, 1 << 20);
        AtomicInteger renders = new AtomicInteger();
        cache.get(TURTLE, () -> rendered(renders));
        version.changed();
        assertEquals("2", text(cache.get(TURTLE, () -> rendered(renders))));
    }

    @Test
    void aCacheOfNoBytesKeepsNothing() {
        DescriptionCache cache = new DescriptionCache(new DataVersion(DatabaseMgr.createDatasetGraph(), Clock.systemUTC()), 0);
        AtomicInteger renders = new AtomicInteger();
        cache.get(TURTLE, () -> rendered(renders));
        cache.cleanUp();
        assertEquals("2", text(cache.get(TURTLE, () -> rendered(renders))));
    }

    private static DescriptionCache.Rendered rendered(AtomicInteger renders) {
        return new DescriptionCache.Rendered("text/turtle", String.valueOf(renders.incrementAndGet()).getBytes(StandardCharsets.UTF_8));
    }

    private static String text(DescriptionCache.Rendered r) {
        return new String(r.body(), StandardCharsets.UTF_8);
    }
}
