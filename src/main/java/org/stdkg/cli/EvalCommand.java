package org.stdkg.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.stdkg.eval.Evaluation;
import org.stdkg.eval.GoldFile;
import org.stdkg.eval.GoldFormatException;
import org.stdkg.eval.GoldParser;
import org.stdkg.eval.Score;
import org.stdkg.eval.ScoreReport;
import org.stdkg.extract.CorpusExtractor;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code stdkg eval --gold GOLD.tsv FILE_OR_DIR…}: extract and score against gold facts. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Extracts the texts and scores the RDF against gold facts (CONTRACT section 4): a table per line kind "
                + "and a last summary line.")
final class EvalCommand implements Callable<Integer> {

    @Option(names = "--gold", required = true, arity = "1", paramLabel = "GOLD.tsv",
            description = "A gold file, or a directory of *.tsv files; repeat for more.")
    List<Path> gold;

    @Option(names = {"-v", "--verbose"}, description = "List misses and extras.")
    boolean verbose;

    @Parameters(arity = "1..*", paramLabel = "FILE_OR_DIR", description = "Text or HTML files, or directories of them.")
    List<Path> inputs;

    @Mixin
    CorpusOptions corpus;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        List<GoldFile> goldFiles;
        try {
            goldFiles = GoldParser.parseAll(gold);
        } catch (GoldFormatException e) {
            throw new UserException(e.getMessage(), Stdkg.USAGE);
        } catch (IOException e) {
            throw new UserException("cannot read gold file: " + e.getMessage(), Stdkg.USAGE);
        }
        CorpusExtractor.Result result = corpus.extract(inputs, spec.commandLine().getErr());
        CorpusOptions.requireDocuments(result);
        Score score = Evaluation.score(goldFiles, result.resolved(), corpus.config().iris());
        System.out.print(ScoreReport.render(score, verbose));
        System.out.flush();
        return Stdkg.OK;
    }
}
