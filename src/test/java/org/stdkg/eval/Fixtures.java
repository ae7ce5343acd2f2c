package org.stdkg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;

/** Small builders shared by the eval tests: gold text from fields, datasets from TriG. */
final class Fixtures {

    /** The shared gold files, when the tests run inside the project's workspace. */
    static final Path SHARED = Path.of("/work/shared");

    static final String PREFIXES = """
            @prefix kg: <https://w3id.org/stdkg/ontology#> .
            @prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
            @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
            @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
            @prefix dcterms: <http://purl.org/dc/terms/> .
            @prefix schema: <https://schema.org/> .
            @prefix org: <http://www.w3.org/ns/org#> .
            @prefix prov: <http://www.w3.org/ns/prov#> .
            @prefix oa: <http://www.w3.org/ns/oa#> .
            @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
            @prefix std: <http://localhost:3030/id/standard/> .
            @prefix cmt: <http://localhost:3030/id/committee/> .
            @prefix orgn: <http://localhost:3030/id/organisation/> .
            @prefix evt: <http://localhost:3030/id/event/> .
            @prefix per: <http://localhost:3030/id/person/> .
            @prefix pub: <http://localhost:3030/id/publication/> .
            @prefix plc: <http://localhost:3030/id/place/> .
            @prefix cmm: <http://localhost:3030/id/commitment/> .
            @prefix g: <http://localhost:3030/graph/> .
            """;

    private Fixtures() {
    }

    /** One gold line from its fields, tab-joined (text blocks make tabs easy to lose). */
    static String t(String... fields) {
        return String.join("\t", fields);
    }

    static GoldFile gold(String source, String... lines) {
        try {
            return GoldParser.parse(source, String.join("\n", lines) + "\n");
        } catch (GoldFormatException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    /** A transactional in-memory dataset from TriG, with the prefixes above. */
    static Dataset trig(String body) {
        Dataset ds = DatasetFactory.createTxnMem();
        RDFParser.fromString(PREFIXES + body, Lang.TRIG).parse(ds);
        return ds;
    }

    static Score score(List<GoldFile> gold, String trig) {
        return Scorer.score(gold, new ExtractedGraph(trig(trig)));
    }

    static Score score(GoldFile gold, String trig) {
        return score(List.of(gold), trig);
    }

    /** Asserts gold, extracted and true-positive counts and the three ratios (to 1e-9). */
    static void assertRow(KindScore row, int gold, int extracted, int tp, double p, double r, double f1) {
        assertEquals(List.of(gold, extracted, tp),
                Arrays.asList(row.counts().gold(), row.counts().extracted(), row.counts().truePositives()),
                row.kind() + " gold/extracted/tp");
        assertEquals(p, row.precision(), 1e-9, row.kind() + " P");
        assertEquals(r, row.recall(), 1e-9, row.kind() + " R");
        assertEquals(f1, row.f1(), 1e-9, row.kind() + " F1");
    }
}
