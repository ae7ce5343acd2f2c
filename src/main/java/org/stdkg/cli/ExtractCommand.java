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
import org.stdkg.rdf.ExtractionWriter;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code stdkg extract FILE_OR_DIR… [-o OUT]}: extraction only, RDF out. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Extracts facts from texts and writes them as RDF: N-Quads, or TriG when OUT ends in .trig; "
                + "N-Quads to stdout without -o.")
final class ExtractCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE_OR_DIR", description = "Text or HTML files, or directories of them.")
    List<Path> inputs;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "Output file (.nq or .trig).")
    Path output;

    @Mixin
    CorpusOptions corpus;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Lang lang = output == null ? Lang.NQUADS : langOf(output);
        Path folder = output == null ? null : output.toAbsolutePath().getParent();
        if (folder != null && !Files.isDirectory(folder)) {
            // Checked before a possibly long extraction rather than after it.
            throw new UserException(output + ": cannot write (no directory " + folder + ")");
        }
        CorpusExtractor.Result result = corpus.extract(inputs, spec.commandLine().getErr());
        CorpusOptions.requireDocuments(result);
        // Written document by document: a whole-batch dataset would cost about 1 KB of heap per quad.
        if (output == null) {
            OutputStream out = new BufferedOutputStream(System.out, 1 << 16);
            ExtractionWriter.write(result.resolved(), corpus.config().iris(), out, lang);
            out.flush();
        } else {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(output), 1 << 16)) {
                ExtractionWriter.write(result.resolved(), corpus.config().iris(), out, lang);
            } catch (IOException e) {
                // NoSuchFileException and friends carry only the path as message: say what went wrong.
                throw new UserException(output + ": cannot write (" + e.getClass().getSimpleName() + ")");
            }
        }
        spec.commandLine().getErr().printf("extracted %d of %d documents: %d entities%n", result.documents(), result.files(),
                result.resolved().entities().size());
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
        throw new UserException(output + ": unknown output format (use .nq or .trig)", Stdkg.USAGE);
    }
}
