package org.stdkg.extract;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
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

    /**
     * The files under the given files and directories, in a stable order. Missing inputs, special
     * files and directories that cannot be listed are problems; the walk goes on past them.
     */
    public static List<Path> files(List<Path> inputs, Consumer<String> problems) {
        List<Path> files = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                List<Path> found = new ArrayList<>();
                try {
                    Files.walkFileTree(input, new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                            // attrs do not follow links: ask again so that a link to a text file counts.
                            if (Files.isRegularFile(file) && DocumentReader.isCandidate(file)) {
                                found.add(file);
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException e) {
                            // An unreadable subdirectory must not end the batch (Files.walk would throw here).
                            problems.accept(file + ": cannot read (" + reason(e) + ")");
                            return FileVisitResult.CONTINUE;
                        }
                    });
                } catch (IOException e) {
                    problems.accept(input + ": cannot list directory (" + reason(e) + ")");
                }
                found.sort(null);
                files.addAll(found);
            } else if (Files.isRegularFile(input)) {
                files.add(input);
            } else if (Files.exists(input)) {
                problems.accept(input + ": not a regular file or directory");
            } else {
                problems.accept(input + ": no such file or directory");
            }
        }
        return files;
    }

    private static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        String message = e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("");
        return e.getClass().getSimpleName() + (message.isEmpty() ? "" : ": " + message);
    }

    /**
     * Extracts every file; {@code progress} is told after each file (for a progress bar), and each
     * problem is also passed to {@code problems} as it happens.
     */
    public Result extract(List<Path> inputs, Consumer<String> problems, Runnable progress) {
        return extract(inputs, Shard.ALL, problems, progress);
    }

    /**
     * Extracts the files of one shard of the inputs (see {@link Shard}); the others are not read.
     * {@link Result#files()} counts the files of the shard.
     */
    public Result extract(List<Path> inputs, Shard shard, Consumer<String> problems, Runnable progress) {
        List<String> all = new ArrayList<>();
        Consumer<String> report = p -> {
            synchronized (all) {
                all.add(p);
            }
            problems.accept(p);
        };
        List<Path> files = files(inputs, report).stream().filter(shard::contains).toList();
        List<ExtractedDocument> extracted = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, files.size())), daemonThreads());
        try {
            List<Future<ExtractedDocument>> futures = new ArrayList<>();
            for (Path file : files) {
                futures.add(pool.submit(() -> extractOne(file, report)));
            }
            for (int i = 0; i < files.size(); i++) {
                ExtractedDocument result = await(files.get(i), futures.get(i), report);
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

    private ExtractedDocument extractOne(Path file, Consumer<String> report) {
        SourceDocument document;
        try {
            document = reader.read(file);
        } catch (DocumentException e) {
            report.accept(e.getMessage());
            return null;
        }
        // Only the lean form is kept: a batch must not hold every document's tokens and tags until it is resolved.
        return ExtractedDocument.of(extractor.extract(document));
    }

    private ExtractedDocument await(Path file, Future<ExtractedDocument> future, Consumer<String> report) {
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
    public static List<ExtractedDocument> dedupeSlugs(List<ExtractedDocument> extracted, Consumer<String> report) {
        List<ExtractedDocument> unique = new ArrayList<>();
        java.util.Set<String> slugs = new java.util.HashSet<>();
        for (ExtractedDocument d : extracted) {
            if (slugs.add(d.slug())) {
                unique.add(d);
            } else {
                report.accept(d.name() + ": another document of the batch has the same name ("
                        + d.slug() + "), skipped");
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
