package org.stdkg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

import org.stdkg.config.StdkgConfig;
import org.stdkg.document.DocumentReader;
import org.stdkg.extract.CorpusExtractor;
import org.stdkg.extract.Extractor;
import org.stdkg.extract.Shard;

import picocli.CommandLine.Option;

/** Options shared by the commands that extract a corpus. */
final class CorpusOptions {

    @Option(names = "--threads", description = "Documents extracted in parallel (default: the number of cores).")
    Integer threads;

    @Option(names = "--base-uri", description = "Base of the minted IRIs (default: ${DEFAULT-VALUE}).",
            defaultValue = "http://localhost:3030/")
    String baseUri;

    @Option(names = "--document-timeout", description = "Seconds one document may take (default: ${DEFAULT-VALUE}).",
            defaultValue = "120")
    long documentTimeoutSeconds;

    StdkgConfig config() {
        if (threads != null && threads < 1) {
            throw new UserException("--threads must be at least 1, not " + threads, Stdkg.USAGE);
        }
        if (documentTimeoutSeconds < 1) {
            throw new UserException("--document-timeout must be at least 1 second, not " + documentTimeoutSeconds, Stdkg.USAGE);
        }
        StdkgConfig config = StdkgConfig.defaults().withBaseUri(baseUri).withDocumentTimeout(Duration.ofSeconds(documentTimeoutSeconds));
        return threads == null ? config : config.withThreads(threads);
    }

    /** Fails with exit code 1 and a one-line reason when a batch yielded no document. */
    static void requireDocuments(CorpusExtractor.Result result) {
        if (result.documents() > 0) {
            return;
        }
        if (result.files() == 0) {
            throw new UserException("nothing to extract: no input file found");
        }
        throw new UserException("nothing extracted: none of the " + result.files() + " input files could be extracted"
                + " (see the warnings above)");
    }

    CorpusExtractor corpusExtractor(StdkgConfig config) {
        return new CorpusExtractor(Extractor.create().build(), DocumentReader.create(config.maxDocumentBytes()), config.threads(),
                config.documentTimeout());
    }

    /** Each problem as a one-line warning on stderr. */
    static Consumer<String> warnings(PrintWriter err) {
        return p -> {
            synchronized (err) {
                err.println("warning: " + p);
                err.flush();
            }
        };
    }

    /** Extracts the inputs, with warnings and a progress bar on stderr. */
    CorpusExtractor.Result extract(List<Path> inputs, PrintWriter err) {
        return extract(inputs, Shard.ALL, err);
    }

    /** Extracts one shard of the inputs, with warnings and a progress bar on stderr. */
    CorpusExtractor.Result extract(List<Path> inputs, Shard shard, PrintWriter err) {
        StdkgConfig config = config();
        long files = CorpusExtractor.files(inputs, p -> { }).stream().filter(shard::contains).count();
        try (Progress progress = Progress.start("extract", files)) {
            return corpusExtractor(config).extract(inputs, shard, warnings(err), progress::step);
        }
    }

    /** A {@code --shard} value, or a usage error. */
    static Shard shard(String text) {
        if (text == null) {
            return Shard.ALL;
        }
        try {
            return Shard.parse(text);
        } catch (IllegalArgumentException e) {
            throw new UserException("--shard: " + e.getMessage(), Stdkg.USAGE);
        }
    }
}
