package org.stdkg.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.apache.jena.graph.Graph;
import org.stdkg.config.StdkgConfig;
import org.stdkg.store.GraphNotStoredException;
import org.stdkg.store.GraphStore;
import org.stdkg.store.QuadFiles;
import org.stdkg.store.RemoteStore;
import org.stdkg.store.StoreException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code stdkg push --target URL [--db DIR | FILE…]}: sends graphs to a remote Graph Store Protocol endpoint. */
@Command(name = "push", mixinStandardHelpOptions = true,
        description = "Sends every named graph of the database (--db), or of N-Quads or TriG files (as `stdkg extract`, "
                + "`merge` or `export` write them), to a SPARQL 1.1 Graph Store Protocol endpoint: one PUT per graph, which "
                + "replaces the graph of that name, so pushing again changes nothing.")
final class PushCommand implements Callable<Integer> {

    @Parameters(arity = "0..*", paramLabel = "FILE", description = "N-Quads (.nq) or TriG (.trig) files (default: the database).")
    List<Path> files;

    @Option(names = {"-v", "--verbose"}, description = "Print a line for each graph sent.")
    boolean verbose;

    @Mixin
    StoreOptions store;

    @Mixin
    TargetOptions target;

    @Spec
    CommandSpec spec;

    private long graphs;
    private long triples;
    private int failed;

    @Override
    public Integer call() {
        if (!target.given()) {
            throw new UserException("push needs --target URL: the Graph Store Protocol endpoint to send the graphs to", Stdkg.USAGE);
        }
        boolean fromFiles = files != null && !files.isEmpty();
        if (fromFiles && spec.commandLine().getParseResult().hasMatchedOption("--db")) {
            throw new UserException("--db and FILE exclude each other: push sends the database or files", Stdkg.USAGE);
        }
        RemoteStore remote = target.remoteStore();
        PrintWriter err = spec.commandLine().getErr();
        long start = System.nanoTime();
        int badFiles = 0;
        if (fromFiles) {
            for (Path file : files) {
                if (!Files.isRegularFile(file)) {
                    CorpusOptions.warnings(err).accept(file + ": no such file");
                    badFiles++;
                    continue;
                }
                try {
                    QuadFiles.forEachGraph(file, (graph, content, first) -> send(remote, graph, content, first, err));
                } catch (StoreException e) {
                    // Not RDF, or not in named graphs; an endpoint that is down (StoreUnreachableException) ends the push.
                    CorpusOptions.warnings(err).accept(e.getMessage());
                    badFiles++;
                }
            }
        } else {
            StdkgConfig config = store.apply(StdkgConfig.defaults());
            if (!Files.isDirectory(config.database())) {
                // Opening would create an empty database there, and push nothing.
                throw new UserException(config.database() + ": no database (build one, or give --db DIR or files)");
            }
            try (GraphStore graphStore = GraphStore.open(store.storeConfiguration(config))) {
                graphStore.forEachGraph((graph, content) -> send(remote, graph, content, true, err));
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        err.printf("pushed %d graphs, %d triples to %s in %.1f s%s%n", graphs, triples, remote.url(), seconds,
                failed > 0 ? "; " + failed + " graphs not stored" : "");
        err.flush();
        if (failed > 0 || badFiles > 0) {
            throw new UserException((failed > 0 ? failed + " graphs not stored at " + remote.url() : "")
                    + (failed > 0 && badFiles > 0 ? ", " : "") + (badFiles > 0 ? badFiles + " files not read" : "")
                    + " (see the warnings above)");
        }
        if (graphs == 0) {
            throw new UserException("nothing to push: no named graph in " + (fromFiles ? files : store.database));
        }
        return Stdkg.OK;
    }

    /** One graph: PUT when it is the graph's first part, POST for a later part of the same graph. */
    private void send(RemoteStore remote, String graph, Graph content, boolean first, PrintWriter err) {
        try {
            long n = first ? remote.replaceGraph(graph, content) : remote.addToGraph(graph, content);
            graphs += first ? 1 : 0;
            triples += n;
            if (verbose) {
                err.println((first ? "sent " : "added to ") + graph + " (" + n + " triples)");
                err.flush();
            }
        } catch (GraphNotStoredException e) {
            failed++;
            CorpusOptions.warnings(err).accept(e.getMessage());
        }
    }
}
