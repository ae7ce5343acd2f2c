package org.stdkg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.VOID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A database built for another host ({@code http://example.org/kg/}) served here on localhost:
 * request paths map to the IRIs under that base, and every link the server writes stays on this
 * host's paths.
 */
class BaseUriIT {

    static final String BASE = "http://example.org/kg/";
    static final String TEXT = """
            Artificial intelligence standards

            The International Organization for Standardization (ISO) and the International Electrotechnical Commission (IEC) \
            published ISO/IEC 42001 in 2023.
            """;

    @TempDir
    static Path temp;

    static TestServer server;

    @BeforeAll
    static void start() throws IOException {
        Path text = temp.resolve("texts").resolve("ai-standards.txt");
        Files.createDirectories(text.getParent());
        Files.writeString(text, TEXT);
        server = TestServer.start(temp, BASE, List.of(text));
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void idUnderTheOtherBaseResolves() throws Exception {
        HttpResponse<String> r = server.accept("/id/standard/iso-iec-42001", "text/turtle");
        assertEquals(303, r.statusCode(), r::body);
        assertTrue(r.headers().firstValue("Location").orElse("").endsWith("/data/standard/iso-iec-42001.ttl"));
        assertEquals(303, server.accept("/id/standard/iso-iec-42001", "text/html").statusCode());
        assertEquals(404, server.get("/id/standard/iso-iec-0").statusCode());
    }

    @Test
    void dataDescribesTheIriUnderTheBase() throws Exception {
        HttpResponse<String> r = server.get("/data/standard/iso-iec-42001.ttl");
        assertEquals(200, r.statusCode());
        Model m = RDFParser.fromString(r.body(), Lang.TURTLE).toModel();
        Resource standard = m.createResource(BASE + "id/standard/iso-iec-42001");
        assertTrue(m.contains(standard, RDFS.label, "ISO/IEC 42001"));
        assertFalse(r.body().contains("localhost:3030"), "nothing under the default base");
        assertTrue(TestServer.header(r, "Link").contains("<" + BASE + "id/standard/iso-iec-42001>; rel=\"describes\""));
        assertTrue(TestServer.header(r, "Link").contains("</data/standard/iso-iec-42001.jsonld>"), "alternates on this host");
    }

    @Test
    void pageLinksStayOnThisHost() throws Exception {
        String html = server.accept("/page/standard/iso-iec-42001", "text/html").body();
        assertTrue(html.contains("<h1>ISO/IEC 42001</h1>"));
        assertTrue(html.contains("<code>" + BASE + "id/standard/iso-iec-42001</code>"), "the IRI shown as it is");
        assertTrue(html.contains("<a href=\"/page/sourcedocument/ai-standards\">"), "the source document's page here");
        assertFalse(html.contains("href=\"" + BASE), "no link leaves for the other host");
    }

    @Test
    void datasetDescriptionContextAndHomeUseTheBase() throws Exception {
        Model description = RDFParser.fromString(server.get("/.well-known/void").body(), Lang.TURTLE).toModel();
        Resource dataset = description.listSubjectsWithProperty(RDF.type, VOID.Dataset).next();
        assertTrue(dataset.hasProperty(VOID.uriSpace, BASE + "id/"));
        assertTrue(server.get("/context.jsonld").body().contains("\"" + BASE + "id/\""));
        assertTrue(server.get("/").body().contains("var ids = \"" + BASE + "id/\""), "autocomplete maps IRIs to pages here");
    }
}
