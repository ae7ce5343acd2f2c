package org.stdkg.extract.relate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.stdkg.extract.Fact;
import org.stdkg.extract.Relation;
import org.stdkg.extract.Value;
import org.stdkg.extract.recognise.ActorDocs;

class ActorRelationRulesTest {

    /** Facts of one relation as "subject -> object" strings. */
    private static Set<String> facts(String text, org.stdkg.extract.RelationRule rule, Relation relation) {
        Set<String> out = new TreeSet<>();
        for (Fact f : ActorDocs.facts(text, rule)) {
            if (f.relation() == relation) {
                String object = f.object() instanceof Value.Entity e ? e.mention().label() : ((Value.Literal) f.object()).lexical();
                out.add(f.subject().label() + " -> " + object);
            }
        }
        return out;
    }

    @Test
    void eventDatesAndCityAndCountry() {
        String text = "The seventh annual Internet of Things (IoT) Tech Expo Global will be held from 30 November until 1 December 2023 in London, UK.";
        EventRelationRule rule = new EventRelationRule();
        assertEquals(Set.of("Internet of Things (IoT) Tech Expo Global -> 2023-11-30"), facts(text, rule, Relation.START_DATE));
        assertEquals(Set.of("Internet of Things (IoT) Tech Expo Global -> 2023-12-01"), facts(text, rule, Relation.END_DATE));
        assertEquals(Set.of("Internet of Things (IoT) Tech Expo Global -> London", "Internet of Things (IoT) Tech Expo Global -> United Kingdom"),
                facts(text, rule, Relation.LOCATION));
    }

    @Test
    void coLocatedEventsShareTheHostsDatesAndPlaces() {
        String text = "The IoT Tech Expo Global will be held from 30 November until 1 December 2023 in London, UK. It is one of the 5 co-located events "
                + "that will take place during these two days, among Cyber Security & Cloud, and Blockchain.";
        Set<String> locations = facts(text, new EventRelationRule(), Relation.LOCATION);
        assertTrue(locations.contains("Blockchain -> London"));
        assertTrue(locations.contains("Cyber Security & Cloud -> United Kingdom"));
    }

    @Test
    void organisersFromJoinedForcesAndHostFromHostedBy() {
        String text = "ISO has joined forces with its World Standards Cooperation (WSC) partners IEC and ITU to create the International AI Standards Summit, "
                + "to be held on 2 and 3 December in Seoul and hosted by the Korean Agency for Technology and Standards (KATS). In 2025, more.";
        EventRelationRule rule = new EventRelationRule();
        assertEquals(Set.of("International AI Standards Summit -> International Organization for Standardization",
                "International AI Standards Summit -> International Electrotechnical Commission",
                "International AI Standards Summit -> International Telecommunication Union"), facts(text, rule, Relation.ORGANIZER));
        assertEquals(Set.of("International AI Standards Summit -> Korean Agency for Technology and Standards"), facts(text, rule, Relation.HOSTED_BY));
        assertEquals(Set.of("International AI Standards Summit -> 2025-12-02"), facts(text, rule, Relation.START_DATE));
        assertEquals(Set.of("International AI Standards Summit -> Seoul"), facts(text, rule, Relation.LOCATION));
    }

    @Test
    void yearlessDateInADocumentWithoutYearsGivesNoDate() {
        assertTrue(facts("The International Summit on AI Standards, taking place on 2-3 December, explores challenges.", new EventRelationRule(),
                Relation.START_DATE).isEmpty());
    }

    @Test
    void theirLatestConferenceGivesPlaceAndOrganisersToTheNextNamedEvent() {
        String text = "The International Electrotechnical Commission (IEC) and the International Telecommunication Union (ITU), at their latest global "
                + "conference in Seoul, Republic of Korea, issued a commitment.\nThe International Summit on AI Standards explores challenges.";
        EventRelationRule rule = new EventRelationRule();
        assertEquals(Set.of("International Summit on AI Standards -> Republic of Korea", "International Summit on AI Standards -> Seoul"),
                facts(text, rule, Relation.LOCATION));
        assertEquals(2, facts(text, rule, Relation.ORGANIZER).size());
    }

    @Test
    void organisersWhoHeldAnOwnedEvent() {
        String text = "The National Telecommunications Regulatory Authority of Egypt (NTRA), together with the Information Technology Industry "
                + "Development Agency (ITIDA), held Egypt’s first forum for internet of things (IoT) services.";
        EventRelationRule rule = new EventRelationRule();
        assertEquals(2, facts(text, rule, Relation.ORGANIZER).size());
        assertEquals(Set.of("Egypt's first forum for internet of things (IoT) services -> Egypt"), facts(text, rule, Relation.LOCATION));
    }

    @Test
    void annualMeetingInAProfileIsTheActors() {
        String text = "World Economic Forum\nThe World Economic Forum (WEF) is a foundation.\n"
                + "We feature discussions in the framework of the Forum’s annual meeting in Davos and other events.\n"
                + "At the Annual Meeting 2025, the Forum released a white paper.";
        EventRelationRule rule = new EventRelationRule();
        Set<String> organisers = facts(text, rule, Relation.ORGANIZER);
        assertTrue(organisers.contains("World Economic Forum Annual Meeting -> World Economic Forum"));
        assertTrue(organisers.contains("Annual Meeting 2025 -> World Economic Forum"));
        assertEquals(Set.of("World Economic Forum Annual Meeting -> Davos"), facts(text, rule, Relation.LOCATION));
    }

