package org.stdkg.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.zip.GZIPOutputStream;

import org.apache.jena.riot.Lang;
import org.stdkg.config.StdkgConfig;
import org.stdkg.store.GraphStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code stdkg export}: the whole dataset, as {@code GET /dump} serves it. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Writes every graph of the database (documents, ontology, reference) as N-Quads (default) or TriG; "
                + "to stdout without -o, gzip-compressed when OUT ends in .gz.")
final class ExportCommand implements Callable<Integer> {

    @Option(names = "--format", description = "nq or trig (default: ${DEFAULT-VALUE}).", defaultValue = "nq")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "Output file.")
    Path output;

    @Mixin
    StoreOptions store;

    @Override
    public Integer call() throws IOException {
        Lang lang = switch (format) {
            case "nq", "nquads" -> Lang.NQUADS;
            case "trig" -> Lang.TRIG;
            default -> throw new UserException("unknown format '" + format + "' (use nq or trig)", Stdkg.USAGE);
        };
        StdkgConfig config = store.apply(StdkgConfig.defaults());
        try (GraphStore graphStore = GraphStore.open(store.storeConfiguration(config))) {
            if (output == null) {
                OutputStream out = new BufferedOutputStream(System.out);
                graphStore.export(out, lang);
                out.flush();
            } else {
                try (OutputStream file = Files.newOutputStream(output);
                        OutputStream out = output.toString().endsWith(".gz") ? new GZIPOutputStream(file) : new BufferedOutputStream(file)) {
                    graphStore.export(out, lang);
                }
            }
        }
        return Stdkg.OK;
    }
}
