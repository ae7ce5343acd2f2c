package org.stdkg.extract.recognise;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.stdkg.extract.AnnotatedDocument;
import org.stdkg.extract.ExtractionRules;
import org.stdkg.extract.Fact;
import org.stdkg.extract.MentionRecogniser;
import org.stdkg.extract.Relation;
import org.stdkg.extract.RelationRule;
import org.stdkg.extract.Value;

/**
 * Model-free documents (sentences as {@link ActorDocs} cuts them) run through every recogniser of
 * {@link ExtractionRules} in order, for rules that read mentions of several areas at once (committees and
 * events, organisations and pledges).
 */
public final class PipelineDocs {

    private PipelineDocs() {
    }

    public static AnnotatedDocument recognised(String text) {
        AnnotatedDocument d = ActorDocs.annotated(text);
        for (MentionRecogniser r : ExtractionRules.recognisers()) {
            d = d.withMentions(r.recognise(d));
        }
        return d;
    }

    /** "subject -> object" lines of one relation of a rule's facts, sorted. */
    public static Set<String> facts(String text, RelationRule rule, Relation relation) {
        Set<String> out = new TreeSet<>();
        for (Fact f : rule.apply(recognised(text))) {
            if (f.relation() == relation) {
                out.add(f.subject().label() + " -> " + object(f.object()));
            }
        }
        return out;
    }

    /** The labels of the mentions of a kind. */
    public static List<String> labels(String text, org.stdkg.extract.EntityKind kind) {
        return recognised(text).mentions(kind).stream().map(org.stdkg.extract.Mention::label).toList();
    }

    private static String object(Value v) {
        if (v instanceof Value.Entity e) {
            return e.mention().label();
        }
        if (v instanceof Value.Literal l) {
            return l.lexical();
        }
        if (v instanceof Value.Resource r) {
            return r.iri().endsWith("Published") ? "published" : r.iri().endsWith("InDevelopment") ? "inDevelopment" : r.iri();
        }
        return v.toString();
    }
}
