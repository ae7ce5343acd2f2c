package org.stdkg.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

import org.stdkg.document.DocumentReader;
import org.stdkg.rdf.Iris;

/**
 * The one configuration of a stdkg run, built once from defaults and command-line flags.
 *
 * @param baseUri base of every minted IRI (CONTRACT section 1)
 * @param database the TDB2 database directory
 * @param port the HTTP port of {@code serve}
 * @param queryTimeout how long a SPARQL query may run before it is cut
 * @param threads documents extracted in parallel
 * @param maxDocumentBytes larger documents are refused with a warning
 * @param documentTimeout a document whose extraction takes longer is abandoned with a warning
 * @param maxBodyBytes {@code serve}: larger request bodies are refused with 413
 * @param maxRows {@code serve}: a canned query over HTTP returns at most this many rows
 * @param shutdownTimeout {@code serve}: how long a stop waits for the requests in flight
 */
public record StdkgConfig(String baseUri, Path database, int port, Duration queryTimeout, int threads, long maxDocumentBytes,
        Duration documentTimeout, long maxBodyBytes, int maxRows, Duration shutdownTimeout) {

    /** 1 MiB: a SPARQL query or a form is a few kilobytes; uploads through {@code --allow-update} may need more. */
    public static final long DEFAULT_MAX_BODY_BYTES = 1024 * 1024;
    /** Rows of a canned query over HTTP: far more than a page shows, far less than a heap. */
    public static final int DEFAULT_MAX_ROWS = 10_000;
    /** Longer than the default query timeout, so a query in flight can finish. */
    public static final Duration DEFAULT_SHUTDOWN_TIMEOUT = Duration.ofSeconds(30);

    public StdkgConfig {
        Objects.requireNonNull(baseUri, "baseUri");
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(queryTimeout, "queryTimeout");
        Objects.requireNonNull(shutdownTimeout, "shutdownTimeout");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
        if (maxBodyBytes < 1) {
            throw new IllegalArgumentException("maxBodyBytes must be at least 1: " + maxBodyBytes);
        }
        if (maxRows < 1) {
            throw new IllegalArgumentException("maxRows must be at least 1: " + maxRows);
        }
        if (shutdownTimeout.isNegative()) {
            throw new IllegalArgumentException("shutdownTimeout must not be negative: " + shutdownTimeout);
        }
    }

    public static StdkgConfig defaults() {
        return new StdkgConfig(Iris.DEFAULT_BASE, Path.of("data"), 3030, Duration.ofSeconds(10),
                Runtime.getRuntime().availableProcessors(), DocumentReader.DEFAULT_MAX_BYTES, Duration.ofSeconds(120),
                DEFAULT_MAX_BODY_BYTES, DEFAULT_MAX_ROWS, DEFAULT_SHUTDOWN_TIMEOUT);
    }

    public StdkgConfig withBaseUri(String value) {
        return new StdkgConfig(value, database, port, queryTimeout, threads, maxDocumentBytes, documentTimeout, maxBodyBytes, maxRows,
                shutdownTimeout);
    }

    public StdkgConfig withDatabase(Path value) {
        return new StdkgConfig(baseUri, value, port, queryTimeout, threads, maxDocumentBytes, documentTimeout, maxBodyBytes, maxRows,
                shutdownTimeout);
    }

    public StdkgConfig withPort(int value) {
        return new StdkgConfig(baseUri, database, value, queryTimeout, threads, maxDocumentBytes, documentTimeout, maxBodyBytes, maxRows,
                shutdownTimeout);
    }

    public StdkgConfig withQueryTimeout(Duration value) {
        return new StdkgConfig(baseUri, database, port, value, threads, maxDocumentBytes, documentTimeout, maxBodyBytes, maxRows,
                shutdownTimeout);
    }

    public StdkgConfig withThreads(int value) {
        return new StdkgConfig(baseUri, database, port, queryTimeout, value, maxDocumentBytes, documentTimeout, maxBodyBytes, maxRows,
                shutdownTimeout);
    }

    public StdkgConfig withDocumentTimeout(Duration value) {
        return new StdkgConfig(baseUri, database, port, queryTimeout, threads, maxDocumentBytes, value, maxBodyBytes, maxRows,
                shutdownTimeout);
    }

    public StdkgConfig withMaxBodyBytes(long value) {
        return new StdkgConfig(baseUri, database, port, queryTimeout, threads, maxDocumentBytes, documentTimeout, value, maxRows,
                shutdownTimeout);
    }

    public StdkgConfig withMaxRows(int value) {
        return new StdkgConfig(baseUri, database, port, queryTimeout, threads, maxDocumentBytes, documentTimeout, maxBodyBytes, value,
                shutdownTimeout);
    }

    public StdkgConfig withShutdownTimeout(Duration value) {
        return new StdkgConfig(baseUri, database, port, queryTimeout, threads, maxDocumentBytes, documentTimeout, maxBodyBytes, maxRows,
                value);
    }

    public Iris iris() {
        return Iris.of(baseUri);
    }
}
