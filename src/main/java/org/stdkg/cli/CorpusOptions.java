package org.stdkg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.stdkg.config.StdkgConfig;
import org.stdkg.document.DocumentReader;
import org.stdkg.extract.CorpusExtractor;
import org.stdkg.extract.Extractor;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine.Option;

/** Options shared by the commands that extract a corpus, and the extraction run itself. */
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

    /** Extracts the inputs, printing each problem as a warning line and a progress bar when stderr is a terminal. */
    CorpusExtractor.Result extract(List<Path> inputs, PrintWriter err) {
        StdkgConfig config = config();
        CorpusExtractor corpus = new CorpusExtractor(Extractor.create().build(), DocumentReader.create(config.maxDocumentBytes()),
                config.threads(), config.documentTimeout());
        int total = CorpusExtractor.files(inputs, p -> { }).size();
        boolean terminal = System.console() != null && total > 1;
        try (ProgressBar bar = terminal ? new ProgressBarBuilder().setTaskName("extract").setInitialMax(total)
                .setStyle(ProgressBarStyle.ASCII).setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(System.err))
                .build() : null) {
            return corpus.extract(inputs, p -> {
                err.println("warning: " + p);
                err.flush();
            }, () -> {
                if (bar != null) {
                    bar.step();
                }
            });
        }
    }
}
