package org.stdkg.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.apache.jena.query.Query;
import org.stdkg.config.StdkgConfig;
import org.stdkg.query.CannedQuery;
import org.stdkg.query.QueryBinder;
import org.stdkg.query.QueryCatalogue;
import org.stdkg.query.QueryDefinitionException;
import org.stdkg.query.QueryException;
import org.stdkg.query.QueryParam;
import org.stdkg.query.QueryResult;
import org.stdkg.query.QueryRunner;
import org.stdkg.query.QueryTimeoutException;
import org.stdkg.query.ResultFormat;
import org.stdkg.store.GraphStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code stdkg query NAME_OR_FILE [--param k=v]… [--format text|csv|tsv|json]}: run a canned query or a .rq file. */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = "Runs a canned query (see --list) or a SPARQL .rq file against the database, read-only and cut at the "
                + "query timeout. Parameters are bound as values, never pasted into the query.")
final class QueryCommand implements Callable<Integer> {

    @Parameters(arity = "0..1", paramLabel = "NAME_OR_FILE", description = "A canned query's name, or a path to a .rq file.")
    String target;

    @Option(names = {"-p", "--param"}, paramLabel = "NAME=VALUE", description = "A parameter value; repeat for more.")
    List<String> params;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
            description = "text (aligned table), csv, tsv or json (SPARQL results JSON) (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--list", description = "List the canned queries with their parameters and exit.")
    boolean list;

    @Mixin
    StoreOptions store;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        QueryCatalogue catalogue = QueryCatalogue.bundled();
        if (list || target == null) {
            if (!list) {
                throw new UserException("name a canned query or a .rq file; known queries: " + String.join(", ", catalogue.names()),
                        Stdkg.USAGE);
            }
            printCatalogue(catalogue, System.out);
            return Stdkg.OK;
        }
        ResultFormat resultFormat = ResultFormat.of(format).filter(f -> f != ResultFormat.HTML)
                .orElseThrow(() -> new UserException("unknown format '" + format + "' (use text, csv, tsv or json)", Stdkg.USAGE));
        CannedQuery query = resolve(catalogue, target);
        QueryBinder.Bound bound;
        try {
            bound = QueryBinder.bind(query, parseParams(params));
        } catch (QueryException e) {
            throw new UserException(e.getMessage(), Stdkg.USAGE);
        }
        StdkgConfig config = store.apply(StdkgConfig.defaults());
        if (!Files.isDirectory(config.database())) {
            throw new UserException("no database at " + config.database() + " (run `stdkg build --db " + config.database() + "` first)");
        }
        Query q = bound.query();
        try (GraphStore graphStore = GraphStore.open(store.storeConfiguration(config))) {
            QueryResult result = new QueryRunner(graphStore.dataset(), config.queryTimeout()).run(q);
            OutputStream out = System.out;
            resultFormat.write(result, out, q.getPrefixMapping());
            out.flush();
        } catch (QueryTimeoutException e) {
            throw new UserException(e.getMessage() + " (raise it with --timeout SECONDS)");
        } catch (QueryException e) {
            throw new UserException(e.getMessage());
        }
        return Stdkg.OK;
    }

    /** A catalogue name, or a file: anything ending in .rq or naming an existing file. */
    static CannedQuery resolve(QueryCatalogue catalogue, String target) {
        var canned = catalogue.get(target);
        if (canned.isPresent()) {
            return canned.get();
        }
        Path file = Path.of(target);
        if (target.toLowerCase(Locale.ROOT).endsWith(".rq") || Files.isRegularFile(file)) {
            if (!Files.isRegularFile(file)) {
                throw new UserException(target + ": no such query file", Stdkg.USAGE);
            }
            String text;
            try {
                text = Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UserException(target + ": cannot read (" + e.getMessage() + ")", Stdkg.USAGE);
            }
            String fileName = file.getFileName().toString();
            String name = fileName.replaceFirst("\\.[^.]*$", "").replaceAll("[^A-Za-z0-9_-]", "_");
            try {
                return CannedQuery.parse(name.isEmpty() || !Character.isLetter(name.charAt(0)) ? "q" + name : name, text);
            } catch (QueryDefinitionException e) {
                throw new UserException(target + ": " + e.getMessage(), Stdkg.USAGE);
            }
        }
        throw new UserException("unknown query '" + target + "'; known queries: " + String.join(", ", catalogue.names()), Stdkg.USAGE);
    }

    static Map<String, String> parseParams(List<String> params) {
        Map<String, String> values = new LinkedHashMap<>();
        if (params == null) {
            return values;
        }
        for (String p : params) {
            int eq = p.indexOf('=');
            if (eq <= 0) {
                throw new UserException("--param '" + p + "': expected NAME=VALUE", Stdkg.USAGE);
            }
            String name = p.substring(0, eq).strip();
            if (values.put(name, p.substring(eq + 1)) != null) {
                throw new UserException("parameter '" + name + "' given twice", Stdkg.USAGE);
            }
        }
        return values;
    }

    private static void printCatalogue(QueryCatalogue catalogue, PrintStream out) {
        for (CannedQuery q : catalogue.all()) {
            out.println(q.name() + " \u2014 " + q.title());
            for (QueryParam p : q.params()) {
                out.println("    --param " + p.name() + "=\u2026 (" + p.type().id() + ", default: "
                        + (p.required() ? "required" : "\"" + p.defaultValue() + "\"") + ") " + p.description());
            }
        }
        out.flush();
    }
}
