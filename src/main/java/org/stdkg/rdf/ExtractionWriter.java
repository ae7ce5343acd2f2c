package org.stdkg.rdf;

import java.io.OutputStream;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.stdkg.extract.ExtractedDocument;
import org.stdkg.extract.resolve.ResolvedExtraction;

/**
 * Writes a resolved batch as RDF one document graph at a time: the same quads as
 * {@link ExtractionGraphs#toDataset}, without holding the whole batch as one in-memory dataset.
 *
 * <p>Why: the transactional in-memory dataset costs about 1 KB of heap per quad, and a 20 MB corpus
 * yields millions of quads, so building it first made {@code stdkg extract} need gigabytes. Each
 * document's graph is built in a small plain dataset, written and dropped. Every quad lies in a
 * named graph, so the concatenated N-Quads (or TriG blocks) are one valid document.
 */
public final class ExtractionWriter {

    private ExtractionWriter() {
    }

    /**
     * Writes every document's graph of the batch to {@code out} (left open) in the given language.
     *
     * @return the number of quads written
     */
    public static long write(ResolvedExtraction resolved, Iris iris, OutputStream out, Lang lang) {
        ExtractionGraphs graphs = ExtractionGraphs.create(iris);
        long quads = 0;
        for (ExtractedDocument d : resolved.documents()) {
            DatasetGraph one = DatasetGraphFactory.createGeneral();
            graphs.write(resolved, d, one);
            RDFDataMgr.write(out, one, lang);
            quads += one.stream().count();
        }
        return quads;
    }
}
