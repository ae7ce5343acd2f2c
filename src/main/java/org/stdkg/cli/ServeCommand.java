package org.stdkg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
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

/** {@code stdkg serve}: serve the graph; builds it from {@code seeds/} first when the database is empty. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serves the knowledge graph over HTTP (SPARQL at /sparql, the Fuseki UI at /); builds it from seeds/ "
                + "first when the database is empty. Read-only unless --allow-update.")
final class ServeCommand implements Callable<Integer> {

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

    @Mixin
    StoreOptions store;

    @Mixin
    CorpusOptions corpus;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        StdkgConfig config = store.apply(corpus.config()).withPort(port);
        StoreConfiguration storeConfiguration = store.storeConfiguration(config);
        StdkgServer server;
        try {
            server = StdkgServer.create().configuration(storeConfiguration).port(config.port()).allowUpdate(allowUpdate)
                    .baseUri(config.baseUri()).build();
        } catch (StoreException e) {
            throw e;
        } catch (RuntimeException e) {
            // Fuseki assembles the dataset while the server is built: a locked or unreadable database fails here.
            throw new StoreException(config.database() + ": cannot open database (" + StoreException.rootMessage(e) + ")", e);
        }
        GraphStore graphStore = GraphStore.wrap(server.dataset(), storeConfiguration);
        StoreOptions.repairIndex(graphStore, spec.commandLine().getErr());
        if (graphStore.graphs(config.iris().base() + "graph/document/").isEmpty()) {
            spec.commandLine().getErr().println("database " + config.database() + " is empty: building from " + seeds);
            GraphBuilder.Summary summary = new GraphBuilder(corpus.corpusExtractor(config), config.iris())
                    .build(graphStore, List.of(seeds), GraphBuilder.problems(CorpusOptions.warnings(spec.commandLine().getErr())));
            spec.commandLine().getErr().println(summary.line());
        }
        server.start();
        spec.commandLine().getErr().printf("stdkg serving http://localhost:%d/ (SPARQL at /sparql, canned queries at /queries, search at /search)%n", server.port());
        spec.commandLine().getErr().flush();
        if (ingest != null && !ingest.isEmpty()) {
            PrintWriter err = spec.commandLine().getErr();
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
        return Stdkg.OK;
    }
}
