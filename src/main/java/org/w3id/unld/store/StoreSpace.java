package org.w3id.unld.store;

import org.apache.jena.dboe.base.buffer.PtrBuffer;
import org.apache.jena.dboe.index.Index;
import org.apache.jena.dboe.trans.bplustree.BPTreeNode;
import org.apache.jena.dboe.trans.bplustree.BPTreeNodeMgr;
import org.apache.jena.dboe.trans.bplustree.BPlusTree;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.StoragePrefixesTDB;
import org.apache.jena.tdb2.store.nodetable.NodeTableTRDF;
import org.apache.jena.tdb2.store.nodetupletable.NodeTupleTable;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.store.tupletable.TupleIndexRecord;
import org.apache.jena.tdb2.sys.TDBInternal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * How much of a TDB2 store's current generation ({@code tdb2/Data-NNNN}) holds the data, and how much is superseded.
 *
 * <p>TDB2 writes copy on write: the first time a transaction changes a block of a B+tree (the quad and triple indexes,
 * the node table's index, the prefix table), it writes a copy at the end of the index's file and leaves the old block
 * where it was, for readers that began before. Nothing reuses the old blocks; only a compaction, which copies the
 * live data into a new generation, gives the space back. So a B+tree's superseded blocks are the blocks it has
 * allocated (its state's high-water marks, in its {@code .bpt} file) less the blocks reachable from its current root.
 * The reachable ones are counted by walking the branch nodes only: a branch node at the lowest level names its record
 * blocks, which need not be read; branch nodes are about one block in a hundred, so the walk reads a few megabytes of
 * a store of gigabytes.
 *
 * <p>{@link #bytes()} is what the generation takes on disk: each B+tree file up to its high-water mark (the files are
 * memory-mapped and grown in 8 MB steps, so their length overstates it, and {@code du} counts only the blocks
 * written), and every other file (the node table's data, the prefix table's, the journal) at its length. The node
 * table's data file only grows too (a literal no quad uses any more stays), but which nodes are still used is not
 * known without reading every index; it is counted as live, so {@link #superseded()} is a lower bound of what a
 * compaction frees.
 *
 * @param generation the folder of the current generation
 * @param bytes      the bytes the generation takes (as above)
 * @param superseded of those, the bytes of B+tree blocks no current root reaches
 */
public record StoreSpace(Path generation, long bytes, long superseded) {
    /** Ingest compacts when the superseded blocks are more than this share of the generation. */
    public static final double COMPACT_ABOVE = 0.5;

    /** Whether the superseded blocks are more than half the generation: the rule by which ingest compacts. */
    public boolean worthCompacting() {
        return superseded > bytes * COMPACT_ABOVE;
    }

    /** The superseded share of the generation, 0 to 1. */
    public double supersededShare() {
        return bytes == 0 ? 0 : (double) superseded / bytes;
    }

    /** The TDB2 storage under {@code dataset} (through the text dataset and TDB2's switchable container), or null. */
    static DatasetGraphTDB storage(DatasetGraph dataset) {
        DatasetGraph d = dataset;
        while (TDBInternal.getDatasetGraphTDB(d) == null && d instanceof DatasetGraphWrapper w) {
            d = w.getWrapped();
        }
        return TDBInternal.getDatasetGraphTDB(d);
    }

    /** Measures the current generation of the TDB2 store under {@code dataset}, in a read transaction of its own. */
    public static StoreSpace of(DatasetGraph dataset) {
        DatasetGraphTDB storage = storage(dataset);
        if (storage == null || storage.getLocation().isMem()) {
            throw new IllegalArgumentException("not a TDB2 store on disk: " + dataset.getClass().getSimpleName());
        }
        Path generation = Path.of(storage.getLocation().getDirectoryPath()).toAbsolutePath().normalize();
        int blockSize = storage.getStoreParams().getBlockSize();
        Map<String, Blocks> trees = Txn.calculateRead(storage, () -> {
            Map<String, Blocks> found = new LinkedHashMap<>();
            for (BPlusTree tree : bPlusTrees(storage)) {
                found.put(tree.getComponentId().label(), Blocks.of(tree));
            }
            return found;
        });
        long bytes = 0;
        long superseded = 0;
        try (Stream<Path> files = Files.list(generation)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                String name = file.getFileName().toString();
                int dot = name.lastIndexOf('.');
                Blocks tree = dot < 0 ? null : trees.get(name.substring(0, dot));
                String extension = dot < 0 ? "" : name.substring(dot + 1);
                if (tree != null && extension.equals("idn")) {
                    bytes += tree.nodesAllocated() * blockSize;
                    superseded += (tree.nodesAllocated() - tree.nodesLive()) * blockSize;
                } else if (tree != null && extension.equals("dat")) {
                    bytes += tree.recordsAllocated() * blockSize;
                    superseded += (tree.recordsAllocated() - tree.recordsLive()) * blockSize;
                } else {
                    bytes += Files.size(file);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new StoreSpace(generation, bytes, superseded);
    }

    /** Every B+tree of the storage: the triple and quad indexes, the node table's index, the prefix table's indexes and its node table's. */
    private static List<BPlusTree> bPlusTrees(DatasetGraphTDB storage) {
        NodeTupleTable triples = storage.getTripleTable().getNodeTupleTable();
        NodeTupleTable quads = storage.getQuadTable().getNodeTupleTable();
        NodeTupleTable prefixes = storage.getStoragePrefixes() instanceof StoragePrefixesTDB p ? p.getNodeTupleTable() : null;
        return Stream.of(indexes(triples), indexes(quads), indexes(prefixes),
                        Stream.of(nodeIndex(quads), nodeIndex(triples), nodeIndex(prefixes)))
                .flatMap(s -> s)
                .filter(i -> i instanceof BPlusTree)
                .map(i -> (BPlusTree) i)
                .distinct()
                .toList();
    }

    private static Stream<Index> indexes(NodeTupleTable table) {
        return table == null ? Stream.empty() : Stream.of(table.getTupleTable().getIndexes())
                .filter(i -> i instanceof TupleIndexRecord)
                .map(i -> (Index) ((TupleIndexRecord) i).getRangeIndex());
    }

    /** The index of a node table, under its cache and inline wrappers; null when it is not the usual one. */
    private static Index nodeIndex(NodeTupleTable table) {
        return table != null && table.getNodeTable().baseNodeTable() instanceof NodeTableTRDF trdf ? trdf.getIndex() : null;
    }

    /** A B+tree's blocks: allocated (the committed high-water marks) and reachable from its root, branch nodes and records apart. */
    private record Blocks(long nodesAllocated, long nodesLive, long recordsAllocated, long recordsLive) {
        static Blocks of(BPlusTree tree) {
            BPTreeNodeMgr nodes = tree.getNodeManager();
            long nodesLive = 0;
            long recordsLive = 0;
            Deque<Integer> pending = new ArrayDeque<>();
            pending.push(tree.getRootId());
            while (!pending.isEmpty()) {
                BPTreeNode node = nodes.getRead(pending.pop());
                try {
                    nodesLive++;
                    PtrBuffer pointers = node.getPtrBuffer();
                    // A node holds count keys and count + 1 pointers; at the lowest level they point to record blocks.
                    if (node.isLeaf()) {
                        recordsLive += node.getCount() + 1;
                    } else {
                        for (int i = 0; i <= node.getCount(); i++) {
                            pending.push(pointers.get(i));
                        }
                    }
                } finally {
                    nodes.release(node);
                }
            }
            return new Blocks(tree.getStateManager().getNodeBlocksLimit(), nodesLive,
                    tree.getStateManager().getRecordsBlocksLimit(), recordsLive);
        }
    }
}
