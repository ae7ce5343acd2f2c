package org.stdkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** {@link Entity}: its name sets iterate in one order, whatever order they were given in, so output is the same on every run. */
class EntityTest {

    @Test
    void altLabelsAndDocumentsIterateInAlphabeticalOrder() {
        Set<String> names = new LinkedHashSet<>(List.of("ISO/IEC JTC1/SC42", "JTC 1/SC 42", "Artificial intelligence committee"));
        Set<String> documents = new LinkedHashSet<>(List.of("zeta", "alpha", "mu"));
        Entity e = new Entity(EntityKind.COMMITTEE, "ISO/IEC JTC 1/SC 42", names, "ISO/IEC JTC 1/SC 42", documents);
        assertEquals(List.of("Artificial intelligence committee", "ISO/IEC JTC1/SC42", "JTC 1/SC 42"), new ArrayList<>(e.altLabels()));
        assertEquals(List.of("alpha", "mu", "zeta"), new ArrayList<>(e.documents()));
    }

    @Test
    void nameSetsCannotBeChanged() {
        Entity e = new Entity(EntityKind.ORGANISATION, "ITU", Set.of("International Telecommunication Union"), null, Set.of("d"));
        assertThrows(UnsupportedOperationException.class, () -> e.altLabels().add("x"));
        assertThrows(UnsupportedOperationException.class, () -> e.documents().clear());
    }
}
