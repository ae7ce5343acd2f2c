package org.stdkg.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.stdkg.config.StdkgConfig;
import org.stdkg.store.GraphStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code stdkg load FILE…}: load extracted RDF (from {@code stdkg extract}) into the store and its text index. */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = "Loads N-Quads or TriG files (as `stdkg extract` writes them) into the database, whole graphs committed "
                + "together (about 1,000,000 quads per transaction, a graph never split); each graph replaces the graph of the "
                + "same name, and the text index follows.")
final class LoadCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "N-Quads (.nq) or TriG (.trig) files.")
    List<Path> files;

    @Mixin
    StoreOptions store;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        StdkgConfig config = store.apply(StdkgConfig.defaults());
        long start = System.nanoTime();
        long graphs = 0;
        long triples = 0;
        try (GraphStore graphStore = GraphStore.open(store.storeConfiguration(config))) {
            StoreOptions.syncMergedGraph(graphStore, spec.commandLine().getErr());
            StoreOptions.repairIndex(graphStore, spec.commandLine().getErr());
            for (Path file : files) {
                if (!Files.isRegularFile(file)) {
                    throw new UserException(file + ": no such file", Stdkg.USAGE);
                }
                long[] counts = graphStore.load(file);
                graphs += counts[0];
                triples += counts[1];
            }
            StoreOptions.compactIfGrown(graphStore, spec.commandLine().getErr());
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.err.printf("loaded %d graphs, %d triples in %.1f s (%.0f triples/s)%n", graphs, triples, seconds, triples / seconds);
        return Stdkg.OK;
    }
}
