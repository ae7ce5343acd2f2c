package org.stdkg.extract.relate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;

import org.stdkg.extract.AnnotatedDocument;
import org.stdkg.extract.EntityKind;
import org.stdkg.extract.Fact;
import org.stdkg.extract.Mention;
import org.stdkg.extract.Relation;
import org.stdkg.extract.RelationRule;
import org.stdkg.extract.Value;
import org.stdkg.extract.recognise.Pledges;
import org.stdkg.nlp.Sentence;

/**
 * kg:statedIn: the publication that states a commitment.
 * <ul>
 * <li>A publication named before the pledge in its sentence: "In the Rome Ministerial Declaration on
 * Ageing, adopted in June 2022, Ministers pledged to …".</li>
 * <li>A statement that "outlines"/"sets out"/"reflects" commitments ("The Seoul Statement outlines
 * four key commitments", "The statement sets out a joint vision and commitments from ITU, ISO and
 * IEC", "This joint statement reflects our commitment to …"), named or referred back to ("the
 * statement" = the nearest statement named before), states: the pledges of the same sentence, the
 * pledge list that follows, and the pledges of the parties that the sentence names.</li>
 * </ul>
 */
public final class StatedInRule implements RelationRule {

    @Override
    public List<Fact> apply(AnnotatedDocument document) {
        CommitmentContext context = CommitmentContext.of(document);
        List<Fact> facts = new ArrayList<>();
        for (Map.Entry<Mention, Pledges.Pledge> c : context.commitments().entrySet()) {
            Pledges.Pledge p = c.getValue();
            boolean named = false;
            for (Mention pub : document.mentionsIn(p.subjectFrom(), p.cueStart())) {
                if (pub.kind() == EntityKind.PUBLICATION) {
                    facts.add(new Fact(c.getKey(), Relation.STATED_IN, Value.entity(pub), document.evidence(pub, name())));
                    named = true;
                }
            }
            if (!named) {
                // "By endorsing the Call, supporters commit to:": the statement the clause refers back to.
                Matcher ref = CommitmentContext.cues().documentReference.matcher(document.text()).region(p.subjectFrom(), p.cueStart());
                if (ref.find()) {
                    referredTo(document, ref.group("noun"), ref.start()).ifPresent(pub -> facts.add(new Fact(c.getKey(), Relation.STATED_IN,
                            Value.entity(pub), document.evidence(p.subjectFrom(), p.cueEnd(), name()))));
                }
            }
        }
        for (Sentence s : document.sentences()) {
            Matcher verb = CommitmentContext.cues().stating.matcher(s.text());
            if (!CommitmentContext.cues().mayState(s.text()) || !verb.find()) {
                continue;
            }
            int verbAt = s.start() + verb.start();
            Optional<Mention> pub = statement(document, s, verbAt);
            if (pub.isEmpty()) {
                continue;
            }
            Set<String> named = CommitmentContext.keys(context.partiesIn(s.start(), s.end()));
            for (Map.Entry<Mention, Pledges.Pledge> c : context.commitments().entrySet()) {
                Pledges.Pledge p = c.getValue();
                boolean stated = (p.start() >= s.start() && p.start() < s.end())
                        || (p.kind() == Pledges.Kind.LIST_ITEM && (p.block() == s.block() || p.block() == s.block() + 1))
                        || CommitmentContext.overlap(named, context.partyKeys(p));
                if (stated) {
                    facts.add(new Fact(c.getKey(), Relation.STATED_IN, Value.entity(pub.get()),
                            document.evidence(s.start(), s.end(), name())));
                }
            }
        }
        return facts;
    }

    /** The publication named before an offset whose name ends in a noun ("the Call" → "Paris Call"), the nearest one. */
    private static Optional<Mention> referredTo(AnnotatedDocument document, String noun, int before) {
        String n = noun.toLowerCase(Locale.ROOT);
        Mention best = null;
        for (Mention m : document.mentions(EntityKind.PUBLICATION)) {
            if (m.start() < before && m.names().stream().anyMatch(x -> x.toLowerCase(Locale.ROOT).endsWith(n)
                    || x.toLowerCase(Locale.ROOT).contains(" " + n + " "))) {
                best = m;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The publication a stating sentence is about: one named before the verb, or the one "the statement" refers back to. */
    private static Optional<Mention> statement(AnnotatedDocument document, Sentence s, int verbAt) {
        Optional<Mention> named = document.mentionsIn(s.start(), verbAt).stream()
                .filter(m -> m.kind() == EntityKind.PUBLICATION).reduce((a, b) -> b);
        if (named.isPresent()) {
            return named;
        }
        Matcher ref = CommitmentContext.cues().documentReference.matcher(document.text()).region(s.start(), verbAt);
        if (!ref.find()) {
            return Optional.empty();
        }
        String noun = ref.group("noun").toLowerCase(Locale.ROOT);
        Mention best = null;
        for (Mention m : document.mentions(EntityKind.PUBLICATION)) {
            if (m.start() < s.start() && m.label().toLowerCase(Locale.ROOT).endsWith(noun)) {
                best = m;
            }
        }
        return Optional.ofNullable(best);
    }
}
