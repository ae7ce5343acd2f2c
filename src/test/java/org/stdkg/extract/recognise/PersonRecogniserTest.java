package org.stdkg.extract.recognise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.stdkg.extract.EntityKind;
import org.stdkg.extract.Mention;

class PersonRecogniserTest {

    private static List<String> persons(String text) {
        return ActorDocs.recognised(text).mentions(EntityKind.PERSON).stream().map(Mention::label).toList();
    }

    @Test
    void namesInQuoteAttributions() {
        assertEquals(List.of("Seizo Onoe"), persons("“Standards are tools,” said Seizo Onoe, Director of the Telecommunication Standardization Bureau at ITU."));
        assertEquals(List.of("Sung Hwan Cho"), persons("“AI has potential,” said ISO President Sung Hwan Cho."));
        assertEquals(List.of("Jo Cops"), persons("“AI is central,” said IEC President Jo Cops."));
    }

    @Test
    void nameInContactLine() {
        assertEquals(List.of("Beth Bacon"), persons("ANSI encourages stakeholders to contact Beth Bacon, telecommunications policy specialist, NTIA."));
    }

    @Test
    void organisationsPlacesAndTitlesAreNoPersons() {
        assertTrue(persons("said the World Economic Forum. The President of the Republic of Korea spoke, said Geneva Summit.").isEmpty());
    }
}
