package org.stdkg.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.fuseki.server.DataAccessPoint;
import org.apache.jena.fuseki.server.DataAccessPointRegistry;
import org.apache.jena.query.DatasetFactory;
import org.stdkg.query.EntitySearch;
import org.stdkg.query.QueryBinder;
import org.stdkg.query.QueryException;
import org.stdkg.query.QueryTimeoutException;
import org.stdkg.query.ResultFormat;

/**
 * {@code GET /search?q=…[&limit=N]}: entities whose names, aliases or notations match, best first
 * (see {@link EntitySearch}); JSON by default, HTML for {@code format=html} or an Accept header
 * preferring text/html. Without {@code q} the HTML page is just the search form.
 */
final class SearchServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private static final List<ResultFormat> FORMATS = List.of(ResultFormat.JSON, ResultFormat.HTML);

    private final String datasetPath;
    private final Duration timeout;
    private final String baseUri;

    SearchServlet(String datasetPath, Duration timeout, String baseUri) {
        this.datasetPath = datasetPath;
        this.timeout = timeout;
        this.baseUri = baseUri.endsWith("/") ? baseUri : baseUri + "/";
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Optional<ResultFormat> chosen = Negotiation.choose(req.getParameter("format"), req.getHeader("Accept"), FORMATS);
        if (chosen.isEmpty()) {
            QueriesServlet.text(resp, HttpServletResponse.SC_BAD_REQUEST, "parameter 'format' must be one of: json, html");
            return;
        }
        boolean html = chosen.get() == ResultFormat.HTML;
        resp.setHeader("Vary", "Accept");
        String q = req.getParameter("q");
        String limitParam = req.getParameter("limit");
        int limit = EntitySearch.DEFAULT_LIMIT;
        String problem = null;
        if (limitParam != null && !limitParam.isBlank()) {
            try {
                limit = Integer.parseInt(limitParam.strip());
                if (limit < 1) {
                    problem = "parameter 'limit' must be at least 1";
                }
                limit = Math.min(limit, EntitySearch.MAX_LIMIT);
            } catch (NumberFormatException e) {
                problem = "parameter 'limit' must be a whole number, not '" + limitParam + "'";
            }
        }
        if (problem == null && q != null && q.length() > QueryBinder.MAX_LENGTH) {
            problem = "parameter 'q' is longer than " + QueryBinder.MAX_LENGTH + " characters";
        }
        if (problem == null && (q == null || q.isBlank()) && !html) {
            problem = "missing required parameter 'q'";
        }
        if (problem != null) {
            respond(resp, html, HttpServletResponse.SC_BAD_REQUEST, q, limit, null, problem);
            return;
        }
        if (q == null || q.isBlank()) {
            respond(resp, true, HttpServletResponse.SC_OK, "", limit, null, null);
            return;
        }
        List<EntitySearch.Hit> hits;
        try {
            hits = new EntitySearch(DatasetFactory.wrap(dataset(req)), timeout).search(q, limit);
        } catch (QueryTimeoutException e) {
            respond(resp, html, HttpServletResponse.SC_SERVICE_UNAVAILABLE, q, limit, null, e.getMessage());
            return;
        } catch (QueryException e) {
            respond(resp, html, HttpServletResponse.SC_INTERNAL_SERVER_ERROR, q, limit, null, e.getMessage());
            return;
        }
        respond(resp, html, HttpServletResponse.SC_OK, q, limit, hits, null);
    }

    private void respond(HttpServletResponse resp, boolean html, int status, String q, int limit, List<EntitySearch.Hit> hits,
            String problem) throws IOException {
        if (html) {
            QueriesServlet.html(resp, status, Html.page(q == null || q.isBlank() ? "Search" : "Search: " + q, page(q, hits, problem)));
            return;
        }
        if (problem != null) {
            QueriesServlet.text(resp, status, problem);
            return;
        }
        JsonObject body = new JsonObject();
        body.put("query", q);
        body.put("limit", limit);
        JsonArray array = new JsonArray();
        for (EntitySearch.Hit h : hits) {
            JsonObject o = new JsonObject();
            o.put("iri", h.iri());
            String page = QueriesServlet.localPage(h.iri(), baseUri);
            if (page != null) {
                o.put("page", page);
            }
            o.put("label", h.label());
            o.put("class", h.kind());
            o.put("score", org.apache.jena.atlas.json.JsonNumber.value(h.score()));
            o.put("snippet", h.snippet());
            JsonArray ranges = new JsonArray();
            for (int[] r : h.highlights()) {
                JsonArray range = new JsonArray();
                range.add(r[0]);
                range.add(r[1]);
                ranges.add(range);
            }
            o.put("highlights", ranges);
            array.add(o);
        }
        body.put("hits", array);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JSON.write(out, body);
        QueriesServlet.send(resp, status, "application/json; charset=utf-8", out.toByteArray());
    }

    private String page(String q, List<EntitySearch.Hit> hits, String problem) {
        StringBuilder b = new StringBuilder("<h1>Search</h1>");
        b.append("<form class=\"params\" method=\"get\" action=\"/search\"><label>Name, acronym or notation<input type=\"search\" name=\"q\" value=\"")
                .append(Html.text(q == null ? "" : q))
                .append("\" autofocus placeholder=\"ISO/IEC 42001, JTC 1/SC 42, ITU\"></label>")
                .append("<input type=\"hidden\" name=\"format\" value=\"html\"><button type=\"submit\">Search</button></form>");
        if (problem != null) {
            b.append("<p class=\"error\">").append(Html.text(problem)).append("</p>");
        }
        if (hits != null) {
            b.append("<p class=\"muted\">").append(hits.size()).append(hits.size() == 1 ? " entity" : " entities").append("</p>");
            b.append("<ul class=\"hits\">");
            for (EntitySearch.Hit h : hits) {
                String page = QueriesServlet.localPage(h.iri(), baseUri);
                b.append("<li><a href=\"").append(Html.text(page != null ? page : h.iri())).append("\">").append(Html.text(h.label())).append("</a>")
                        .append("<span class=\"kind\">").append(Html.text(h.kind())).append("</span>");
                b.append("<br><span class=\"muted\">").append(highlighted(h)).append("</span>");
                b.append("</li>");
            }
            b.append("</ul>");
        }
        return b.toString();
    }

    /** The snippet with its matching ranges in {@code <mark>}, every piece escaped. */
    static String highlighted(EntitySearch.Hit h) {
        String s = h.snippet();
        StringBuilder b = new StringBuilder();
        int at = 0;
        for (int[] r : h.highlights()) {
            if (r[0] < at || r[1] > s.length()) {
                continue;
            }
            b.append(Html.text(s.substring(at, r[0]))).append("<mark>").append(Html.text(s.substring(r[0], r[1]))).append("</mark>");
            at = r[1];
        }
        b.append(Html.text(s.substring(at)));
        return b.toString();
    }

    private org.apache.jena.sparql.core.DatasetGraph dataset(HttpServletRequest req) {
        DataAccessPoint dap = DataAccessPointRegistry.get(req.getServletContext()).get(datasetPath);
        if (dap == null) {
            throw new QueryException("the server has no dataset at " + datasetPath);
        }
        return dap.getDataService().getDataset();
    }
}
