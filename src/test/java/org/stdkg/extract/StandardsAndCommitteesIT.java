package org.stdkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.stdkg.document.SourceDocument;

/** The standards and committee rules with real sentences: the detector cuts after "e.g.", which the rules re-join. */
class StandardsAndCommitteesIT {

    private static final Extractor EXTRACTOR = Extractor.create().build();

    @Test
    void exampleListsAcrossSentencePiecesKeepTheirTitles() {
        String text = "Emerging technologies\n\nISO develops standards that address many different emerging technologies. These include "
                + "more than 40 standards either published or in development on robotics, covering issues such as collaborative robots "
                + "(e.g. ISO/TS 15066), safety requirements for industrial robots (e.g. ISO 10218 series), and personal care robots "
                + "(e.g. ISO 13482).\n";
        DocumentExtraction result = EXTRACTOR.extract(SourceDocument.ofText("profile.txt", text));
        assertEquals(Set.of("ISO/TS 15066 -> collaborative robots", "ISO 10218 series -> safety requirements for industrial robots",
                "ISO 13482 -> personal care robots"), literals(result, Relation.TITLE));
        assertTrue(result.facts().stream().noneMatch(f -> f.relation() == Relation.STATUS), "either published or in development");
    }

    @Test
    void committeeParagraphGivesDeveloperStatusAndParents() {
        String text = "Quantum technologies\n\nIn January 2024, ISO and IEC launched a new joint technical committee, ISO/IEC JTC 3, on "
                + "quantum technologies. The committee will develop standards on quantum computing and quantum communications. One "
                + "standard, on the quantum computing vocabulary (ISO/IEC 4879), has already been published, and an introduction to "
                + "quantum computing (ISO/IEC TR 18157) is in development.\n";
        DocumentExtraction result = EXTRACTOR.extract(SourceDocument.ofText("profile.txt", text));
        Set<String> developers = result.facts().stream().filter(f -> f.relation() == Relation.DEVELOPED_BY)
                .map(f -> f.subject().label() + " -> " + ((Value.Entity) f.object()).mention().label()).collect(Collectors.toSet());
        assertEquals(Set.of("ISO/IEC 4879 -> ISO/IEC JTC 3", "ISO/IEC TR 18157 -> ISO/IEC JTC 3"), developers);
        Set<String> parents = result.facts().stream().filter(f -> f.relation() == Relation.SUB_ORGANIZATION_OF)
                .map(f -> f.subject().label() + " -> " + ((Value.Entity) f.object()).mention().label()).collect(Collectors.toSet());
        assertEquals(Set.of("ISO/IEC JTC 3 -> International Organization for Standardization",
                "ISO/IEC JTC 3 -> International Electrotechnical Commission"), parents);
    }

    private static Set<String> literals(DocumentExtraction result, Relation relation) {
        return result.facts().stream().filter(f -> f.relation() == relation)
                .map(f -> f.subject().label() + " -> " + ((Value.Literal) f.object()).lexical()).collect(Collectors.toSet());
    }
}
