package org.stdkg.extract;

import java.util.List;

import org.stdkg.extract.recognise.CommitteeRecogniser;
import org.stdkg.extract.recognise.StandardRecogniser;
import org.stdkg.extract.relate.CommitteeParentRule;
import org.stdkg.extract.relate.StandardDeveloperRule;
import org.stdkg.extract.relate.StandardPublisherRule;
import org.stdkg.extract.relate.StandardStatusRule;
import org.stdkg.extract.relate.StandardTitleRule;

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
                new CommitteeRecogniser());
    }

    public static List<RelationRule> relationRules() {
        return List.of(
                // standards and committees
                new StandardPublisherRule(),
                new StandardStatusRule(),
                new StandardTitleRule(),
                new StandardDeveloperRule(),
                new CommitteeParentRule());
    }
}
