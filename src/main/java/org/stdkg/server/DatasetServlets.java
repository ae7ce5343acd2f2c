package org.stdkg.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.zip.GZIPOutputStream;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.stdkg.linkeddata.DatasetDescription;
import org.stdkg.rdf.Bundled;
import org.stdkg.linkeddata.Negotiation;
import org.stdkg.linkeddata.Prefixes;
import org.stdkg.linkeddata.Representation;
import org.stdkg.store.GraphStore;

/** The dataset-level resources: the VoID/DCAT description, the dump, the ontology and the JSON-LD context. */
final class DatasetServlets {

    private static final List<Representation> DESCRIPTION_FORMATS = List.of(Representation.TURTLE, Representation.JSONLD,
            Representation.RDFXML, Representation.NTRIPLES);

    private DatasetServlets() {
    }

    /** {@code /.well-known/void}: VoID and DCAT, Turtle by default, by Accept. */
    static final class Void extends HttpServlet {
        private static final long serialVersionUID = 1L;
        private final transient Supplier<GraphStore> store;
        private final String base;

        Void(Supplier<GraphStore> store, String base) {
            this.store = store;
            this.base = base;
        }

        @Override
        protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
            resp.addHeader("Vary", "Accept");
            Optional<Representation> r = Negotiation.choose(req.getHeader("Accept"), DESCRIPTION_FORMATS, Representation.TURTLE);
            if (r.isEmpty()) {
                LinkedDataServlet.plain(resp, HttpServletResponse.SC_NOT_ACCEPTABLE, "not acceptable; available: text/turtle "
                        + "application/ld+json application/rdf+xml application/n-triples");
                return;
            }
            String server = req.getScheme() + "://" + req.getServerName() + ":" + req.getServerPort() + "/";
            Model description = DatasetDescription.describe(store.get().dataset(), server, base);
            writeModel(resp, description, r.get());
        }
    }

    /** {@code /dump}: every graph as N-Quads, streamed, gzip-compressed when the client accepts it. */
    static final class Dump extends HttpServlet {
        private static final long serialVersionUID = 1L;
        private final transient Supplier<GraphStore> store;

        Dump(Supplier<GraphStore> store) {
            this.store = store;
        }

        @Override
        protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
            resp.setContentType("application/n-quads;charset=utf-8");
            resp.setHeader("Access-Control-Allow-Origin", "*");
            resp.addHeader("Vary", "Accept-Encoding");
            boolean gzip = acceptsGzip(req.getHeader("Accept-Encoding"));
            if (gzip) {
                resp.setHeader("Content-Encoding", "gzip");
            }
            try (OutputStream raw = resp.getOutputStream(); OutputStream out = gzip ? new GZIPOutputStream(raw, 64 * 1024) : raw) {
                store.get().export(out, Lang.NQUADS);
            }
        }
    }

    /** Whether an Accept-Encoding header admits gzip: listed (or {@code *}) without {@code q=0}. */
    static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        for (String part : acceptEncoding.split(",")) {
            String[] pieces = part.split(";");
            String coding = pieces[0].strip().toLowerCase(java.util.Locale.ROOT);
            if (!coding.equals("gzip") && !coding.equals("x-gzip") && !coding.equals("*")) {
                continue;
            }
            double q = 1;
            for (int i = 1; i < pieces.length; i++) {
                String param = pieces[i].strip().toLowerCase(java.util.Locale.ROOT);
                if (param.startsWith("q=")) {
                    try {
                        q = Double.parseDouble(param.substring(2));
                    } catch (NumberFormatException e) {
                        q = 0;
                    }
                }
            }
            if (q > 0) {
                return true;
            }
        }
        return false;
    }

    /** {@code /ontology}: the ontology as Turtle, JSON-LD, RDF/XML or an HTML page of its classes and properties. */
    static final class Ontology extends HttpServlet {
        private static final long serialVersionUID = 1L;
        private final transient Model ontology;

        Ontology() {
            this.ontology = ModelFactory.createModelForGraph(Bundled.graph(Bundled.ONTOLOGY));
        }

        @Override
        protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
            List<Representation> offered = List.of(Representation.TURTLE, Representation.HTML, Representation.JSONLD,
                    Representation.RDFXML, Representation.NTRIPLES);
            String output = req.getParameter("output");
            Optional<Representation> r = output != null ? Representation.bySuffix(output).filter(offered::contains)
                    : Negotiation.choose(req.getHeader("Accept"), offered, Representation.TURTLE);
            resp.addHeader("Vary", "Accept");
            if (r.isEmpty()) {
                LinkedDataServlet.plain(resp, HttpServletResponse.SC_NOT_ACCEPTABLE, "not acceptable; available: text/turtle "
                        + "text/html application/ld+json application/rdf+xml application/n-triples");
                return;
            }
            if (r.get() == Representation.HTML) {
                resp.setContentType("text/html;charset=utf-8");
                resp.getOutputStream().write(page().getBytes(StandardCharsets.UTF_8));
            } else {
                writeModel(resp, ontology, r.get());
            }
        }

        private String page() {
            StringBuilder b = new StringBuilder(Html.start("stdkg ontology", null));
            b.append("<h1>stdkg ontology</h1>\n<p><code>https://w3id.org/stdkg/ontology#</code> — ")
                    .append("<a href=\"/ontology?output=ttl\">Turtle</a> <a href=\"/ontology?output=jsonld\">JSON-LD</a></p>\n");
            section(b, "Classes", OWL.Class);
            section(b, "Object properties", OWL.ObjectProperty);
            section(b, "Datatype properties", OWL.DatatypeProperty);
            return b.append(Html.end()).toString();
        }

        private void section(StringBuilder b, String title, Resource type) {
            List<Resource> terms = ontology.listSubjectsWithProperty(RDF.type, type).toList().stream()
                    .filter(Resource::isURIResource).sorted((x, y) -> x.getURI().compareTo(y.getURI())).toList();
            if (terms.isEmpty()) {
                return;
            }
            b.append("<h2>").append(title).append("</h2>\n<table>\n");
            for (Resource t : terms) {
                String label = t.hasProperty(RDFS.label) ? t.getProperty(RDFS.label).getString() : t.getLocalName();
                String comment = t.hasProperty(RDFS.comment) ? t.getProperty(RDFS.comment).getString() : "";
                b.append("<tr><th id=\"").append(Html.text(t.getLocalName())).append("\">").append(Html.text(ontology.shortForm(t.getURI())))
                        .append("<br><span class=\"muted\">").append(Html.text(label)).append("</span></th><td>")
                        .append(Html.text(comment)).append("</td></tr>\n");
            }
            b.append("</table>\n");
        }
    }

    /** {@code /context.jsonld}: the JSON-LD context of every document the server publishes. */
    static final class Context extends HttpServlet {
        private static final long serialVersionUID = 1L;
        private final String json;

        Context(String base) {
            JsonObject prefixes = new JsonObject();
            for (Map.Entry<String, String> p : Prefixes.of(base).entrySet()) {
                prefixes.put(p.getKey(), p.getValue());
            }
            JsonObject context = new JsonObject();
            context.put("@context", prefixes);
            this.json = context.toString();
        }

        @Override
        protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
            resp.setContentType("application/ld+json");
            resp.setHeader("Access-Control-Allow-Origin", "*");
            resp.getOutputStream().write(json.getBytes(StandardCharsets.UTF_8));
        }
    }

    static void writeModel(HttpServletResponse resp, Model model, Representation r) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, model, r.format());
        resp.setContentType(r.mediaType() + (r == Representation.TURTLE || r == Representation.NTRIPLES ? ";charset=utf-8" : ""));
        resp.setHeader("Access-Control-Allow-Origin", "*");
        resp.getOutputStream().write(out.toByteArray());
    }
}
