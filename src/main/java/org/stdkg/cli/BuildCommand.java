package org.stdkg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.stdkg.build.GraphBuilder;
import org.stdkg.config.StdkgConfig;
import org.stdkg.extract.CorpusExtractor;
import org.stdkg.store.GraphSink;
import org.stdkg.store.GraphStore;
import org.stdkg.store.RemoteStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code stdkg build [--db DIR | --target URL] [FILE_OR_DIR…]}: extract and load into TDB2 and its text index, or a remote store. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Extracts the texts (default: seeds/) and loads them into the database, one named graph per document; "
                + "re-ingesting a document replaces its graph. With --target, the graphs (and the ontology) go to a remote "
                + "SPARQL Graph Store Protocol endpoint instead.")
final class BuildCommand implements Callable<Integer> {

    @Parameters(arity = "0..*", paramLabel = "FILE_OR_DIR", description = "Text or HTML files, or directories (default: seeds).")
    List<Path> inputs;

    @Option(names = {"-v", "--verbose"}, description = "Print a line for each document graph committed to the store.")
    boolean verbose;

    @Mixin
    CorpusOptions corpus;

    @Mixin
    StoreOptions store;

    @Mixin
    TargetOptions target;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        List<Path> in = inputs == null || inputs.isEmpty() ? List.of(Path.of("seeds")) : inputs;
        StdkgConfig config = store.apply(corpus.config());
        GraphBuilder.Summary summary;
        if (target.given()) {
            if (spec.commandLine().getParseResult().hasMatchedOption("--db")) {
                throw new UserException("--db and --target exclude each other: the graphs go to one store", Stdkg.USAGE);
            }
            RemoteStore remote = target.remoteStore();
            summary = build(remote, in, config);
            report(summary);
            if (summary.notStored() > 0) {
                throw new UserException(summary.notStored() + " of " + summary.documents() + " document graphs not stored at "
                        + remote.url() + " (see the warnings above)");
            }
        } else {
            try (GraphStore graphStore = GraphStore.open(store.storeConfiguration(config))) {
                StoreOptions.syncMergedGraph(graphStore, spec.commandLine().getErr());
                StoreOptions.repairIndex(graphStore, spec.commandLine().getErr());
                summary = build(graphStore, in, config);
                StoreOptions.compactIfGrown(graphStore, spec.commandLine().getErr());
            }
            report(summary);
        }
        if (summary.documents() == 0) {
            throw new UserException("no document could be extracted from " + in);
        }
        return Stdkg.OK;
    }

    private GraphBuilder.Summary build(GraphSink sink, List<Path> in, StdkgConfig config) {
        PrintWriter err = spec.commandLine().getErr();
        try (Progress progress = Progress.start("build", CorpusExtractor.files(in, p -> { }).size())) {
            return new GraphBuilder(corpus.corpusExtractor(config), config.iris()).build(sink, in, listener(err, progress, verbose));
        }
    }

    /** Warnings on stderr, progress steps, and with {@code verbose} a line per graph stored. */
    static GraphBuilder.Listener listener(PrintWriter err, Progress progress, boolean verbose) {
        return new GraphBuilder.Listener() {
            @Override
            public void problem(String line) {
                CorpusOptions.warnings(err).accept(line);
            }

            @Override
            public void extracted() {
                progress.step();
            }

            @Override
            public void loaded(String graph, long triples) {
                if (verbose) {
                    err.println("loaded " + graph + " (" + triples + " triples)");
                    err.flush();
                }
            }
        };
    }

    private void report(GraphBuilder.Summary summary) {
        spec.commandLine().getErr().println(summary.line());
        spec.commandLine().getErr().flush();
    }
}
