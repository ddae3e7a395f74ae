package org.w3id.unld.store;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

class DigestOrderTest {
    private static final int LENGTH = 32;

    @Test
    void visitsDigestsInTheOrderOfAComparatorSortOfTheArrays() {
        for (int count : new int[] {0, 1, 2, 3, 1000, 65_537}) {
            assertSameOrder(randomDigests(count, new Random(count)));
        }
    }

    @Test
    void ordersDigestsThatShareTheirFirstBytesByTheRest() {
        Random random = new Random(7);
        List<byte[]> digests = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            byte[] d = new byte[LENGTH];
            random.nextBytes(d);
            // Many digests share their first 12 bytes (and so any prefix a key holds); some are equal.
            Arrays.fill(d, 0, 12, (byte) (i % 3 == 0 ? 0xFF : 0x10));
            digests.add(i % 10 == 0 && i > 0 ? digests.get(i - 1).clone() : d);
        }
        assertSameOrder(digests);
    }

    @Test
    void ordersDigestsAcrossBlocks() {
        assertSameOrder(randomDigests(DigestOrder.PER_BLOCK + 100, new Random(1)));
    }

    private static List<byte[]> randomDigests(int count, Random random) {
        List<byte[]> digests = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            byte[] d = new byte[LENGTH];
            random.nextBytes(d);
            digests.add(d);
        }
        return digests;
    }

    private static void assertSameOrder(List<byte[]> digests) {
        List<byte[]> blocks = new ArrayList<>();
        for (int i = 0; i < digests.size(); i++) {
            if (i % DigestOrder.PER_BLOCK == 0) {
                blocks.add(new byte[DigestOrder.PER_BLOCK * LENGTH]);
            }
            System.arraycopy(digests.get(i), 0, blocks.get(blocks.size() - 1), (i % DigestOrder.PER_BLOCK) * LENGTH, LENGTH);
        }
        byte[][] expected = digests.toArray(new byte[0][]);
        Arrays.sort(expected, Arrays::compareUnsigned);
        List<byte[]> visited = new ArrayList<>();
        new DigestOrder(blocks, digests.size(), LENGTH).forEachInOrder((block, offset, length) ->
                visited.add(Arrays.copyOfRange(block, offset, offset + length)));
        assertArrayEquals(expected, visited.toArray(new byte[0][]), digests.size() + " digests");
    }
}
