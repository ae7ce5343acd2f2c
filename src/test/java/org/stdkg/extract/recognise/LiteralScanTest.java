package org.stdkg.extract.recognise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class LiteralScanTest {

    /** Identifiers in the shapes the committee patterns read, with near misses around them. */
    private static final String IDENTIFIERS = "ISO/IEC JTC 1/SC 42, ISO/IEC JTC1/SC42/WG 3, IEC/ISO JTC 3, CEN-CENELEC JTC 21, CEN/CLC/JTC 19, "
            + "xJTC 1, JTC 12/SC 1/JWG 4, ISO/TC 307, ISO/TC 307/WG 3, IEC TC 57 WG 10, ETSI TC 1, ISOTC 3, TC 57, TC57/AHG 2, "
            + "WG 15, JWG 4, AG 1, AHG 3, SWG 2, ITU-T SG20, ITU-R Study Group 5, SG17, SG 1.2, Study Group 20, WP1/17, "
            + "WP 2/17, Working Party 3/17, WP.29, WP. 6, AWP.29, SC 27, SC27/WG 1, ISO\u00a0JTC\u00a01, ISO\u0085TC 2, "
            + "JTC JTC 1 JTCJTC 2 SGSG 3 TCTC 4 ISO/IEC/JTC 1. ISO/IEC 27001 and 27002, ISO 9001:2015, ISO/IEC/IEEE 42010, "
            + "ISO/DIS 7603, ISO/CD TR 23642, IEC 61850 series, IEEE 802.11, xISO 1, ISOISO 2, ISO/IEC TR 24028, "
            + "Recommendation ITU-T X.509, ITU-T Y.4000, ITU-R M.2083, ITU-T X.sec-zt, ITU-TX.1, Recommendation  ITU-D Q.1. "
            + "Doreen Bogdan-Martin, Secretary-General of ITU, said: \"Ok\". said Jean-Paul de Gaulle. Ms. Anne O’Neill said. "
            + "Bosaid Smith said; according to Chris Baryomunsi, Minister of ICT; Contact Ana Lopes at x. Mr Li Wei, the Director "
            + "General, added. J. R. R. Tolkien said. A said B said C Dee said.";

    private static List<String> byFind(Pattern p, String text) {
        List<String> found = new ArrayList<>();
        Matcher m = p.matcher(text);
        while (m.find()) {
            found.add(m.start() + "-" + m.end() + ":" + m.group());
        }
        return found;
    }

    private static List<String> byScan(LiteralScan scan, String text) {
        List<String> found = new ArrayList<>();
        scan.forEach(text, m -> found.add(m.start() + "-" + m.end() + ":" + m.group()));
        return found;
    }

    @Test
    void committeeIdentifierScansFindWhatTheirPatternsFind() throws IOException {
        List<String> texts = new ArrayList<>(List.of(IDENTIFIERS, "", "JTC", "no identifiers here"));
        try (var files = Files.list(Path.of("seeds"))) {
            for (Path f : files.toList()) {
                texts.add(Files.readString(f));
            }
        }
        List<LiteralScan> scans = new ArrayList<>(CommitteeRecogniser.SCANS);
        scans.addAll(StandardRecogniser.SCANS);
        scans.addAll(PersonRecogniser.SCANS);
        for (LiteralScan scan : scans) {
            for (String text : texts) {
                assertEquals(byFind(scan.pattern(), text), byScan(scan, text), scan.pattern().pattern());
                assertEquals(scan.pattern().matcher(text).find(), scan.any(text), scan.pattern().pattern());
            }
        }
        assertFalse(byScan(CommitteeRecogniser.JTC_SCAN, IDENTIFIERS).isEmpty());
    }

    @Test
    void aMatchBeforeItsLiteralIsFoundFromTheRunOfAllowedCharacters() {
        LiteralScan scan = LiteralScan.of(Pattern.compile("(?<![a-z])[a-z]*-x"), Character::isLetter, "-x");
        String text = "ab-x cd-x-x 1-x ef-xgh-x";
        assertEquals(byFind(scan.pattern(), text), byScan(scan, text));
        assertTrue(byScan(scan, text).contains("0-4:ab-x"));
    }
}
