package org.stdkg.extract.relate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.stdkg.document.Block;
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
 * kg:madeAt: a pledge made "at their latest global conference" or in a sentence that names an event
 * was made at that event; the event is the one named in the sentence, else the event named nearest
 * to it in the document (a news item's summit, named in its first lines). The other commitments of
 * the document made by the same parties (the items of the pledge list) were made there too.
 *
 * <p>When no recogniser has found an event, the nearest title-case name with an event head noun
 * ("International Summit on AI Standards") is taken, with the text's spelling as its name.
 */
public final class MadeAtRule implements RelationRule {

    // The patterns of inline checks, compiled once instead of at every call.
    private static final Pattern P1 = Pattern.compile("\\s+");

    @Override
    public List<Fact> apply(AnnotatedDocument document) {
        CommitmentContext context = CommitmentContext.of(document);
        List<Fact> facts = new ArrayList<>();
        for (Map.Entry<Mention, Pledges.Pledge> occasion : context.commitments().entrySet()) {
            Pledges.Pledge p = occasion.getValue();
            if (p.kind() != Pledges.Kind.PLEDGE) {
                continue;
            }
            Optional<Sentence> sentence = document.sentenceAt(p.cueStart());
            if (sentence.isEmpty()) {
                continue;
            }
            Sentence s = sentence.get();
            Matcher cue = CommitmentContext.cues().occasion.matcher(s.text());
            List<Mention> events = document.mentionsIn(s).stream().filter(m -> m.kind() == EntityKind.EVENT).toList();
            if (!cue.find() && events.isEmpty()) {
                continue;
            }
            Optional<Mention> event = !events.isEmpty() ? Optional.of(events.get(0))
                    : context.nearest(EntityKind.EVENT, s.start()).or(() -> namedEvent(document, s.start()));
            if (event.isEmpty()) {
                continue;
            }
            Set<String> parties = context.partyKeys(p);
            for (Map.Entry<Mention, Pledges.Pledge> c : context.commitments().entrySet()) {
                boolean same = c.getKey().label().equals(occasion.getKey().label())
                        || CommitmentContext.overlap(parties, context.partyKeys(c.getValue()));
                if (same) {
                    facts.add(new Fact(c.getKey(), Relation.MADE_AT, Value.entity(event.get()),
                            document.evidence(s.start(), s.end(), name())));
                }
            }
        }
        return facts;
    }

    /** The title-case event name nearest to an offset: a run with an event head noun at its end or before "on"/"of". */
    static Optional<Mention> namedEvent(AnnotatedDocument document, int offset) {
        Set<String> heads = CommitmentContext.cues().eventHeads;
        Mention best = null;
        for (Block block : document.document().blocks()) {
            for (int[] run : TitleRuns.runs(document.text(), block.start(), block.end())) {
                String name = P1.matcher(document.text(run[0], run[1])).replaceAll(" ");
                String[] words = name.split(" ");
                for (int i = 1; i < words.length; i++) {
                    boolean head = heads.contains(words[i]) && (i == words.length - 1 || words[i + 1].equals("on") || words[i + 1].equals("of"));
                    if (head) {
                        Mention m = new Mention(EntityKind.EVENT, name, Set.of(), null, run[0], run[1], "MadeAtRule");
                        if (best == null || Math.abs(m.start() - offset) < Math.abs(best.start() - offset)) {
                            best = m;
                        }
                        break;
                    }
                }
            }
        }
        return Optional.ofNullable(best);
    }
}
