package org.stdkg.extract.relate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DatesTest {

    private static Dates.Found first(String text, Integer year) {
        return Dates.first(text, 0, text.length(), year).orElse(null);
    }

    @Test
    void rangeAcrossMonthsTakesTheClosingYear() {
        Dates.Found d = first("will be held from 30 November until 1 December 2023 in London, UK.", null);
        assertEquals("2023-11-30", d.startDate());
        assertEquals("2023-12-01", d.endDate());
    }

    @Test
    void dayRangeWithEnDash() {
        Dates.Found d = first("at its eighth session on 25–26 November 2024.", null);
        assertEquals("2024-11-25", d.startDate());
        assertEquals("2024-11-26", d.endDate());
    }

    @Test
    void americanOrderWithCommaYear() {
        Dates.Found d = first("A first meeting was held October 19-23, 2015, in Geneva, Switzerland.", null);
        assertEquals("2015-10-19", d.startDate());
        assertEquals("2015-10-23", d.endDate());
    }

    @Test
    void dayPairJoinedByAndTakesTheDocumentYear() {
        Dates.Found d = first("to be held on 2 and 3 December in Seoul", 2025);
        assertEquals("2025-12-02", d.startDate());
        assertEquals("2025-12-03", d.endDate());
    }

    @Test
    void yearlessDateWithoutDocumentYearIsNoDate() {
        assertNull(first("The International Summit on AI Standards, taking place on 2-3 December, explores", null));
    }

    @Test
    void monthWithParenthesisedYearIsAYearMonth() {
        Dates.Found d = first("is organising the ‘Generative AI and Official Statistics’ in May (2025).", null);
        assertEquals("2025-05", d.startDate());
        assertNull(d.endDate());
    }

    @Test
    void documentYearIgnoresTargetsAndRanges() {
        assertEquals(2024, Dates.documentYear("In 2024, we published standards; one billion people by 2030; the OEWG (2021–2025)."));
        assertNull(Dates.documentYear("No year is named here."));
        assertTrue(Dates.years("by 2040").isEmpty());
    }
}
