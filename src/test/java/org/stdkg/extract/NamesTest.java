package org.stdkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;

import org.junit.jupiter.api.Test;

class NamesTest {

    @Test
    void asciiKeysAreTheKeysOfTheGeneralRule() {
        Random random = new Random(11);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder b = new StringBuilder();
            for (int i = random.nextInt(20); i > 0; i--) {
                b.append((char) random.nextInt(0x80));
            }
            String name = b.toString();
            assertEquals(Names.normalisedKey(name), Names.key(name), name);
        }
        assertEquals("jtc1sc42", Names.key("JTC 1/SC 42"));
        assertEquals("comit\u00e9", Names.key("Comite\u0301"));
    }
}
