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

    private final Model model;
    private final Resource entity;
    private final String base;
    private final String local;

    EntityPage(Model model, String iri, String base, String local) {
        this.model = model;
        this.entity = model.createResource(iri);
        this.base = base;
        this.local = local;
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
        facts.forEach((p, values) -> b.append("<tr><th>").append(Html.text(p)).append("</th><td>")
                .append(String.join("<br>", values)).append("</td></tr>\n"));
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
        if (!incoming.isEmpty()) {
            incoming.sort(null);
            b.append("<h2>Linked from</h2>\n<ul>\n");
            incoming.forEach(i -> b.append("<li>").append(i).append("</li>\n"));
            b.append("</ul>\n");
        }

        List<String> evidence = evidence();
        b.append("<h2>Evidence</h2>\n");
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

    /** The entity's own triples and its linked entities' labels, for the embedded JSON-LD. */
    private Model headerModel() {
        Model m = org.apache.jena.rdf.model.ModelFactory.createDefaultModel();
        m.setNsPrefixes(model.getNsPrefixMap());
        m.add(entity.listProperties());
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
