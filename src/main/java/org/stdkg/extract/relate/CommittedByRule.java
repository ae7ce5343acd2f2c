package org.stdkg.extract.relate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.stdkg.extract.AnnotatedDocument;
import org.stdkg.extract.Fact;
import org.stdkg.extract.Mention;
import org.stdkg.extract.Relation;
import org.stdkg.extract.RelationRule;
import org.stdkg.extract.Value;
import org.stdkg.extract.recognise.Pledges;

/**
 * kg:committedBy: a commitment is made by the organisations named before its pledge cue ("Together,
 * IEC, ISO and ITU have pledged to:", "The International Electrotechnical Commission (IEC), … issued
 * a joint commitment to …"). Unnamed makers ("Ministers pledged to …") give no fact.
 */
public final class CommittedByRule implements RelationRule {

    @Override
    public List<Fact> apply(AnnotatedDocument document) {
        CommitmentContext context = CommitmentContext.of(document);
        List<Fact> facts = new ArrayList<>();
        for (Map.Entry<Mention, Pledges.Pledge> e : context.commitments().entrySet()) {
            Pledges.Pledge p = e.getValue();
            for (Mention party : context.parties(p)) {
                facts.add(new Fact(e.getKey(), Relation.COMMITTED_BY, Value.entity(party),
                        document.evidence(p.subjectFrom(), p.cueEnd(), name())));
            }
        }
        return facts;
    }
}
