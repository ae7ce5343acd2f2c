package org.stdkg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.stdkg.query.ResultFormat;

/** Choosing the response format of /queries and /search. */
class NegotiationTest {

    static final List<ResultFormat> OFFERED = List.of(ResultFormat.JSON, ResultFormat.HTML, ResultFormat.CSV, ResultFormat.TSV);

    static ResultFormat choose(String format, String accept) {
        return Negotiation.choose(format, accept, OFFERED).orElseThrow();
    }

    @Test
    void formatParameterWins() {
        assertEquals(ResultFormat.CSV, choose("csv", "text/html"));
        assertEquals(ResultFormat.HTML, choose("HTML", null));
        assertEquals(Optional.empty(), Negotiation.choose("xml", null, OFFERED));
        assertEquals(Optional.empty(), Negotiation.choose("text", null, OFFERED));
    }

    @Test
    void browsersGetHtmlAndClientsGetJson() {
        assertEquals(ResultFormat.HTML, choose(null, "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"));
        assertEquals(ResultFormat.JSON, choose(null, "*/*"));
        assertEquals(ResultFormat.JSON, choose(null, null));
        assertEquals(ResultFormat.JSON, choose(null, "application/json"));
        assertEquals(ResultFormat.JSON, choose(null, "application/sparql-results+json"));
    }

    @Test
    void qualityOrdersTheChoice() {
        assertEquals(ResultFormat.TSV, choose(null, "text/csv;q=0.5, text/tab-separated-values"));
        assertEquals(ResultFormat.CSV, choose(null, "text/html;q=0, text/csv"));
        assertEquals(ResultFormat.JSON, choose(null, "image/png"));
    }

    @Test
    void htmlEscapesMarkupAndQuotes() {
        assertEquals("&lt;script&gt;alert(&quot;x&quot;&amp;&apos;y&apos;)&lt;/script&gt;", Html.text("<script>alert(\"x\"&'y')</script>"));
        assertEquals("", Html.text(null));
        String page = Html.page("<b>", "<p>body</p>");
        assertTrue(page.contains("<title>&lt;b&gt; \u2014 stdkg</title>"), page);
        assertTrue(page.contains("name=\"viewport\""));
    }
}
