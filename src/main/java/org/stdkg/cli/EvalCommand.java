package org.stdkg.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code stdkg eval --gold GOLD.tsv FILE_OR_DIR…}: extract and score against a gold file. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Extracts the texts and scores the result against gold facts (CONTRACT section 4).")
final class EvalCommand implements Callable<Integer> {

    @Option(names = "--gold", required = true, arity = "1..*", paramLabel = "GOLD.tsv", description = "Gold file(s).")
    List<Path> gold;

    @Option(names = {"-v", "--verbose"}, description = "List misses and extras.")
    boolean verbose;

    @Parameters(arity = "1..*", paramLabel = "FILE_OR_DIR")
    List<Path> inputs;

    @Mixin
    CorpusOptions corpus;

    @Override
    public Integer call() {
        throw new UserException("eval is not wired yet");
    }
}
