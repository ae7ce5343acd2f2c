package org.stdkg.extract.relate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.stdkg.extract.AnnotatedDocument;
import org.stdkg.extract.EntityKind;
import org.stdkg.extract.Fact;
import org.stdkg.extract.Mention;
import org.stdkg.extract.Relation;
import org.stdkg.extract.RelationRule;
import org.stdkg.nlp.Sentence;
import org.stdkg.extract.Value;
import org.stdkg.extract.recognise.StandardsLexicon;
import org.stdkg.extract.recognise.StandardsLexicon.KnownCommittee;

/**
 * {@code kg:developedBy}: the committee or organisation responsible for a standard.
 * <ul>
 * <li>A paragraph led by a committee that works on standards ("The joint technical committee … is
 * known as ISO/IEC JTC1/SC 42 … and is responsible for the development of standards", "UNECE’s
 * intergovernmental body UN/CEFACT continues making great strides in the area of digital
 * standards", "The committee will develop standards …" after the committee was named): the
 * standards named after it in the paragraph are its.</li>
 * <li>"UNECE developed the Electronic business … (ebXML)", "it developed the … data standard", with
 * the partner of "In collaboration with the … (OASIS)".</li>
 * <li>"STD, developed by C"; "Another output of UNECE is … (UN/EDIFACT)".</li>
 * <li>A named standard whose name starts with a committee's acronym ("UN/CEFACT JSON-LD Web Vocabulary").</li>
 * <li>"Several projects carried out in the framework of … UN/CEFACT … Examples include the …".</li>
 * </ul>
 * A standard with an explicit developer in its sentence does not also take the paragraph's. A
 * committee named only as the developer of a share of the standards ("80% of related standards
 * being developed by …") leads nothing.
 */
public final class StandardDeveloperRule implements RelationRule {

    // Patterns of the small checks below, compiled once.
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    // Notations of the committee kinds a noun can refer to: groups ("SG 13", ".../WG 2"), working parties
    // ("WP 5/1"), subcommittees (".../SC 42"), technical committees ("TC 211", "JTC 1").
    private static final Pattern GROUP_ID = Pattern.compile(".*(?:\\bSG\\s?\\d+|/(?:WG|JWG|AG|AHG) \\d+)$");
    private static final Pattern GROUP_LABEL = Pattern.compile(".*\\bGroup\\b.*");
    private static final Pattern WORKING_PARTY_ID = Pattern.compile(".*\\bWP\\.?\\s?\\d+(?:/\\d+)?$");
    private static final Pattern SUBCOMMITTEE_ID = Pattern.compile(".*/SC \\d+$");
    private static final Pattern COMMITTEE_ID = Pattern.compile(".*\\b(?:JTC|TC|SC) \\d+$");

    private static final String RULE = StandardDeveloperRule.class.getSimpleName();

