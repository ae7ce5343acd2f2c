package org.stdkg.eval;

import java.util.List;

import org.apache.jena.query.DatasetFactory;
import org.stdkg.extract.resolve.ResolvedExtraction;
import org.stdkg.rdf.ExtractionGraphs;
import org.stdkg.rdf.Iris;

/**
 * Scores an extraction the way users receive it: resolved, written as RDF, then read back as the
 * scorer reads any stdkg dataset.
 */
public final class Evaluation {

    private Evaluation() {
    }

    public static Score score(List<GoldFile> gold, ResolvedExtraction resolved, Iris iris) {
        var dataset = DatasetFactory.wrap(ExtractionGraphs.create(iris).toDataset(resolved));
        return Scorer.score(gold, new ExtractedGraph(dataset, iris.base()));
    }
}
