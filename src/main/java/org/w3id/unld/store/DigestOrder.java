package org.w3id.unld.store;

import java.util.Arrays;
import java.util.List;

/**
 * Digests of one length, kept side by side in blocks, visited in unsigned byte order (the order of
 * {@link Arrays#compareUnsigned(byte[], byte[])}). They are sorted as numbers: each digest's first bits and its
 * position make one {@code long}, and a primitive sort of those puts the digests in order of their first bits; the
 * few that share them (a digest's bits are uniform, so a run is rare and short) are put in order by their whole
 * bytes. The same order as sorting the arrays with a comparator, without an object or a comparator call per digest.
 */
final class DigestOrder {
    /** Digests in each block but the last: 2^20 (32 MB of SHA-256 digests). */
    static final int PER_BLOCK = 1 << 20;

    /** What receives each digest: its block, the offset of its first byte there, and its length. */
    interface Visitor {
        void visit(byte[] block, int offset, int length);
    }

    private final List<byte[]> blocks;
    private final int count;
    private final int length;

    /** {@code count} digests of {@code length} bytes (at least 8), {@link #PER_BLOCK} to each of {@code blocks}. */
    DigestOrder(List<byte[]> blocks, int count, int length) {
        if (length < Long.BYTES) {
            throw new IllegalArgumentException("digests of at least 8 bytes");
        }
        this.blocks = blocks;
        this.count = count;
        this.length = length;
    }

    void forEachInOrder(Visitor visitor) {
        // The low bits of each key hold the digest's position, the bits above them as many of its first bits as
        // remain, the sign bit none (so the signed sort orders them as unsigned): equal prefixes stay adjacent.
        int positionBits = Math.max(1, Integer.SIZE - Integer.numberOfLeadingZeros(Math.max(1, count - 1)));
        long positionMask = (1L << positionBits) - 1;
        long[] keys = new long[count];
        for (int i = 0; i < count; i++) {
            keys[i] = (firstLong(i) >>> (positionBits + 1)) << positionBits | i;
        }
        Arrays.sort(keys);
        int i = 0;
        while (i < count) {
            int end = i + 1;
            long prefix = keys[i] & ~positionMask;
            while (end < count && (keys[end] & ~positionMask) == prefix) {
                end++;
            }
            if (end - i > 1) {
                sortRun(keys, i, end, positionMask);
            }
            for (int k = i; k < end; k++) {
                int at = (int) (keys[k] & positionMask);
                visitor.visit(blocks.get(at / PER_BLOCK), (at % PER_BLOCK) * length, length);
            }
            i = end;
        }
    }

    /** Puts keys [from, to), whose digests share their first bits, in the order of their whole digests. */
    private void sortRun(long[] keys, int from, int to, long positionMask) {
        Long[] run = new Long[to - from];
        for (int k = from; k < to; k++) {
            run[k - from] = keys[k];
        }
        Arrays.sort(run, (a, b) -> compare((int) (a & positionMask), (int) (b & positionMask)));
        for (int k = from; k < to; k++) {
            keys[k] = run[k - from];
        }
    }

    private int compare(int a, int b) {
        int offsetA = (a % PER_BLOCK) * length;
        int offsetB = (b % PER_BLOCK) * length;
        return Arrays.compareUnsigned(blocks.get(a / PER_BLOCK), offsetA, offsetA + length,
                blocks.get(b / PER_BLOCK), offsetB, offsetB + length);
    }

    private long firstLong(int at) {
        byte[] block = blocks.get(at / PER_BLOCK);
        int offset = (at % PER_BLOCK) * length;
        long v = 0;
        for (int k = 0; k < Long.BYTES; k++) {
            v = v << 8 | (block[offset + k] & 0xFF);
        }
        return v;
    }
}
