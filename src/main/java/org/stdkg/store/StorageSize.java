package org.stdkg.store;

import org.apache.jena.dboe.index.RangeIndex;
import org.apache.jena.dboe.trans.bplustree.BPTStateMgr;
import org.apache.jena.dboe.trans.bplustree.BPlusTree;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.nodetable.NodeTableTRDF;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.store.tupletable.TupleIndexRecord;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * How many bytes of disk the current generation of a TDB2 database has written: its B+tree
 * blocks, live or left behind by copy-on-write, and its node data.
 *
 * <p>Not the length of the files: TDB2 maps its index files into memory and grows them 8 MB at a
 * time, so on a small database the file lengths are mostly space never written (a 1 MB corpus:
 * 278 MB of file length, 111 MB on disk). Each B+tree keeps in its state the number of node and
 * record blocks it has allocated; those times the block size are what it has written. A B+tree
 * never reuses a block: a write transaction copies each block it changes and the old copy stays
 * until compaction, which is what this measures the growth of.
 */
final class StorageSize {

    private StorageSize() {
    }

    /** Bytes written by the database's B+trees and node data; 0 for a dataset that is not TDB2. */
    static long of(DatasetGraph tdb) {
        if (!TDBInternal.isTDB2(tdb)) {
            return 0;
        }
        DatasetGraphTDB storage = TDBInternal.getDatasetGraphTDB(tdb);
        long blockSize = storage.getStoreParams().getBlockSize();
        long blocks = 0;
        for (TupleIndex index : storage.getQuadTable().getNodeTupleTable().getTupleTable().getIndexes()) {
            blocks += blocks(index);
        }
        for (TupleIndex index : storage.getTripleTable().getNodeTupleTable().getTupleTable().getIndexes()) {
            blocks += blocks(index);
        }
        long bytes = blocks * blockSize;
        NodeTable nodes = storage.getQuadTable().getNodeTupleTable().getNodeTable().baseNodeTable();
        if (nodes instanceof NodeTableTRDF trdf) {
            if (trdf.getIndex() instanceof BPlusTree tree) {
                bytes += blocks(tree) * blockSize;
            }
            bytes += trdf.getData().length();
        }
        return bytes;
    }

    private static long blocks(TupleIndex index) {
        if (index instanceof TupleIndexRecord record && record.getRangeIndex() instanceof BPlusTree tree) {
            return blocks(tree);
        }
        return 0;
    }

    private static long blocks(RangeIndex index) {
        BPTStateMgr state = ((BPlusTree) index).getStateManager();
        return state.getNodeBlocksLimit() + state.getRecordsBlocksLimit();
    }
}
