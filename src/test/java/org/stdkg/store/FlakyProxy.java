package org.stdkg.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * An HTTP proxy in front of a real server that misbehaves on demand: it answers 503 to the first
 * N requests, 400 to requests for a graph whose name contains a given text, or 401 without the
 * expected Authorization header, and passes everything else on. It records every request.
 */
public final class FlakyProxy implements AutoCloseable {

    /** One request as the proxy saw it, and what it answered. */
    public record Seen(String method, String graph, String authorization, int status) {
    }

    private final HttpServer server;
    private final String upstream;
    private final HttpClient http = HttpClient.newHttpClient();
    private final List<Seen> seen = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger unavailable = new AtomicInteger();
    private volatile String refusedGraph;
    private volatile String requiredAuthorization;

    private FlakyProxy(String upstream) throws IOException {
        this.upstream = upstream;
        this.server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    /** A proxy to {@code upstream} (scheme, host and port; paths are kept). */
    public static FlakyProxy to(String upstream) throws IOException {
        return new FlakyProxy(upstream);
    }

    public String url() {
        return "http://localhost:" + server.getAddress().getPort();
    }

    /** Answers 503 to the next {@code n} requests. */
    public FlakyProxy unavailableFor(int n) {
        unavailable.set(n);
        return this;
    }

    /** Answers 400 to every request for a graph whose name contains {@code text}. */
    public FlakyProxy refuseGraphsContaining(String text) {
        refusedGraph = text;
        return this;
    }

    /** Answers 401 to requests without exactly this Authorization header. */
    public FlakyProxy requireAuthorization(String header) {
        requiredAuthorization = header;
        return this;
    }

    public List<Seen> seen() {
        synchronized (seen) {
            return List.copyOf(seen);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            String graph = graphOf(exchange.getRequestURI().getRawQuery());
            String authorization = exchange.getRequestHeaders().getFirst("Authorization");
            String refused = refusedGraph;
            String required = requiredAuthorization;
            if (required != null && !required.equals(authorization)) {
                exchange.getResponseHeaders().add("WWW-Authenticate", "Basic realm=\"test\"");
                answer(exchange, new Seen(exchange.getRequestMethod(), graph, authorization, 401), "Unauthorized\n");
            } else if (unavailable.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                answer(exchange, new Seen(exchange.getRequestMethod(), graph, authorization, 503), "Try again later\n");
            } else if (refused != null && graph != null && graph.contains(refused)) {
                answer(exchange, new Seen(exchange.getRequestMethod(), graph, authorization, 400), "Graph refused by the test\n");
            } else {
                forward(exchange, graph, authorization, body);
            }
        }
    }

    private void answer(HttpExchange exchange, Seen request, String text) throws IOException {
        seen.add(request);
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "text/plain; charset=utf-8");
        exchange.sendResponseHeaders(request.status(), bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private void forward(HttpExchange exchange, String graph, String authorization, byte[] body) throws IOException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(upstream + exchange.getRequestURI()))
                .method(exchange.getRequestMethod(), HttpRequest.BodyPublishers.ofByteArray(body));
        for (String header : List.of("Content-Type", "Accept")) {
            String value = exchange.getRequestHeaders().getFirst(header);
            if (value != null) {
                request.header(header, value);
            }
        }
        HttpResponse<byte[]> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
        seen.add(new Seen(exchange.getRequestMethod(), graph, authorization, response.statusCode()));
        response.headers().firstValue("Content-Type").ifPresent(v -> exchange.getResponseHeaders().add("Content-Type", v));
        byte[] bytes = response.body();
        exchange.sendResponseHeaders(response.statusCode(), bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    private static String graphOf(String rawQuery) {
        if (rawQuery == null) {
            return null;
        }
        for (String pair : rawQuery.split("&")) {
            if (pair.startsWith("graph=")) {
                return URLDecoder.decode(pair.substring("graph=".length()), StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