    /** What may stand before a committee that is the subject of its sentence. */
    private static final Pattern SUBJECT_BEFORE = Pattern.compile(
            "(?U)^(?:\\s*|\\s*The\\s+(?:\\p{Lu}[\\p{Lu}/-]+\\s+)?|.*\\bis\\s+(?:known|referred\\s+to)\\s+as\\s+|.*\\bcalled\\s+"
                    + "|\\s*(?:[\\p{L}/-]+[’']s|Its)\\s+(?:[a-z-]+\\s+){0,3}(?:[a-z-]+\\s*,\\s*)?|\\s*(?:A|The)\\s+[^,;]{3,90},\\s*)$");
    /** Words of standards work: the lead committee's sentence must speak of it (outside the committee's own name). */
    private static final Pattern STANDARDS_WORD = Pattern.compile(
            "(?U)\\b(?:standards?|standardi[sz]ation|recommendations?|specifications?|develop|develops|developing|prepares|publishes|working\\s+on"
                    + "|publications|documents|deliverables|approved|published)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern REFERENCE = Pattern.compile(
            "(?U)\\b(?:support|supports|supporting|extension of|extensions of|according to|based on|aligned with|complement|complements|in line with|replaces|revision of"
                    + "|shared with|identical to|equivalent to|between|for)\\s+(?:the\\s+)?$");
    /**
     * A sentence whose subject refers back to a committee: "The committee will develop …", "At the meeting, the group
     * approved …", "It has published …". The noun says which committee: the last one named before of a fitting kind.
     */
    private static final Pattern ANAPHOR = Pattern.compile(
            "(?U)^\\s*(?:[^,.;]{1,40},\\s+)?(?:[Tt]he\\s+(?<noun>committee|technical\\s+committee|subcommittee|sub-committee|working\\s+group|group|study\\s+group"
                    + "|working\\s+party|task\\s+force|council)|(?<it>It))\\b");
    /** "the committee's flagship publication": a standard that a sentence calls a committee's. */
    private static final Pattern COMMITTEES_PUBLICATION = Pattern.compile(
            "(?U)\\b(?:the|its)\\s+(?<noun>committee|subcommittee|working\\s+group|group|study\\s+group)['’]s\\s+(?:[\\p{L}-]+\\s+){0,2}?"
                    + "(?:publication|standard|series|deliverable|recommendation)s?\\b");
    /** How far back (in sentences) an anaphoric committee subject may point. */
    private static final int ANAPHOR_REACH = 8;
    private static final Pattern SHARE = Pattern.compile("(?U)\\d+\\s*%|\\bpercent\\b|\\bmost\\b|\\bsome\\b");
    /** A verb of developing right before a standard: "UNECE developed the …", "which published Recommendation …", "JWG 4 is responsible for". */
    private static final Pattern DEVELOPED = Pattern.compile(
            "(?U)\\b(?:has\\s+|have\\s+)?(?:also\\s+|so\\s+far\\s+|recently\\s+)?(?:developed|prepared|drafted|published|approved"
                    + "|(?:is|are)\\s+(?:also\\s+)?(?:responsible\\s+for|in\\s+charge\\s+of)|leads?\\s+the\\s+work\\s+on"
                    + "|(?:is|are)\\s+(?:currently\\s+|now\\s+)?(?:drafting|developing|preparing))\\s+"
                    + "(?:the\\s+|a\\s+|an\\s+)?(?:(?:new\\s+|draft\\s+)?Recommendation\\s+)?"
                    // "prepared several of the documents above (e.g. ISO/TR 3242 and …": examples of the verb's object
                    + "(?:(?:[\\p{L}-]+\\s+){1,8}\\((?:e\\.g\\.|i\\.e\\.|such\\s+as|including)\\s+(?:[^()]*?\\s+(?:and|or|,)\\s+)?)?$");
    /** ", which" (with an appositive before it): the verb's subject is the body named before the comma. */
    private static final Pattern WHICH = Pattern.compile("(?U)(?:,\\s+[^,]{1,40})?,\\s+which\\s+$");
    /** ", which prepared … and leads the work on": a relative clause whose verbs share the body before the comma. */
    private static final Pattern WHICH_CLAUSE = Pattern.compile("(?U)(?:,\\s+[^,]{1,40})?,\\s+which\\s+(?!.*,\\s+which\\s)");
    private static final Pattern COLLABORATION = Pattern.compile(
            "(?U)\\s*\\b(?:in\\s+(?:a\\s+)?(?:recent\\s+|close\\s+|joint\\s+)?(?:collaboration|cooperation|partnership)\\s+with|together\\s+with|jointly\\s+with)\\s+", Pattern.CASE_INSENSITIVE);
    private static final Pattern DEVELOPED_BY = Pattern.compile(
            "(?U)^\\s*,?\\s*(?:which\\s+(?:was|were|is|are)\\s+|was\\s+|were\\s+)?(?:developed|prepared|drafted|maintained)\\s+(?:jointly\\s+)?by\\s+");
    private static final Pattern OUTPUT_OF = Pattern.compile("(?U)\\b(?:output|outputs|deliverable|deliverables|product|products)\\s+of\\s+(?=\\S)");
    private static final Pattern FRAMEWORK_OF = Pattern.compile(
            "(?U)\\bcarried\\s+out\\s+(?:in\\s+the\\s+framework\\s+of|by|within|under(?:\\s+the\\s+auspices\\s+of)?)\\s+");
    private static final Pattern EXAMPLES = Pattern.compile("(?U)^\\s*(?:Examples\\s+include|These\\s+include|They\\s+include|For\\s+example|For\\s+instance)\\b");

    @Override
    public List<Fact> apply(AnnotatedDocument d) {
        List<Profiles.Actor> actors = Profiles.actors(d);
        List<Sentence> passages = d.sentences();
        List<Fact> facts = new ArrayList<>();
        Set<Mention> explicit = new HashSet<>();
        for (Sentence p : passages) {
            explicit(d, passages, p, actors, facts, explicit);
        }
        paragraphs(d, passages, facts, explicit);
        for (Mention s : d.mentions(EntityKind.STANDARD)) {
            prefixed(d, s).ifPresent(c -> facts.add(new Fact(s, Relation.DEVELOPED_BY, Value.entity(c), d.evidence(s, RULE))));
        }
        return StandardFacts.distinct(facts);
    }

