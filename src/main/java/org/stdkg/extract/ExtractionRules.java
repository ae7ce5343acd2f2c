package org.stdkg.extract;

import java.util.List;

import org.stdkg.extract.recognise.CommitmentRecogniser;
import org.stdkg.extract.recognise.CommitteeRecogniser;
import org.stdkg.extract.recognise.EventRecogniser;
import org.stdkg.extract.recognise.EventReferenceRecogniser;
import org.stdkg.extract.recognise.InitiativeRecogniser;
import org.stdkg.extract.recognise.OrganisationRecogniser;
import org.stdkg.extract.recognise.PersonRecogniser;
import org.stdkg.extract.recognise.PublicationRecogniser;
import org.stdkg.extract.recognise.StandardRecogniser;
import org.stdkg.extract.relate.CommittedByRule;
import org.stdkg.extract.relate.CommitteeParentRule;
import org.stdkg.extract.relate.EventRelationRule;
import org.stdkg.extract.relate.MadeAtRule;
import org.stdkg.extract.relate.OrganisationRelationRule;
import org.stdkg.extract.relate.PersonRelationRule;
import org.stdkg.extract.relate.StandardDeveloperRule;
import org.stdkg.extract.relate.StandardPublisherRule;
import org.stdkg.extract.relate.StandardStatusRule;
import org.stdkg.extract.relate.StandardTitleRule;
import org.stdkg.extract.relate.StatedInRule;

/**
 * The standard recognisers and relation rules, in order of precedence. One line per rule: this is
 * the place to read what stdkg extracts.
 */
public final class ExtractionRules {

    private ExtractionRules() {
    }

    /** Recognisers in order of precedence: identifiers first, then gazetteers, then patterns. */
    public static List<MentionRecogniser> recognisers() {
        return List.of(
                // standards and committees: identifiers and named standards/committees first
                new StandardRecogniser(),
                new CommitteeRecogniser(),
                // publications, commitments, initiatives
                new PublicationRecogniser(),
                new CommitmentRecogniser(),
                new InitiativeRecogniser(),
                // events, then organisations, persons and places
                new EventRecogniser(),
                new OrganisationRecogniser(),
                new EventReferenceRecogniser(),
                new PersonRecogniser());
    }

    public static List<RelationRule> relationRules() {
        return List.of(
                // standards and committees
                new StandardPublisherRule(),
                new StandardStatusRule(),
                new StandardTitleRule(),
                new StandardDeveloperRule(),
                new CommitteeParentRule(),
                // publications and commitments
                new CommittedByRule(),
                new MadeAtRule(),
                new StatedInRule(),
                // organisations, people, places, events
                new EventRelationRule(),
                new OrganisationRelationRule(),
                new PersonRelationRule());
    }
}
