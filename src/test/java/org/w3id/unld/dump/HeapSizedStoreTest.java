package org.w3id.unld.dump;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class HeapSizedStoreTest {
    static final int TDB2_DEFAULT = 1_000_000;

    @Test
    void aSmallHeapCachesOneNodePerSixteenKilobytes() {
        assertEquals(16_384, HeapSizedStore.nodeCache(256L << 20, TDB2_DEFAULT));
    }

    @Test
    void aLargeHeapKeepsTdb2sDefaultAndATinyOneAMinimum() {
        assertEquals(TDB2_DEFAULT, HeapSizedStore.nodeCache(32L << 30, TDB2_DEFAULT));
        assertEquals(10_000, HeapSizedStore.nodeCache(8L << 20, TDB2_DEFAULT));
    }
}
