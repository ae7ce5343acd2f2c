package org.stdkg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.stdkg.linkeddata.Prefixes;
import org.stdkg.vocab.KG;

/** The entity page from a hand-made description: hostile values stay text, links go to local pages. */
class EntityPageTest {

    static {
        // Jena's vocabularies need the system initialised first; the server does it, a bare unit test must.
        org.apache.jena.sys.JenaSystem.init();
    }

    static final String BASE = "http://example.org/kg/";
    static final String HOSTILE = "</script><script>alert(1)</script><!-- \"' & <b>";

    static String render(Model m, String local) {
        return new EntityPage(m, BASE + "id/" + local, BASE, local).render();
    }

    @Test
    void hostileLabelsAliasesAndLinkedLabelsAreEscapedEverywhere() {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefixes(Prefixes.of(BASE));
        Resource org = m.createResource(BASE + "id/organisation/x").addProperty(RDF.type, m.createResource(KG.NS + "Organisation"))
                .addProperty(RDFS.label, HOSTILE).addProperty(SKOS.altLabel, HOSTILE + " alias");
        m.createResource(BASE + "id/committee/y").addProperty(RDFS.label, "Y " + HOSTILE)
                .addProperty(m.createProperty("http://www.w3.org/ns/org#", "subOrganizationOf"), org);
        org.addProperty(m.createProperty(KG.NS, "note"), HOSTILE);
        String html = render(m, "organisation/x");

        assertFalse(html.contains("<script>alert"), html);
        assertFalse(html.contains("<b>"), html);
        assertEquals(1, count(html, "<script"), "only the JSON-LD script");
        assertEquals(1, count(html, "</script"), "closed once, by the page");
        assertFalse(html.contains("<!-- "), "no comment opened by the data");
        assertTrue(html.contains("&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;"), "shown as text");
        assertTrue(html.contains("<a href=\"/page/committee/y\">Y &lt;/script&gt;"), "incoming link by escaped label");

        Matcher json = Pattern.compile("<script type=\"application/ld\\+json\">(.*?)</script>", Pattern.DOTALL).matcher(html);
        assertTrue(json.find());
        Model embedded = RDFParser.fromString(json.group(1), Lang.JSONLD).toModel();
        assertTrue(embedded.contains(embedded.createResource(BASE + "id/organisation/x"), RDFS.label, HOSTILE),
                "the JSON-LD still says exactly the label");
    }

    @Test
    void classesLinkToTheOntologyPageAndForeignIrisStayEscapedLinks() {
        Model m = ModelFactory.createDefaultModel();
        m.createResource(BASE + "id/standard/s").addProperty(RDF.type, m.createResource(KG.NS + "Standard"))
                .addProperty(RDFS.label, "S").addProperty(RDFS.seeAlso, m.createResource("https://example.com/a?b=1&c=\"2\""));
        String html = render(m, "standard/s");
        assertTrue(html.contains("<p class=\"kind\">Standard</p>"));
        assertTrue(html.contains("href=\"https://example.com/a?b=1&amp;c=&quot;2&quot;\""), html);
    }

    @Test
    void highlightMarksTheMentionAndEscapesEachPart() {
        assertEquals("a &lt;b&gt; <mark>ISO &amp; IEC</mark> &lt;/mark&gt;", EntityPage.highlight("a <b> ISO & IEC </mark>", 6, 15));
        assertEquals("no &lt;mark&gt;", EntityPage.highlight("no <mark>", 5, 99), "offsets outside the sentence: no mark");
        assertEquals("x", EntityPage.highlight("x", -1, -1));
    }

    @Test
    void scriptJsonCannotCloseTheScriptOrOpenAComment() {
        String safe = Html.scriptJson("{\"a\":\"</script><!--&\"}");
        assertFalse(safe.contains("<") || safe.contains(">") || safe.contains("&"), safe);
        assertEquals("{\"a\":\"\\u003c/script\\u003e\\u003c!--\\u0026\"}", safe);
    }

    @Test
    void acceptEncodingHonoursQualityZero() {
        assertTrue(DatasetServlets.acceptsGzip("gzip"));
        assertTrue(DatasetServlets.acceptsGzip("deflate, gzip;q=0.5"));
        assertTrue(DatasetServlets.acceptsGzip("*"));
        assertFalse(DatasetServlets.acceptsGzip(null));
        assertFalse(DatasetServlets.acceptsGzip("identity"));
        assertFalse(DatasetServlets.acceptsGzip("gzip;q=0, identity"));
        assertFalse(DatasetServlets.acceptsGzip("br, gzipx"));
    }

    static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + part.length())) {
            n++;
        }
        return n;
    }
}
