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
 */
public record StdkgConfig(String baseUri, Path database, int port, Duration queryTimeout, int threads, long maxDocumentBytes,
        Duration documentTimeout) {

    public StdkgConfig {
        Objects.requireNonNull(baseUri, "baseUri");
        Objects.requireNonNull(database, "database");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
    }

    public static StdkgConfig defaults() {
        return new StdkgConfig(Iris.DEFAULT_BASE, Path.of("data"), 3030, Duration.ofSeconds(10),
                Runtime.getRuntime().availableProcessors(), DocumentReader.DEFAULT_MAX_BYTES, Duration.ofSeconds(120));
    }

    public StdkgConfig withBaseUri(String value) {
        return new StdkgConfig(value, database, port, queryTimeout, threads, maxDocumentBytes, documentTimeout);
    }

    public StdkgConfig withDatabase(Path value) {
        return new StdkgConfig(baseUri, value, port, queryTimeout, threads, maxDocumentBytes, documentTimeout);
    }

    public StdkgConfig withPort(int value) {
        return new StdkgConfig(baseUri, database, value, queryTimeout, threads, maxDocumentBytes, documentTimeout);
    }

    public StdkgConfig withQueryTimeout(Duration value) {
        return new StdkgConfig(baseUri, database, port, value, threads, maxDocumentBytes, documentTimeout);
    }

    public StdkgConfig withThreads(int value) {
        return new StdkgConfig(baseUri, database, port, queryTimeout, value, maxDocumentBytes, documentTimeout);
    }

    public StdkgConfig withDocumentTimeout(Duration value) {
        return new StdkgConfig(baseUri, database, port, queryTimeout, threads, maxDocumentBytes, value);
    }

    public Iris iris() {
        return Iris.of(baseUri);
    }
}