    // ---- explicit attributions in a sentence

    private void explicit(AnnotatedDocument d, List<Sentence> passages, Sentence p, List<Profiles.Actor> actors, List<Fact> facts,
            Set<Mention> explicit) {
        List<Mention> standards = standardsIn(d, p.start(), p.end());
        for (Mention s : standards) {
            List<Mention> developers = new ArrayList<>();
            String before = d.text(p.start(), s.start());
            Matcher dev = DEVELOPED.matcher(before);
            if (dev.find()) {
                int subjectEnd = p.start() + dev.start();
                Optional<Mention> subject = OrgMentions.endingAt(d, subjectEnd, actors, RULE);
                Matcher which = WHICH.matcher(d.text(p.start(), subjectEnd));
                if (subject.isEmpty() && which.find()) {
                    // "ISO/TC 68, Financial services, which developed ISO 24165"
                    subject = OrgMentions.endingAt(d, p.start() + which.start(), actors, RULE);
                }
                Matcher clause = WHICH_CLAUSE.matcher(d.text(p.start(), subjectEnd));
                if (subject.isEmpty() && clause.find()) {
                    // "ISO/TC 307/WG 3, which prepared … and leads the work on ISO/CD TR 23642"
                    subject = OrgMentions.endingAt(d, p.start() + clause.start(), actors, RULE);
                }
                if (subject.isEmpty() || isPronoun(d, subjectEnd)) {
                    // "JWG 4 is responsible for ISO/DIS 7603 and drafted ISO/TR 23249": the sentence's subject.
                    subject = subject(d, passages, p).or(() -> leadOf(d, passages, p));
                }
                subject.filter(x -> !isStandardsBody(x)).ifPresent(developers::add);
                Matcher with = COLLABORATION.matcher(before);
                while (with.find()) {
                    OrgMentions.startingAt(d, p.start() + with.end(), p.end(), RULE).ifPresent(developers::add);
                }
            }
            Matcher by = DEVELOPED_BY.matcher(d.text(s.end(), p.end()));
            if (by.lookingAt()) {
                Optional<Mention> agent = OrgMentions.startingAt(d, s.end() + by.end(), p.end(), RULE);
                agent.filter(m -> !isStandardsBody(m)).ifPresent(developers::add);
                // "prepared by IEC TC 65 in cooperation with the International Society of Automation (ISA)"
                agent.ifPresent(a -> {
                    Matcher with = COLLABORATION.matcher(d.text(a.end(), p.end()));
                    if (with.lookingAt()) {
                        OrgMentions.startingAt(d, a.end() + with.end(), p.end(), RULE).ifPresent(developers::add);
                    }
                });
            }
            // "The IEC 61850 series … is the committee's flagship publication."
            Matcher owned = COMMITTEES_PUBLICATION.matcher(d.text(s.end(), p.end()));
            if (owned.find() && standardsIn(d, s.end(), s.end() + owned.start()).isEmpty()) {
                anaphor(d, passages, p, owned.group("noun")).ifPresent(developers::add);
            }
            Matcher out = OUTPUT_OF.matcher(before);
            if (out.find()) {
                OrgMentions.startingAt(d, p.start() + out.end(), p.end(), RULE).ifPresent(developers::add);
            }
            for (Mention dv : developers) {
                facts.add(new Fact(s, Relation.DEVELOPED_BY, Value.entity(dv), d.evidence(Math.min(dv.start(), s.start()), s.end(), RULE)));
                explicit.add(s);
            }
        }
        // "Several projects carried out in the framework of UNECE’s subsidiary UN/CEFACT … Examples include the …"
        Matcher fw = FRAMEWORK_OF.matcher(p.text());
        if (p.text().contains("carried") && fw.find()) {
            Optional<Mention> c = committeeAfter(d, p.start() + fw.end(), p.end());
            if (c.isPresent()) {
                List<Mention> covered = new ArrayList<>(standardsIn(d, c.get().end(), p.end()));
                if (p.index() + 1 < passages.size()) {
                    Sentence next = passages.get(p.index() + 1);
                    if (next.block() == p.block() && EXAMPLES.matcher(next.text()).lookingAt()) {
                        covered.addAll(standardsIn(d, next.start(), next.end()));
                    }
                }
                for (Mention s : covered) {
                    facts.add(new Fact(s, Relation.DEVELOPED_BY, Value.entity(c.get()), d.evidence(c.get().start(), c.get().end(), RULE)));
                    explicit.add(s);
                }
            }
        }
    }

