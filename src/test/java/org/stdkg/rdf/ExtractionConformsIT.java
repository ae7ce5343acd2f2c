package org.stdkg.rdf;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.shacl.lib.ShLib;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.Test;
import org.stdkg.document.DocumentReader;
import org.stdkg.extract.CorpusExtractor;
import org.stdkg.extract.Extractor;

/** Every extraction output conforms to the SHACL shapes: seeds and development corpus together. */
class ExtractionConformsIT {

    @Test
    void seedsAndDevelopmentCorpusConformToShapes() {
        List<String> problems = new ArrayList<>();
        CorpusExtractor corpus = new CorpusExtractor(Extractor.create().build(), DocumentReader.create(), 2, Duration.ofMinutes(2));
        CorpusExtractor.Result result = corpus.extract(List.of(Path.of("seeds"), Path.of("src/test/resources/corpus/dev")),
                problems::add, () -> { });
        assertTrue(problems.isEmpty(), () -> "problems: " + problems);
        Iris iris = Iris.of(Iris.DEFAULT_BASE);
        DatasetGraph dataset = ExtractionGraphs.create(iris).toDataset(result.resolved());
        assertFalse(dataset.isEmpty());
        ValidationReport report = Conformance.create(iris).validate(dataset);
        assertTrue(report.conforms(), () -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ShLib.printReport(out, report);
            String text = out.toString(StandardCharsets.UTF_8);
            return report.getEntries().size() + " violations, first:\n" + text.substring(0, Math.min(text.length(), 4000));
        });
    }
}
