package org.stdkg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.OA;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.VOID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.stdkg.linkeddata.Representation;
import org.stdkg.query.CannedQuery;
import org.stdkg.query.QueryCatalogue;
import org.stdkg.query.QueryParam;
import org.stdkg.rdf.Iris;
import org.stdkg.vocab.KG;

/**
 * The linked-data surface of a real server over the seeds plus one hostile document: 303s by
 * content negotiation, the six RDF syntaxes of /data and their headers, conditional GET, 404s for
 * unknown and hostile paths, the HTML pages and their escaping, the ontology, VoID and the dump.
 */
class LinkedDataIT {

    /** A standard both seeds name; ServerIT relies on it too. */
    static final String STANDARD = "standard/iso-iec-42001";

    /** The hostile document: markup where names and titles go. */
    static final String MARKUP_TEXT = """
            Markup in names

            The <script>alert(1)</script> Standards Institute (XSI) published ISO/IEC 99999.

            In 2024 the XSI published the report "Trust </script><script>alert(2)</script> in AI Systems".
            """;
    static final String MARKUP_STANDARD = "standard/iso-iec-99999";

    @TempDir
    static Path temp;

    static TestServer server;

    @BeforeAll
    static void start() throws IOException {
        Path markup = temp.resolve("texts").resolve("markup-names.txt");
        Files.createDirectories(markup.getParent());
        Files.writeString(markup, MARKUP_TEXT);
        server = TestServer.start(temp, Iris.DEFAULT_BASE, List.of(Path.of("seeds"), markup));
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    // ---- /id: 303 by content negotiation ----

    @ParameterizedTest(name = "Accept {0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "NONE", value = {
        "NONE | /data/standard/iso-iec-42001.ttl",
        "*/* | /data/standard/iso-iec-42001.ttl",
        "text/html | /page/standard/iso-iec-42001",
        "text/turtle | /data/standard/iso-iec-42001.ttl",
        "application/ld+json | /data/standard/iso-iec-42001.jsonld",
        "application/rdf+xml | /data/standard/iso-iec-42001.rdf",
        "application/n-triples | /data/standard/iso-iec-42001.nt",
        "application/n-quads | /data/standard/iso-iec-42001.nq",
        "application/trig | /data/standard/iso-iec-42001.trig",
        "text/html;q=0.5, text/turtle;q=0.9 | /data/standard/iso-iec-42001.ttl",
        "text/turtle;q=0.5, text/html;q=0.9 | /page/standard/iso-iec-42001",
        "application/ld+json;q=0.8, application/rdf+xml | /data/standard/iso-iec-42001.rdf",
        "*/*;q=0.1, application/ld+json | /data/standard/iso-iec-42001.jsonld",
        "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8 | /page/standard/iso-iec-42001",
        "application/json, text/turtle;q=0.2 | /data/standard/iso-iec-42001.ttl",
    })
    void idAnswers303ToWhatTheClientPrefers(String accept, String location) throws Exception {
        HttpResponse<String> r = server.accept("/id/" + STANDARD, accept);
        assertEquals(303, r.statusCode(), r::body);
        assertEquals(location, path(r.headers().firstValue("Location").orElse("")));
        assertTrue(TestServer.header(r, "Vary").contains("Accept"), () -> "Vary: " + TestServer.header(r, "Vary"));
        assertEquals("*", r.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
    }

    @ParameterizedTest(name = "Accept {0} -> 406")
    @ValueSource(strings = {"application/json", "image/png, application/json;q=0.5", "text/turtle;q=0", "text/*;q=0, application/xml"})
    void idAnswers406WhenNothingOfferedIsAcceptable(String accept) throws Exception {
        HttpResponse<String> r = server.accept("/id/" + STANDARD, accept);
        assertEquals(406, r.statusCode(), r::body);
        assertTrue(r.body().contains("text/turtle") && r.body().contains("text/html"), "lists what is available: " + r.body());
    }

    @ParameterizedTest(name = "?output={0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "ttl | /data/standard/iso-iec-42001.ttl",
        "jsonld | /data/standard/iso-iec-42001.jsonld",
        "rdf | /data/standard/iso-iec-42001.rdf",
        "nt | /data/standard/iso-iec-42001.nt",
        "html | /page/standard/iso-iec-42001",
    })
    void outputParameterOverridesAccept(String output, String location) throws Exception {
        String contrary = output.equals("html") ? "text/turtle" : "text/html";
        HttpResponse<String> r = server.accept("/id/" + STANDARD + "?output=" + output, contrary);
        assertEquals(303, r.statusCode(), r::body);
        assertEquals(location, path(r.headers().firstValue("Location").orElse("")));
        // Even a client that accepts nothing we offer gets what it asked for by name.
        HttpResponse<String> json = server.accept("/id/" + STANDARD + "?output=" + output, "application/json");
        assertEquals(303, json.statusCode());
    }

