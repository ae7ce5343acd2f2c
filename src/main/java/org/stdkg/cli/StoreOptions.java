package org.stdkg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;

import org.stdkg.config.StdkgConfig;
import org.stdkg.store.GraphStore;
import org.stdkg.store.StoreConfiguration;

import picocli.CommandLine.Option;

/** Options of the commands that open the database. */
final class StoreOptions {

    @Option(names = "--db", paramLabel = "DIR", description = "Database directory (default: ${DEFAULT-VALUE}).", defaultValue = "data")
    Path database;

    @Option(names = "--config", paramLabel = "FILE",
            description = "Fuseki assembler description (default: the bundled fuseki-config.ttl).")
    Path config;

    @Option(names = "--timeout", paramLabel = "SECONDS", description = "Query timeout in seconds (default: ${DEFAULT-VALUE}).",
            defaultValue = "10")
    long timeoutSeconds;

    StdkgConfig apply(StdkgConfig base) {
        return base.withDatabase(database).withQueryTimeout(Duration.ofSeconds(timeoutSeconds));
    }

    StoreConfiguration storeConfiguration(StdkgConfig config) {
        return this.config == null ? StoreConfiguration.bundled(config.database(), config.queryTimeout())
                : StoreConfiguration.fromFile(this.config, config.database(), config.queryTimeout());
    }

    /**
     * Rebuilds the text index when it disagrees with the data (a process killed between the two
     * commits), saying so in one line on {@code err}.
     */
    static void repairIndex(GraphStore store, PrintWriter err) {
        GraphStore.IndexCheck check = store.repairIndex();
        if (!check.consistent()) {
            err.printf("text index disagreed with the data (%d entries missing, %d stale): rebuilt%n", check.missing(), check.stale());
            err.flush();
        }
    }

    /**
     * Brings the graph {@code kg:merged} in step with the other graphs when the database may have been written without
     * keeping it (an older stdkg, another tool), saying so in one line on {@code err} when it was not.
     */
    static void syncMergedGraph(GraphStore store, PrintWriter err) {
        GraphStore.MergedCheck check = store.syncMergedGraph();
        if (!check.consistent()) {
            err.printf("graph kg:merged was not in step with the others (%d statements missing, %d stale): brought in step%n",
                    check.missing(), check.stale());
            err.flush();
        }
    }

    /**
     * Compacts the database after a run that wrote to it, when it has grown enough to be worth it
     * ({@link GraphStore#compactIfGrown}), saying so on stderr.
     */
    static void compactIfGrown(GraphStore store, PrintWriter err) {
        GraphStore.Compaction compaction = store.compactIfGrown();
        if (compaction.compacted()) {
            err.println(compaction.line());
            err.flush();
        }
    }
}
