package org.stdkg.build;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import org.stdkg.store.GraphStore;

/**
 * Builds batches of documents into a store while it is being served, on a thread of its own, one
 * batch after another ({@code stdkg serve --ingest}). TDB2 lets one process open a database, so a
 * served database can only grow through the server's own process; each document graph is
 * replaced in one write transaction ({@link GraphStore#replaceGraph}), so a reader sees a
 * document's old graph or its new one, never half of one, and requests go on being answered.
 */
public final class BackgroundBuild {

    private BackgroundBuild() {
    }

    /**
     * Starts building each input (file or directory) as a batch of its own, in order.
     *
     * @param messages told one line per problem ({@code warning: …}), per finished batch
     *        ({@code ingested INPUT: built …}) and per failed batch ({@code ingest of INPUT failed: …})
     * @return the (daemon) thread doing it, already started
     */
    public static Thread start(GraphBuilder builder, GraphStore store, List<Path> inputs, Consumer<String> messages) {
        List<Path> batches = List.copyOf(inputs);
        Thread thread = new Thread(() -> {
            for (Path batch : batches) {
                try {
                    GraphBuilder.Summary summary = builder.build(store, List.of(batch),
                            GraphBuilder.problems(p -> messages.accept("warning: " + p)));
                    messages.accept("ingested " + batch + ": " + summary.line());
                } catch (RuntimeException e) {
                    // One failed batch (a full disk, say) is reported; the server goes on serving what it has.
                    messages.accept("ingest of " + batch + " failed: "
                            + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("")));
                }
            }
        }, "stdkg-ingest");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }
}
