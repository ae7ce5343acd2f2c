package org.stdkg.extract;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.stdkg.document.DocumentException;
import org.stdkg.document.DocumentReader;
import org.stdkg.document.SourceDocument;
import org.stdkg.extract.resolve.EntityResolver;
import org.stdkg.extract.resolve.ResolvedExtraction;

/**
 * Extracts a batch of files and directories: reads each document, extracts documents in parallel,
 * and resolves entities across the batch.
 *
 * <p>One bad document never stops the batch: it is reported as a one-line problem naming the file
 * (unreadable, binary, invalid UTF-8, empty, too slow, or a failure of the extractor) and the
 * others are still extracted.
 */
public final class CorpusExtractor {

    private final Extractor extractor;
    private final DocumentReader reader;
    private final int threads;
    private final Duration documentTimeout;

    public CorpusExtractor(Extractor extractor, DocumentReader reader, int threads, Duration documentTimeout) {
        this.extractor = extractor;
        this.reader = reader;
        this.threads = threads;
        this.documentTimeout = documentTimeout;
    }

    /** The result of a batch: what was resolved and the problems, one line each. */
    public record Result(ResolvedExtraction resolved, List<String> problems, int files) {

        public Result {
            problems = List.copyOf(problems);
        }

        public int documents() {
            return resolved.documents().size();
        }
    }

    /** The files under the given files and directories, in a stable order; missing inputs are problems. */
    public static List<Path> files(List<Path> inputs, Consumer<String> problems) {
        List<Path> files = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                try (Stream<Path> walk = Files.walk(input)) {
                    walk.filter(Files::isRegularFile).filter(DocumentReader::isCandidate).sorted().forEach(files::add);
                } catch (IOException e) {
                    problems.accept(input + ": cannot list directory (" + e.getMessage() + ")");
                }
            } else if (Files.isRegularFile(input)) {
                files.add(input);
            } else {
                problems.accept(input + ": no such file or directory");
            }
        }
        return files;
    }

    /**
     * Extracts every file; {@code progress} is told after each file (for a progress bar), and each
     * problem is also passed to {@code problems} as it happens.
     */
    public Result extract(List<Path> inputs, Consumer<String> problems, Runnable progress) {
        List<String> all = new ArrayList<>();
        Consumer<String> report = p -> {
            synchronized (all) {
                all.add(p);
            }
            problems.accept(p);
        };
        List<Path> files = files(inputs, report);
        List<DocumentExtraction> extracted = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, files.size())), daemonThreads());
        try {
            List<Future<DocumentExtraction>> futures = new ArrayList<>();
            for (Path file : files) {
                futures.add(pool.submit(() -> extractOne(file, report)));
            }
            for (int i = 0; i < files.size(); i++) {
                DocumentExtraction result = await(files.get(i), futures.get(i), report);
                if (result != null) {
                    extracted.add(result);
                }
                progress.run();
            }
        } finally {
            pool.shutdownNow();
        }
        return new Result(EntityResolver.resolve(dedupeSlugs(extracted, report)), all, files.size());
    }

    private DocumentExtraction extractOne(Path file, Consumer<String> report) {
        SourceDocument document;
        try {
            document = reader.read(file);
        } catch (DocumentException e) {
            report.accept(e.getMessage());
            return null;
        }
        return extractor.extract(document);
    }

    private DocumentExtraction await(Path file, Future<DocumentExtraction> future, Consumer<String> report) {
        try {
            return future.get(documentTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            report.accept(file + ": extraction took longer than " + documentTimeout.toSeconds() + " s, skipped");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            report.accept(file + ": extraction failed (" + cause.getClass().getSimpleName()
                    + (cause.getMessage() == null ? "" : ": " + cause.getMessage().lines().findFirst().orElse("")) + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            report.accept(file + ": interrupted");
        }
        return null;
    }

    /** Two files with the same name in different directories would share a graph: keep the first, report the second. */
    private static List<DocumentExtraction> dedupeSlugs(List<DocumentExtraction> extracted, Consumer<String> report) {
        List<DocumentExtraction> unique = new ArrayList<>();
        java.util.Set<String> slugs = new java.util.HashSet<>();
        for (DocumentExtraction d : extracted) {
            if (slugs.add(d.document().slug())) {
                unique.add(d);
            } else {
                report.accept(d.document().name() + ": another document of the batch has the same name ("
                        + d.document().slug() + "), skipped");
            }
        }
        return unique;
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "stdkg-extract-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
