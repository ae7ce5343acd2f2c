package org.stdkg.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.stdkg.document.DocumentReader;
import org.stdkg.eval.Evaluation;
import org.stdkg.eval.GoldFile;
import org.stdkg.eval.GoldFormatException;
import org.stdkg.eval.GoldParser;
import org.stdkg.eval.Score;
import org.stdkg.eval.ScoreReport;
import org.stdkg.rdf.Iris;

/**
 * The quality bar as a regression test: the seeds and the development corpus scored against their
 * gold files (copies of {@code ../shared} in {@code src/test/resources}), exactly as
 * {@code stdkg eval} scores them.
 */
class ExtractionQualityIT {

    /** Seeds bar (issue: entities F1 >= 0.92, relations F1 >= 0.88). */
    static final double SEED_ENTITIES = 0.92;
    static final double SEED_RELATIONS = 0.88;
    /** Development corpus bar (entities F1 >= 0.80, relations F1 >= 0.70). */
    static final double DEV_ENTITIES = 0.80;
    static final double DEV_RELATIONS = 0.70;

    @Test
    void seedsScoreAtLeastTheBar() throws Exception {
        Score score = score(List.of(Path.of("seeds")), Path.of("src/test/resources/gold/seeds"));
        assertAtLeast(score, SEED_ENTITIES, SEED_RELATIONS);
    }

    @Test
    void developmentCorpusScoresAtLeastTheBar() throws Exception {
        Score score = score(List.of(Path.of("src/test/resources/corpus/dev")), Path.of("src/test/resources/gold/dev"));
        assertAtLeast(score, DEV_ENTITIES, DEV_RELATIONS);
    }

    private static Score score(List<Path> inputs, Path gold) throws IOException, GoldFormatException {
        List<String> problems = new ArrayList<>();
        CorpusExtractor corpus = new CorpusExtractor(Extractor.create().build(), DocumentReader.create(), 2, Duration.ofMinutes(2));
        CorpusExtractor.Result result = corpus.extract(inputs, problems::add, () -> { });
        assertTrue(problems.isEmpty(), () -> "problems: " + problems);
        List<GoldFile> goldFiles = GoldParser.parseAll(List.of(gold));
        return Evaluation.score(goldFiles, result.resolved(), Iris.of(Iris.DEFAULT_BASE));
    }

    private static void assertAtLeast(Score score, double entities, double relations) {
        String report = ScoreReport.render(score, false);
        assertTrue(score.entityTotal().f1() >= entities && score.relationTotal().f1() >= relations,
                () -> "below the bar (entities " + entities + ", relations " + relations + "):\n" + report);
    }
}
