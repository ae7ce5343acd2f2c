package org.stdkg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RequestLogLineTest {

    @Test
    void plainValuesStayBare() {
        assertEquals("method=GET path=/queries/standards status=200 ms=12 bytes=5321",
                new RequestLogLine("GET", "/queries/standards", 200, 12, 5321).logfmt());
        assertEquals("method=GET path=/$/ping status=200 ms=0 bytes=2", new RequestLogLine("GET", "/$/ping", 200, 0, 2).logfmt());
        assertEquals("method=GET path=/page/standard/iso%2Fiec status=404 ms=1 bytes=0",
                new RequestLogLine("GET", "/page/standard/iso%2Fiec", 404, 1, 0).logfmt());
    }

    @Test
    void spacesQuotesBackslashesAndControlsAreQuotedAndEscaped() {
        assertEquals("\"/a b\"", RequestLogLine.value("/a b"));
        assertEquals("\"/a\\\"b\\\\c\"", RequestLogLine.value("/a\"b\\c"));
        assertEquals("\"/a\\u000ab=c\"", RequestLogLine.value("/a\nb=c"), "a newline cannot start a forged line");
        assertEquals("\"\"", RequestLogLine.value(""));
    }

    @Test
    void longPathsAreCutAndMissingOnesShownAsADash() {
        RequestLogLine line = new RequestLogLine("GET", "/" + "a".repeat(5_000), 414, 0, 40);
        assertEquals(RequestLogLine.MAX_PATH + 1, line.path().length());
        assertTrue(line.path().endsWith("\u2026"));
        assertEquals("-", new RequestLogLine(null, null, 400, 0, 0).path());
        assertEquals("-", new RequestLogLine(null, "", 400, 0, 0).method());
    }
}
