package org.stdkg.cli;

import java.time.Duration;

import org.stdkg.store.RemoteStore;

import picocli.CommandLine.Option;

/** Options of the commands that can send graphs to a remote SPARQL Graph Store Protocol endpoint. */
final class TargetOptions {

    @Option(names = "--target", paramLabel = "URL",
            description = "Send the graphs to this SPARQL 1.1 Graph Store Protocol endpoint (one PUT per named graph) "
                    + "instead of the database: http://host:3030/ds for Fuseki, "
                    + "http://host:7200/repositories/REPO/rdf-graphs/service for GraphDB, ….")
    String url;

    @Option(names = "--target-auth", paramLabel = "USER:PASSWORD", defaultValue = "${env:STDKG_TARGET_AUTH}",
            description = "HTTP basic authentication at the target (default: the environment variable STDKG_TARGET_AUTH, "
                    + "which keeps the password out of the process list).")
    String credentials;

    @Option(names = "--target-retries", paramLabel = "N", defaultValue = "4",
            description = "How many times a request that failed for a passing reason (no connection, 5xx, 408, 429) "
                    + "is tried again (default: ${DEFAULT-VALUE}); 4xx are not retried.")
    int retries;

    @Option(names = "--target-backoff", paramLabel = "MILLIS", defaultValue = "500",
            description = "Pause before the first retry, doubled at each further one (default: ${DEFAULT-VALUE} ms).")
    long backoffMillis;

    boolean given() {
        return url != null;
    }

    RemoteStore remoteStore() {
        try {
            return new RemoteStore(new RemoteStore.Settings(url, credentials, retries, Duration.ofMillis(backoffMillis)));
        } catch (IllegalArgumentException e) {
            throw new UserException("--target: " + e.getMessage(), Stdkg.USAGE);
        }
    }
}
