package org.stdkg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;

import org.stdkg.build.BackgroundBuild;
import org.stdkg.build.GraphBuilder;
import org.stdkg.config.StdkgConfig;
import org.stdkg.server.StdkgServer;
import org.stdkg.store.GraphStore;
import org.stdkg.store.StoreConfiguration;
import org.stdkg.store.StoreException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code stdkg serve}: serve the graph; builds it from {@code seeds/} first when the database is empty.
 * SIGTERM or Ctrl-C stops it gracefully: the requests in flight finish (up to the shutdown timeout),
 * the database is closed, and the process exits with 0.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serves the knowledge graph over HTTP (SPARQL at /sparql, the Fuseki UI at /); builds it from seeds/ "
                + "first when the database is empty. Read-only unless --allow-update. SIGTERM or Ctrl-C stops it gracefully.")
final class ServeCommand implements Callable<Integer> {

    /** How long after the start a read-only server checks its text index against the data. */
    static final Duration INDEX_CHECK_DELAY = Duration.ofSeconds(3);

    @Option(names = "--port", description = "HTTP port (default: ${DEFAULT-VALUE}; 0 for a free one).", defaultValue = "3030")
    int port;

    @Option(names = "--allow-update", description = "Enable SPARQL update and upload; binds to localhost only.")
    boolean allowUpdate;

    @Option(names = "--ingest", paramLabel = "FILE_OR_DIR",
            description = "Once serving, builds these files or directories into the served database in the background, one batch "
                    + "per option, one transaction per document: readers see a document's old or new graph, never half of one. "
                    + "The way to add documents to a served database (no second process can open it). Extracts with half the "
                    + "cores unless --threads is given.")
    List<Path> ingest;

    @Option(names = "--seeds", paramLabel = "DIR", description = "What to build from when the database is empty (default: ${DEFAULT-VALUE}).",
            defaultValue = "seeds")
    Path seeds;

    /**
     * The training run of the class-data-sharing archive (README, "Faster startup"): start, send one
     * request of each kind to this server, stop. Hidden: a packaging step, not a user feature.
     */
    @Option(names = "--exit-after-warm-up", hidden = true)
    boolean exitAfterWarmUp;

    @Option(names = "--max-body-size", paramLabel = "SIZE", converter = ByteSize.class, defaultValue = "1M",
            description = "Larger request bodies are refused with 413, longer query strings with 414: bytes, or a number with "
                    + "K, M or G (default: ${DEFAULT-VALUE}).")
    long maxBodyBytes;

    @Option(names = "--max-rows", paramLabel = "N", defaultValue = "10000",
            description = "Most rows of a canned query's answer at /queries (default: ${DEFAULT-VALUE}).")
    int maxRows;

    @Option(names = "--max-concurrent", paramLabel = "N",
            description = "Requests worked on at once; the others wait their turn, up to 60 s (default: 4 per core).")
    Integer maxConcurrent;

    @Option(names = "--shutdown-timeout", paramLabel = "SECONDS", defaultValue = "30",
            description = "On SIGTERM, how long the requests in flight may take to finish (default: ${DEFAULT-VALUE}).")
    long shutdownSeconds;

    @Mixin
    StoreOptions store;