    /** The first committee mention after an offset, past possessive descriptors ("UNECE’s subsidiary UN/CEFACT"). */
    private static Optional<Mention> committeeAfter(AnnotatedDocument d, int from, int to) {
        return d.mentionsIn(from, to).stream().filter(m -> m.kind() == EntityKind.COMMITTEE).filter(m -> m.start() - from < 60).findFirst();
    }

    private static boolean isPronoun(AnnotatedDocument d, int end) {
        String before = d.text(Math.max(0, end - 4), end).strip();
        return before.equals("it") || before.equals("It") || before.endsWith(" it");
    }

    // ---- paragraphs led by a committee

    private void paragraphs(AnnotatedDocument d, List<Sentence> passages, List<Fact> facts, Set<Mention> explicit) {
        Mention lead = null;
        int block = -1;
        Mention introLead = null;
        boolean introWork = false;
        for (Sentence p : passages) {
            if (p.block() != block) {
                List<org.stdkg.document.Block> blocks = d.document().blocks();
                boolean bullet = blocks.get(p.block()).kind() == org.stdkg.document.BlockKind.BULLET;
                if (bullet && block >= 0 && blocks.get(block).kind() != org.stdkg.document.BlockKind.BULLET
                        && blocks.get(block).text().strip().endsWith(":")) {
                    // A list and its introduction: "At the meeting, the group approved … Among them:" – the items are the
                    // lead's; "… working groups, each of which looks after a family of publications:" – each item's own.
                    introLead = lead;
                    introWork = STANDARDS_WORD.matcher(blocks.get(block).text()).find();
                } else if (!bullet) {
                    introLead = null;
                    introWork = false;
                }
                block = p.block();
                lead = bullet ? introLead : null;
                if (bullet && introWork) {
                    Optional<Mention> first = subject(d, passages, p);
                    if (first.isPresent()) {
                        lead = first.get();
                    }
                }
            }
            Optional<Mention> c = lead(d, passages, p);
            int from = p.start();
            if (c.isPresent()) {
                lead = c.get();
                // After the lead when it is named in this passage; a lead found by "The committee"/"It" lies before it.
                from = Math.max(p.start(), c.get().end());
            } else {
                Optional<Mention> other = subject(d, passages, p);
                if (other.isPresent() && (lead == null || !CommitteeParentRule.sameName(other.get(), lead))) {
                    lead = null; // another committee takes the stage without a word of standards work
                }
            }
            if (lead == null) {
                continue;
            }
            for (Mention s : standardsIn(d, from, p.end())) {
                if (!explicit.contains(s) && !REFERENCE.matcher(d.text(Math.max(p.start(), s.start() - 40), s.start())).find()) {
                    facts.add(new Fact(s, Relation.DEVELOPED_BY, Value.entity(lead), d.evidence(s, RULE)));
                }
            }
        }
    }

    /** The committee a passage makes the subject of standards work, or empty. */
    private static Optional<Mention> lead(AnnotatedDocument d, List<Sentence> passages, Sentence p) {
        Optional<Mention> subject = subject(d, passages, p);
        return subject.isPresent() && STANDARDS_WORD.matcher(withoutMentions(d, p)).find() ? subject : Optional.empty();
    }

    /** The committee that is the subject of a passage: named first, or "The committee"/"It" after one. */
    private static Optional<Mention> subject(AnnotatedDocument d, List<Sentence> passages, Sentence p) {
        for (Mention m : d.mentionsIn(p.start(), p.end())) {
            if (m.kind() != EntityKind.COMMITTEE) {
                continue;
            }
            String before = d.text(p.start(), m.start());
            if (SUBJECT_BEFORE.matcher(before).matches() && !SHARE.matcher(before).find()) {
                return Optional.of(m);
            }
            break;
        }
        Matcher a = ANAPHOR.matcher(p.text());
        if (a.lookingAt()) {
            return a.group("it") != null ? previousCommittee(d, passages, p) : anaphor(d, passages, p, a.group("noun"));
        }
        return Optional.empty();
    }

