package org.stdkg.extract.recognise;

import java.util.List;

import org.stdkg.extract.AnnotatedDocument;
import org.stdkg.extract.Fact;
import org.stdkg.extract.MentionRecogniser;
import org.stdkg.extract.RelationRule;

/** Test documents without OpenNLP models ({@link GenreDocs}), run through the actor recognisers. */
public final class ActorDocs {

    private ActorDocs() {
    }

    public static AnnotatedDocument annotated(String text) {
        return GenreDocs.annotated(text);
    }

    /** The document after the actor recognisers, in the order of the standard rules. */
    public static AnnotatedDocument recognised(String text) {
        AnnotatedDocument d = annotated(text);
        for (MentionRecogniser r : List.of(new EventRecogniser(), new OrganisationRecogniser(), new EventReferenceRecogniser(),
                new PersonRecogniser())) {
            d = d.withMentions(r.recognise(d));
        }
        return d;
    }

    public static List<Fact> facts(String text, RelationRule rule) {
        return rule.apply(recognised(text));
    }
}
