package org.stdkg.extract.relate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.stdkg.extract.AnnotatedDocument;
import org.stdkg.extract.EntityKind;
import org.stdkg.extract.Fact;
import org.stdkg.extract.Mention;
import org.stdkg.extract.Relation;
import org.stdkg.extract.RelationRule;
import org.stdkg.extract.Value;
import org.stdkg.extract.recognise.StandardsLexicon;
import org.stdkg.nlp.Sentence;

/**
 * {@code dcterms:publisher} of standards.
 * <ul>
 * <li>From the identifier prefix: "ISO/IEC 42001" → ISO and IEC; "ISO/TR 21332" → ISO; "ISO/IEC/IEEE
 * …" → ISO, IEC, IEEE; "ITU-T Y.4000" → ITU (the sector's parent).</li>
 * <li>For a named standard: the standards body whose standards the sentence lists it among
 * ("standards … developed by ISO …, such as the Open Systems Interconnection (OSI)"), or the
 * organisation that issued standards on its topic ("UNECE has also issued recommendations on
 * issues such as Single Window" → "Recommendation 33 – Single Window Recommendation").</li>
 * </ul>
 */
public final class StandardPublisherRule implements RelationRule {

    private static final Pattern PREFIX = Pattern.compile("^([A-Z]+(?:-[A-Z])?(?:/[A-Z]+)*)");

    /** "standards and related documents developed by ISO": a standards body as the author of the standards listed. */
    private static final Pattern SDO_STANDARDS = Pattern.compile(
            "(?U)\\bstandards\\b[^.;]{0,40}?\\b(?:developed|published|issued)\\s+by\\s+(?<body>[A-Z][A-Z-]{1,8})\\b");

    private static final String RULE = StandardPublisherRule.class.getSimpleName();

    @Override
    public List<Fact> apply(AnnotatedDocument d) {
        List<Profiles.Actor> actors = Profiles.actors(d);
        List<Fact> facts = new ArrayList<>();
        for (Mention s : d.mentions(EntityKind.STANDARD)) {
            if (s.notation() != null) {
                Matcher m = PREFIX.matcher(s.notation());
                if (!m.find()) {
                    continue;
                }
                for (String part : m.group(1).split("/")) {
                    StandardsLexicon.get().body(part).ifPresent(b -> {
                        List<String> publishers = b.parents().isEmpty() ? List.of(b.acronym()) : b.parents();
                        for (String p : publishers) {
                            facts.add(new Fact(s, Relation.PUBLISHER, Value.entity(OrgMentions.body(p, s.start(), s.end(), RULE)),
                                    d.evidence(s, RULE)));
                        }
                    });
                }
                continue;
            }
            Optional<Sentence> sentence = d.sentenceAt(s.start());
            if (sentence.isPresent()) {
                Matcher sdo = SDO_STANDARDS.matcher(d.text(sentence.get().start(), s.start()));
                if (sdo.find() && StandardsLexicon.get().body(sdo.group("body")).isPresent()) {
                    int at = sentence.get().start() + sdo.start("body");
                    Mention body = OrgMentions.existing(d, at, at + sdo.group("body").length())
                            .orElseGet(() -> OrgMentions.body(sdo.group("body"), at, at + sdo.group("body").length(), RULE));
                    facts.add(new Fact(s, Relation.PUBLISHER, Value.entity(body), d.evidence(at, s.end(), RULE)));
                    continue;
                }
            }
            StandardFacts.issuer(d, s, actors, RULE).ifPresent(o -> facts.add(
                    new Fact(s, Relation.PUBLISHER, Value.entity(o), d.evidence(o.start(), o.end(), RULE))));
        }
        return StandardFacts.distinct(facts);
    }
}
