package org.stdkg.store;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.apache.jena.graph.Node;
import org.apache.jena.query.text.DatasetGraphText;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.changes.TextDatasetChanges;
import org.apache.jena.query.text.TextDocProducerTriples;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.query.text.changes.TextQuadAction;

/**
 * The text-index side of a load: the documents jena-text would add for the quads written to
 * TDB2, added to Lucene on a thread of its own, so that analysing and indexing the text overlaps
 * the writes to TDB2 instead of following each one. Used inside one write transaction of the
 * text dataset: {@link #await} before it commits, {@link #close} before it aborts, so that no
 * document is still being added when Lucene commits or rolls back.
 *
 * <p>It does what jena-text's default document producer ({@link TextDocProducerTriples}) does
 * for an added quad: one Lucene document per quad whose predicate the entity map indexes. With
 * another producer configured, the quads go to that producer, on the caller's thread.
 */
final class TextIndexer implements AutoCloseable {

    /** Documents handed over at a time: fewer hand-overs, and a batch is small beside a transaction. */
    private static final int BATCH = 512;

    private final TextIndex index;
    private final EntityDefinition definition;
    private final TextDatasetChanges producer;
    private final ExecutorService thread;
    private List<Entity> batch = new ArrayList<>(BATCH);
    private CompletableFuture<Void> pending = CompletableFuture.completedFuture(null);

    private TextIndexer(TextIndex index, EntityDefinition definition, TextDatasetChanges producer) {
        this.index = index;
        this.definition = definition;
        this.producer = producer;
        this.thread = producer != null ? null : Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "stdkg-text-index");
            t.setDaemon(true);
            return t;
        });
    }

    static TextIndexer of(DatasetGraphText text) {
        TextIndex index = text.getTextIndex();
        TextDatasetChanges monitor = text.getMonitor();
        EntityDefinition definition = index.getDocDef();
        boolean standard = monitor != null && monitor.getClass() == TextDocProducerTriples.class && definition != null;
        return new TextIndexer(index, definition, standard ? null : monitor);
    }

    /** Whether a quad with this predicate may get a document (false means certainly not). */
    boolean indexes(Node predicate) {
        return producer != null || definition.getField(predicate) != null;
    }

    /** The document of an added quad, if it has one. */
    void add(Node g, Node s, Node p, Node o) {
        if (producer != null) {
            producer.change(TextQuadAction.ADD, g, s, p, o);
            return;
        }
        Entity entity = TextQueryFuncs.entityFromQuad(definition, g, s, p, o);
        if (entity == null) {
            return;
        }
        batch.add(entity);
        if (batch.size() >= BATCH) {
            handOver();
        }
    }

    private void handOver() {
        if (batch.isEmpty()) {
            return;
        }
        List<Entity> documents = batch;
        batch = new ArrayList<>(BATCH);
        // A failed batch fails every later one too: await() reports the first failure.
        pending = pending.thenRunAsync(() -> documents.forEach(index::addEntity), thread);
    }

    /** Waits until every document handed over is in Lucene's writer. */
    void await() {
        handOver();
        try {
            pending.join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new StoreException("cannot update the text index (" + cause.getMessage() + ")", cause);
        }
    }

    /** Waits for the documents being added (whether or not they can be) and stops the thread. */
    @Override
    public void close() {
        if (thread == null) {
            return;
        }
        batch.clear();
        try {
            pending.exceptionally(e -> null).join();
        } finally {
            thread.shutdown();
        }
    }
}
