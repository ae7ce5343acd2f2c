package org.stdkg.server;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.stdkg.extract.EntityKind;
import org.stdkg.linkeddata.Representation;

/**
 * The entity named by a request path {@code /{area}/{kind}/{slug}[.{suffix}]}, checked strictly:
 * a known kind and a slug of the form {@link org.stdkg.rdf.Iris#slug} mints, so a hostile path
 * (traversal, encoded separators, overlong names) never reaches the store.
 *
 * @param kind the path segment of the class ({@code standard}) or {@code sourcedocument}
 * @param slug the slug
 * @param suffix the format suffix, or null
 */
record EntityPath(String kind, String slug, String suffix) {

    private static final Pattern PATH = Pattern.compile("/([a-z]+)/([a-z0-9][a-z0-9_.-]{0,199}?)(?:\\.(ttl|jsonld|rdf|nt|nq|trig|html))?");

    /** Parses the part after the area ({@code /standard/iso-iec-42001.ttl}); empty when it is not an entity path. */
    static Optional<EntityPath> parse(String pathInfo) {
        if (pathInfo == null) {
            return Optional.empty();
        }
        Matcher m = PATH.matcher(pathInfo);
        if (!m.matches()) {
            return Optional.empty();
        }
        String kind = m.group(1);
        boolean known = "sourcedocument".equals(kind) || EntityKind.byName(kind).isPresent();
        if (!known || m.group(2).contains("..")) {
            return Optional.empty();
        }
        return Optional.of(new EntityPath(kind, m.group(2), m.group(3)));
    }

    Optional<Representation> suffixRepresentation() {
        return suffix == null ? Optional.empty() : Representation.bySuffix(suffix.toLowerCase(Locale.ROOT));
    }

    /** The entity IRI under a base. */
    String iri(String base) {
        return base + "id/" + kind + "/" + slug;
    }

    String local() {
        return kind + "/" + slug;
    }
}
