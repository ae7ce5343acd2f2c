package org.stdkg.server;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.OA;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.stdkg.linkeddata.EntityDescriber;
import org.stdkg.linkeddata.Representation;
import org.stdkg.vocab.KG;
import org.stdkg.vocab.PROV;

/**
 * The HTML page of an entity, rendered from its description: label, class, aliases and
 * notations; facts grouped by property with linked entities by label; incoming links; evidence
 * sentences with the mention highlighted; alternate formats and embedded JSON-LD. Every value is
 * escaped.
 */
final class EntityPage {

    private static final Set<Property> HEADER_PROPERTIES = Set.of(RDF.type, RDFS.label, SKOS.altLabel, SKOS.notation,
            PROV.wasDerivedFrom);

    /** The most values of one property the page lists; the data has them all. */
    static final int VALUES_SHOWN = 50;

    private final Model model;
    private final Resource entity;
    private final String base;
    private final String local;
    private final EntityDescriber.Window incomingWindow;
    private final EntityDescriber.Window evidenceWindow;

    /** The page of a whole description (every incoming link and every evidence annotation in the model). */
    EntityPage(Model model, String iri, String base, String local) {
        this(new EntityDescriber.Description(model, whole((int) model.listStatements(null, null, model.createResource(iri))
                .filterDrop(s -> s.getPredicate().equals(RDF.subject) || s.getPredicate().equals(RDF.object)).toList().size()),
                whole(model.listSubjectsWithProperty(RDF.subject, model.createResource(iri)).toList().size())), iri, base, local);
    }

    /** The page of a description whose long lists are windows of the whole (with links to the others). */
    EntityPage(EntityDescriber.Description description, String iri, String base, String local) {
        this.model = description.model();
        this.entity = model.createResource(iri);
        this.base = base;
        this.local = local;
        this.incomingWindow = description.incoming();
        this.evidenceWindow = description.evidence();
    }

    private static EntityDescriber.Window whole(int n) {
        return new EntityDescriber.Window(0, n, n, true);
    }

    String render() {
        String label = label(entity);
        StringBuilder head = new StringBuilder();
        for (Representation r : Representation.rdf()) {
            head.append("<link rel=\"alternate\" type=\"").append(r.mediaType()).append("\" href=\"/data/")
                    .append(Html.text(local)).append('.').append(r.suffix()).append("\">\n");
        }
        ByteArrayOutputStream json = new ByteArrayOutputStream();
        RDFDataMgr.write(json, headerModel(), Representation.JSONLD.format());
        head.append("<script type=\"application/ld+json\">").append(Html.scriptJson(json.toString(StandardCharsets.UTF_8)))
                .append("</script>");

        StringBuilder b = new StringBuilder(Html.start(label, head.toString()));
        b.append("<p class=\"kind\">").append(Html.text(kindOf(entity))).append("</p>\n");
        b.append("<h1>").append(Html.text(label)).append("</h1>\n");
        b.append("<p class=\"muted\"><code>").append(Html.text(entity.getURI())).append("</code></p>\n");
        List<String> notations = literals(entity, SKOS.notation);
        List<String> aliases = literals(entity, SKOS.altLabel);
        if (!notations.isEmpty()) {
            b.append("<p>Notation: ").append(Html.text(String.join(", ", notations))).append("</p>\n");
        }
        if (!aliases.isEmpty()) {
            b.append("<p>Also known as: ").append(Html.text(String.join(" · ", aliases))).append("</p>\n");
        }

        b.append("<h2>Facts</h2>\n<table class=\"facts\">\n");
        Map<String, List<String>> facts = new LinkedHashMap<>();
        List<Statement> own = entity.listProperties().toList();
        own.sort(Comparator.comparing((Statement s) -> model.shortForm(s.getPredicate().getURI())));
        for (Statement s : own) {
            if (!HEADER_PROPERTIES.contains(s.getPredicate())) {
                facts.computeIfAbsent(model.shortForm(s.getPredicate().getURI()), k -> new ArrayList<>()).add(value(s.getObject()));
            }
        }
        facts.forEach((p, values) -> {
            b.append("<tr><th>").append(Html.text(p)).append("</th><td>")
                    .append(String.join("<br>", values.subList(0, Math.min(values.size(), VALUES_SHOWN))));
            if (values.size() > VALUES_SHOWN) {
                b.append("<br><span class=\"muted\">showing ").append(VALUES_SHOWN).append(" of ").append(values.size())
                        .append(": all in the <a href=\"/data/").append(Html.text(local)).append(".ttl\">data</a></span>");
            }
            b.append("</td></tr>\n");
        });
        if (facts.isEmpty()) {
            b.append("<tr><td class=\"muted\">No facts besides its names.</td></tr>\n");
        }
        b.append("</table>\n");

        List<String> incoming = new ArrayList<>();
        for (Statement s : model.listStatements(null, null, entity).toList()) {
            Resource from = s.getSubject();
            if (from.hasProperty(RDF.type, RDF.Statement) || s.getPredicate().equals(RDF.object)) {
                continue;
            }
            incoming.add(value(from) + " <span class=\"muted\">" + Html.text(model.shortForm(s.getPredicate().getURI())) + "</span>");
        }
        if (!incoming.isEmpty() || incomingWindow.total() > 0) {
            incoming.sort(null);
            b.append("<h2>Linked from</h2>\n");
            pager(b, incomingWindow, "links", "/queries/entity?entity=");
            b.append("<ul>\n");
            incoming.forEach(i -> b.append("<li>").append(i).append("</li>\n"));
            b.append("</ul>\n");
        }

        List<String> evidence = evidence();
        b.append("<h2>Evidence</h2>\n");
        pager(b, evidenceWindow, "evidence sentences", "/queries/evidence?subject=");
        if (evidence.isEmpty()) {
            b.append("<p class=\"muted\">No evidence recorded.</p>\n");
        } else {
            b.append("<ul class=\"evidence\">\n");
            evidence.forEach(e -> b.append("<li>").append(e).append("</li>\n"));
            b.append("</ul>\n");
        }

        b.append("<h2>Data</h2>\n<p>");
        for (Representation r : Representation.rdf()) {
            b.append("<a href=\"/data/").append(Html.text(local)).append('.').append(r.suffix()).append("\">")
                    .append(r.suffix()).append("</a> ");
        }
        b.append("</p>\n");
        return b.append(Html.end()).toString();
    }

