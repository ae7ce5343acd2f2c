package org.stdkg.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.fuseki.server.DataAccessPoint;
import org.apache.jena.fuseki.server.DataAccessPointRegistry;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.shared.PrefixMapping;
import org.stdkg.query.CannedQuery;
import org.stdkg.query.ParameterException;
import org.stdkg.query.QueryBinder;
import org.stdkg.query.QueryCatalogue;
import org.stdkg.query.QueryException;
import org.stdkg.query.QueryParam;
import org.stdkg.query.QueryResult;
import org.stdkg.query.QueryRunner;
import org.stdkg.query.QueryTimeoutException;
import org.stdkg.query.ResultFormat;

/**
 * {@code GET /queries}: the canned-query catalogue as JSON or HTML; {@code GET /queries/{name}?param=…}:
 * one query's results as SPARQL JSON, CSV, TSV or an HTML table, chosen by {@code format=} or the
 * Accept header. An unknown query is 404 with the known names; a missing or malformed parameter
 * is 400 naming it; a query cut at the timeout is 503. An answer holds at most the server's row limit
 * ({@code Stdkg-Row-Limit} header); a cut one says so ({@code Stdkg-Truncated: true}, and in the
 * HTML). Read-only: only GET (and HEAD).
 */
final class QueriesServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** Response header: the most rows an answer holds. */
    static final String ROW_LIMIT_HEADER = "Stdkg-Row-Limit";
    /** Response header, {@code true} when the answer was cut at the row limit. */
    static final String TRUNCATED_HEADER = "Stdkg-Truncated";

    /** The query-string parameter that picks the format; never a query parameter. */
    static final String FORMAT = "format";

    private static final List<ResultFormat> CATALOGUE_FORMATS = List.of(ResultFormat.JSON, ResultFormat.HTML);
    private static final List<ResultFormat> RESULT_FORMATS = List.of(ResultFormat.JSON, ResultFormat.HTML, ResultFormat.CSV,
            ResultFormat.TSV);

    /** Read on first use: parsing and checking every query takes a cold JVM about a second, which startup need not wait for. */
    private final transient Supplier<QueryCatalogue> catalogue;
    private final String datasetPath;
    private final Duration timeout;
    private final String baseUri;
    private final int maxRows;

    /**
     * @param baseUri the base of the entity IRIs, whose pages this server serves at {@code /page/…}
     * @param maxRows the most rows one answer holds; a query with more is cut there and says so
     */
    QueriesServlet(Supplier<QueryCatalogue> catalogue, String datasetPath, Duration timeout, String baseUri, int maxRows) {
        this.catalogue = catalogue;
        this.datasetPath = datasetPath;
        this.timeout = timeout;
        this.baseUri = baseUri.endsWith("/") ? baseUri : baseUri + "/";
        this.maxRows = maxRows;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getPathInfo();
        if (path == null || path.equals("/") || path.isEmpty()) {
            catalogue(req, resp);
            return;
        }
        String name = path.substring(1);
        if (name.endsWith("/")) {
            name = name.substring(0, name.length() - 1);
        }
        Optional<CannedQuery> query = catalogue.get().get(name);
        if (query.isEmpty()) {
            text(resp, HttpServletResponse.SC_NOT_FOUND, "unknown query '" + name + "'; known queries: " + String.join(", ", catalogue.get().names()));
            return;
        }
        run(query.get(), req, resp);
    }

    private void catalogue(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Optional<ResultFormat> format = Negotiation.choose(req.getParameter(FORMAT), req.getHeader("Accept"), CATALOGUE_FORMATS);
        if (format.isEmpty()) {
            text(resp, HttpServletResponse.SC_BAD_REQUEST, "parameter 'format' must be one of: json, html");
            return;
        }
        resp.setHeader("Vary", "Accept");
        if (format.get() == ResultFormat.HTML) {
            html(resp, HttpServletResponse.SC_OK, Html.page("Canned queries", catalogueHtml()));
            return;
        }
        JsonArray queries = new JsonArray();
        for (CannedQuery q : catalogue.get().all()) {
            JsonObject o = new JsonObject();
            o.put("name", q.name());
            o.put("title", q.title());
            o.put("description", q.description());
            o.put("url", "/queries/" + q.name());
            JsonArray params = new JsonArray();
            for (QueryParam p : q.params()) {
                JsonObject po = new JsonObject();
                po.put("name", p.name());
                po.put("type", p.type().id());
                po.put("required", p.required());
                if (!p.required()) {
                    po.put("default", p.defaultValue());
                }
                po.put("description", p.description());
                params.add(po);
            }
            o.put("params", params);
            queries.add(o);
        }
        JsonObject body = new JsonObject();
        body.put("queries", queries);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JSON.write(out, body);
        send(resp, HttpServletResponse.SC_OK, "application/json; charset=utf-8", out.toByteArray());
    }

    private String catalogueHtml() {
        StringBuilder b = new StringBuilder("<h1>Canned queries</h1><p class=\"muted\">Questions analysts ask of the knowledge graph. "
                + "Each runs with its defaults; change the parameters on its page. Results also as JSON, CSV and TSV.</p>");
        for (CannedQuery q : catalogue.get().all()) {
            String url = "/queries/" + enc(q.name());
            b.append("<h2><a href=\"").append(Html.text(url)).append("?format=html\">").append(Html.text(q.title())).append("</a></h2>");
            b.append("<p>").append(Html.text(q.description())).append("</p>");
            if (!q.params().isEmpty()) {
                b.append("<ul class=\"muted\">");
                for (QueryParam p : q.params()) {
                    b.append("<li><code>").append(Html.text(p.name())).append("</code> (").append(Html.text(p.type().id()))
                            .append(p.required() ? ", required" : ", default \u201c" + Html.text(p.defaultValue()) + "\u201d")
                            .append("): ").append(Html.text(p.description())).append("</li>");
                }
                b.append("</ul>");
            }
            b.append("<p class=\"muted\"><code>").append(Html.text(q.name())).append("</code> \u00b7 ")
                    .append(formatLinks(url + "?")).append(" \u00b7 <a href=\"")
                    .append(Html.text(fusekiUiLink(QueryBinder.bind(q, Map.of())))).append("\">open in the Fuseki UI</a></p>");
        }
        return b.toString();
    }

    private void run(CannedQuery query, HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Optional<ResultFormat> chosen = Negotiation.choose(req.getParameter(FORMAT), req.getHeader("Accept"), RESULT_FORMATS);
        if (chosen.isEmpty()) {
            text(resp, HttpServletResponse.SC_BAD_REQUEST, "parameter 'format' must be one of: json, csv, tsv, html");
            return;
        }
        ResultFormat format = chosen.get();
        resp.setHeader("Vary", "Accept");
        Map<String, String> given = new LinkedHashMap<>();
        for (Map.Entry<String, String[]> e : req.getParameterMap().entrySet()) {
            if (e.getKey().equals(FORMAT)) {
                continue;
            }
            if (e.getValue().length != 1) {
                problem(resp, format, query, given, HttpServletResponse.SC_BAD_REQUEST, "parameter '" + e.getKey() + "' given more than once");
                return;
            }
            given.put(e.getKey(), e.getValue()[0]);
        }
        QueryBinder.Bound bound;
        try {
            bound = QueryBinder.bind(query, given);
        } catch (ParameterException e) {
            problem(resp, format, query, given, HttpServletResponse.SC_BAD_REQUEST, e.getMessage());
            return;
        }
        QueryResult result;
        try {
            result = new QueryRunner(dataset(req), timeout).run(bound.query(), maxRows);
        } catch (QueryTimeoutException e) {
            problem(resp, format, query, bound.values(), HttpServletResponse.SC_SERVICE_UNAVAILABLE, e.getMessage());
            return;
        } catch (QueryException e) {
            problem(resp, format, query, bound.values(), HttpServletResponse.SC_INTERNAL_SERVER_ERROR, e.getMessage());
            return;
        }
        // Clients of CSV and JSON learn of a cut answer from the headers: the formats have no place for it.
        resp.setHeader(ROW_LIMIT_HEADER, Integer.toString(maxRows));
        if (result.truncated()) {
            resp.setHeader(TRUNCATED_HEADER, "true");
        }
        if (format == ResultFormat.HTML) {
            html(resp, HttpServletResponse.SC_OK, Html.page(query.title(), resultHtml(query, bound, result.rows(), result.truncated())));
            return;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        format.write(result, out, PrefixMapping.Standard);
        send(resp, HttpServletResponse.SC_OK, format.mediaType() + "; charset=utf-8", out.toByteArray());
    }

    /** An error: the form with the message for HTML, one line of text otherwise. */
    private void problem(HttpServletResponse resp, ResultFormat format, CannedQuery query, Map<String, String> values, int status,
            String message) throws IOException {
        if (format == ResultFormat.HTML) {
            Map<String, String> shown = new LinkedHashMap<>();
            for (QueryParam p : query.params()) {
                shown.put(p.name(), values.getOrDefault(p.name(), p.required() ? "" : p.defaultValue()));
            }
            html(resp, status, Html.page(query.title(), header(query, shown) + "<p class=\"error\">" + Html.text(message) + "</p>"));
            return;
        }
        text(resp, status, message);
    }

    private String header(CannedQuery query, Map<String, String> values) {
        StringBuilder b = new StringBuilder();
        b.append("<h1>").append(Html.text(query.title())).append("</h1>");
        b.append("<p>").append(Html.text(query.description())).append("</p>");
        b.append("<form class=\"params\" method=\"get\" action=\"/queries/").append(Html.text(enc(query.name()))).append("\">");
        for (QueryParam p : query.params()) {
            b.append("<label>").append(Html.text(p.name())).append(" <span class=\"muted\">").append(Html.text(p.description()))
                    .append("</span><input name=\"").append(Html.text(p.name())).append("\" value=\"")
                    .append(Html.text(values.getOrDefault(p.name(), ""))).append("\"")
                    .append(p.type().id().equals("date") ? " placeholder=\"YYYY-MM-DD\"" : "").append("></label>");
        }
        b.append("<input type=\"hidden\" name=\"format\" value=\"html\"><button type=\"submit\">Run</button></form>");
        return b.toString();
    }

    private String resultHtml(CannedQuery query, QueryBinder.Bound bound, ResultSetRewindable rows, boolean truncated) {
        StringBuilder b = new StringBuilder(header(query, bound.values()));
        StringBuilder qs = new StringBuilder("/queries/" + enc(query.name()) + "?");
        for (Map.Entry<String, String> e : bound.values().entrySet()) {
            qs.append(enc(e.getKey())).append('=').append(enc(e.getValue())).append('&');
        }
        List<String> vars = rows.getResultVars();
        StringBuilder table = new StringBuilder("<div class=\"scroll\"><table><thead><tr>");
        for (String v : vars) {
            table.append("<th>").append(Html.text(v)).append("</th>");
        }
        table.append("</tr></thead><tbody>");
        int n = 0;
        while (rows.hasNext()) {
            QuerySolution row = rows.next();
            n++;
            table.append("<tr>");
            for (String v : vars) {
                table.append("<td>").append(cell(row.get(v), baseUri)).append("</td>");
            }
            table.append("</tr>");
        }
        table.append("</tbody></table></div>");
        b.append("<p class=\"muted\">").append(n).append(n == 1 ? " row" : " rows")
                .append(truncated ? " (cut at the server's limit of " + maxRows + " rows)" : "").append(" \u00b7 ").append(formatLinks(qs.toString()))
                .append(" \u00b7 <a href=\"").append(Html.text(fusekiUiLink(bound))).append("\">open in the Fuseki UI</a></p>");
        b.append(table);
        b.append("<details><summary>SPARQL</summary><pre>").append(Html.text(query.text())).append("</pre></details>");
        return b.toString();
    }

    private static String formatLinks(String base) {
        StringBuilder b = new StringBuilder();
        for (String f : List.of("json", "csv", "tsv")) {
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append("<a href=\"").append(Html.text(base + "format=" + f)).append("\">").append(f.toUpperCase(java.util.Locale.ROOT))
                    .append("</a>");
        }
        return b.toString();
    }

    /**
     * One value as HTML: an entity IRI as a link to its page on this server, another http(s) IRI as
     * a link, anything else as escaped text.
     */
    static String cell(RDFNode node, String baseUri) {
        if (node == null) {
            return "";
        }
        if (node.isURIResource()) {
            String iri = node.asResource().getURI();
            String shown = PrefixMapping.Standard.shortForm(iri);
            String page = localPage(iri, baseUri);
            if (page != null) {
                return "<a href=\"" + Html.text(page) + "\">" + Html.text(iri.substring(baseUri.length())) + "</a>";
            }
            if (iri.startsWith("http://") || iri.startsWith("https://")) {
                return "<a href=\"" + Html.text(iri) + "\">" + Html.text(shown) + "</a>";
            }
            return Html.text(shown);
        }
        if (node.isLiteral()) {
            return Html.text(node.asLiteral().getLexicalForm());
        }
        return Html.text(node.toString());
    }

    /** The path of an entity's HTML page on this server ({@code /page/{kind}/{slug}}), or null when the IRI is not an entity's. */
    static String localPage(String iri, String baseUri) {
        String ids = baseUri + "id/";
        return iri.startsWith(ids) && iri.length() > ids.length() ? "/page/" + iri.substring(ids.length()) : null;
    }

    /**
     * The Fuseki UI's query page with this query in the editor, parameters substituted (the UI
     * reads {@code ?query=} on its query route; its example-query list itself is built into the UI).
     */
    private String fusekiUiLink(QueryBinder.Bound bound) {
        return "/index.html#/dataset" + datasetPath + "/query?query=" + enc(bound.query().serialize());
    }

    private Dataset dataset(HttpServletRequest req) {
        DataAccessPoint dap = DataAccessPointRegistry.get(req.getServletContext()).get(datasetPath);
        if (dap == null) {
            throw new QueryException("the server has no dataset at " + datasetPath);
        }
        return DatasetFactory.wrap(dap.getDataService().getDataset());
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    static void text(HttpServletResponse resp, int status, String message) throws IOException {
        send(resp, status, "text/plain; charset=utf-8", (message + "\n").getBytes(StandardCharsets.UTF_8));
    }

    static void html(HttpServletResponse resp, int status, String page) throws IOException {
        send(resp, status, "text/html; charset=utf-8", page.getBytes(StandardCharsets.UTF_8));
    }

    static void send(HttpServletResponse resp, int status, String contentType, byte[] body) throws IOException {
        resp.setStatus(status);
        resp.setContentType(contentType);
        resp.setContentLength(body.length);
        try (OutputStream out = resp.getOutputStream()) {
            out.write(body);
        }
    }
}
