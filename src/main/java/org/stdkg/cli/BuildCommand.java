package org.stdkg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.stdkg.build.GraphBuilder;
import org.stdkg.config.StdkgConfig;
import org.stdkg.extract.CorpusExtractor;
import org.stdkg.store.GraphStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code stdkg build [--db DIR] [FILE_OR_DIR…]}: extract and load into TDB2 and its text index. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Extracts the texts (default: seeds/) and loads them into the database, one named graph per document; "
                + "re-ingesting a document replaces its graph.")
final class BuildCommand implements Callable<Integer> {

    @Parameters(arity = "0..*", paramLabel = "FILE_OR_DIR", description = "Text or HTML files, or directories (default: seeds).")
    List<Path> inputs;

    @Option(names = {"-v", "--verbose"}, description = "Print a line for each document graph committed to the store.")
    boolean verbose;

    @Mixin
    CorpusOptions corpus;

    @Mixin
    StoreOptions store;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        List<Path> in = inputs == null || inputs.isEmpty() ? List.of(Path.of("seeds")) : inputs;
        StdkgConfig config = store.apply(corpus.config());
        GraphBuilder.Summary summary;
        try (GraphStore graphStore = GraphStore.open(store.storeConfiguration(config));
                Progress progress = Progress.start("build", CorpusExtractor.files(in, p -> { }).size())) {
            PrintWriter err = spec.commandLine().getErr();
            StoreOptions.repairIndex(graphStore, err);
            summary = new GraphBuilder(corpus.corpusExtractor(config), config.iris()).build(graphStore, in, new GraphBuilder.Listener() {
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
            });
        }
        spec.commandLine().getErr().println(summary.line());
        spec.commandLine().getErr().flush();
        if (summary.documents() == 0) {
            throw new UserException("no document could be extracted from " + in);
        }
        return Stdkg.OK;
    }
}
