package org.stdkg.bench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

import org.stdkg.query.CannedQuery;
import org.stdkg.query.QueryBinder;
import org.stdkg.query.QueryCatalogue;

/**
 * Writes the {@link HttpBench} plan for the canned queries: for each query of a {@code queries/}
 * directory, the stdkg URL ({@code /queries/NAME?format=json}, default parameters) and the stock
 * Fuseki URL ({@code /kg/sparql?query=…}) with the same query, its defaults bound exactly as stdkg
 * binds them ({@link QueryBinder}), so both servers run the same algebra.
 *
 * <pre>
 * java -cp … org.stdkg.bench.CannedPlan --queries queries --stdkg http://127.0.0.1:3131 --stock http://127.0.0.1:3132/kg/sparql
 * </pre>
 */
public final class CannedPlan {

    private CannedPlan() {
    }

    public static void main(String[] args) {
        Path queries = Path.of("queries");
        String stdkg = null;
        String stock = null;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--queries" -> queries = Path.of(args[i + 1]);
                case "--stdkg" -> stdkg = args[i + 1];
                case "--stock" -> stock = args[i + 1];
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (stdkg == null || stock == null) {
            System.err.println("usage: CannedPlan [--queries DIR] --stdkg BASE_URL --stock SPARQL_ENDPOINT_URL");
            System.exit(2);
        }
        for (CannedQuery q : QueryCatalogue.fromDirectory(queries).all()) {
            String sparql = QueryBinder.bind(q, Map.of()).query().serialize();
            System.out.println(q.name() + "\t" + stdkg + "/queries/" + q.name() + "?format=json\t" + stock + "?query="
                    + URLEncoder.encode(sparql, StandardCharsets.UTF_8));
        }
    }
}
