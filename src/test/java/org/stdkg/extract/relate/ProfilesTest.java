package org.stdkg.extract.relate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.stdkg.extract.recognise.StandardsTestDocs;

class ProfilesTest {

    @Test
    void headingsIntroducedAsOrganisationsStartProfiles() {
        String text = "Egypt held its first IoT forum\n\nThe agency held a forum.\n\nWorld Economic Forum\n\nThe World Economic Forum (WEF) "
                + "is a foundation.\n\nDigital activities\n\nText.\n\nInternational Organization for Standardization\n\nISO is the "
                + "International Organization for Standardization.\n\nInternational Electrotechnical Commission\n\nThe IEC is the world leader.";
        List<Profiles.Actor> actors = Profiles.actors(StandardsTestDocs.bare(text));
        assertEquals(List.of("World Economic Forum/WEF", "International Organization for Standardization/ISO",
                "International Electrotechnical Commission/IEC"), actors.stream().map(a -> a.name() + "/" + a.acronym()).toList());
        assertTrue(actors.get(0).contains(text.indexOf("Digital activities")));
    }

    @Test
    void acronymFieldOfADirectoryPage() {
        String text = "United Nations Institute for Disarmament Research\n\nAcronym: UNIDIR\n\nEstablished: 1980\n\nFounded in 1980, UNIDIR is an institute.";
        assertEquals("UNIDIR", Profiles.actors(StandardsTestDocs.bare(text)).get(0).acronym());
    }

    @Test
    void topicHeadingsAreNoProfiles() {
        String text = "Artificial Intelligence\n\nAI is discussed here.\n\nInternet of Things\n\nThings are connected.";
        assertTrue(Profiles.actors(StandardsTestDocs.bare(text)).isEmpty());
    }
}