    /**
     * For a list longer than its window: "showing 51–100 of 1,841", links to the previous and next
     * windows ({@code ?offset=}) and to the canned query that lists them all.
     */
    private void pager(StringBuilder b, EntityDescriber.Window w, String what, String query) {
        if (!w.isPartial()) {
            return;
        }
        String total = String.format(java.util.Locale.ROOT, "%,d", w.total()) + (w.counted() ? "" : "+");
        b.append("<p class=\"muted pager\">");
        if (w.shown() == 0) {
            b.append("none from ").append(w.offset() + 1).append(" on, of ").append(total).append(' ').append(what);
        } else {
            b.append("showing ").append(w.offset() + 1).append('\u2013').append(w.offset() + w.shown()).append(" of ").append(total)
                    .append(' ').append(what);
        }
        String page = "/page/" + local;
        if (w.offset() > 0) {
            b.append(" \u00b7 <a rel=\"prev\" href=\"").append(Html.text(page + "?offset=" + Math.max(0, w.offset() - EntityDescriber.WINDOW)))
                    .append("\">\u2039 previous</a>");
        }
        if (w.hasMore()) {
            b.append(" \u00b7 <a rel=\"next\" href=\"").append(Html.text(page + "?offset=" + (w.offset() + EntityDescriber.WINDOW)))
                    .append("\">next \u203a</a>");
        }
        b.append(" \u00b7 <a href=\"").append(Html.text(query + QueriesServlet.enc(entity.getURI()) + "&format=html"))
                .append("\">all as a query</a></p>\n");
    }

    /**
     * The entity's own triples for the embedded JSON-LD, at most {@link #VALUES_SHOWN} per property
     * and without its source documents (hundreds for a big body; the data lists them): the JSON-LD
     * writer costs more per triple than the rest of the page.
     */
    private Model headerModel() {
        Model m = org.apache.jena.rdf.model.ModelFactory.createDefaultModel();
        m.setNsPrefixes(model.getNsPrefixMap());
        Map<Property, Integer> perProperty = new java.util.HashMap<>();
        for (Statement s : entity.listProperties().toList()) {
            if (!s.getPredicate().equals(PROV.wasDerivedFrom) && perProperty.merge(s.getPredicate(), 1, Integer::sum) <= VALUES_SHOWN) {
                m.add(s);
            }
        }
        return m;
    }

