package org.w3id.unld.store;

import org.apache.jena.graph.Node;
import org.apache.jena.rdfpatch.system.Id;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * The id of a patch, derived from what it holds, so that the same input gives the same patch ids (and so the same
 * journal and the same dump, whose description names the last patch) — "same input, same triples, byte-identical
 * dumps". Passes a patch's text through on its way to disk and takes a SHA-256 of each change line ({@code A …} and
 * {@code D …}, one change per line: RDF Patch's text format escapes line breaks in literals); the id is a SHA-256 of
 * the previous patch's id and those line digests in sorted order, truncated into a UUID (version 8, RFC 9562's for
 * a name-based UUID with a hash other than MD5 or SHA-1).
 *
 * <ul>
 *   <li>Sorted: the id depends on which changes the patch makes, not on the order a batch met them in.</li>
 *   <li>The header (its {@code time} above all) is left out: two runs at different times give the same id.</li>
 *   <li>The previous id is in: the same changes made again later (a document put back as it was) get another id,
 *       so the ids of one journal stay unique.</li>
 *   <li>Digests rather than the lines are kept and sorted: 32 bytes a change, whatever the quad's size, for a batch
 *       of any size (a 5,000-document batch makes some 800,000 changes). They are kept side by side in large arrays,
 *       not one array each, and sorted as numbers ({@link DigestOrder}): sorting 800,000 arrays with a comparator
 *       was a tenth of a batch writer's time.</li>
 * </ul>
 * Blank nodes would make ids differ between runs (their labels are new each run); unld's mappers mint none.
 */
final class PatchFingerprint extends FilterOutputStream {
    private static final int SHA256_BYTES = 32;
    /** Digests a patch's first block holds before it grows. */
    private static final int FIRST_CAPACITY = 1024;
    private final MessageDigest line = sha256();
    /** The change lines' digests, one after the other, {@link DigestOrder#PER_BLOCK} to an array. */
    private final List<byte[]> blocks = new ArrayList<>();
    private int count;
    /** Whether the current line is a change, told at its first byte; null at the start of a line. */
    private Boolean change;

    PatchFingerprint(OutputStream out) {
        super(out);
    }

    @Override
    public void write(int b) throws IOException {
        out.write(b);
        take(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
        take(b, off, len);
    }

    private void take(byte[] b, int off, int len) {
        int end = off + len;
        int start = off;
        for (int i = off; i < end; i++) {
            if (change == null) {
                change = b[i] == 'A' || b[i] == 'D';
            }
            if (b[i] == '\n') {
                if (change) {
                    line.update(b, start, i - start);
                    keep(line.digest());
                }
                change = null;
                start = i + 1;
            }
        }
        if (change != null && change && start < end) {
            line.update(b, start, end - start);
        }
    }

    private void keep(byte[] digest) {
        int at = count % DigestOrder.PER_BLOCK;
        if (at == 0) {
            blocks.add(new byte[FIRST_CAPACITY * SHA256_BYTES]);
        }
        byte[] last = blocks.get(blocks.size() - 1);
        if ((at + 1) * SHA256_BYTES > last.length) {
            // The last block grows as it fills, up to a full block: a patch of one document does not hold 32 MB.
            last = Arrays.copyOf(last, Math.min(DigestOrder.PER_BLOCK, 2 * at) * SHA256_BYTES);
            blocks.set(blocks.size() - 1, last);
        }
        System.arraycopy(digest, 0, last, at * SHA256_BYTES, SHA256_BYTES);
        count++;
    }

    /** The id of a patch that follows {@code prev} (null for the first) and holds the change lines written so far. */
    Node id(Node prev) {
        MessageDigest id = sha256();
        id.update((prev == null ? "" : PatchJournal.idText(prev)).getBytes(StandardCharsets.US_ASCII));
        id.update((byte) '\n');
        new DigestOrder(blocks, count, SHA256_BYTES).forEachInOrder(id::update);
        ByteBuffer hash = ByteBuffer.wrap(id.digest());
        long high = (hash.getLong() & ~0xF000L) | 0x8000L;
        long low = (hash.getLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return Id.fromUUID(new UUID(high, low)).asNode();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
