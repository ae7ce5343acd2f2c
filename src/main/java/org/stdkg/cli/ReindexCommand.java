package org.stdkg.cli;

import java.util.concurrent.Callable;

import org.stdkg.config.StdkgConfig;
import org.stdkg.store.GraphStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code stdkg reindex}: rebuild the text index from the data. */
@Command(name = "reindex", mixinStandardHelpOptions = true, description = "Rebuilds the text index from the data, and brings the graph kg:merged in step with the other graphs.")
final class ReindexCommand implements Callable<Integer> {

    @Mixin
    StoreOptions store;

    @Override
    public Integer call() {
        StdkgConfig config = store.apply(StdkgConfig.defaults());
        try (GraphStore graphStore = GraphStore.open(store.storeConfiguration(config))) {
            long n = graphStore.reindex();
            System.out.printf("text index rebuilt: %d entries%n", n);
            GraphStore.MergedCheck merged = graphStore.resyncMergedGraph();
            System.out.printf("graph kg:merged brought in step: %d statements added, %d removed%n", merged.missing(), merged.stale());
            System.out.flush();
            return Stdkg.OK;
        }
    }
}
