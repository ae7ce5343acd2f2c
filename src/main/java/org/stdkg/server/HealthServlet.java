package org.stdkg.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryFactory;
import org.stdkg.query.QueryRunner;

/**
 * {@code GET /health}: whether the server can answer from its database, as JSON, for a load
 * balancer or an orchestrator. {@code /$/ping} only says that the HTTP server runs; this opens a
 * read transaction on the dataset and asks whether it holds any triple, cut after a few seconds.
 * 200 with {@code "status": "up"} when it can, 503 with {@code "status": "down"} and the reason
 * when it cannot (during a graceful stop Jetty itself answers 503 before this runs).
 */
final class HealthServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** A health check must answer quickly, whatever the query timeout. */
    private static final Duration CHECK_TIMEOUT = Duration.ofSeconds(5);

    private final transient Supplier<Dataset> dataset;
    private final String datasetPath;

    HealthServlet(Supplier<Dataset> dataset, String datasetPath) {
        this.dataset = dataset;
        this.datasetPath = datasetPath;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        JsonObject body = new JsonObject();
        body.put("dataset", datasetPath);
        long started = System.nanoTime();
        int status;
        try {
            boolean hasData = new QueryRunner(dataset.get(), CHECK_TIMEOUT).run(QueryFactory.create("ASK { ?s ?p ?o }")).answer();
            body.put("status", "up");
            body.put("empty", !hasData);
            status = HttpServletResponse.SC_OK;
        } catch (RuntimeException e) {
            body.put("status", "down");
            body.put("problem", e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse(""));
            status = HttpServletResponse.SC_SERVICE_UNAVAILABLE;
        }
        body.put("checkMillis", (System.nanoTime() - started) / 1_000_000);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JSON.write(out, body);
        resp.setHeader("Cache-Control", "no-store");
        QueriesServlet.send(resp, status, "application/json; charset=utf-8", out.toByteArray());
    }
}
