package org.stdkg.extract.relate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.stdkg.extract.Relation;

class StandardDeveloperRuleTest {

    private final StandardDeveloperRule rule = new StandardDeveloperRule();

    private List<String> developers(String text) {
        return RuleFacts.lines(rule, Relation.DEVELOPED_BY, text);
    }

    @Test
    void developedByFollowsCommitteeParagraph() {
        assertEquals(List.of("ISO/IEC 42001 -> ISO/IEC JTC 1/SC 42", "ISO/IEC TR 24028 -> ISO/IEC JTC 1/SC 42"),
                developers("The joint technical committee of ISO and IEC on AI is known as ISO/IEC JTC1/SC 42 and is responsible for the "
                        + "development of standards in this area. To date, it has published 34 standards. ISO/IEC 42001 is the flagship "
                        + "AI management system standard. ISO/IEC TR 24028 provides an overview of trustworthiness."));
    }

    @Test
    void theCommitteeLeadsOnlyTheStandardsOfItsOwnPassage() {
        // "The committee" refers back past a paragraph that lists other standards: those are not the committee's, and
        // looking for standards from the committee's mention onwards used to reach into that paragraph (and fail).
        assertEquals(List.of("ISO 11902 -> ISO/TC 198", "ISO/TR 2311 -> ISO/TC 198"),
                developers("ISO/TC 198, the ISO technical committee for blockchain and distributed ledger technologies, was created "
                        + "in 2013.\n\nISO develops standards that address many different emerging technologies, covering issues "
                        + "such as collaborative robots (e.g. ISO/TS 20346) and personal care robots (e.g. ISO 74762).\n\n"
                        + "The committee has so far published the following documents:\n"
                        + "• ISO 11902:2022, Blockchain and distributed ledger technologies — Reference architecture\n"
                        + "• ISO/TR 2311:2022, Use cases\n"));
    }

    @Test
    void theCommitteeAfterItsLaunchLeadsTheParagraph() {
        assertEquals(List.of("ISO/IEC 4879 -> ISO/IEC JTC 3"),
                developers("In January 2024, ISO and IEC launched a new joint technical committee, ISO/IEC JTC 3, on quantum technologies. "
                        + "The committee will develop standards on quantum computing. One standard, on the vocabulary (ISO/IEC 4879), "
                        + "has already been published."));
    }

    @Test
    void committeeNamedAsDeveloperOfAShareLeadsNothing() {
        assertTrue(developers("Big data represents another area for ISO, with around 80% of related standards being developed by "
                + "ISO/IEC JTC1/SC42. The terminology is defined in ISO/IEC 20546.").isEmpty());
    }

    @Test
    void committeeAfterTheStandardsLeadsNothing() {
        assertTrue(developers("Standards are being developed on virtual reality (e.g. ISO/IEC 23843). Three issues are explored with IEC "
                + "(ISO/IEC JTC1/SC43).").isEmpty());
    }

    @Test
    void organisationThatDevelopedItAndItsPartner() {
        assertEquals(List.of("Electronic business using eXtensible Mark-up Language -> Organization for the Advancement of Structured "
                + "Information Standards", "Electronic business using eXtensible Mark-up Language -> United Nations Economic Commission for Europe")
                .stream().sorted().toList(),
                developers("In collaboration with the Organization for the Advancement of Structured Information Standards (OASIS), UNECE "
                        + "developed the Electronic business using eXtensible Mark-up Language (ebXML).").stream().sorted().toList());
    }

    @Test
    void pronounDeveloperIsTheParagraphsCommittee() {
        List<String> lines = developers("UNECE\u2019s intergovernmental body UN/CEFACT continues making great strides in the area of digital "
                + "standards. In a recent collaboration with the International Federation of Freight-Forwarders Associations (FIATA), it "
                + "developed the electronic FIATA Multimodal Bill of Lading (eFBL) data standard.");
        assertEquals(List.of("electronic FIATA Multimodal Bill of Lading -> International Federation of Freight-Forwarders Associations",
                "electronic FIATA Multimodal Bill of Lading -> United Nations Centre for Trade Facilitation and Electronic Business"),
                lines.stream().sorted().toList());
    }

    @Test
    void outputOfAnOrganisation() {
        assertEquals(List.of("UN rules for Electronic Data Interchange for Administration, Commerce and Transport -> United Nations Economic "
                + "Commission for Europe"),
                developers("Another output of UNECE is represented by the UN rules for Electronic Data Interchange for Administration, "
                        + "Commerce and Transport (UN/ EDIFACT), which include internationally agreed upon standards."));
    }

    @Test
    void committeeAcronymPrefixOfANamedStandard() {
        assertEquals(List.of("UN/CEFACT JSON-LD Web Vocabulary -> United Nations Centre for Trade Facilitation and Electronic Business"),
                developers("In trade, the newly released UN/CEFACT JSON-LD Web Vocabulary complements AI systems."));
    }

    @Test
    void examplesOfProjectsCarriedOutByACommittee() {
        assertEquals(List.of("Supply Chain Reference Data Model -> United Nations Centre for Trade Facilitation and Electronic Business"),
                developers("Several projects carried out in the framework of UNECE\u2019s subsidiary UN/CEFACT also cover data issues. "
                        + "Examples include the Supply Chain Reference Data Model (SCRDM)."));
    }

    @Test
    void standardsBodyAsDeveloperIsNotADeveloper() {
        assertTrue(developers("ISO/IEC 27001, developed by ISO and IEC, is widely used.").isEmpty());
    }

    @Test
    void anotherCommitteeAsSubjectTakesOverTheParagraph() {
        assertEquals(List.of("ITU-T Y.4480 -> ITU-T SG20"),
                developers("The Telecommunication Standardization Advisory Group (TSAG) established a Focus Group on AI in 2019. ITU-T "
                        + "SG20 is developing Recommendation ITU-T Y.4480 on low-power protocols for IoT."));
    }

    @Test
    void alignedStandardOfAnotherBodyIsNotTheLeadsOwn() {
        assertEquals(List.of("ITU-T X.1058 -> ITU-T SG17"),
                developers("ITU-T SG17 approved three new Recommendations. ITU-T X.1058, which is aligned with ISO/IEC 29151, gives a code "
                        + "of practice."));
    }
}
