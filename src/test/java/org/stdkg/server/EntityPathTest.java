package org.stdkg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.stdkg.linkeddata.Representation;

/** Request paths to entities: what is accepted, and that hostile paths are not. */
class EntityPathTest {

    static {
        // Jena's vocabularies need the system initialised first; the server does it, a bare unit test must.
        org.apache.jena.sys.JenaSystem.init();
    }

    @Test
    void entityPathWithAndWithoutSuffix() {
        EntityPath p = EntityPath.parse("/standard/iso-iec-42001").orElseThrow();
        assertEquals("standard", p.kind());
        assertEquals("iso-iec-42001", p.slug());
        assertNull(p.suffix());
        assertEquals("http://example.org/kg/id/standard/iso-iec-42001", p.iri("http://example.org/kg/"));
        EntityPath ttl = EntityPath.parse("/standard/iso-iec-42001.ttl").orElseThrow();
        assertEquals("iso-iec-42001", ttl.slug());
        assertEquals(Representation.TURTLE, ttl.suffixRepresentation().orElseThrow());
        assertEquals("standard/iso-iec-42001", ttl.local());
    }

    @Test
    void sourceDocumentSlugsMayHoldUnderscoresAndDots() {
        EntityPath p = EntityPath.parse("/sourcedocument/004_41f0ccb0a6d27207").orElseThrow();
        assertEquals("004_41f0ccb0a6d27207", p.slug());
        assertEquals("report.v2", EntityPath.parse("/sourcedocument/report.v2").orElseThrow().slug());
    }

    @Test
    void hostileOrMalformedPathsAreNotEntities() {
        List<String> refused = List.of("/../../etc/passwd", "/standard/../../etc/passwd", "/standard/..", "/standard/a..b",
                "/standard/%2e%2e", "/standard/.hidden", "/standard/-x", "/standard/a/b", "/standard/a\\b", "/standard/a%00",
                "/standard/ISO", "/standard/", "/standard", "/", "", "/unicorn/x", "/Standard/x", "/standard/" + "a".repeat(201),
                "/standard/a b", "/standard/<script>");
        for (String path : refused) {
            assertTrue(EntityPath.parse(path).isEmpty(), path);
        }
        assertTrue(EntityPath.parse(null).isEmpty());
        assertTrue(EntityPath.parse("/standard/" + "a".repeat(200)).isPresent(), "200 characters is the longest slug");
    }
}
