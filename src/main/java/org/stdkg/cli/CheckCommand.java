package org.stdkg.cli;

import java.util.concurrent.Callable;

import org.stdkg.config.StdkgConfig;
import org.stdkg.store.GraphStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code stdkg check}: do the text index and {@code kg:merged} agree with the data? */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Reports whether the text index and the graph kg:merged agree with the data; exit code 1 when either does not (run `stdkg reindex`).")
final class CheckCommand implements Callable<Integer> {

    @Mixin
    StoreOptions store;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        StdkgConfig config = store.apply(StdkgConfig.defaults());
        try (GraphStore graphStore = GraphStore.open(store.storeConfiguration(config))) {
            GraphStore.IndexCheck check = graphStore.check();
            System.out.printf("text index %s: %d entries expected from the data, %d indexed, %d missing, %d stale%n",
                    check.consistent() ? "consistent" : "INCONSISTENT", check.expected(), check.indexed(), check.missing(),
                    check.stale());
            GraphStore.MergedCheck merged = graphStore.checkMergedGraph();
            System.out.printf("graph kg:merged %s: %d statements missing, %d stale%n", merged.consistent() ? "in step" : "NOT IN STEP",
                    merged.missing(), merged.stale());
            System.out.flush();
            return check.consistent() && merged.consistent() ? Stdkg.OK : Stdkg.FAILED;
        }
    }
}
