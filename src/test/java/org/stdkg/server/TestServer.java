package org.stdkg.server;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.stdkg.build.GraphBuilder;
import org.stdkg.document.DocumentReader;
import org.stdkg.extract.CorpusExtractor;
import org.stdkg.extract.Extractor;
import org.stdkg.rdf.Iris;
import org.stdkg.store.GraphStore;
import org.stdkg.store.StoreConfiguration;

/**
 * A real stdkg server on a free port over a TDB2 database built with {@link GraphBuilder} from
 * some texts, and an HTTP client that never follows redirects (so 303s can be inspected). One per
 * test class: start it in {@code @BeforeAll}, close it in {@code @AfterAll}.
 */
final class TestServer implements AutoCloseable {

    final StdkgServer server;
    final String url;
    final String base;
    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private TestServer(StdkgServer server, String base) {
        this.server = server;
        this.base = base;
        this.url = "http://localhost:" + server.port();
    }

    /** Builds a database in {@code dir} from the inputs with entity IRIs under {@code base}, and serves it. */
    static TestServer start(Path dir, String base, List<Path> inputs) {
        return start(dir, base, inputs, Duration.ofSeconds(10), b -> b);
    }

    /**
     * Builds and serves as {@link #start(Path, String, List)}, with another query timeout and
     * whatever else {@code options} sets on the builder (body size, row limit, listeners).
     */
    static TestServer start(Path dir, String base, List<Path> inputs, Duration timeout,
            java.util.function.UnaryOperator<StdkgServer.Builder> options) {
        Iris iris = Iris.of(base);
        StoreConfiguration config = StoreConfiguration.bundled(dir.resolve("db"), timeout);
        StdkgServer server = options.apply(StdkgServer.create().configuration(config).port(0).baseUri(iris.base())).build();
        GraphStore store = GraphStore.wrap(server.dataset(), config);
        CorpusExtractor corpus = new CorpusExtractor(Extractor.create().build(), DocumentReader.create(), 2, Duration.ofMinutes(2));
        GraphBuilder.Summary summary = new GraphBuilder(corpus, iris).build(store, inputs, new GraphBuilder.Listener() { });
        if (summary.documents() != inputs.stream().mapToInt(p -> CorpusExtractor.files(List.of(p), x -> { }).size()).sum()) {
            throw new IllegalStateException("not every test document was built: " + summary.line() + " " + summary.problems());
        }
        server.start();
        return new TestServer(server, iris.base());
    }

    /** GET with alternating header names and values. */
    HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
        return http.send(request(path, headers).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<byte[]> getBytes(String path, String... headers) throws IOException, InterruptedException {
        return http.send(request(path, headers).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    HttpResponse<String> head(String path, String... headers) throws IOException, InterruptedException {
        return http.send(request(path, headers).method("HEAD", HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** GET with an Accept header, or none when {@code accept} is null. */
    HttpResponse<String> accept(String path, String accept) throws IOException, InterruptedException {
        return accept == null ? get(path) : get(path, "Accept", accept);
    }

    private HttpRequest.Builder request(String path, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url + path)).timeout(Duration.ofSeconds(60));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return b;
    }

    /** All values of a header, joined with ", " (several Vary lines count as one list). */
    static String header(HttpResponse<?> r, String name) {
        return String.join(", ", r.headers().allValues(name));
    }

    /** The entity IRI of a request path's local part ({@code standard/iso-iec-42001}). */
    String iri(String local) {
        return base + "id/" + local;
    }

    @Override
    public void close() {
        server.stop();
    }
}
