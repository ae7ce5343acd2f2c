package org.stdkg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NamesTest {

    @Test
    void spacesAndPunctuationDoNotMatterInCommitteeIdentifiers() {
        assertEquals("jtc1sc42", Names.normalise("JTC1/SC42"));
        assertEquals(Names.normalise("JTC1/SC42"), Names.normalise("JTC 1/SC 42"));
        assertEquals(Names.normalise("ISO/IEC 42001"), Names.normalise("iso-iec 42001"));
    }

    @Test
    void unicodeLettersAndDigitsAreKept() {
        assertEquals("sociétégénérale", Names.normalise("Société Générale"));
        assertEquals("国际标准化组织", Names.normalise("国际 标准化 组织"));
        assertEquals("٣", Names.normalise("(٣)")); // an Arabic-Indic digit is a digit
    }

    @Test
    void composedAndDecomposedAccentsNormaliseAlike() {
        assertEquals(Names.normalise("Soci\u00e9t\u00e9"), Names.normalise("Socie\u0301te\u0301"));
    }

    @Test
    void punctuationOnlyNormalisesToEmpty() {
        assertEquals("", Names.normalise(" / - & "));
        assertEquals("", Names.normalise(null));
    }

    @Test
    void textMatchesWhenShorterIsAtLeastSixtyPercentOfLonger() {
        assertTrue(Names.textMatches("abc", "xabcx"), "3 of 5 is exactly 60%");
        assertTrue(Names.textMatches("AI management system", "an AI management system"));
        assertFalse(Names.textMatches("abc", "xabcxx"), "3 of 6 is 50%");
        assertFalse(Names.textMatches("trustworthiness", "overview of trustworthiness in AI systems"));
        assertFalse(Names.textMatches("AI management systems", "AI management system requirements"),
                "neither contains the other");
        assertFalse(Names.textMatches("", ""));
    }

    @Test
    void datesCompareWithoutTimeOrZone() {
        assertEquals("2023-11-30", Names.normaliseDate("2023-11-30"));
        assertEquals("2023-11-30", Names.normaliseDate("2023-11-30Z"));
        assertEquals("2023-11-30", Names.normaliseDate("2023-11-30T09:00:00+01:00"));
        assertEquals("2025-05", Names.normaliseDate(" 2025-05 "));
        assertEquals("2025", Names.normaliseDate("2025"));
        assertEquals("30november2023", Names.normaliseDate("30 November 2023"));
    }
}
