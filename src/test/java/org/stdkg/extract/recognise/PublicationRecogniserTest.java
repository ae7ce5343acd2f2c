package org.stdkg.extract.recognise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stdkg.extract.recognise.GenreDocs.annotated;
import static org.stdkg.extract.recognise.GenreDocs.labels;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.stdkg.extract.AnnotatedDocument;
import org.stdkg.extract.EntityKind;
import org.stdkg.extract.Mention;

class PublicationRecogniserTest {

    private static List<Mention> recognise(String text) {
        return new PublicationRecogniser().recognise(annotated(text));
    }

    private static Mention only(String text) {
        List<Mention> found = recognise(text);
        assertEquals(1, found.size(), () -> "one publication expected in: " + text + " but got " + labels(found));
        assertEquals(EntityKind.PUBLICATION, found.get(0).kind());
        return found.get(0);
    }

    @Test
    void quotedTitleBeforeReportNounIsATitleWithTheNounAsAlias() {
        Mention m = only("World Economic Forum issues ‘State of the Connected World 2023’ report\n");
        assertEquals("State of the Connected World 2023", m.label());
        assertTrue(m.aliases().contains("State of the Connected World 2023 report"));
        assertTrue(m.aliases().contains("State of the Connected World"), "edition year dropped: " + m.aliases());
    }

    @Test
    void quotedTitleInAppositionToWhitePaper() {
        Mention m = only("At the Annual Meeting 2025, the Forum released ‘Blueprint for Intelligent Economies’, a white paper "
                + "outlining AI’s role in sustainable growth and inclusive prosperity.");
        assertEquals("Blueprint for Intelligent Economies", m.label());
    }

    @Test
    void quotedSeriesDropsItsDescriptiveHeadInAnAlias() {
        Mention m = only("Additionally, the ‘Industries in the Intelligent Age White Paper Series’ explored AI’s transformative impact.");
        assertEquals("Industries in the Intelligent Age White Paper Series", m.label());
        assertTrue(m.aliases().contains("Industries in the Intelligent Age"));
    }

    @Test
    void titledCueKeepsASentenceCaseTitleAndItsShortForm() {
        Mention m = only("In our report titled The impact of 5G: Creating new value across industries and society, we note that "
                + "5G will be critical.");
        assertEquals("The impact of 5G: Creating new value across industries and society", m.label());
        assertTrue(m.aliases().contains("The impact of 5G"));
    }

    @Test
    void statementAndDeclarationHeadsNameTheDocument() {
        assertEquals("Seoul Statement", only("The Seoul Statement, issued today, enshrines a joint commitment by the three organizations.").label());
        assertEquals("Rome Ministerial Declaration on Ageing", only("In the Rome Ministerial Declaration on Ageing, adopted in June 2022, "
                + "Ministers pledged to ‘promote age-friendly digitalisation’.").label());
    }

    @Test
    void headNounsAndReportOnFindEachTitleOfAList() {
        List<String> found = labels(recognise("Examples include the Global Cybersecurity Outlook; the insight report on Cybersecurity, "
                + "Emerging Technology, and Systemic Risks; and the Principles for Board Governance of Cyber Risk."));
        assertEquals(List.of("Global Cybersecurity Outlook", "Cybersecurity, Emerging Technology, and Systemic Risks",
                "Principles for Board Governance of Cyber Risk"), found);
    }

    @Test
    void colonSubtitlesSplitAListOfTwoTitles() {
        List<String> found = labels(recognise("Examples of white papers published by the initiative include Data for Common Purpose: "
                + "Leveraging Consent to Build Trust and Towards a Data Economy: An Enabling Framework"));
        assertEquals(List.of("Data for Common Purpose: Leveraging Consent to Build Trust", "Towards a Data Economy: An Enabling Framework"), found);
    }

    @Test
    void pluralReportsOnSplitsTitlesAtTheAndAfterAPrepositionalTitle() {
        List<String> found = labels(recognise("The Forum also issues publications on the metaverse, while the reports on Social Implications "
                + "of the Metaverse and Privacy and Safety in the Metaverse explore the implications of metaverse adoptions."));
        assertEquals(List.of("Social Implications of the Metaverse", "Privacy and Safety in the Metaverse"), found);
    }

