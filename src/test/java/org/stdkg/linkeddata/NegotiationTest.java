package org.stdkg.linkeddata;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** Content negotiation without a server: q-values, wildcards, exclusions and the fallback. */
class NegotiationTest {

    static {
        // Jena's vocabularies need the system initialised first; the server does it, a bare unit test must.
        org.apache.jena.sys.JenaSystem.init();
    }

    static final List<Representation> ALL = List.of(Representation.HTML, Representation.TURTLE, Representation.JSONLD,
            Representation.RDFXML, Representation.NTRIPLES, Representation.NQUADS, Representation.TRIG);

    static Optional<Representation> choose(String accept) {
        return Negotiation.choose(accept, ALL, Representation.TURTLE);
    }

    @Test
    void absentBlankOrBareWildcardGetsTheFallback() {
        assertEquals(Optional.of(Representation.TURTLE), choose(null));
        assertEquals(Optional.of(Representation.TURTLE), choose(""));
        assertEquals(Optional.of(Representation.TURTLE), choose("*/*"));
        assertEquals(Optional.of(Representation.TURTLE), choose("*/*;q=0.5"), "a wildcard alone, at any weight");
    }

    @Test
    void higherQualityWinsWhateverTheOrder() {
        assertEquals(Optional.of(Representation.TURTLE), choose("text/html;q=0.5, text/turtle;q=0.9"));
        assertEquals(Optional.of(Representation.HTML), choose("text/turtle;q=0.5, text/html;q=0.9"));
        assertEquals(Optional.of(Representation.JSONLD), choose("*/*;q=0.1, application/ld+json"));
    }

    @Test
    void browsersGetHtml() {
        assertEquals(Optional.of(Representation.HTML),
                choose("text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8"));
    }

    @Test
    void nothingAcceptableIsEmpty() {
        assertEquals(Optional.empty(), choose("application/json"));
        assertEquals(Optional.empty(), choose("text/turtle;q=0"));
        assertEquals(Optional.empty(), choose("image/png, application/pdf;q=0.4"));
    }

    @Test
    void excludedTypeIsNotChosenThroughAWildcard() {
        assertEquals(Optional.of(Representation.JSONLD), choose("text/*;q=0, application/ld+json;q=0.5"));
    }
}
