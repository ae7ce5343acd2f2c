package org.stdkg.server;

import java.io.IOException;
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

/**
 * The home page: a search box with autocomplete (over {@code /search}), entity counts per class,
 * links to the canned queries, the SPARQL UI, the ontology and the dataset description. Works
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
              function esc(s) { var d = document.createElement('div'); d.textContent = s == null ? '' : String(s); return d.innerHTML; }
              function show(hits) {
                list.innerHTML = hits.map(function (h) {
                  var path = h.page || h.iri;
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

    HomePage(Supplier<Dataset> dataset) {
        this.dataset = dataset;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Map<String, Long> counts = counts();
        StringBuilder b = new StringBuilder(Html.start("stdkg: standards bodies and digital-policy actors", null));
        b.append("<h1>stdkg</h1>\n<p>A knowledge graph of international standards bodies and digital-policy actors, built from "
                + "their texts. Every fact links to the sentence it was read from.</p>\n");
        b.append("<form action=\"/search\" method=\"get\" role=\"search\">\n<label for=\"q\">Search entities</label><br>\n"
                + "<input type=\"search\" id=\"q\" name=\"q\" autocomplete=\"off\" placeholder=\"ISO/IEC 42001, SC 42, UNECE…\">\n"
                + "<input type=\"hidden\" name=\"format\" value=\"html\">\n<button type=\"submit\">Search</button>\n</form>\n"
                + "<ul id=\"hits\"></ul>\n");
        b.append("<h2>What is in the graph</h2>\n<table>\n");
        counts.forEach((kind, n) -> b.append("<tr><th>").append(Html.text(kind)).append("</th><td>").append(n).append("</td></tr>\n"));
        b.append("</table>\n");
        b.append("<h2>Explore</h2>\n<ul>\n"
                + "<li><a href=\"/queries\">Canned queries</a>: standards by committee, events in a date range, commitments, …</li>\n"
                + "<li><a href=\"/index.html#/dataset/kg/query\">SPARQL query UI</a> (endpoint <code>/sparql</code>)</li>\n"
                + "<li><a href=\"/ontology\">The stdkg ontology</a></li>\n"
                + "<li><a href=\"/.well-known/void\">Dataset description (VoID, DCAT)</a> and <a href=\"/dump\">full dump (N-Quads)</a></li>\n"
                + "</ul>\n");
        b.append(SCRIPT).append(Html.end());
        resp.setContentType("text/html;charset=utf-8");
        resp.getOutputStream().write(b.toString().getBytes(StandardCharsets.UTF_8));
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