    @Test
    void unknownOutputFormatIs400() throws Exception {
        HttpResponse<String> r = server.get("/id/" + STANDARD + "?output=pdf");
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("pdf"), r.body());
    }

    @ParameterizedTest(name = "{0} after 303 serves {1}")
    @CsvSource(delimiter = '|', value = {
        "text/html | text/html",
        "text/turtle | text/turtle",
        "application/ld+json | application/ld+json",
        "application/rdf+xml | application/rdf+xml",
        "application/n-triples | application/n-triples",
        "application/n-quads | application/n-quads",
        "application/trig | application/trig",
    })
    void seeOtherTargetServesTheNegotiatedType(String accept, String mediaType) throws Exception {
        HttpResponse<String> r = server.accept("/id/" + STANDARD, accept);
        assertEquals(303, r.statusCode());
        HttpResponse<String> target = server.accept(path(r.headers().firstValue("Location").orElseThrow()), accept);
        assertEquals(200, target.statusCode(), target::body);
        assertTrue(target.headers().firstValue("Content-Type").orElse("").startsWith(mediaType),
                () -> "Content-Type " + target.headers().firstValue("Content-Type"));
    }

    // ---- 404s and hostile paths ----

    @Test
    void unknownEntityIs404AsHtmlForBrowsersAndPlainTextOtherwise() throws Exception {
        for (String area : List.of("/id/", "/page/", "/data/")) {
            HttpResponse<String> html = server.accept(area + "standard/iso-iec-0", "text/html,*/*;q=0.8");
            assertEquals(404, html.statusCode(), area);
            assertTrue(html.headers().firstValue("Content-Type").orElse("").startsWith("text/html"), area);
            assertTrue(html.body().contains("<h1>Not found</h1>") && html.body().contains("/home"), html.body());

            for (String accept : new String[] {null, "text/turtle", "application/json"}) {
                HttpResponse<String> plain = server.accept(area + "standard/iso-iec-0", accept);
                assertEquals(404, plain.statusCode(), area + " " + accept);
                assertTrue(plain.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"), area + " " + accept);
                assertTrue(plain.body().contains("no such entity"), plain.body());
            }
        }
    }

    @Test
    void unknownKindAndMalformedEntityPathsAre404() throws Exception {
        for (String p : List.of("/id/unicorn/iso-iec-42001", "/page/unicorn/x", "/data/unicorn/x.ttl", "/id/", "/id/standard",
                "/id/standard/", "/page/standard/ISO-IEC-42001", "/page/standard/iso-iec-42001/", "/page/" + STANDARD + ".ttl",
                "/data/" + STANDARD + ".html", "/data/" + STANDARD + ".exe", "/id/standard/-x", "/page/standard/x%3Cscript%3E")) {
            HttpResponse<String> r = server.accept(p, "text/html");
            assertEquals(404, r.statusCode(), p);
            assertFalse(r.body().contains("<script"), p + " echoes no markup");
        }
    }

    @Test
    void traversalAndEncodedSeparatorsNeverReachAFile() throws Exception {
        List<String> hostile = List.of("/page/../../etc/passwd", "/page/standard/../../../etc/passwd", "/data/../../../../etc/passwd",
                "/page/%2e%2e/%2e%2e/etc/passwd", "/page/standard/%2e%2e%2f%2e%2e%2fetc%2fpasswd", "/data/standard/..%2f..%2fetc%2fpasswd.ttl",
                "/id/standard/%252e%252e%252fetc%252fpasswd", "/page/standard/..%5c..%5cetc%5cpasswd", "/page/standard/%00",
                "/page/standard/..", "/data/standard/.ttl", "/page/%2e%2e", "/page/standard/iso-iec-42001%2f..%2f..%2f..%2fetc%2fpasswd");
        for (String p : hostile) {
            for (String accept : new String[] {"text/html", null}) {
                HttpResponse<String> r = server.accept(p, accept);
                assertTrue(r.statusCode() == 400 || r.statusCode() == 404, () -> p + " answered " + r.statusCode());
                assertFalse(r.body().contains("root:"), p + " served a file");
            }
        }
    }

    @Test
    void overlongSlugsAreRefusedWithoutTouchingTheStore() throws Exception {
        for (int length : new int[] {201, 1_000, 7_000}) {
            String slug = "a".repeat(length);
            for (String area : List.of("/id/", "/page/", "/data/")) {
                HttpResponse<String> r = server.accept(area + "standard/" + slug, "text/html");
                assertTrue(r.statusCode() == 404 || r.statusCode() == 400 || r.statusCode() == 414,
                        () -> area + " slug of " + length + " answered " + r.statusCode());
            }
        }
        HttpResponse<String> huge = server.get("/id/standard/" + "a".repeat(20_000));
        assertTrue(huge.statusCode() >= 400 && huge.statusCode() < 500, "a 20 000-character path is a client error: " + huge.statusCode());
        assertEquals(200, server.get("/$/ping").statusCode(), "still serving");
    }

    @Test
    void unknownEntityIs404EvenWhenNothingIsAcceptable() throws Exception {
        assertEquals(404, server.accept("/id/standard/iso-iec-0", "application/json").statusCode());
        assertEquals(404, server.accept("/data/standard/iso-iec-0", "application/json").statusCode());
    }

    // ---- /data: six syntaxes, one graph ----

    @Test
    void everyRdfSyntaxParsesBackToTheSameGraph() throws Exception {
        for (String local : List.of(STANDARD, linkedPair()[0], MARKUP_STANDARD)) {
            Model turtle = fetch("/data/" + local + ".ttl", Representation.TURTLE);
            assertTrue(turtle.contains(turtle.createResource(server.iri(local)), RDF.type), local + " described");
            for (Representation r : List.of(Representation.JSONLD, Representation.RDFXML, Representation.NTRIPLES,
                    Representation.NQUADS, Representation.TRIG)) {
                Model other = fetch("/data/" + local + "." + r.suffix(), r);
                assertTrue(other.isIsomorphicWith(turtle), () -> local + "." + r.suffix() + " differs from the Turtle: " + other.size()
                        + " vs " + turtle.size() + " triples");
            }
        }
    }

    @ParameterizedTest(name = "Accept {0}")
    @ValueSource(strings = {"text/turtle", "application/ld+json", "application/rdf+xml", "application/n-triples", "application/n-quads",
        "application/trig"})
    void dataWithoutSuffixNegotiatesAndVariesOnAccept(String accept) throws Exception {
        HttpResponse<String> r = server.accept("/data/" + STANDARD, accept);
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(accept));
        assertTrue(TestServer.header(r, "Vary").contains("Accept"), () -> "Vary: " + TestServer.header(r, "Vary"));
        Representation rep = Representation.rdf().stream().filter(x -> x.mediaType().equals(accept)).findFirst().orElseThrow();
        assertTrue(parse(r.body(), rep).isIsomorphicWith(fetch("/data/" + STANDARD + ".ttl", Representation.TURTLE)));
    }

    @Test
    void dataWithoutSuffixDefaultsToTurtleAndRefusesHtml() throws Exception {
        HttpResponse<String> none = server.get("/data/" + STANDARD);
        assertEquals(200, none.statusCode());
        assertTrue(none.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"));
        HttpResponse<String> html = server.accept("/data/" + STANDARD, "text/html");
        assertEquals(406, html.statusCode(), "the data URI has no HTML; /page has");
    }

    @Test
    void descriptionHoldsOwnTriplesLinkedLabelsIncomingLinksAndEvidence() throws Exception {
        String[] pair = linkedPair();
        Resource subject = ResourceFactory.createResource(server.iri(pair[0]));
        Resource object = ResourceFactory.createResource(server.iri(pair[1]));
        Property p = ResourceFactory.createProperty(pair[2]);

        Model out = fetch("/data/" + pair[0] + ".ttl", Representation.TURTLE);
        assertTrue(out.contains(subject, p, object), "own link");
        assertTrue(out.contains(subject, RDFS.label), "own label");
        assertTrue(out.contains(object, RDFS.label), "label of the linked entity");
        assertTrue(out.contains(object, RDF.type), "class of the linked entity");
        assertTrue(evidenceOf(out, subject) > 0, "evidence of its facts");

        Model in = fetch("/data/" + pair[1] + ".ttl", Representation.TURTLE);
        assertTrue(in.contains(subject, p, object), "incoming link on the object's description");
        assertTrue(in.contains(subject, RDFS.label), "label of the linking entity");
    }

    @Test
    void evidenceCarriesTheSentenceTheSourceAndTheMentionOffsets() throws Exception {
        Model m = fetch("/data/" + STANDARD + ".ttl", Representation.TURTLE);
        List<Resource> annotations = m.listSubjectsWithProperty(RDF.type, OA.Annotation).toList();
        assertFalse(annotations.isEmpty());
        for (Resource a : annotations) {
            Resource target = a.getPropertyResourceValue(OA.hasTarget);
            assertNotNull(target.getPropertyResourceValue(OA.hasSource), "source document");
            boolean quoted = target.listProperties(OA.hasSelector).toList().stream()
                    .anyMatch(s -> s.getResource().hasProperty(OA.exact) && s.getResource().getProperty(OA.exact).getString().contains("42001"));
            assertTrue(quoted, "the sentence naming the standard");
        }
    }

    @Test
    void jsonLdUsesPrefixedTermsAndThePublishedContext() throws Exception {
        HttpResponse<String> r = server.get("/data/" + STANDARD + ".jsonld");
        assertTrue(r.body().contains("\"rdfs:label\"") && r.body().contains("\"@context\""), r.body());
        assertTrue(r.body().contains("\"kg\"") && r.body().contains(KG.NS));
        HttpResponse<String> context = server.get("/context.jsonld");
        assertEquals(200, context.statusCode());
        assertTrue(context.headers().firstValue("Content-Type").orElse("").startsWith("application/ld+json"));
        org.apache.jena.atlas.json.JsonObject published = org.apache.jena.atlas.json.JSON.parse(context.body()).get("@context").getAsObject();
        org.apache.jena.atlas.json.JsonObject inline = org.apache.jena.atlas.json.JSON.parse(r.body()).get("@context").getAsObject();
        for (String prefix : List.of("kg", "rdfs", "skos", "oa", "prov", "id")) {
            assertEquals(inline.get(prefix), published.get(prefix), prefix);
        }
        assertEquals(server.base + "id/", published.get("id").getAsString().value());
    }

    @Test
    void linkHeadersNameEveryOtherFormatAndThePage() throws Exception {
        for (Representation r : Representation.rdf()) {
            HttpResponse<String> resp = server.get("/data/" + STANDARD + "." + r.suffix());
            assertEquals(200, resp.statusCode());
            String link = TestServer.header(resp, "Link");
            for (Representation other : Representation.rdf()) {
                String entry = "</data/" + STANDARD + "." + other.suffix() + ">; rel=\"alternate\"; type=\"" + other.mediaType() + "\"";
                assertEquals(other != r, link.contains(entry), () -> r + " Link: " + link);
            }
            assertTrue(link.contains("</page/" + STANDARD + ">; rel=\"alternate\"; type=\"text/html\""), link);
            assertTrue(link.contains("<" + server.iri(STANDARD) + ">; rel=\"describes\""), link);
            assertEquals("*", resp.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
            assertTrue(resp.headers().firstValue("Content-Type").orElse("").startsWith(r.mediaType()));
        }
    }

    @Test
    void corsIsOpenForLinkedDataEvenWithAnOrigin() throws Exception {
        for (String p : List.of("/id/" + STANDARD, "/data/" + STANDARD + ".ttl", "/page/" + STANDARD, "/.well-known/void", "/context.jsonld",
                "/ontology")) {
            HttpResponse<String> r = server.get(p, "Origin", "https://example.org");
            assertEquals("*", r.headers().firstValue("Access-Control-Allow-Origin").orElse(""), p);
        }
        HttpResponse<String> data = server.get("/data/" + STANDARD, "Origin", "https://example.org");
        String exposed = TestServer.header(data, "Access-Control-Expose-Headers");
        assertTrue(exposed.contains("Link") && exposed.contains("ETag"), exposed);
        assertTrue(TestServer.header(data, "Vary").contains("Accept"));
    }

    // ---- conditional GET ----

    @Test
    void ifNoneMatchWithTheETagGets304() throws Exception {
        for (String p : List.of("/data/" + STANDARD + ".ttl", "/data/" + STANDARD + ".jsonld", "/page/" + STANDARD)) {
            HttpResponse<String> first = server.get(p);
            String etag = first.headers().firstValue("ETag").orElseThrow();
            HttpResponse<String> again = server.get(p, "If-None-Match", etag);
            assertEquals(304, again.statusCode(), p);
            assertEquals("", again.body());
            assertEquals(etag, again.headers().firstValue("ETag").orElse(""));
            assertEquals(304, server.get(p, "If-None-Match", "\"other\", " + etag).statusCode(), "one of a list");
            assertEquals(304, server.get(p, "If-None-Match", "W/" + etag).statusCode(), "weak comparison");
            assertEquals(200, server.get(p, "If-None-Match", "\"other\"").statusCode());
        }
        String ttl = server.get("/data/" + STANDARD + ".ttl").headers().firstValue("ETag").orElseThrow();
        String json = server.get("/data/" + STANDARD + ".jsonld").headers().firstValue("ETag").orElseThrow();
        assertFalse(ttl.equals(json), "each representation has its own tag");
    }

    @Test
    void ifModifiedSinceGets304UnlessTheDataIsNewer() throws Exception {
        String p = "/data/" + STANDARD + ".ttl";
        HttpResponse<String> first = server.get(p);
        String lastModified = first.headers().firstValue("Last-Modified").orElseThrow();
        assertEquals(304, server.get(p, "If-Modified-Since", lastModified).statusCode());
        ZonedDateTime earlier = ZonedDateTime.parse(lastModified, DateTimeFormatter.RFC_1123_DATE_TIME).minusHours(1);
        assertEquals(200, server.get(p, "If-Modified-Since", DateTimeFormatter.RFC_1123_DATE_TIME.format(earlier)).statusCode());
        String later = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC).plusMinutes(5));
        assertEquals(304, server.get("/page/" + STANDARD, "If-Modified-Since", later).statusCode());
        assertEquals(200, server.get(p, "If-Modified-Since", "not a date").statusCode(), "a malformed date is ignored");
        assertEquals(200, server.get(p, "If-None-Match", "\"other\"", "If-Modified-Since", lastModified).statusCode(),
                "If-None-Match wins over If-Modified-Since");
    }

    @Test
    void headAnswersLikeGetWithoutABody() throws Exception {
        HttpResponse<String> get = server.get("/data/" + STANDARD + ".ttl");
        HttpResponse<String> head = server.head("/data/" + STANDARD + ".ttl");
        assertEquals(200, head.statusCode());
        assertEquals("", head.body());
        assertEquals(get.headers().firstValue("ETag"), head.headers().firstValue("ETag"));
        assertEquals(get.headers().firstValue("Content-Length"), head.headers().firstValue("Content-Length"));
        assertEquals(303, server.head("/id/" + STANDARD).statusCode());
    }

    // ---- /page ----

    @Test
    void pageShowsNamesFactsIncomingLinksEvidenceAndAlternates() throws Exception {
        String[] pair = linkedPair();
        String html = server.accept("/page/" + pair[0], "text/html").body();
        String label = label(pair[0]);
        assertTrue(html.contains("<h1>" + Html.text(label) + "</h1>"), html);
        assertTrue(html.contains("<p class=\"kind\">"), "the class");
        assertTrue(html.contains("<a href=\"/page/" + pair[1] + "\">" + Html.text(label(pair[1])) + "</a>"), "linked entity by label");
        assertTrue(html.contains("<mark>"), "the mention highlighted in an evidence sentence");
        assertTrue(html.contains("<a href=\"/page/sourcedocument/"), "the evidence's source document");
        for (Representation r : Representation.rdf()) {
            assertTrue(html.contains("<link rel=\"alternate\" type=\"" + r.mediaType() + "\" href=\"/data/" + pair[0] + "." + r.suffix() + "\">"),
                    r.mediaType());
        }
        Model embedded = embeddedJsonLd(html);
        assertTrue(embedded.contains(ResourceFactory.createResource(server.iri(pair[0])), RDFS.label, label));

        String incoming = server.accept("/page/" + pair[1], "text/html").body();
        assertTrue(incoming.contains("<h2>Linked from</h2>"), "incoming links");
        assertTrue(incoming.contains("<a href=\"/page/" + pair[0] + "\">"), incoming);
    }

    @Test
    void standardPageShowsNotationClassAndEvidenceSentence() throws Exception {
        HttpResponse<String> r = server.accept("/page/" + STANDARD, "text/html");
        assertEquals(200, r.statusCode());
        String html = r.body();
        assertTrue(html.contains("<h1>ISO/IEC 42001</h1>"));
        assertTrue(html.contains("<p class=\"kind\">Standard</p>"));
        assertTrue(html.contains("Notation: ISO/IEC 42001"));
        assertTrue(html.contains("<mark>ISO/IEC 42001</mark>"), "the mention in its sentence");
        assertTrue(html.contains("<a href=\"/ontology#Standard\">"), "the class links to the ontology page");
        assertTrue(html.contains("name=\"viewport\""), "readable on a phone");
        assertFalse(Pattern.compile("(src|href)=\"(https?:)?//(?!localhost)").matcher(html).find(), "no external resources");
        assertTrue(html.length() < 200_000, "small");
    }

    // ---- long lists: windows, counts, paging ----

    @Test
    void longEvidenceListIsShownInWindowsThatTogetherHoldEveryAnnotationOnce() throws Exception {
        String[] top = mostEvidence();
        String local = top[0];
        long total = Long.parseLong(top[1]);
        int window = org.stdkg.linkeddata.EntityDescriber.WINDOW;
        assertTrue(total > window, "the seeds have an entity with more evidence than one window: " + total);
        Resource subject = ResourceFactory.createResource(server.iri(local));

        String first = server.accept("/page/" + local, "text/html").body();
        assertTrue(first.contains("showing 1\u2013" + window + " of " + String.format(java.util.Locale.ROOT, "%,d", total)
                + " evidence sentences"), first);
        String list = first.substring(first.indexOf("<ul class=\"evidence\">"));
        assertEquals(window, count(list.substring(0, list.indexOf("</ul>")), "<li>"), "one window of sentences");
        assertTrue(first.contains("<a rel=\"next\" href=\"/page/" + local + "?offset=" + window + "\">"), "a link to the next window");
        assertTrue(first.contains("/queries/evidence?subject="), "a link to all of them as a canned query");

        java.util.Set<Resource> seen = new java.util.HashSet<>();
        long offset = 0;
        int windows = 0;
        while (true) {
            HttpResponse<String> r = server.accept("/data/" + local + ".ttl?offset=" + offset, Representation.TURTLE.mediaType());
            assertEquals(200, r.statusCode(), r::body);
            Model m = parse(r.body(), Representation.TURTLE);
            List<Resource> statements = m.listSubjectsWithProperty(RDF.subject, subject).toList();
            assertTrue(statements.size() <= window, "at most one window: " + statements.size());
            for (Resource st : statements) {
                assertTrue(seen.add(st), "no statement in two windows: " + st);
                assertFalse(m.listSubjectsWithProperty(OA.hasBody, st).toList().isEmpty(), "with its annotation");
            }
            String links = TestServer.header(r, "Link");
            windows++;
            if (!links.contains("rel=\"next\"")) {
                break;
            }
            assertTrue(links.contains("</data/" + local + ".ttl?offset=" + (offset + window) + ">; rel=\"next\""), links);
            offset += window;
            assertTrue(windows < 1000, "the windows end");
        }
        assertEquals(total, seen.size(), "every evidence annotation, in " + windows + " windows");
        assertTrue(TestServer.header(server.get("/data/" + local + ".ttl?offset=" + window), "Link").contains("rel=\"prev\""));

        String second = server.accept("/page/" + local + "?offset=" + window, "text/html").body();
        assertTrue(second.contains("showing " + (window + 1) + "\u2013"), second);
        assertTrue(second.contains("<a rel=\"prev\" href=\"/page/" + local + "?offset=0\">"), "a link back");
    }

    @Test
    void longIncomingListIsCountedAndCutToOneWindow() throws Exception {
        String[] top = mostIncoming();
        String local = top[0];
        long total = Long.parseLong(top[1]);
        int window = org.stdkg.linkeddata.EntityDescriber.WINDOW;
        assertTrue(total > window, "the seeds have an entity with more incoming links than one window: " + total);
        String html = server.accept("/page/" + local, "text/html").body();
        assertTrue(html.contains("showing 1\u2013" + window + " of " + String.format(java.util.Locale.ROOT, "%,d", total) + " links"), html);
        Model m = fetch("/data/" + local + ".ttl", Representation.TURTLE);
        Resource entity = ResourceFactory.createResource(server.iri(local));
        long links = m.listStatements(null, null, entity).toList().stream()
                .filter(st -> !st.getPredicate().equals(RDF.subject) && !st.getPredicate().equals(RDF.object)).count();
        assertEquals(window, links, "one window of incoming links in the data");
    }

    @ParameterizedTest(name = "offset={0}")
    @ValueSource(strings = {"-1", "abc", "1e3", "99999999999", "1&offset=2"})
    void malformedOffsetIs400(String offset) throws Exception {
        for (String area : List.of("/page/", "/data/")) {
            HttpResponse<String> r = server.get(area + STANDARD + "?offset=" + offset);
            assertEquals(400, r.statusCode(), area + ": " + r.body());
            assertTrue(r.body().contains("offset"), r.body());
        }
    }

    @Test
    void offsetPastTheEndStillDescribesTheEntity() throws Exception {
        HttpResponse<String> r = server.accept("/page/" + STANDARD + "?offset=100000", "text/html");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("<h1>ISO/IEC 42001</h1>"));
        assertTrue(r.body().contains("none from 100001 on"), r.body());
    }

    /** The entity with the most evidence statements (local path, count), counted by SPARQL over the store. */
    static String[] mostEvidence() {
        return top("SELECT ?e (COUNT(DISTINCT ?st) AS ?n) WHERE { ?st <" + RDF.subject.getURI() + "> ?e } GROUP BY ?e ORDER BY DESC(?n) ?e LIMIT 1");
    }

    /** The entity with the most distinct incoming links, evidence statements aside (local path, count). */
    static String[] mostIncoming() {
        return top("SELECT ?e (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?e WHERE { ?s ?p ?e FILTER (isIRI(?e) && STRSTARTS(STR(?e), \""
                + server.base + "id/\") && ?p NOT IN (<" + RDF.subject.getURI() + ">, <" + RDF.object.getURI() + ">)) } } "
                + "GROUP BY ?e ORDER BY DESC(?n) ?e LIMIT 1");
    }

    private static String[] top(String query) {
        Dataset ds = server.server.dataset();
        String ids = server.base + "id/";
        return Txn.calculateRead(ds, () -> {
            try (QueryExecution exec = QueryExecution.dataset(ds).query(query).build()) {
                QuerySolution row = exec.execSelect().next();
                return new String[] {row.getResource("e").getURI().substring(ids.length()), Long.toString(row.getLiteral("n").getLong())};
            }
        });
    }

    // ---- escaping ----

    @Test
    void markupFromTheTextsIsEscapedOnEveryPageOfTheirEntities() throws Exception {
        String html = server.accept("/page/" + MARKUP_STANDARD, "text/html").body();
        assertTrue(html.contains("The &lt;script&gt;alert(1)&lt;/script&gt; Standards Institute (XSI) published"), html);
        assertFalse(html.contains("<script>alert"), "no live script from the data");

        List<String> locals = entitiesOfDocument("markup-names");
        assertTrue(locals.contains(MARKUP_STANDARD), () -> "entities of the markup document: " + locals);
        for (String local : locals) {
            String page = server.accept("/page/" + local, "text/html").body();
            assertFalse(page.contains("<script>alert"), local);
            assertEquals(1, count(page, "<script"), local + ": only the embedded JSON-LD opens a script");
            assertEquals(1, count(page, "</script"), local + ": nothing closes it early");
            Model embedded = embeddedJsonLd(page);
            assertTrue(embedded.contains(ResourceFactory.createResource(server.iri(local)), RDFS.label, label(local)),
                    local + ": the label survives the escaping inside the script");
            Matcher h1 = Pattern.compile("<h1>(.*?)</h1>").matcher(page);
            assertTrue(h1.find());
            assertFalse(h1.group(1).contains("<"), local + " heading: " + h1.group(1));
        }
    }

    // ---- /ontology, VoID, dump, home ----

    @Test
    void ontologyIsServedAsTurtleJsonLdAndHtml() throws Exception {
        Model turtle = fetch("/ontology", Representation.TURTLE);
        assertTrue(turtle.contains(turtle.createResource(KG.NS + "Standard"), RDF.type, OWL.Class));
        HttpResponse<String> json = server.accept("/ontology", "application/ld+json");
        assertTrue(json.headers().firstValue("Content-Type").orElse("").startsWith("application/ld+json"));
        assertTrue(parse(json.body(), Representation.JSONLD).isIsomorphicWith(turtle));
        HttpResponse<String> html = server.accept("/ontology", "text/html");
        assertTrue(html.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(html.body().contains("kg:Standard") && html.body().contains("id=\"Standard\""), "lists kg:Standard with an anchor");
        assertTrue(server.get("/ontology?output=html").body().contains("kg:Committee"));
        assertEquals(406, server.accept("/ontology", "application/json").statusCode());
    }

    @Test
    void voidDescribesTriplesClassPartitionsEndpointAndDump() throws Exception {
        HttpResponse<String> r = server.get("/.well-known/void");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"));
        Model m = parse(r.body(), Representation.TURTLE);
        Resource dataset = m.listSubjectsWithProperty(RDF.type, VOID.Dataset).next();
        assertTrue(dataset.hasProperty(RDF.type, DCAT.Dataset));
        assertTrue(dataset.getProperty(VOID.triples).getLong() > 1000);
        List<Resource> classes = new ArrayList<>();
        dataset.listProperties(VOID.classPartition).forEachRemaining(s -> classes.add(s.getResource().getPropertyResourceValue(VOID._class)));
        assertTrue(classes.contains(m.createResource(KG.NS + "Standard")), () -> "partitions: " + classes);
        assertTrue(dataset.hasProperty(VOID.sparqlEndpoint, m.createResource(server.url + "/sparql")));
        assertTrue(dataset.hasProperty(VOID.dataDump, m.createResource(server.url + "/dump")));
        assertTrue(dataset.hasProperty(VOID.uriSpace, server.base + "id/"));

        HttpResponse<String> json = server.accept("/.well-known/void", "application/ld+json");
        assertTrue(json.headers().firstValue("Content-Type").orElse("").startsWith("application/ld+json"));
        Model fromJson = parse(json.body(), Representation.JSONLD);
        assertTrue(fromJson.contains(null, VOID.triples), "the same description by Accept");
        assertTrue(TestServer.header(json, "Vary").contains("Accept"));
    }

    @Test
    void dumpRoundTripsThroughGzip() throws Exception {
        HttpResponse<byte[]> gz = server.getBytes("/dump", "Accept-Encoding", "gzip");
        assertEquals(200, gz.statusCode());
        assertEquals("gzip", gz.headers().firstValue("Content-Encoding").orElse(""));
        assertTrue(gz.headers().firstValue("Content-Type").orElse("").startsWith("application/n-quads"));
        DatasetGraph zipped;
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gz.body()))) {
            zipped = RDFParser.source(in).lang(Lang.NQUADS).toDatasetGraph();
        }
        assertTrue(zipped.find(null, null, null, null).hasNext());
        org.apache.jena.graph.Node standard = org.apache.jena.graph.NodeFactory.createURI(server.iri(STANDARD));
        assertTrue(zipped.contains(null, standard, RDF.type.asNode(), org.apache.jena.graph.NodeFactory.createURI(KG.NS + "Standard")));
        long quads = count(zipped);
        assertEquals(quads, storeSize() - mergedSize(), "the whole store but the derived kg:merged");
        assertTrue(mergedSize() > 0, "kg:merged is there to leave out");
        assertFalse(zipped.containsGraph(KG.merged.asNode()), "kg:merged is derived: not dumped");

        HttpResponse<byte[]> plain = server.getBytes("/dump", "Accept-Encoding", "gzip;q=0, identity");
        assertTrue(plain.headers().firstValue("Content-Encoding").isEmpty(), "gzip;q=0 refuses gzip");
        DatasetGraph unzipped = RDFParser.source(new ByteArrayInputStream(plain.body())).lang(Lang.NQUADS).toDatasetGraph();
        assertEquals(quads, count(unzipped));
    }

    @Test
    void homePageHasSearchCountsAndLinksAndNoExternalResources() throws Exception {
        for (String p : List.of("/", "/home")) {
            HttpResponse<String> r = server.accept(p, "text/html");
            assertEquals(200, r.statusCode(), p);
            String html = r.body();
            assertTrue(html.contains("<input type=\"search\" id=\"q\" name=\"q\""), "search box");
            assertTrue(html.contains("<th>Standard</th>"), "counts per class");
            assertTrue(html.contains("href=\"/index.html#/dataset/kg/query\""), "the SPARQL UI");
            assertTrue(html.contains("href=\"/queries\""), "the canned queries");
            assertTrue(html.contains("fetch('/search"), "autocomplete over /search");
            assertTrue(html.contains("var ids = \"" + server.base + "id/\""), "hits link to pages on this host");
            assertFalse(Pattern.compile("(src|href)=\"(https?:)?//").matcher(html).find(), "no external resources");
            assertFalse(html.contains("<script src"), "no external scripts");
        }
    }

    @Test
    void homePageHasAFormForEveryCannedQueryThatRunsIt() throws Exception {
        String html = server.accept("/", "text/html").body();
        QueryCatalogue catalogue = QueryCatalogue.bundled();
        assertFalse(catalogue.all().isEmpty());
        for (CannedQuery q : catalogue.all()) {
            int form = html.indexOf("action=\"/queries/" + q.name() + "\"");
            assertTrue(form > 0, "a form for " + q.name());
            String body = html.substring(form, html.indexOf("</form>", form));
            StringBuilder url = new StringBuilder("/queries/" + q.name() + "?format=html");
            for (QueryParam p : q.params()) {
                assertTrue(body.contains("name=\"" + p.name() + "\""), q.name() + " has an input for " + p.name());
                if (!p.required()) {
                    assertTrue(body.contains("value=\"" + Html.text(p.defaultValue()) + "\""), q.name() + "." + p.name() + " default");
                    url.append('&').append(p.name()).append('=').append(java.net.URLEncoder.encode(p.defaultValue(), StandardCharsets.UTF_8));
                } else {
                    assertTrue(body.contains(" required"), q.name() + "." + p.name() + " is required");
                }
            }
            assertTrue(body.contains("name=\"format\" value=\"html\""), "results as a page");
            if (q.params().stream().noneMatch(QueryParam::required)) {
                HttpResponse<String> run = server.accept(url.toString(), "text/html");
                assertEquals(200, run.statusCode(), () -> url + ": " + run.body());
                assertTrue(run.body().contains("<table"), url + " shows a table");
            }
        }
    }

    // ---- helpers ----

    /** An entity with a link to another of ours: {local of subject, local of object, property IRI}. */
    static String[] linkedPair() {
        String ids = server.base + "id/";
        String query = "SELECT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } FILTER (isIRI(?o) && STRSTARTS(STR(?s), \"" + ids + "\") "
                + "&& STRSTARTS(STR(?o), \"" + ids + "\") && !CONTAINS(STR(?o), \"/sourcedocument/\") && ?p != <" + RDF.type.getURI() + ">) "
                + "} ORDER BY ?s ?p ?o LIMIT 1";
        Dataset ds = server.server.dataset();
        return Txn.calculateRead(ds, () -> {
            try (QueryExecution exec = QueryExecution.dataset(ds).query(query).build()) {
                var rs = exec.execSelect();
                assertTrue(rs.hasNext(), "the seeds link some entity to another");
                QuerySolution row = rs.next();
                return new String[] {row.getResource("s").getURI().substring(ids.length()),
                    row.getResource("o").getURI().substring(ids.length()), row.getResource("p").getURI()};
            }
        });
    }

    /** The entity with the longest IRI: the hardest to fit on a narrow screen. */
    static String longestSlugEntity(TestServer on) {
        String ids = on.base + "id/";
        String query = "SELECT ?s WHERE { GRAPH ?g { ?s a ?c } FILTER (STRSTARTS(STR(?s), \"" + ids + "\") "
                + "&& !CONTAINS(STR(?s), \"/sourcedocument/\")) } ORDER BY DESC(STRLEN(STR(?s))) ?s LIMIT 1";
        Dataset ds = on.server.dataset();
        return Txn.calculateRead(ds, () -> {
            try (QueryExecution exec = QueryExecution.dataset(ds).query(query).build()) {
                return exec.execSelect().next().getResource("s").getURI().substring(ids.length());
            }
        });
    }

    static List<String> entitiesOfDocument(String documentSlug) {
        String ids = server.base + "id/";
        String query = "SELECT DISTINCT ?s WHERE { GRAPH <" + server.base + "graph/document/" + documentSlug + "> { ?s a ?c } "
                + "FILTER (STRSTARTS(STR(?s), \"" + ids + "\")) }";
        Dataset ds = server.server.dataset();
        return Txn.calculateRead(ds, () -> {
            List<String> locals = new ArrayList<>();
            try (QueryExecution exec = QueryExecution.dataset(ds).query(query).build()) {
                exec.execSelect().forEachRemaining(row -> locals.add(row.getResource("s").getURI().substring(ids.length())));
            }
            return locals;
        });
    }

    static String label(String local) {
        Dataset ds = server.server.dataset();
        String query = "SELECT ?l WHERE { GRAPH ?g { <" + server.iri(local) + "> <" + RDFS.label.getURI() + "> ?l } } ORDER BY ?l LIMIT 1";
        return Txn.calculateRead(ds, () -> {
            try (QueryExecution exec = QueryExecution.dataset(ds).query(query).build()) {
                return exec.execSelect().next().getLiteral("l").getString();
            }
        });
    }

    static long storeSize() {
        Dataset ds = server.server.dataset();
        return Txn.calculateRead(ds, () -> count(ds.asDatasetGraph()));
    }

    static long mergedSize() {
        Dataset ds = server.server.dataset();
        return Txn.calculateRead(ds, () -> (long) ds.asDatasetGraph().getGraph(KG.merged.asNode()).size());
    }

    static long count(DatasetGraph dsg) {
        long n = 0;
        var it = dsg.find(null, null, null, null);
        while (it.hasNext()) {
            it.next();
            n++;
        }
        return n;
    }

    static int evidenceOf(Model m, Resource subject) {
        int n = 0;
        for (Resource statement : m.listSubjectsWithProperty(RDF.subject, subject).toList()) {
            n += m.listSubjectsWithProperty(OA.hasBody, statement).toList().size();
        }
        return n;
    }

    static Model embeddedJsonLd(String html) {
        Matcher m = Pattern.compile("<script type=\"application/ld\\+json\">(.*?)</script>", Pattern.DOTALL).matcher(html);
        assertTrue(m.find(), "embedded JSON-LD");
        return parse(m.group(1), Representation.JSONLD);
    }

    /** GETs a path with the representation's media type and parses the answer. */
    static Model fetch(String path, Representation r) throws IOException, InterruptedException {
        HttpResponse<String> resp = server.accept(path, r.mediaType());
        assertEquals(200, resp.statusCode(), path);
        return parse(resp.body(), r);
    }

    static Model parse(String body, Representation r) {
        if (r == Representation.NQUADS || r == Representation.TRIG) {
            DatasetGraph dsg = RDFParser.fromString(body, r.lang()).toDatasetGraph();
            assertFalse(dsg.listGraphNodes().hasNext(), "a description is one graph, the default one");
            return ModelFactory.createModelForGraph(dsg.getDefaultGraph());
        }
        return RDFParser.fromString(body, r.lang()).toModel();
    }

    static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + part.length())) {
            n++;
        }
        return n;
    }

    /** The path of a Location header, absolute or not. */
    static String path(String location) {
        return location.startsWith(server.url) ? location.substring(server.url.length()) : location;
    }
}
