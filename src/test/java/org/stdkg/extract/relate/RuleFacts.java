package org.stdkg.extract.relate;

import java.util.List;

import org.stdkg.extract.AnnotatedDocument;
import org.stdkg.extract.Fact;
import org.stdkg.extract.Relation;
import org.stdkg.extract.RelationRule;
import org.stdkg.extract.Value;
import org.stdkg.extract.recognise.StandardsTestDocs;
import org.stdkg.vocab.KG;

/** Runs a rule on a recognised test document and renders its facts as "subject -> object" lines. */
final class RuleFacts {

    private RuleFacts() {
    }

    static List<Fact> facts(RelationRule rule, String text) {
        AnnotatedDocument d = StandardsTestDocs.recognised(text);
        return rule.apply(d);
    }

    /** "ISO/IEC 42001 -> International Organization for Standardization" for each fact of a relation. */
    static List<String> lines(RelationRule rule, Relation relation, String text) {
        return facts(rule, text).stream().filter(f -> f.relation() == relation).map(RuleFacts::line).toList();
    }

    static String line(Fact f) {
        return f.subject().label() + " -> " + object(f.object());
    }

    static String object(Value v) {
        if (v instanceof Value.Entity e) {
            return e.mention().label();
        }
        if (v instanceof Value.Literal l) {
            return l.lexical();
        }
        if (v instanceof Value.Resource r) {
            return r.iri().equals(KG.Published.getURI()) ? "published" : r.iri().equals(KG.InDevelopment.getURI()) ? "inDevelopment" : r.iri();
        }
        return v.toString();
    }
}