    /**
     * The committee "the committee"/"the group"/"the working party" refers to: the last committee named before the
     * sentence, within a few sentences, whose kind fits the noun ("the group" is no working party).
     */
    static Optional<Mention> anaphor(AnnotatedDocument d, List<Sentence> passages, Sentence p, String noun) {
        String n = WHITESPACE.matcher(noun.toLowerCase(java.util.Locale.ROOT)).replaceAll(" ");
        int from = passages.get(Math.max(0, p.index() - ANAPHOR_REACH)).start();
        Mention found = null;
        for (Mention m : d.mentionsIn(from, p.start())) {
            if (m.kind() == EntityKind.COMMITTEE && fits(m, n)) {
                found = m;
            }
        }
        return Optional.ofNullable(found);
    }

    /** Whether a committee is of the kind a noun names. */
    static boolean fits(Mention c, String noun) {
        String id = c.notation() == null ? "" : c.notation();
        String label = c.label();
        boolean group = GROUP_ID.matcher(id).matches() || GROUP_LABEL.matcher(label).matches();
        boolean party = WORKING_PARTY_ID.matcher(id).matches() || label.contains("Working Party");
        boolean sub = SUBCOMMITTEE_ID.matcher(id).matches();
        boolean committee = !group && !party && (COMMITTEE_ID.matcher(id).matches() || label.contains("Committee"));
        switch (noun) {
            case "subcommittee", "sub-committee":
                return sub;
            case "committee", "technical committee":
                return committee;
            case "group", "study group", "working group":
                return group;
            case "working party":
                return party;
            default:
                return label.toLowerCase(java.util.Locale.ROOT).contains(noun);
        }
    }

    /** The passage's text with its mentions blanked: "Standardization" in a committee's name is no cue. */
    private static String withoutMentions(AnnotatedDocument d, Sentence p) {
        StringBuilder sb = new StringBuilder(p.text());
        for (Mention m : d.mentionsIn(p.start(), p.end())) {
            for (int i = m.start(); i < m.end(); i++) {
                sb.setCharAt(i - p.start(), ' ');
            }
        }
        return sb.toString();
    }

    /** The committee that leads the paragraph of a passage up to it ("it developed …"), or the last one named before. */
    private static Optional<Mention> leadOf(AnnotatedDocument d, List<Sentence> passages, Sentence p) {
        Optional<Mention> found = Optional.empty();
        for (Sentence q : passages) {
            if (q.block() == p.block() && q.index() < p.index()) {
                Optional<Mention> c = lead(d, passages, q);
                if (c.isPresent()) {
                    found = c;
                }
            }
        }
        return found.isPresent() ? found : previousCommittee(d, passages, p);
    }

    private static Optional<Mention> previousCommittee(AnnotatedDocument d, List<Sentence> passages, Sentence p) {
        if (p.index() == 0) {
            return Optional.empty();
        }
        Sentence prev = passages.get(p.index() - 1);
        if (prev.block() != p.block()) {
            return Optional.empty();
        }
        List<Mention> cs = d.mentionsIn(prev.start(), prev.end()).stream().filter(m -> m.kind() == EntityKind.COMMITTEE).toList();
        return cs.isEmpty() ? Optional.empty() : Optional.of(cs.get(cs.size() - 1));
    }

    // ---- helpers

    /** "UN/CEFACT JSON-LD Web Vocabulary": a named standard whose name starts with a known committee's acronym. */
    private static Optional<Mention> prefixed(AnnotatedDocument d, Mention s) {
        if (s.notation() != null) {
            return Optional.empty();
        }
        int space = s.label().indexOf(' ');
        if (space < 0) {
            return Optional.empty();
        }
        Optional<KnownCommittee> k = StandardsLexicon.get().committee(s.label().substring(0, space));
        return k.map(c -> {
            Set<String> aliases = new LinkedHashSet<>(c.otherNames());
            aliases.add(c.acronym());
            return new Mention(EntityKind.COMMITTEE, c.longForm(), aliases, null, s.start(), s.start() + space, RULE);
        });
    }

    private static List<Mention> standardsIn(AnnotatedDocument d, int from, int to) {
        return d.mentionsIn(from, to).stream().filter(m -> m.kind() == EntityKind.STANDARD).toList();
    }

    /** ISO, IEC, ITU …: standards "developed by" them are theirs as publishers, recorded by {@link StandardPublisherRule}. */
    private static boolean isStandardsBody(Mention m) {
        return m.kind() == EntityKind.ORGANISATION && m.names().stream().anyMatch(n -> StandardsLexicon.get().body(n).isPresent()
                && List.of("ISO", "IEC", "ITU", "IEEE", "CEN", "CENELEC", "ETSI").contains(n));
    }
}
