package org.stdkg.store;

import java.nio.ByteBuffer;

import org.apache.jena.dboe.transaction.txn.ComponentId;
import org.apache.jena.dboe.transaction.txn.TransactionCoordinator;
import org.apache.jena.dboe.transaction.txn.TransactionalComponent;
import org.apache.jena.dboe.transaction.txn.TransactionalComponentExternal;
import org.apache.jena.dboe.transaction.txn.TxnId;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextIndexDB;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * The text index's part in TDB2's transactions, in place of jena-text's own {@link TextIndexDB},
 * which rolls the shared Lucene writer back whenever any transaction aborts, a reader's included.
 * A read transaction ends in abort whenever a query fails or is cut at its timeout; if a write
 * transaction is open at that moment, its index changes so far are thrown away (its triples are
 * committed, their index entries never are) and the writer may meet a null {@code IndexWriter}
 * while it is being reopened ({@code GraphStoreIT}, {@code bench/load.sh}). This component does
 * what {@link TextIndexDB} does (prepare and commit the index with the data) but rolls back only
 * for a write transaction: a reader never changes the index, so it has nothing to undo.
 */
final class TextIndexComponent extends TransactionalComponentExternal<ReadWrite> {

    private final TextIndex index;
    /** Write transactions begun and not yet committed or aborted: above 0, the data and the index may disagree. */
    private final java.util.concurrent.atomic.AtomicInteger unfinishedWrites = new java.util.concurrent.atomic.AtomicInteger();

    private TextIndexComponent(ComponentId id, TextIndex index) {
        super(id);
        this.index = index;
    }

    /**
     * Puts this component in place of the {@link TextIndexDB} that jena-text registered with the
     * TDB2 database under a text dataset. Idempotent; does nothing for a dataset that is not TDB2.
     */
    static TextIndexComponent install(DatasetGraph tdb, TextIndex index) {
        if (!TDBInternal.isTDB2(tdb)) {
            return null;
        }
        TransactionCoordinator coordinator = TDBInternal.getTransactionCoordinator(tdb);
        TextIndexComponent[] installed = new TextIndexComponent[1];
        coordinator.modifyConfig(() -> {
            for (TransactionalComponent c : coordinator.listExternals()) {
                if (c instanceof TextIndexDB) {
                    coordinator.removeExternal(c);
                    installed[0] = new TextIndexComponent(c.getComponentId(), index);
                    coordinator.addExternal(installed[0]);
                } else if (c instanceof TextIndexComponent already) {
                    installed[0] = already;
                }
            }
        });
        return installed[0];
    }

    /**
     * Whether every write transaction begun through this component has been committed or aborted: if not, one failed
     * midway and the index may disagree with the data.
     */
    boolean writesFinished() {
        return unfinishedWrites.get() == 0;
    }

    @Override
    protected ReadWrite _begin(ReadWrite readWrite, TxnId txnId) {
        if (readWrite == ReadWrite.WRITE) {
            unfinishedWrites.incrementAndGet();
        }
        return readWrite;
    }

    @Override
    protected ReadWrite _promote(TxnId txnId, ReadWrite oldState) {
        if (oldState != ReadWrite.WRITE) {
            unfinishedWrites.incrementAndGet();
        }
        return ReadWrite.WRITE;
    }

    @Override
    protected ByteBuffer _commitPrepare(TxnId txnId, ReadWrite state) {
        // Called for write transactions only (TDB2 prepares nothing for a reader).
        index.prepareCommit();
        return null;
    }

    @Override
    protected void _commit(TxnId txnId, ReadWrite state) {
        index.commit();
        if (state == ReadWrite.WRITE) {
            unfinishedWrites.decrementAndGet();
        }
    }

    @Override
    protected void _abort(TxnId txnId, ReadWrite state) {
        if (state == ReadWrite.WRITE) {
            index.rollback();
            unfinishedWrites.decrementAndGet();
        }
    }
}
