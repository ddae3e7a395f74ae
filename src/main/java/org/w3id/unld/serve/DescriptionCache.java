package org.w3id.unld.serve;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * The descriptions {@code /doc/…} has rendered (their bytes, in one format, page and reader's language), kept for
 * the {@link DataVersion} they were made at. A description reads the resource's own triples, its incoming links, the
 * labels of all it links to and, for a shared resource, who states each value: on a large store a country's or an
 * organ's takes tens of milliseconds, and the same ones are asked for again and again.
 *
 * <p>Every entry is keyed by the version read <em>before</em> it was rendered, and rendering reads the store in a
 * transaction that begins after that, so an entry is never older than its key: once a commit (an ingest, a SPARQL
 * Update, a replica's applied patch) has changed the version, no request finds what was rendered before it. Entries
 * of an earlier version are dropped when a later one is first seen, so a write frees the memory at once instead of
 * leaving it to eviction. The cache holds at most {@code maxBytes} of rendered bodies (Caffeine's size-based
 * eviction, which keeps the often-asked ones).
 */
final class DescriptionCache {
    /** The part of the heap the cache may fill, unless the server is told otherwise. */
    static final double DEFAULT_HEAP_SHARE = 1.0 / 16;
    /** What an entry costs beyond its body (key, record, the cache's node), counted towards the bound. */
    private static final int ENTRY_OVERHEAD = 256;

    /** What picks one rendering: the resource, the format, the page of its incoming links and, for HTML, the reader's languages. */
    record Variant(String resource, Format format, int page, ReaderLanguages languages) {
    }

    /** A rendered description: its media type (with charset where it has one) and its bytes. */
    record Rendered(String contentType, byte[] body) {
    }

    private record Key(String version, Variant variant) {
    }

    private final DataVersion version;
    private final Cache<Key, Rendered> rendered;
    private final AtomicReference<String> latest = new AtomicReference<>("");

    DescriptionCache(DataVersion version, long maxBytes) {
        this.version = version;
        this.rendered = Caffeine.newBuilder()
                .maximumWeight(Math.max(0, maxBytes))
                .<Key, Rendered>weigher((k, r) -> r.body().length + ENTRY_OVERHEAD)
                .build();
    }

    /** The default bound: a share of the heap this JVM may grow to. */
    static long defaultMaxBytes() {
        return (long) (Runtime.getRuntime().maxMemory() * DEFAULT_HEAP_SHARE);
    }

    /** The rendering of {@code variant} at the current data version: from the cache, or made by {@code render} and kept. */
    Rendered get(Variant variant, Supplier<Rendered> render) {
        String now = version.current().tag();
        String before = latest.getAndSet(now);
        if (!now.equals(before)) {
            // A version seen for the first time: what was rendered before it can never be served again.
            rendered.invalidateAll();
        }
        Key key = new Key(now, variant);
        Rendered r = rendered.getIfPresent(key);
        if (r == null) {
            // Rendered outside the cache's locks: two requests for one missing entry may both render it, and no
            // request waits behind another's rendering.
            r = render.get();
            rendered.put(key, r);
        }
        return r;
    }

    /** Carries out the evictions the cache has pending (Caffeine runs them lazily); for tests. */
    void cleanUp() {
        rendered.cleanUp();
    }
}
