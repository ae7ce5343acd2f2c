package org.stdkg.server;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.system.Txn;
import org.stdkg.query.CannedQuery;
import org.stdkg.query.ParamType;
import org.stdkg.query.QueryCatalogue;
import org.stdkg.query.QueryParam;

/**
 * The home page: a search box with autocomplete (over {@code /search}), entity counts per class,
 * the canned queries with a form for their parameters, the SPARQL UI, the ontology and the dataset description. Works
 * offline: no external scripts or styles.
 */
final class HomePage extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private static final String COUNTS = """
            SELECT ?class (COUNT(DISTINCT ?e) AS ?n) WHERE {
              GRAPH ?g { ?e a ?class }
              FILTER (STRSTARTS(STR(?class), "https://w3id.org/stdkg/ontology#") && CONTAINS(STR(?g), "/graph/document/"))
            } GROUP BY ?class ORDER BY DESC(?n)
            """;

    private static final String SCRIPT = """
            <script>
            (function () {
              var box = document.getElementById('q'), list = document.getElementById('hits'), timer = null;
              function esc(s) {
                var d = document.createElement('div'); d.textContent = s == null ? '' : String(s);
                return d.innerHTML.replace(/"/g, '&quot;').replace(/'/g, '&#39;');
              }
              // Entity IRIs live under the database's base, which need not be this host: link to the page here.
              var ids = __IDS__;
              function pageOf(h) {
                var iri = h.iri || '';
                var path = h.page || (iri.indexOf(ids) === 0 ? '/page/' + iri.substring(ids.length) : iri);
                var local = path.charAt(0) === '/' && path.charAt(1) !== '/';
                return local || path.indexOf('http://') === 0 || path.indexOf('https://') === 0 ? path : '#';
              }
              function show(hits) {
                list.innerHTML = hits.map(function (h) {
                  var path = pageOf(h);
                  return '<li><a href="' + esc(path) + '">' + esc(h.label) + '</a> <span class="muted">' + esc(h.class) + '</span></li>';
                }).join('');
              }
              box.addEventListener('input', function () {
                clearTimeout(timer);
                var q = box.value;
                if (q.trim().length < 2) { list.innerHTML = ''; return; }
                timer = setTimeout(function () {
                  fetch('/search?limit=10&q=' + encodeURIComponent(q), { headers: { 'Accept': 'application/json' } })
                    .then(function (r) { return r.ok ? r.json() : { hits: [] }; })
                    .then(function (j) { show(j.hits || j.results || []); })
                    .catch(function () { list.innerHTML = ''; });
                }, 150);
              });
            })();
            </script>
            """;

    private final transient Supplier<Dataset> dataset;
    private final String base;
    private final transient Supplier<QueryCatalogue> queries;

    HomePage(Supplier<Dataset> dataset, String base, Supplier<QueryCatalogue> queries) {
        this.dataset = dataset;
        this.base = base;
        this.queries = queries;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Map<String, Long> counts;
        try {
            counts = counts();
        } catch (org.apache.jena.query.QueryCancelledException e) {
            // Cut at the query timeout (a server too busy to count in time): 503 as elsewhere, not a 500 with a stack trace.
            resp.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            resp.setContentType("text/plain; charset=utf-8");
            resp.getWriter().write("query timed out: the server is busy, try again\n");
            return;
        }
        StringBuilder b = new StringBuilder(Html.start("stdkg: standards bodies and digital-policy actors", Html.FORMS_AND_TABLES));
        b.append("<h1>stdkg</h1>\n<p>A knowledge graph of international standards bodies and digital-policy actors, built from "
                + "their texts. Every fact links to the sentence it was read from.</p>\n");
        b.append("<form action=\"/search\" method=\"get\" role=\"search\">\n<label for=\"q\">Search entities</label><br>\n"
                + "<input type=\"search\" id=\"q\" name=\"q\" autocomplete=\"off\" placeholder=\"ISO/IEC 42001, SC 42, UNECE…\">\n"
                + "<input type=\"hidden\" name=\"format\" value=\"html\">\n<button type=\"submit\">Search</button>\n</form>\n"
                + "<ul id=\"hits\"></ul>\n");
        b.append("<h2>What is in the graph</h2>\n<table>\n");
        counts.forEach((kind, n) -> b.append("<tr><th>").append(Html.text(kind)).append("</th><td>").append(n).append("</td></tr>\n"));
        b.append("</table>\n");
        queryForms(b);
        b.append("<h2>Explore</h2>\n<ul>\n"
                + "<li><a href=\"/queries\">Canned queries</a>: standards by committee, events in a date range, commitments, …</li>\n"
                + "<li><a href=\"/index.html#/dataset/kg/query\">SPARQL query UI</a> (endpoint <code>/sparql</code>)</li>\n"
                + "<li><a href=\"/ontology\">The stdkg ontology</a></li>\n"
                + "<li><a href=\"/.well-known/void\">Dataset description (VoID, DCAT)</a> and <a href=\"/dump\">full dump (N-Quads)</a></li>\n"
                + "</ul>\n");
        String ids = "\"" + (base + "id/").replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        b.append(SCRIPT.replace("__IDS__", Html.scriptJson(ids))).append(Html.end());
        resp.setContentType("text/html;charset=utf-8");
        resp.getOutputStream().write(b.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** Each canned query with a form for its parameters (defaults filled in), run as an HTML table at /queries/{name}. */
    private void queryForms(StringBuilder b) {
        QueryCatalogue catalogue = queries.get();
        if (catalogue == null || catalogue.all().isEmpty()) {
            return;
        }
        b.append("<h2>Canned queries</h2>\n");
        for (CannedQuery q : catalogue.all()) {
            String name = URLEncoder.encode(q.name(), StandardCharsets.UTF_8);
            b.append("<details id=\"query-").append(Html.text(q.name())).append("\"><summary>").append(Html.text(q.title()))
                    .append("</summary>\n<p class=\"muted\">").append(Html.text(q.description())).append("</p>\n")
                    .append("<form class=\"params\" method=\"get\" action=\"/queries/").append(Html.text(name)).append("\">\n");
            for (QueryParam p : q.params()) {
                b.append("<label>").append(Html.text(p.name())).append(" <span class=\"muted\">").append(Html.text(p.description()))
                        .append("</span><input name=\"").append(Html.text(p.name())).append('"');
                if (p.type() == ParamType.INTEGER) {
                    b.append(" type=\"number\"");
                } else if (p.type() == ParamType.DATE) {
                    b.append(" type=\"text\" placeholder=\"YYYY-MM-DD\" pattern=\"[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?\"");
                } else {
                    b.append(" type=\"text\"");
                }
                if (p.required()) {
                    b.append(" required");
                } else {
                    b.append(" value=\"").append(Html.text(p.defaultValue())).append('"');
                }
                b.append("></label>\n");
            }
            b.append("<input type=\"hidden\" name=\"format\" value=\"html\"><button type=\"submit\">Run</button>\n</form>\n</details>\n");
        }
    }

    private Map<String, Long> counts() {
        Dataset ds = dataset.get();
        Map<String, Long> counts = new LinkedHashMap<>();
        Txn.executeRead(ds, () -> {
            try (QueryExecution exec = QueryExecution.dataset(ds).query(COUNTS).build()) {
                ResultSet rs = exec.execSelect();
                while (rs.hasNext()) {
                    QuerySolution row = rs.next();
                    counts.put(row.getResource("class").getLocalName(), row.getLiteral("n").getLong());
                }
            }
        });
        return counts;
    }
}
