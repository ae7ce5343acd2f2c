package org.stdkg.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.Callable;

import org.apache.jena.riot.Lang;
import org.stdkg.build.GraphBuilder;
import org.stdkg.config.StdkgConfig;
import org.stdkg.extract.CorpusExtractor;
import org.stdkg.extract.ExtractedDocument;
import org.stdkg.extract.ExtractionFile;
import org.stdkg.extract.Shard;
import org.stdkg.extract.resolve.EntityResolver;
import org.stdkg.extract.resolve.ResolvedExtraction;
import org.stdkg.rdf.ExtractionWriter;
import org.stdkg.rdf.Iris;
import org.stdkg.store.GraphSink;
import org.stdkg.store.GraphStore;
import org.stdkg.store.RemoteStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code stdkg merge PART… [-o OUT | --db DIR | --target URL]}: combines the shards written by
 * {@code stdkg extract --shard i/n -o part.jsonl}, resolving the entities of all of them together,
 * into exactly the graph one run over the whole corpus gives.
 */
@Command(name = "merge", mixinStandardHelpOptions = true,
        description = "Combines the extraction files of the n shards of a corpus (`stdkg extract --shard i/n -o PART.jsonl`), "
                + "resolves the entities across all of them, and writes the RDF one extraction of the whole corpus would give: "
                + "to OUT (.nq or .trig; N-Quads to stdout without -o), into the database with --db, or to a remote Graph "
                + "Store Protocol endpoint with --target (with the ontology, as build does).")
final class MergeCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "PART", description = "Extraction files (.jsonl or .jsonl.gz), one per shard.")
    List<Path> parts;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT",
            description = "Output file: .nq or .trig, or .jsonl[.gz] for one extraction file of the whole corpus.")
    Path output;

    @Option(names = "--base-uri", description = "Base of the minted IRIs (default: ${DEFAULT-VALUE}).",
            defaultValue = "http://localhost:3030/")
    String baseUri;

    @Option(names = {"-v", "--verbose"}, description = "Print a line for each document graph stored (with --db or --target).")
    boolean verbose;

    @Mixin
    StoreOptions store;

    @Mixin
    TargetOptions target;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        boolean toDatabase = spec.commandLine().getParseResult().hasMatchedOption("--db");
        if ((output != null ? 1 : 0) + (toDatabase ? 1 : 0) + (target.given() ? 1 : 0) > 1) {
            throw new UserException("-o, --db and --target exclude each other: the graph goes to one place", Stdkg.USAGE);
        }
        Lang lang = output == null || ExtractionFile.isExtractionFile(output) ? Lang.NQUADS : ExtractCommand.langOf(output);
        RemoteStore remote = target.given() ? target.remoteStore() : null;
        PrintWriter err = spec.commandLine().getErr();
        List<String> problems = new ArrayList<>();
        Combined combined = combine(parts, line -> {
            problems.add(line);
            CorpusOptions.warnings(err).accept(line);
        });
        ResolvedExtraction resolved = EntityResolver.resolve(combined.documents());
        Iris iris = Iris.of(baseUri);
        String what = String.format("%d of %d documents from %d shards, %d entities", resolved.documents().size(), combined.files(),
                combined.shards(), resolved.entities().size());
        if (remote != null || toDatabase) {
            GraphBuilder.Summary summary;
            if (remote != null) {
                summary = load(remote, iris, resolved, combined.files(), problems, err);
            } else {
                StdkgConfig config = store.apply(StdkgConfig.defaults().withBaseUri(baseUri));
                try (GraphStore graphStore = GraphStore.open(store.storeConfiguration(config))) {
                    summary = load(graphStore, iris, resolved, combined.files(), problems, err);
                    StoreOptions.compactIfGrown(graphStore, err);
                }
            }
            err.println("merged " + what + "; " + summary.line());
            err.flush();
            if (summary.notStored() > 0) {
                throw new UserException(summary.notStored() + " of " + summary.documents() + " document graphs not stored at "
                        + remote.url() + " (see the warnings above)");
            }
            return Stdkg.OK;
        }
        if (output != null && ExtractionFile.isExtractionFile(output)) {
            ExtractionFile.write(output, new ExtractionFile.Header(Shard.ALL, combined.files()), resolved.documents());
        } else if (output == null) {
            OutputStream out = new BufferedOutputStream(System.out, 1 << 16);
            ExtractionWriter.write(resolved, iris, out, lang, StdkgConfig.defaults().threads());
            out.flush();
        } else {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(output), 1 << 16)) {
                ExtractionWriter.write(resolved, iris, out, lang, StdkgConfig.defaults().threads());
            } catch (IOException e) {
                throw new UserException(output + ": cannot write (" + e.getClass().getSimpleName() + ")");
            }
        }
        err.println("merged " + what);
        err.flush();
        return Stdkg.OK;
    }

    private GraphBuilder.Summary load(GraphSink sink, Iris iris, ResolvedExtraction resolved, int files, List<String> problems,
            PrintWriter err) {
        try (Progress progress = Progress.start("merge", 0)) {
            return GraphBuilder.load(sink, iris, resolved, files, problems, BuildCommand.listener(err, progress, verbose));
        }
    }

    /** The documents of all shards, in shard order, each slug once. */
    record Combined(List<ExtractedDocument> documents, int files, int shards) {
    }

    /**
     * Reads the parts and checks that they are the n shards of one split, each once: a missing
     * shard would silently leave documents out, and a shard given twice is a mistake.
     */
    static Combined combine(List<Path> parts, java.util.function.Consumer<String> problems) {
        TreeMap<Integer, Path> byIndex = new TreeMap<>();
        TreeMap<Integer, List<ExtractedDocument>> documentsByIndex = new TreeMap<>();
        Integer count = null;
        Path first = null;
        int files = 0;
        for (Path part : parts) {
            if (!Files.isRegularFile(part)) {
                throw new UserException(part + ": no such file", Stdkg.USAGE);
            }
            ExtractionFile.Contents contents = ExtractionFile.read(part);
            Shard shard = contents.header().shard();
            if (count == null) {
                count = shard.count();
                first = part;
            } else if (count != shard.count()) {
                throw new UserException(part + " is shard " + shard + " but " + first + " is one of " + count + ": parts of "
                        + "different splits");
            }
            Path twice = byIndex.put(shard.index(), part);
            if (twice != null) {
                throw new UserException(part + " and " + twice + " are both shard " + shard);
            }
            documentsByIndex.put(shard.index(), contents.documents());
            files += contents.header().files();
        }
        List<String> missing = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            if (!byIndex.containsKey(i)) {
                missing.add(i + "/" + count);
            }
        }
        if (!missing.isEmpty()) {
            throw new UserException("shard" + (missing.size() > 1 ? "s " : " ") + String.join(", ", missing) + " missing: the merge "
                    + "would lack their documents");
        }
        List<ExtractedDocument> documents = new ArrayList<>();
        documentsByIndex.values().forEach(documents::addAll);
        // The same slug in two shards cannot come from one split of one corpus; kept once, as one run would.
        return new Combined(CorpusExtractor.dedupeSlugs(documents, problems), files, count);
    }
}