    @Test
    void unitsArePartsOfTheirBodies() {
        OrganisationRelationRule rule = new OrganisationRelationRule();
        assertEquals(Set.of("National Cybersecurity Center of Excellence -> National Institute of Standards and Technology"),
                facts("The US National Institute of Standards and Technology (NIST) and its National Cybersecurity Center of Excellence (NCCoE) published a guide.",
                        rule, Relation.SUB_ORGANIZATION_OF));
        assertEquals(Set.of("United Nations Institute for Disarmament Research -> United Nations"),
                facts("Founded in 1980, UNIDIR is a voluntarily funded, autonomous institute within the United Nations.", rule, Relation.SUB_ORGANIZATION_OF));
        assertEquals(Set.of("United Nations Economic Commission for Europe -> United Nations"),
                facts("UNECE is one of five regional commissions of the UN.", rule, Relation.SUB_ORGANIZATION_OF));
        assertEquals(Set.of("Telecommunication Standardization Bureau -> International Telecommunication Union"),
                facts("said Seizo Onoe, Director of the Telecommunication Standardization Bureau at ITU.", rule, Relation.SUB_ORGANIZATION_OF));
        assertEquals(Set.of("International Telecommunication Union Telecommunication Standardization Sector -> International Telecommunication Union"),
                facts("The International Telecommunication Union Telecommunication Standardization Sector (ITU-T) established a group.", rule,
                        Relation.SUB_ORGANIZATION_OF));
    }

    @Test
    void partnershipIsNotPartOf() {
        OrganisationRelationRule rule = new OrganisationRelationRule();
        assertTrue(facts("ISO works with IEC and the World Bank on standards.", rule, Relation.SUB_ORGANIZATION_OF).isEmpty());
    }

    @Test
    void centresInAProfileAreTheActors() {
        String text = "World Economic Forum\nThe Forum’s Centre for Urban Transformation explores issues. "
                + "Under the Centre for the New Economy and Society, we bring together stakeholders.";
        Set<String> subs = facts(text, new OrganisationRelationRule(), Relation.SUB_ORGANIZATION_OF);
        assertEquals(Set.of("Centre for Urban Transformation -> World Economic Forum", "Centre for the New Economy and Society -> World Economic Forum"), subs);
    }

    @Test
    void membershipFromWorkingTogetherAndFromPartners() {
        OrganisationRelationRule rule = new OrganisationRelationRule();
        Set<String> members = facts("IEC, ISO and ITU uphold AI as an opportunity. The three work together as the World Standards Cooperation, aligning standards.",
                rule, Relation.MEMBER_OF);
        assertEquals(3, members.size());
        Set<String> partners = facts("ISO has joined forces with its World Standards Cooperation (WSC) partners IEC and ITU to create a summit.", rule,
                Relation.MEMBER_OF);
        assertEquals(Set.of("International Organization for Standardization -> World Standards Cooperation",
                "International Electrotechnical Commission -> World Standards Cooperation",
                "International Telecommunication Union -> World Standards Cooperation"), partners);
    }

    @Test
    void jobTitleAndAffiliationsFromApposition() {
        PersonRelationRule rule = new PersonRelationRule();
        String onoe = "“Standards are tools,” said Seizo Onoe, Director of the Telecommunication Standardization Bureau at ITU. “The vision is clear.”";
        assertEquals(Set.of("Seizo Onoe -> Director of the Telecommunication Standardization Bureau at ITU"), facts(onoe, rule, Relation.JOB_TITLE));
        assertEquals(Set.of("Seizo Onoe -> Telecommunication Standardization Bureau", "Seizo Onoe -> International Telecommunication Union"),
                facts(onoe, rule, Relation.AFFILIATION));
        assertEquals(Set.of("Sung Hwan Cho -> President"), facts("“AI matters,” said ISO President Sung Hwan Cho.", rule, Relation.JOB_TITLE));
        assertEquals(Set.of("Sung Hwan Cho -> International Organization for Standardization"),
                facts("“AI matters,” said ISO President Sung Hwan Cho.", rule, Relation.AFFILIATION));
    }

    @Test
    void contactLineGivesTitleAffiliationsAndTheAddressChain() {
        String text = "ANSI encourages stakeholders to contact Beth Bacon, telecommunications policy specialist, Office of International Affairs, "
                + "National Telecommunications and Information Administration (NTIA), U.S. Department of Commerce at [email protected]; tel: 2097.";
        PersonRelationRule rule = new PersonRelationRule();
        assertEquals(Set.of("Beth Bacon -> telecommunications policy specialist"), facts(text, rule, Relation.JOB_TITLE));
        assertEquals(3, facts(text, rule, Relation.AFFILIATION).size());
        Set<String> chain = facts(text, rule, Relation.SUB_ORGANIZATION_OF);
        assertEquals(3, chain.size());
        assertTrue(chain.contains("National Telecommunications and Information Administration -> U.S. Department of Commerce"));
        assertFalse(chain.stream().anyMatch(s -> s.startsWith("U.S.")));
    }
}
