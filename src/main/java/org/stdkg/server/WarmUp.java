package org.stdkg.server;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

/**
 * One request of each kind a running server answers (SPARQL, a canned query in JSON and HTML,
 * search, an entity's page and data, the home page), sent to it over loopback. Run by
 * {@code stdkg serve --exit-after-warm-up}, the training run that records which classes a server
 * loads into a class-data-sharing archive ({@code -XX:ArchiveClassesAtExit}, see the README): the
 * archive then holds every class a real request needs, not only those of startup.
 */
public final class WarmUp {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private WarmUp() {
    }

    /**
     * Sends the requests to {@code http://127.0.0.1:PORT} and returns one line per request
     * ({@code status path}); a request that fails is a line, not an exception.
     */
    public static List<String> run(int port) {
        String root = "http://127.0.0.1:" + port;
        HttpClient client = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
        List<String> lines = new ArrayList<>();
        List<String> paths = new ArrayList<>(List.of(
                "/sparql?query=" + enc("ASK {}"),
                "/sparql?query=" + enc("SELECT ?s ?p ?o WHERE { ?s ?p ?o } LIMIT 10"),
                "/queries?format=json",
                "/queries/committee-tree?format=json",
                "/queries/standards-by-committee?format=html",
                "/search?q=iso",
                "/"));
        String search = null;
        for (String path : paths) {
            Result r = get(client, root + path, path.startsWith("/sparql") ? "application/sparql-results+json" : "*/*");
            lines.add(r.line(path));
            if (path.startsWith("/search")) {
                search = r.body();
            }
        }
        String page = firstPage(search);
        if (page != null) {
            lines.add(get(client, root + page, "text/html").line(page));
            String data = page.replaceFirst("^/page/", "/data/");
            lines.add(get(client, root + data, "text/turtle").line(data));
        }
        return lines;
    }

    /** The page of the first hit of a search result, when there is one. */
    private static String firstPage(String searchJson) {
        if (searchJson == null) {
            return null;
        }
        try {
            JsonObject body = JSON.parse(searchJson);
            JsonValue hits = body.get("hits");
            if (hits instanceof JsonArray array && !array.isEmpty() && array.get(0).isObject()) {
                JsonValue page = array.get(0).getAsObject().get("page");
                return page != null && page.isString() && page.getAsString().value().startsWith("/page/")
                        ? page.getAsString().value() : null;
            }
        } catch (RuntimeException e) {
            // Not JSON (an error page): nothing more to warm up.
        }
        return null;
    }

    private static Result get(HttpClient client, String url, String accept) {
        try {
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT).header("Accept", accept)
                    .build(), HttpResponse.BodyHandlers.ofString());
            return new Result(Integer.toString(response.statusCode()), response.body());
        } catch (IOException e) {
            return new Result("failed (" + e.getMessage() + ")", null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result("interrupted", null);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private record Result(String status, String body) {

        String line(String path) {
            return status + " " + path;
        }
    }
}
