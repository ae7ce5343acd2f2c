package org.stdkg.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.stdkg.build.GraphBuilder;
import org.stdkg.config.StdkgConfig;
import org.stdkg.server.StdkgServer;
import org.stdkg.store.GraphStore;
import org.stdkg.store.StoreConfiguration;

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

    @Option(names = "--seeds", paramLabel = "DIR", description = "What to build from when the database is empty (default: ${DEFAULT-VALUE}).",
            defaultValue = "seeds")
    Path seeds;

    /**
     * The training run of the class-data-sharing archive (README, "Faster startup"): start, send one
     * request of each kind to this server, stop. Hidden: a packaging step, not a user feature.
     */
    @Option(names = "--exit-after-warm-up", hidden = true)
    boolean exitAfterWarmUp;

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
        StdkgServer server = StdkgServer.create().configuration(storeConfiguration).port(config.port()).allowUpdate(allowUpdate)
                .baseUri(config.baseUri()).build();
        GraphStore graphStore = GraphStore.wrap(server.dataset(), storeConfiguration);
        if (!graphStore.hasGraph(config.iris().base() + "graph/document/")) {
            spec.commandLine().getErr().println("database " + config.database() + " is empty: building from " + seeds);
            GraphBuilder.Summary summary = new GraphBuilder(corpus.corpusExtractor(config), config.iris())
                    .build(graphStore, List.of(seeds), GraphBuilder.problems(CorpusOptions.warnings(spec.commandLine().getErr())));
            spec.commandLine().getErr().println(summary.line());
        }
        server.start();
        spec.commandLine().getErr().printf("stdkg serving http://localhost:%d/ (SPARQL at /sparql, canned queries at /queries, search at /search)%n", server.port());
        spec.commandLine().getErr().flush();
        if (exitAfterWarmUp) {
            java.util.List<String> lines = org.stdkg.server.WarmUp.run(server.port());
            lines.forEach(spec.commandLine().getErr()::println);
            server.stop();
            return lines.stream().allMatch(l -> l.startsWith("200 ")) ? Stdkg.OK : Stdkg.FAILED;
        }
        server.join();
        return Stdkg.OK;
    }
}
