package org.stdkg.store;

import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;

import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.exec.http.GSP;

/**
 * A remote store reached through the SPARQL 1.1 Graph Store Protocol: any endpoint that speaks it
 * (Fuseki, a Fuseki cluster replicated with RDF Delta, GraphDB, Virtuoso, Amazon Neptune). A graph
 * is stored with one {@code PUT ?graph=…}, which replaces it, so sending the same graphs again
 * changes nothing. Requests go through Jena's GSP client.
 *
 * <p>A request that fails for a reason that may pass (no connection, an I/O error, 5xx, 408 or
 * 429) is retried after a pause that doubles each time (at most {@value #MAX_BACKOFF_SECONDS} s);
 * one the server refuses (any other 4xx) is not. When a graph finally fails, {@link
 * GraphNotStoredException} says so in one line naming the endpoint and the graph, and the caller
 * goes on with the next; when {@value #MAX_FAILURES_IN_A_ROW} graphs in a row have failed for a
 * passing reason even so, the endpoint is taken to be down and {@link StoreUnreachableException} ends the batch.
 *
 * <p>Not thread-safe: one batch at a time.
 */
public final class RemoteStore implements GraphSink {

    /** Graphs in a row that may fail for a passing reason before the endpoint is given up. */
    static final int MAX_FAILURES_IN_A_ROW = 3;
    /** The longest pause between two attempts. */
    static final long MAX_BACKOFF_SECONDS = 30;
    /** How much of an error response's body a message quotes. */
    private static final int MAX_REASON = 160;

    private final Settings settings;
    private final String authorization;
    private int failuresInARow;

    /**
     * How to reach the endpoint.
     *
     * @param url the Graph Store Protocol endpoint, such as {@code http://host:3030/ds} for Fuseki
     * @param credentials {@code user:password} for HTTP basic authentication, or null
     * @param retries how many times a failed request is tried again (0: once in all)
     * @param backoff the pause before the first retry
     */
    public record Settings(String url, String credentials, int retries, Duration backoff) {

        public Settings {
            if (retries < 0) {
                throw new IllegalArgumentException("retries must be at least 0, not " + retries);
            }
            if (backoff.isNegative()) {
                throw new IllegalArgumentException("backoff must not be negative");
            }
            URI uri;
            try {
                uri = new URI(url);
            } catch (URISyntaxException e) {
                throw new IllegalArgumentException(url + ": not a URL (" + e.getReason() + ")", e);
            }
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                throw new IllegalArgumentException(url + ": not an http or https URL");
            }
            if (credentials != null && !credentials.contains(":")) {
                throw new IllegalArgumentException("credentials must be user:password");
            }
        }
    }

    public RemoteStore(Settings settings) {
        this.settings = settings;
        this.authorization = settings.credentials() == null ? null
                : "Basic " + Base64.getEncoder().encodeToString(settings.credentials().getBytes(StandardCharsets.UTF_8));
    }

    /** The endpoint. */
    public String url() {
        return settings.url();
    }

    /** Replaces the graph on the endpoint ({@code PUT}). */
    @Override
    public long replaceGraph(String graphIri, Graph content) {
        send(graphIri, () -> request(graphIri).PUT(content));
        return content.size();
    }

    /** Adds the triples to the graph on the endpoint ({@code POST}): for a graph that comes in several parts. */
    public long addToGraph(String graphIri, Graph content) {
        send(graphIri, () -> request(graphIri).POST(content));
        return content.size();
    }

    private GSP request(String graphIri) {
        // N-Triples: every store reads it, and it is written as a stream, without the prefix analysis of Turtle.
        GSP gsp = GSP.service(settings.url()).graphName(graphIri).contentType(RDFFormat.NTRIPLES);
        return authorization == null ? gsp : gsp.httpHeader("Authorization", authorization);
    }

    private void send(String graphIri, Runnable request) {
        int attempts = 0;
        while (true) {
            attempts++;
            Failure failure;
            try {
                request.run();
                failuresInARow = 0;
                return;
            } catch (HttpException e) {
                failure = Failure.of(e);
            } catch (UncheckedIOException e) {
                failure = new Failure(true, RemoteStore.reason(e.getCause()));
            }
            if (!failure.passing() || attempts > settings.retries()) {
                String message = settings.url() + ": graph <" + graphIri + "> not stored (" + failure.reason()
                        + (attempts > 1 ? ", " + attempts + " attempts" : "") + ")";
                if (failure.passing() && ++failuresInARow >= MAX_FAILURES_IN_A_ROW) {
                    throw new StoreUnreachableException(message + "; giving up after " + failuresInARow + " graphs in a row failed");
                }
                if (!failure.passing()) {
                    failuresInARow = 0;
                }
                throw new GraphNotStoredException(message);
            }
            pause(attempts);
        }
    }

    private void pause(int attempt) {
        long millis = Math.min(settings.backoff().toMillis() << Math.min(attempt - 1, 20), MAX_BACKOFF_SECONDS * 1000);
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException(settings.url() + ": interrupted", e);
        }
    }

    /** Why a request failed, and whether trying again may help. */
    private record Failure(boolean passing, String reason) {

        static Failure of(HttpException e) {
            int status = e.getStatusCode();
            if (status <= 0) {
                // No HTTP response at all: refused, reset, unknown host, timeout.
                return new Failure(true, RemoteStore.reason(e.getCause() == null ? e : e.getCause()));
            }
            String body = e.getResponse() == null ? "" : e.getResponse().strip().lines().findFirst().orElse("");
            if (body.length() > MAX_REASON) {
                body = body.substring(0, MAX_REASON) + "…";
            }
            String reason = "HTTP " + status + (e.getStatusLine() == null ? "" : " " + e.getStatusLine())
                    + (body.isEmpty() ? "" : ": " + body);
            return new Failure(status >= 500 || status == 408 || status == 429, reason);
        }
    }

    /**
     * Why no response came, in words where the JDK's exceptions are cryptic ("unknown host",
     * "connection refused", "timed out"), else the innermost cause by class and first line of its message.
     */
    static String reason(Throwable e) {
        boolean connect = false;
        Throwable t = e;
        while (true) {
            connect |= t instanceof java.net.ConnectException;
            if (t instanceof java.net.UnknownHostException || t instanceof java.nio.channels.UnresolvedAddressException) {
                return "unknown host";
            }
            if (t instanceof java.net.http.HttpConnectTimeoutException) {
                return "connection timed out";
            }
            if (t instanceof java.net.http.HttpTimeoutException) {
                return "no response in time";
            }
            if (t.getCause() == null || t.getCause() == t) {
                break;
            }
            t = t.getCause();
        }
        if (connect) {
            // The JDK client reports a refused connection as ConnectException over ClosedChannelException, without message.
            return "connection refused";
        }
        String m = t.getMessage() == null ? "" : t.getMessage().lines().findFirst().orElse("");
        return t.getClass().getSimpleName() + (m.isEmpty() ? "" : ": " + m);
    }
}