    private List<String> evidence() {
        List<String> items = new ArrayList<>();
        for (Resource statement : model.listSubjectsWithProperty(RDF.subject, entity).toList()) {
            for (Resource annotation : model.listSubjectsWithProperty(OA.hasBody, statement).toList()) {
                Resource target = annotation.getPropertyResourceValue(OA.hasTarget);
                if (target == null) {
                    continue;
                }
                String sentence = null;
                long sentenceStart = -1;
                long mentionStart = -1;
                long mentionEnd = -1;
                for (Statement sel : target.listProperties(OA.hasSelector).toList()) {
                    Resource selector = sel.getResource();
                    if (selector.hasProperty(OA.exact)) {
                        sentence = selector.getProperty(OA.exact).getString();
                    }
                    if (selector.hasProperty(OA.start) && selector.hasProperty(OA.refinedBy)) {
                        sentenceStart = selector.getProperty(OA.start).getLong();
                        Resource mention = selector.getPropertyResourceValue(OA.refinedBy);
                        if (mention.hasProperty(OA.start) && mention.hasProperty(OA.end)) {
                            mentionStart = mention.getProperty(OA.start).getLong();
                            mentionEnd = mention.getProperty(OA.end).getLong();
                        }
                    }
                }
                if (sentence == null) {
                    continue;
                }
                Resource predicate = statement.getPropertyResourceValue(RDF.predicate);
                RDFNode object = statement.getProperty(RDF.object) == null ? null : statement.getProperty(RDF.object).getObject();
                Resource source = target.getPropertyResourceValue(OA.hasSource);
                StringBuilder item = new StringBuilder();
                item.append("<span class=\"muted\">").append(Html.text(predicate == null ? "" : model.shortForm(predicate.getURI())));
                if (object != null) {
                    item.append(" ").append(value(object));
                }
                item.append(" — ").append(source == null ? "" : value(source)).append("</span><br>");
                item.append(highlight(sentence, mentionStart - sentenceStart, mentionEnd - sentenceStart));
                items.add(item.toString());
            }
        }
        items.sort(null);
        return items;
    }

    /** The sentence with the mention marked, each part escaped on its own. */
    static String highlight(String sentence, long from, long to) {
        if (from < 0 || to > sentence.length() || from >= to) {
            return Html.text(sentence);
        }
        return Html.text(sentence.substring(0, (int) from)) + "<mark>" + Html.text(sentence.substring((int) from, (int) to))
                + "</mark>" + Html.text(sentence.substring((int) to));
    }

    /** A value: linked entity by label (a link to its page when it is ours), or escaped literal. */
    private String value(RDFNode node) {
        if (node.isLiteral()) {
            Literal l = node.asLiteral();
            return Html.text(l.getLexicalForm());
        }
        Resource r = node.asResource();
        if (r.isAnon()) {
            return "";
        }
        String uri = r.getURI();
        String text = Html.text(label(r));
        if (uri.startsWith(base + "id/")) {
            return "<a href=\"/page/" + Html.text(uri.substring((base + "id/").length())) + "\">" + text + "</a>";
        }
        // Terms of our ontology link to the server's own ontology page, which works offline and behind any host.
        if (uri.startsWith(KG.NS) && uri.length() > KG.NS.length()) {
            return "<a href=\"/ontology#" + Html.text(uri.substring(KG.NS.length())) + "\">" + text + "</a>";
        }
        return "<a href=\"" + Html.text(uri) + "\">" + text + "</a>";
    }

    private String label(Resource r) {
        Statement label = r.getProperty(RDFS.label);
        if (label != null && label.getObject().isLiteral()) {
            return label.getString();
        }
        return r.isURIResource() ? model.shortForm(r.getURI()) : "";
    }

    private static String kindOf(Resource r) {
        for (Statement t : r.listProperties(RDF.type).toList()) {
            if (t.getObject().isURIResource() && t.getResource().getURI().startsWith(KG.NS)) {
                return t.getResource().getLocalName();
            }
        }
        return "";
    }

    private static List<String> literals(Resource r, Property p) {
        List<String> values = new ArrayList<>();
        r.listProperties(p).forEachRemaining(s -> {
            if (s.getObject().isLiteral()) {
                values.add(s.getString());
            }
        });
        values.sort(null);
        return values;
    }
}