    @Mixin
    CorpusOptions corpus;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        StdkgConfig config = config();
        PrintWriter err = spec.commandLine().getErr();
        StoreConfiguration storeConfiguration = store.storeConfiguration(config);
        StdkgServer server;
        try {
            StdkgServer.Builder builder = StdkgServer.create().configuration(storeConfiguration).settings(config).allowUpdate(allowUpdate);
            if (maxConcurrent != null) {
                if (maxConcurrent < 1) {
                    throw new UserException("--max-concurrent must be at least 1, not " + maxConcurrent, Stdkg.USAGE);
                }
                builder.maxConcurrentRequests(maxConcurrent);
            }
            server = builder.build();
        } catch (StoreException | UserException e) {
            throw e;
        } catch (RuntimeException e) {
            // Fuseki assembles the dataset while the server is built: a locked or unreadable database fails here.
            throw new StoreException(config.database() + ": cannot open database (" + StoreException.rootMessage(e) + ")", e);
        }
        GraphStore graphStore = GraphStore.wrap(server.dataset(), storeConfiguration);
        // The index check reads every indexed literal and every index entry: a second or more of
        // startup on a 1 MB corpus, minutes on a large one. A read-only server with nothing to ingest
        // answers first and checks meanwhile (a repair swaps the rebuilt index in at its commit);
        // one that writes checks first, so that no write meets a rebuild.
        // Before the first answer: the canned queries read kg:merged, which a database from an older stdkg lacks.
        StoreOptions.syncMergedGraph(graphStore, err);
        if (allowUpdate) {
            graphStore.expectOutsideWrites();
        }
        boolean checkInBackground = !allowUpdate && (ingest == null || ingest.isEmpty()) && !exitAfterWarmUp;
        if (!checkInBackground) {
            StoreOptions.repairIndex(graphStore, err);
        }
        if (!graphStore.hasGraph(config.iris().base() + "graph/document/")) {
            err.println("database " + config.database() + " is empty: building from " + seeds);
            GraphBuilder.Summary summary = new GraphBuilder(corpus.corpusExtractor(config), config.iris())
                    .build(graphStore, List.of(seeds), GraphBuilder.problems(CorpusOptions.warnings(err)));
            err.println(summary.line());
        }
        Runnable stop = () -> {
            synchronized (err) {
                err.println("stdkg: stopping; waiting up to " + config.shutdownTimeout().toSeconds() + " s for requests in flight");
                err.flush();
            }
            try {
                server.stop();
            } catch (RuntimeException e) {
                // Reported once, by the main thread, when join() returns and it stops again.
            }
        };
        // A signal stops the server from the signal's thread, and join() below returns; the hook is
        // for the other ways the JVM can end (and waits for a stop already under way).
        StopSignals.install(stop);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                server.stop();
            } catch (RuntimeException e) {
                err.println("stdkg serve: stopping failed: " + e.getMessage());
                err.flush();
            }
        }, "stdkg-shutdown"));
        server.start();
        if (checkInBackground) {
            Thread check = new Thread(() -> {
                try {
                    // After the first requests: started at once, it took the cores from them.
                    Thread.sleep(INDEX_CHECK_DELAY.toMillis());
                    StoreOptions.repairIndex(graphStore, err);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (RuntimeException e) {
                    synchronized (err) {
                        err.println("stdkg serve: checking the text index failed: " + e.getMessage());
                        err.flush();
                    }
                }
            }, "stdkg-index-check");
            check.setDaemon(true);
            check.start();
        }
        err.printf("stdkg serving http://localhost:%d/ (SPARQL at /sparql, canned queries at /queries, search at /search)%n", server.port());
        err.flush();
        if (exitAfterWarmUp) {
            List<String> lines = org.stdkg.server.WarmUp.run(server.port());
            lines.forEach(err::println);
            server.stop();
            err.flush();
            return lines.stream().allMatch(l -> l.startsWith("200 ")) ? Stdkg.OK : Stdkg.FAILED;
        }
        if (ingest != null && !ingest.isEmpty()) {
            // Ingesting shares the machine with serving: half the cores unless --threads says otherwise, so that
            // requests keep a core (with every core extracting, slow queries hit their timeout: docs/reliability.md).
            StdkgConfig ingestConfig = corpus.threads != null ? config
                    : config.withThreads(Math.max(1, Runtime.getRuntime().availableProcessors() / 2));
            BackgroundBuild.start(new GraphBuilder(corpus.corpusExtractor(ingestConfig), config.iris()), graphStore, ingest, line -> {
                synchronized (err) {
                    err.println(line);
                    err.flush();
                }
            });
        }
        server.join();
        server.stop();
        err.println("stdkg: stopped; database " + config.database() + " closed");
        err.flush();
        return Stdkg.OK;
    }

    private StdkgConfig config() {
        if (maxRows < 1) {
            throw new UserException("--max-rows must be at least 1, not " + maxRows, Stdkg.USAGE);
        }
        if (shutdownSeconds < 0) {
            throw new UserException("--shutdown-timeout must not be negative, not " + shutdownSeconds, Stdkg.USAGE);
        }
        return store.apply(corpus.config()).withPort(port).withMaxBodyBytes(maxBodyBytes).withMaxRows(maxRows)
                .withShutdownTimeout(Duration.ofSeconds(shutdownSeconds));
    }
}
