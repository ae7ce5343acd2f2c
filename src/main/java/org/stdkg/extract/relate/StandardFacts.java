package org.stdkg.extract.relate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.stdkg.extract.AnnotatedDocument;
import org.stdkg.extract.EntityKind;
import org.stdkg.extract.Fact;
import org.stdkg.extract.Mention;
import org.stdkg.extract.Names;
import org.stdkg.extract.Value;
import org.stdkg.extract.recognise.StandardsLexicon;
import org.stdkg.nlp.Sentence;

/** Small helpers shared by the standards rules: identity keys, de-duplication, issuing sentences. */
final class StandardFacts {

    /** "UNECE has also issued recommendations on issues such as Single Window": an issuer of standards of a kind. */
    private static final Pattern ISSUED = Pattern.compile(
            "(?U)\\s+(?:has\\s+|have\\s+)?(?:also\\s+)?(?:issued|published|adopted|released)\\s+(?:\\w+\\s+){0,2}(?:recommendations|standards|guidelines)\\b");

    private StandardFacts() {
    }

    /** The identity of a standard mention: its notation, or its label. */
    static String key(Mention m) {
        return Names.key(m.notation() != null ? m.notation() : m.label());
    }

    /** The key of a fact's object: an entity's label or a literal. */
    static String objectKey(Value v) {
        if (v instanceof Value.Entity e) {
            return e.mention().kind() + ":" + Names.key(e.mention().label());
        }
        if (v instanceof Value.Literal l) {
            return "L:" + Names.key(l.lexical());
        }
        return v.toString();
    }

    /** The facts without repeats of the same subject, relation and object (the first evidence is kept). */
    static List<Fact> distinct(List<Fact> facts) {
        Set<String> seen = new HashSet<>();
        List<Fact> out = new ArrayList<>();
        for (Fact f : facts) {
            if (seen.add(key(f.subject()) + "|" + f.relation() + "|" + objectKey(f.object()))) {
                out.add(f);
            }
        }
        return out;
    }

    /**
     * The topic words of a named standard: "Single Window" of "Recommendation 33 – Single Window
     * Recommendation" (an alias ending in a numbered-standard noun), or null.
     */
    static String topic(Mention m) {
        for (String cue : StandardsLexicon.get().standardCues("numbered")) {
            for (String n : m.names()) {
                if (n.endsWith(" " + cue) && !n.startsWith(cue) && !n.contains("\u2013")) {
                    return n.substring(0, n.length() - cue.length()).strip();
                }
            }
        }
        return null;
    }

    /**
     * The organisation that issued standards on a named standard's topic in a sentence of the same
     * or one of the three blocks before ("UNECE has also issued recommendations on issues such as
     * Single Window" before the heading "Recommendation 33 – Single Window Recommendation").
     */
    static Optional<Mention> issuer(AnnotatedDocument d, Mention standard, List<Profiles.Actor> actors, String rule) {
        String topic = topic(standard);
        Optional<Sentence> own = d.sentenceAt(standard.start());
        if (topic == null || own.isEmpty()) {
            return Optional.empty();
        }
        int block = own.get().block();
        for (Sentence s : d.sentences()) {
            if (s.block() < block - 3 || s.block() > block || s.start() >= standard.start()) {
                continue;
            }
            if (!Pattern.compile("(?i)\\b" + Pattern.quote(topic) + "\\b").matcher(s.text()).find()) {
                continue;
            }
            Matcher m = ISSUED.matcher(s.text());
            if (m.find()) {
                Optional<Mention> issuer = OrgMentions.endingAt(d, s.start() + m.start(), actors, rule);
                if (issuer.isPresent() && issuer.get().kind() == EntityKind.ORGANISATION) {
                    return issuer;
                }
            }
        }
        return Optional.empty();
    }
}
