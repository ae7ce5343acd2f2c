package org.stdkg.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.stdkg.linkeddata.EntityDescriber;
import org.stdkg.linkeddata.Negotiation;
import org.stdkg.linkeddata.Representation;

/**
 * Linked data for entity URIs, following "Cool URIs for the Semantic Web": {@code /id/…} answers
 * 303 See Other to the page or the data by content negotiation, {@code /data/…} serves the
 * description in six RDF syntaxes (by suffix or Accept), {@code /page/…} the HTML page. Request
 * paths map to IRIs under the configured base, so a database built for one host can be served
 * behind another.
 */
final class LinkedDataServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** Which of the three URI spaces this servlet serves. */
    enum Area {
        ID, DATA, PAGE
    }

    /** The query parameter that moves the windows of long lists ({@link EntityDescriber#WINDOW} items each). */
    static final String OFFSET = "offset";
    /**
     * The largest offset: 4,000 windows deep, and a request walks at most this many index entries
     * (a few hundred milliseconds); further than that, the canned queries the page links to.
     */
    static final long MAX_OFFSET = 100_000;
    private static final java.util.regex.Pattern OFFSET_VALUE = java.util.regex.Pattern.compile("\\d{1,9}");

    private static final List<Representation> ALL = List.of(Representation.HTML, Representation.TURTLE, Representation.JSONLD,
            Representation.RDFXML, Representation.NTRIPLES, Representation.NQUADS, Representation.TRIG);

    private final Area area;
    private final transient Supplier<EntityDescriber> describer;
    private final String base;
    private final Instant lastModified;

    LinkedDataServlet(Area area, Supplier<EntityDescriber> describer, String base, Instant lastModified) {
        this.area = area;
        this.describer = describer;
        this.base = base;
        this.lastModified = lastModified;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setHeader("Access-Control-Allow-Origin", "*");
        // Scripts on other sites may read the negotiation and caching headers too, not only the CORS-safelisted ones.
        resp.setHeader("Access-Control-Expose-Headers", "Content-Type, Content-Length, ETag, Last-Modified, Link, Location, Vary");
        Optional<EntityPath> path = EntityPath.parse(req.getPathInfo());
        if (path.isEmpty() || (area != Area.DATA && path.get().suffix() != null)) {
            notFound(req, resp, "no such entity: " + req.getRequestURI());
            return;
        }
        try {
            switch (area) {
                case ID -> redirect(req, resp, path.get());
                case DATA -> data(req, resp, path.get());
                default -> page(req, resp, path.get());
            }
        } catch (org.apache.jena.query.QueryCancelledException e) {
            // Cut at the query timeout (a server too busy to answer in time): 503 as for /sparql and /queries, not a 500.
            if (!resp.isCommitted()) {
                resp.reset();
                plain(resp, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "query timed out: the server is busy, try again");
            }
        }
    }

    @Override
    protected void doHead(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        doGet(req, resp);
    }

    private void redirect(HttpServletRequest req, HttpServletResponse resp, EntityPath path) throws IOException {
        resp.addHeader("Vary", "Accept");
        Optional<Representation> chosen = Optional.empty();
        String output = req.getParameter("output");
        if (output != null) {
            chosen = Representation.bySuffix(output);
            if (chosen.isEmpty()) {
                plain(resp, HttpServletResponse.SC_BAD_REQUEST, "unknown output format '" + output + "' (use ttl, jsonld, rdf, nt, nq, trig or html)");
                return;
            }
        }
        // An unknown entity is 404 whatever the client accepts: the more useful answer of the two.
        if (!describer.get().exists(path.iri(base))) {
            notFound(req, resp, "no such entity: " + path.iri(base));
            return;
        }
        if (output == null) {
            chosen = Negotiation.choose(req.getHeader("Accept"), ALL, Representation.TURTLE);
            if (chosen.isEmpty()) {
                notAcceptable(resp, ALL);
                return;
            }
        }
        Representation r = chosen.get();
        String location = r == Representation.HTML ? "/page/" + path.local() : "/data/" + path.local() + "." + r.suffix();
        resp.setStatus(HttpServletResponse.SC_SEE_OTHER);
        resp.setHeader("Location", location);
        resp.setContentType("text/plain;charset=utf-8");
        resp.getWriter().println("See " + location);
    }

    private void data(HttpServletRequest req, HttpServletResponse resp, EntityPath path) throws IOException {
        Optional<Representation> bySuffix = path.suffixRepresentation().filter(Representation::isRdf);
        if (path.suffix() != null && bySuffix.isEmpty()) {
            notFound(req, resp, "no such representation: " + req.getRequestURI());
            return;
        }
        OptionalLong offset = offset(req, resp);
        if (offset.isEmpty()) {
            return;
        }
        // An unknown entity is 404 whatever the client accepts, as on /id.
        Optional<EntityDescriber.Description> description = describer.get().describe(path.iri(base), offset.getAsLong());
        if (description.isEmpty()) {
            notFound(req, resp, "no such entity: " + path.iri(base));
            return;
        }
        Representation r;
        if (bySuffix.isPresent()) {
            r = bySuffix.get();
        } else {
            resp.addHeader("Vary", "Accept");
            Optional<Representation> chosen = Negotiation.choose(req.getHeader("Accept"), Representation.rdf(), Representation.TURTLE);
            if (chosen.isEmpty()) {
                notAcceptable(resp, Representation.rdf());
                return;
            }
            r = chosen.get();
        }
        Model model = description.get().model();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (r == Representation.NQUADS || r == Representation.TRIG) {
            RDFDataMgr.write(out, org.apache.jena.query.DatasetFactory.wrap(model), r.format());
        } else {
            RDFDataMgr.write(out, model, r.format());
        }
        List<String> links = new ArrayList<>(pageLinks("/data/" + path.local() + "." + r.suffix(), description.get()));
        for (Representation other : Representation.rdf()) {
            if (other != r) {
                links.add("</data/" + path.local() + "." + other.suffix() + ">; rel=\"alternate\"; type=\"" + other.mediaType() + "\"");
            }
        }
        links.add("</page/" + path.local() + ">; rel=\"alternate\"; type=\"text/html\"");
        links.add("<" + path.iri(base) + ">; rel=\"describes\"");
        resp.setHeader("Link", String.join(", ", links));
        send(req, resp, r.mediaType() + (r == Representation.JSONLD || r == Representation.RDFXML ? "" : ";charset=utf-8"),
                out.toByteArray());
    }

    private void page(HttpServletRequest req, HttpServletResponse resp, EntityPath path) throws IOException {
        OptionalLong offset = offset(req, resp);
        if (offset.isEmpty()) {
            return;
        }
        Optional<EntityDescriber.Description> description = describer.get().describe(path.iri(base), offset.getAsLong());
        if (description.isEmpty()) {
            notFound(req, resp, "no such entity: " + path.iri(base));
            return;
        }
        List<String> links = new ArrayList<>(pageLinks("/page/" + path.local(), description.get()));
        for (Representation other : Representation.rdf()) {
            links.add("</data/" + path.local() + "." + other.suffix() + ">; rel=\"alternate\"; type=\"" + other.mediaType() + "\"");
        }
        resp.setHeader("Link", String.join(", ", links));
        String html = new EntityPage(description.get(), path.iri(base), base, path.local()).render();
        send(req, resp, "text/html;charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The {@code offset} parameter: where the windows of a description's long lists (incoming links,
     * evidence) start. Absent is 0; anything but a whole number from 0 to {@link #MAX_OFFSET} is
     * answered with 400 here and gives empty.
     */
    private static OptionalLong offset(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String[] given = req.getParameterValues(OFFSET);
        if (given == null) {
            return OptionalLong.of(0);
        }
        if (given.length == 1 && OFFSET_VALUE.matcher(given[0]).matches()) {
            long offset = Long.parseLong(given[0]);
            if (offset <= MAX_OFFSET) {
                return OptionalLong.of(offset);
            }
        }
        plain(resp, HttpServletResponse.SC_BAD_REQUEST, "parameter 'offset' must be one whole number from 0 to " + MAX_OFFSET);
        return OptionalLong.empty();
    }

    /** {@code Link} header values to the previous and next windows of a partial description. */
    static List<String> pageLinks(String path, EntityDescriber.Description d) {
        List<String> links = new ArrayList<>();
        long offset = Math.max(d.incoming().offset(), d.evidence().offset());
        if (d.hasMore()) {
            links.add("<" + path + "?" + OFFSET + "=" + (offset + EntityDescriber.WINDOW) + ">; rel=\"next\"");
        }
        if (offset > 0) {
            links.add("<" + path + "?" + OFFSET + "=" + Math.max(0, offset - EntityDescriber.WINDOW) + ">; rel=\"prev\"");
        }
        return links;
    }

    /** Sends a body with ETag and Last-Modified, or 304 when the client's copy is current. */
    private void send(HttpServletRequest req, HttpServletResponse resp, String contentType, byte[] body) throws IOException {
        String etag = "\"" + hash(body) + "\"";
        resp.setHeader("ETag", etag);
        resp.setDateHeader("Last-Modified", lastModified.toEpochMilli());
        String ifNoneMatch = req.getHeader("If-None-Match");
        long ifModifiedSince = -1;
        try {
            ifModifiedSince = req.getDateHeader("If-Modified-Since");
        } catch (IllegalArgumentException e) {
            // A malformed date is ignored, as RFC 9110 says.
        }
        boolean notModified = ifNoneMatch != null ? matches(ifNoneMatch, etag)
                : ifModifiedSince >= 0 && lastModified.toEpochMilli() / 1000 <= ifModifiedSince / 1000;
        if (notModified) {
            resp.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        resp.setContentType(contentType);
        resp.setContentLength(body.length);
        if (!"HEAD".equals(req.getMethod())) {
            resp.getOutputStream().write(body);
        }
    }

    private static boolean matches(String ifNoneMatch, String etag) {
        for (String tag : ifNoneMatch.split(",")) {
            String t = tag.strip();
            if (t.equals("*") || t.equals(etag) || t.equals("W/" + etag)) {
                return true;
            }
        }
        return false;
    }

    private static void notAcceptable(HttpServletResponse resp, List<Representation> offered) throws IOException {
        StringBuilder b = new StringBuilder("not acceptable; available: ");
        offered.forEach(r -> b.append(r.mediaType()).append(' '));
        plain(resp, HttpServletResponse.SC_NOT_ACCEPTABLE, b.toString().strip());
    }

    /** 404 as HTML for browsers, plain text otherwise. */
    static void notFound(HttpServletRequest req, HttpServletResponse resp, String message) throws IOException {
        Optional<Representation> r = Negotiation.choose(req.getHeader("Accept"), List.of(Representation.TURTLE, Representation.HTML),
                Representation.TURTLE);
        if (r.isPresent() && r.get() == Representation.HTML) {
            resp.setStatus(HttpServletResponse.SC_NOT_FOUND);
            resp.setContentType("text/html;charset=utf-8");
            resp.getWriter().write(Html.start("Not found", null) + "<h1>Not found</h1><p>" + Html.text(message)
                    + "</p><p><a href=\"/home\">Search the graph</a></p>" + Html.end());
        } else {
            plain(resp, HttpServletResponse.SC_NOT_FOUND, message);
        }
    }

    static void plain(HttpServletResponse resp, int status, String message) throws IOException {
        resp.setStatus(status);
        resp.setContentType("text/plain;charset=utf-8");
        resp.getWriter().println(message);
    }

    private static String hash(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
