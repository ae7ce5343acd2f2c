package org.stdkg.extract.recognise;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class PledgesTest {

    /** The definition of a lower-case long form, scanned over the whole text: what the recogniser must find. */
    private static final Pattern LOWER_DEFINITION = Pattern.compile(
            "\\b\\p{Ll}[\\p{L}-]*(?:\\s+\\p{Ll}[\\p{L}-]*){0,5}\\s+\\((\\p{Lu}[\\p{L}]{1,9})\\)");

    private static Set<String> scan(String text) {
        Set<String> found = new LinkedHashSet<>();
        Matcher m = LOWER_DEFINITION.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    @Test
    void nonOrganisationAcronymsAreTheLowerCaseDefinitionsOfTheText() {
        String text = "Standards for artificial intelligence (AI) and the Internet of Things (IoT), machine-to-machine (MtM) "
                + "links, 5abc (NUM), ab (XY)(ZW) cd (Ab) x\n(Ly) data-AI (DA) Over (UP) many very long lower case words "
                + "here and there (LONG) (NOPE) café crème (CC) é (E) (Y) end ( (Q) tail (Zz";
        assertEquals(scan(text), Pledges.nonOrganisationAcronyms(text));
        assertEquals(Set.of("AI", "MtM", "XY", "Ab", "Ly", "DA", "LONG", "CC"), Set.copyOf(Pledges.nonOrganisationAcronyms(text)));
    }
}
