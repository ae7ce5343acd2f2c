package org.stdkg.linkeddata;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;

/**
 * The representations of an entity that the server offers: an HTML page and six RDF syntaxes,
 * each with its media type, file suffix and {@code ?output=} name.
 */
public enum Representation {
    HTML("text/html", "html", null, null),
    TURTLE("text/turtle", "ttl", Lang.TURTLE, RDFFormat.TURTLE_PRETTY),
    JSONLD("application/ld+json", "jsonld", Lang.JSONLD, RDFFormat.JSONLD11),
    RDFXML("application/rdf+xml", "rdf", Lang.RDFXML, RDFFormat.RDFXML_PRETTY),
    NTRIPLES("application/n-triples", "nt", Lang.NTRIPLES, RDFFormat.NTRIPLES),
    NQUADS("application/n-quads", "nq", Lang.NQUADS, RDFFormat.NQUADS),
    TRIG("application/trig", "trig", Lang.TRIG, RDFFormat.TRIG_PRETTY);

    private final String mediaType;
    private final String suffix;
    private final Lang lang;
    private final RDFFormat format;

    Representation(String mediaType, String suffix, Lang lang, RDFFormat format) {
        this.mediaType = mediaType;
        this.suffix = suffix;
        this.lang = lang;
        this.format = format;
    }

    public String mediaType() {
        return mediaType;
    }

    public String suffix() {
        return suffix;
    }

    public Lang lang() {
        return lang;
    }

    public RDFFormat format() {
        return format;
    }

    public boolean isRdf() {
        return lang != null;
    }

    /** The RDF representations, in the server's order of preference. */
    public static List<Representation> rdf() {
        return List.of(TURTLE, JSONLD, RDFXML, NTRIPLES, NQUADS, TRIG);
    }

    /** By file suffix ({@code ttl}) or {@code ?output=} name ({@code ttl}, {@code jsonld}, {@code html}, …). */
    public static Optional<Representation> bySuffix(String suffix) {
        String s = suffix.toLowerCase(Locale.ROOT);
        for (Representation r : values()) {
            if (r.suffix.equals(s)) {
                return Optional.of(r);
            }
        }
        return switch (s) {
            case "turtle" -> Optional.of(TURTLE);
            case "json", "json-ld" -> Optional.of(JSONLD);
            case "xml", "rdfxml" -> Optional.of(RDFXML);
            case "ntriples" -> Optional.of(NTRIPLES);
            default -> Optional.empty();
        };
    }
}
