package org.stdkg.extract.recognise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.stdkg.extract.EntityKind;
import org.stdkg.extract.Mention;

class EventRecogniserTest {

    private static List<Mention> events(String text) {
        return ActorDocs.recognised(text).mentions(EntityKind.EVENT);
    }

    @Test
    void summitOnTopicGetsTheInvertedNameAsAlias() {
        List<Mention> e = events("The International Summit on AI Standards, taking place on 2-3 December, explores the challenges.");
        assertEquals(1, e.size());
        assertEquals("International Summit on AI Standards", e.get(0).label());
        assertTrue(e.get(0).aliases().contains("International AI Standards Summit"));
    }

    @Test
    void definedAcronymAndYearVariants() {
        List<Mention> e = events("IoT Tech Expo Global 2023\nThe seventh annual Internet of Things (IoT) Tech Expo Global will be held in London, UK.");
        assertEquals(2, e.size());
        assertTrue(e.get(0).aliases().contains("IoT Tech Expo Global"));
        assertTrue(e.get(1).aliases().contains("IoT Tech Expo Global"));
    }

    @Test
    void organisationPrefixedEventIsAnEvent() {
        List<Mention> e = events("The first cohort will be announced at the World Economic Forum Annual Meeting of the New Champions 2025, with a focus on AI.");
        assertEquals("World Economic Forum Annual Meeting of the New Champions 2025", e.get(0).label());
        assertTrue(e.get(0).aliases().contains("Annual Meeting of the New Champions"));
    }

    @Test
    void aForumWithoutEditionIsNoEventNorAConferenceOfABody() {
        assertTrue(events("UNECE’s World Forum for Harmonization of Vehicle Regulations adopted two regulations. "
                + "It works under the guidance of the Conference of European Statisticians.").isEmpty());
    }

    @Test
    void coLocatedEventsAreListed() {
        List<Mention> e = events("The IoT Tech Expo Global will be held in London. It is one of the 5 co-located events that will take place during these two days, "
                + "among Cyber Security & Cloud, Blockchain, AI & Big Data, and Digital Transformation.");
        assertEquals(5, e.size());
        assertEquals("Cyber Security & Cloud", e.get(1).label());
        assertTrue(e.get(1).aliases().contains("Cyber Security and Cloud Expo"));
        assertEquals("Digital Transformation", e.get(4).label());
    }

    @Test
    void quotedEventThatABodyOrganises() {
        List<Mention> e = events("HLG-MOS is organising the ‘Generative AI and Official Statistics’ in May (2025).");
        assertEquals("Generative AI and Official Statistics", e.get(0).label());
    }

    @Test
    void ownedEventsAreQualifiedByTheirOwner() {
        List<Mention> e = events("Egypt held its first IoT forum\nThe NTRA, together with ITIDA, held Egypt’s first forum for internet of things (IoT) services.");
        assertEquals(2, e.size());
        assertTrue(e.get(0).names().contains("Egypt's first forum"));
        assertTrue(e.get(1).names().contains("Egypt's first forum"));
    }

    @Test
    void numberedMeetingBelongsToTheCommitteeNamedBefore() {
        List<Mention> e = events("ITU-T recently established a new Study Group 20 (ITU-T SG20) on IoT. A first meeting was held October 19-23, 2015, in Geneva.");
        assertEquals(1, e.size());
        assertTrue(e.get(0).names().contains("first meeting of ITU-T SG20"));
        assertTrue(events("The first agenda concerns securing data.").isEmpty());
    }
}