    @Test
    void possessiveOwnerStaysOutOfTheTitleSpan() {
        String text = "Microsoft’s Cyber Signals report highlights a rise in cyber risks to critical infrastructure\n";
        Mention m = only(text);
        assertEquals("Cyber Signals", m.label());
        assertEquals(text.indexOf("Cyber"), m.start(), "Microsoft is left to the organisation recogniser");
    }

    @Test
    void titleInAppositionToAGuideNoun() {
        assertEquals("Machine Learning for Official Statistics", only("A UNECE guide, Machine Learning for Official Statistics (2021), "
                + "can help national and international statistical organisations.").label());
    }

    @Test
    void integralNounRoadmapIsPartOfTheName() {
        Mention m = only("ANSI has been invited to provide feedback on the ITU-T JCA-IoT and SC&C standards roadmap, which aims to support "
                + "coordination.");
        assertEquals("ITU-T JCA-IoT and SC&C standards roadmap", m.label());
    }

    @Test
    void integralNounRoadmapKeepsItsSpanWhenTheCommitteeIsTaken() {
        String text = "ANSI has been invited to provide feedback on the ITU-T JCA-IoT and SC&C standards roadmap, which aims to support coordination.";
        AnnotatedDocument doc = annotated(text);
        int c = text.indexOf("ITU-T JCA-IoT");
        doc = doc.withMentions(List.of(Mention.of(EntityKind.COMMITTEE, "ITU-T JCA-IoT and SC&C", c, c + "ITU-T JCA-IoT and SC&C".length(), "test")));
        List<Mention> found = new PublicationRecogniser().recognise(doc);
        assertEquals(1, found.size());
        assertEquals(text.indexOf("standards roadmap"), found.get(0).start());
    }

    @Test
    void sentenceCaseTitleAfterDeclarationOnGetsBothSpellingsOfAI() {
        Mention m = only("The UNECE has published a guidance and declaration on Compliance of products with embedded AI.");
        assertEquals("Compliance of products with embedded AI", m.label());
        assertTrue(m.aliases().contains("Compliance of products with embedded artificial intelligence"));
    }

    @Test
    void parenthesisedAcronymGivesShortAndLongForms() {
        Mention m = only("The Central Bank Digital Currency (CBDC) Policy-Makers Toolkit, published in 2020, is intended to serve as a framework.");
        assertTrue(m.aliases().contains("Central Bank Digital Currency Policy-Makers Toolkit"));
        assertTrue(m.aliases().contains("CBDC Policy-Makers Toolkit"));
    }

    @Test
    void describedDocumentsAreNotNamed() {
        assertEquals(List.of(), labels(recognise("The US National Institute of Standards and Technology published a draft practice guide "
                + "for trusted internet of things onboarding and lifecycle management.")));
        assertEquals(List.of(), labels(recognise("For example, it has issued a white paper on data pipeline concept for improving data "
                + "quality in the supply chain.")));
    }

    @Test
    void initiativeNamedAfterAStatementIsNotAPublication() {
        assertEquals(List.of(), labels(recognise("A group of WTO members have negotiated an Agreement on Electronic Commerce under the "
                + "Joint Statement Initiative (JSI) on E-commerce.")));
        assertEquals(List.of(), labels(recognise("Work carried out within the Blockchain White Paper Project has resulted in two white papers.")));
    }

    @Test
    void bodyBeforeReportNounIsNotATitle() {
        assertEquals(List.of(), labels(recognise("According to the World Economic Forum report, governance gaps remain.")));
        assertEquals(List.of(), labels(recognise("The ITU report was published in Geneva.")));
    }

    @Test
    void singularRecommendationIsAStandardNotAPublication() {
        assertEquals(List.of(), labels(recognise("UNECE has also issued the Single Window Recommendation for traders.")));
    }

    @Test
    void titleCaseHeadlineCapitalsMarkNoTitle() {
        assertEquals(List.of(), labels(recognise("IEC Publishes New Guidance on Smart Grid Security\n\nThe IEC has published new guidance.")));
    }

    @Test
    void topicAfterReportsOnIsNotATitle() {
        assertEquals(List.of(), labels(recognise("The Forum publishes reports on the Internet of Things and its governance.")));
    }
}
