package org.stdkg.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.apache.jena.riot.Lang;
import org.stdkg.extract.CorpusExtractor;
import org.stdkg.extract.ExtractionFile;
import org.stdkg.extract.Shard;
import org.stdkg.rdf.ExtractionWriter;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code stdkg extract FILE_OR_DIR… [-o OUT] [--shard i/n]}: extraction only, RDF (or an extraction file for merge) out. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Extracts facts from texts and writes them as RDF: N-Quads, or TriG when OUT ends in .trig; "
                + "N-Quads to stdout without -o. OUT ending in .jsonl (or .jsonl.gz) gets the extraction before entity "
                + "resolution, for `stdkg merge`: the way to extract a large corpus in shards, on several machines, and "
                + "combine them into the graph of one run.")
final class ExtractCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE_OR_DIR", description = "Text or HTML files, or directories of them.")
    List<Path> inputs;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "Output file (.nq, .trig, or .jsonl[.gz] for merge).")
    Path output;

    @Option(names = "--shard", paramLabel = "i/n",
            description = "Extract only the i-th of n parts of the input files (1 <= i <= n), chosen by a hash of each file's "
                    + "name; write it to a .jsonl file and combine the n parts with `stdkg merge`.")
    String shardOption;

    @Mixin
    CorpusOptions corpus;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Shard shard = CorpusOptions.shard(shardOption);
        boolean extractionFile = output != null && ExtractionFile.isExtractionFile(output);
        Lang lang = extractionFile ? null : output == null ? Lang.NQUADS : langOf(output);
        Path folder = output == null ? null : output.toAbsolutePath().getParent();
        if (folder != null && !Files.isDirectory(folder)) {
            // Checked before a possibly long extraction rather than after it.
            throw new UserException(output + ": cannot write (no directory " + folder + ")");
        }
        if (shard.count() > 1 && !extractionFile) {
            CorpusOptions.warnings(spec.commandLine().getErr()).accept("--shard " + shard + " writing RDF: its entities are "
                    + "resolved within this shard only, so the shards' graphs do not add up to the graph of one run; "
                    + "write a .jsonl file and combine the shards with `stdkg merge`");
        }
        CorpusExtractor.Result result = corpus.extract(inputs, shard, spec.commandLine().getErr());
        if (shard.count() == 1 || result.files() > 0 || CorpusExtractor.files(inputs, p -> { }).isEmpty()) {
            CorpusOptions.requireDocuments(result);
        }
        // else: a shard that no input file falls into; its (empty) part still counts for merge.
        if (extractionFile) {
            try {
                ExtractionFile.write(output, new ExtractionFile.Header(shard, result.files()), result.resolved().documents());
            } catch (IOException e) {
                throw new UserException(output + ": cannot write (" + e.getClass().getSimpleName() + ")");
            }
        } else if (output == null) {
            // Written document by document: a whole-batch dataset would cost about 1 KB of heap per quad.
            OutputStream out = new BufferedOutputStream(System.out, 1 << 16);
            ExtractionWriter.write(result.resolved(), corpus.config().iris(), out, lang, corpus.config().threads());
            out.flush();
        } else {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(output), 1 << 16)) {
                ExtractionWriter.write(result.resolved(), corpus.config().iris(), out, lang, corpus.config().threads());
            } catch (IOException e) {
                // NoSuchFileException and friends carry only the path as message: say what went wrong.
                throw new UserException(output + ": cannot write (" + e.getClass().getSimpleName() + ")");
            }
        }
        spec.commandLine().getErr().printf("extracted %d of %d documents%s: %d entities%n", result.documents(), result.files(),
                shard.count() > 1 ? " of shard " + shard : "", result.resolved().entities().size());
        return Stdkg.OK;
    }

    static Lang langOf(Path output) {
        String name = output.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".trig")) {
            return Lang.TRIG;
        }
        if (name.endsWith(".nq") || name.endsWith(".nquads")) {
            return Lang.NQUADS;
        }
        throw new UserException(output + ": unknown output format (use .nq, .trig or .jsonl)", Stdkg.USAGE);
    }
}
