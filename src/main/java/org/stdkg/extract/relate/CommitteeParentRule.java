package org.stdkg.extract.relate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.stdkg.extract.AnnotatedDocument;
import org.stdkg.extract.EntityKind;
import org.stdkg.extract.Evidence;
import org.stdkg.extract.Fact;
import org.stdkg.extract.Mention;
import org.stdkg.extract.Names;
import org.stdkg.extract.Relation;
import org.stdkg.extract.RelationRule;
import org.stdkg.extract.Value;
import org.stdkg.extract.recognise.CommitteeRecogniser;
import org.stdkg.extract.recognise.StandardsLexicon;
import org.stdkg.extract.relate.Passages.Passage;

/**
 * {@code org:subOrganizationOf} for committees: the parent committees and organisations of each
 * committee, with every further ancestor (the gold policy: "the direct parent and each further
 * ancestor that the text or a committee identifier names").
 * <ul>
 * <li>the identifier: "ISO/IEC JTC 1/SC 42" → ISO/IEC JTC 1, ISO, IEC; "ITU-T SG20" → ITU-T, ITU;</li>
 * <li>an organisation before the name: "UNECE Working Party …", "UNECE’s intergovernmental body
 * UN/CEFACT", "the Forum’s Global Future Council …", "UN GGE and OEWG";</li>
 * <li>a creator: "UNECE launched the Advisory Group …", "The Forum hosts a Global Future Council …";</li>
 * <li>a stated part: "SG20 is the parent of the JCA-IoT", "…Advisory Committee – also part of the …";</li>
 * <li>nesting: a committee in the parenthesis after another one;</li>
 * <li>an example of a unit's work: "The Forum’s Centre for Urban Transformation explores … For
 * example, the Council on the Connected World …";</li>
 * <li>otherwise, inside an actor's profile section, the actor ({@link Profiles}), unless the
 * sentence relates the committee to the actor in another way ("under the guidance of").</li>
 * </ul>
 */
public final class CommitteeParentRule implements RelationRule {

    private static final Pattern JTC = Pattern.compile("ISO/IEC JTC (\\d+)(?:/SC (\\d+))?(?:/WG (\\d+))?");
    private static final Pattern TC = Pattern.compile("(ISO|IEC|CEN|CENELEC|ETSI)(?:/| )TC \\d+(/SC \\d+)?");
    private static final Pattern CEN_JTC = Pattern.compile("CEN-CENELEC JTC \\d+");
    private static final Pattern SG = Pattern.compile("(ITU-[TRD]) SG\\d+");

    private static final Pattern POSSESSOR = Pattern.compile(
            "(?U)(?<poss>[\\p{L}][\\p{L}/-]*)[’']s\\s+(?:[a-z-]+\\s+){0,3}(?:[a-z-]+\\s*,\\s*)?$|(?<its>\\b[Ii]ts)\\s+$");
    private static final Pattern CREATION = Pattern.compile(
            "(?U)\\b(?:has\\s+|have\\s+)?(?:recently\\s+|also\\s+)?(?<verb>launched|established|created|set up|hosts|hosted|convenes|convened|formed|founded)"
                    + "\\s+(?:a|an|the)\\s+(?:new\\s+)?(?:[a-z-]+\\s+){0,4}(?:[a-z-]+\\s*,\\s*)?$");
    private static final Pattern PARENT_OF = Pattern.compile("(?U)^\\s+is\\s+the\\s+parent\\s+(?:body\\s+|committee\\s+|group\\s+)?of\\s+(?:the\\s+)?(?:\\p{Lu}[\\p{Lu}-]+\\s+)?$");
    private static final Pattern PART_OF = Pattern.compile(
            "(?U)^\\s*[,(\\u2013\\u2014-]?\\s*(?:which\\s+is\\s+|is\\s+)?(?:also\\s+)?(?:a\\s+|an\\s+|one\\s+of\\s+the\\s+)?"
                    + "(?:part|subcommittee|sub-committee|subsidiary(?:\\s+body)?|subsidiary\\s+bodies|working\\s+group|subgroup|body|bodies|committees?)\\s+of\\s+(?:the\\s+)?");
    private static final Pattern EXAMPLE = Pattern.compile("(?U)^(?:For example|For instance|In particular),\\s+(?:the\\s+)?$");
    private static final Pattern SUBJECT_UNIT = Pattern.compile(
            "(?U)^(?:The\\s+)?(?<poss>\\p{Lu}[\\p{L}-]*)[’']s\\s+(?<unit>\\p{Lu}[\\p{L}-]*(?:\\s+(?:(?:of|for|the|and|on|&)\\s+)*\\p{Lu}[\\p{L},-]*)*)?");
    /** Sentences that relate a committee to the profile's actor in some other way than belonging. */
    private static final Pattern NOT_BELONGING = Pattern.compile(
            "(?U)\\b(?:under the guidance of|in collaboration with|in cooperation with|together with|partnered with|with the support of|supported by|on behalf of)\\b");

    private static final String RULE = CommitteeParentRule.class.getSimpleName();

    /** A direct parent link read from the text. */
    private record Link(Mention child, Mention parent, Evidence evidence) {
    }

    @Override
    public List<Fact> apply(AnnotatedDocument document) {
        List<Profiles.Actor> actors = Profiles.actors(document);
        List<Mention> committees = document.mentions(EntityKind.COMMITTEE);
        List<Passage> passages = Passages.of(document);
        List<Link> links = new ArrayList<>();
        for (Mention c : committees) {
            fromNotation(document, c, links);
            fromPrefix(document, passages, c, committees, actors, links);
            fromCreation(document, passages, c, actors, links);
            fromStatedPart(document, passages, c, committees, links);
            fromNesting(document, c, committees, links);
            fromExample(document, passages, c, actors, links);
        }
        profileDefault(document, passages, committees, actors, links);
        return closure(links);
    }

    // ---- direct links

    private void fromNotation(AnnotatedDocument d, Mention c, List<Link> links) {
        if (c.notation() == null) {
            return;
        }
        Evidence ev = d.evidence(c, RULE);
        Matcher jtc = JTC.matcher(c.notation());
        if (jtc.matches()) {
            int n = Integer.parseInt(jtc.group(1));
            if (jtc.group(2) != null) {
                // The implied parent (JTC 1 of SC 42, SC 42 of a WG) and, in turn, its own parents.
                Integer sc = jtc.group(3) != null ? Integer.valueOf(jtc.group(2)) : null;
                Mention parent = CommitteeRecogniser.jtcMention(n, sc, null, Set.of(), c.start(), c.end(), RULE);
                links.add(new Link(c, parent, ev));
                fromNotation(d, parent, links);
            } else {
                links.add(new Link(c, OrgMentions.body("ISO", c.start(), c.end(), RULE), ev));
                links.add(new Link(c, OrgMentions.body("IEC", c.start(), c.end(), RULE), ev));
            }
            return;
        }
        if (CEN_JTC.matcher(c.notation()).matches()) {
            links.add(new Link(c, OrgMentions.body("CEN", c.start(), c.end(), RULE), ev));
            links.add(new Link(c, OrgMentions.body("CENELEC", c.start(), c.end(), RULE), ev));
            return;
        }
        Matcher tc = TC.matcher(c.notation());
        if (tc.matches()) {
            links.add(new Link(c, OrgMentions.body(tc.group(1), c.start(), c.end(), RULE), ev));
            return;
        }
        Matcher sg = SG.matcher(c.notation());
        if (sg.matches()) {
            links.add(new Link(c, OrgMentions.body(sg.group(1), c.start(), c.end(), RULE), ev));
        }
    }

    /** "UNECE Working Party …", "UNECE’s subsidiary, UN/CEFACT", "the Forum’s Global Future Council …", "Its UN/CEFACT". */
    private void fromPrefix(AnnotatedDocument d, List<Passage> passages, Mention c, List<Mention> committees, List<Profiles.Actor> actors, List<Link> links) {
        Optional<Passage> sentence = Passages.at(passages, c.start());
        if (sentence.isEmpty()) {
            return;
        }
        int from = sentence.get().start();
        String before = d.text(from, c.start());
        Matcher poss = POSSESSOR.matcher(before);
        if (poss.find()) {
            int end = poss.group("its") != null ? from + poss.end("its") : from + poss.end("poss") + 2;
            Optional<Mention> owner = poss.group("its") != null ? OrgMentions.endingAt(d, from + poss.end("its"), actors, RULE)
                    : OrgMentions.endingAt(d, end, actors, RULE);
            owner.filter(o -> !sameName(o, c)).ifPresent(o -> links.add(new Link(c, o, d.evidence(o.start(), c.end(), RULE))));
            return;
        }
        // An acronym right before the name: "UNECE Working Party", "UN GGE".
        Matcher acr = Pattern.compile("(?U)(?<acr>\\b\\p{Lu}[\\p{Lu}-]{1,9})\\s+$").matcher(before);
        if (acr.find() && StandardsLexicon.get().committee(acr.group("acr")).isEmpty()) {
            int s = from + acr.start("acr");
            int e = from + acr.end("acr");
            if (d.mentionsIn(s, e).stream().noneMatch(m -> m.kind() == EntityKind.COMMITTEE || m.kind() == EntityKind.STANDARD)) {
                Mention owner = OrgMentions.existing(d, s, e).orElseGet(() -> OrgMentions.body(acr.group("acr"), s, e, RULE));
                links.add(new Link(c, owner, d.evidence(s, c.end(), RULE)));
                return;
            }
        }
        // "UN GGE and OEWG": the prefix of the first of two coordinated committees applies to both.
        Matcher and = Pattern.compile("(?U)(?:\\s+and\\s+|\\s*,\\s*)$").matcher(before);
        if (and.find()) {
            int joint = from + and.start();
            for (Mention other : committees) {
                if (other.end() == joint && other != c) {
                    List<Link> own = new ArrayList<>();
                    fromPrefix(d, passages, other, List.of(), actors, own);
                    for (Link l : own) {
                        if (l.parent().kind() == EntityKind.ORGANISATION) {
                            links.add(new Link(c, l.parent(), d.evidence(l.parent().start(), c.end(), RULE)));
                        }
                    }
                }
            }
        }
    }

    /** "UNECE launched the Advisory Group …", "The Forum hosts a Global Future Council …", "ISO and IEC launched a new joint technical committee, ISO/IEC JTC 3". */
    private void fromCreation(AnnotatedDocument d, List<Passage> passages, Mention c, List<Profiles.Actor> actors, List<Link> links) {
        Optional<Passage> sentence = Passages.at(passages, c.start());
        if (sentence.isEmpty()) {
            return;
        }
        int from = sentence.get().start();
        Matcher m = CREATION.matcher(d.text(from, c.start()));
        if (!m.find()) {
            return;
        }
        int subjectEnd = from + m.start();
        for (Mention owner : subjects(d, subjectEnd, actors)) {
            if (!sameName(owner, c)) {
                links.add(new Link(c, owner, d.evidence(owner.start(), c.end(), RULE)));
            }
        }
    }

    /** The organisations that end at an offset, with a coordinated one before: "ISO and IEC". */
    private static List<Mention> subjects(AnnotatedDocument d, int end, List<Profiles.Actor> actors) {
        List<Mention> subjects = new ArrayList<>();
        Optional<Mention> last = OrgMentions.endingAt(d, end, actors, RULE);
        if (last.isEmpty()) {
            return subjects;
        }
        subjects.add(last.get());
        String before = d.text(Math.max(0, last.get().start() - 5), last.get().start());
        if (before.endsWith(" and ")) {
            OrgMentions.endingAt(d, last.get().start() - 5, actors, RULE).ifPresent(subjects::add);
        }
        return subjects;
    }

    /** "ITU-T SG20 is the parent of the ITU-T JCA-IoT"; "… Advisory Committee – also part of the …". */
    private void fromStatedPart(AnnotatedDocument d, List<Passage> passages, Mention c, List<Mention> committees, List<Link> links) {
        Optional<Passage> sentence = Passages.at(passages, c.start());
        if (sentence.isEmpty()) {
            return;
        }
        int sentenceEnd = sentence.get().end();
        for (Mention other : committees) {
            if (other.start() >= c.end() && other.start() <= sentenceEnd && other.start() - c.end() < 60
                    && PARENT_OF.matcher(d.text(c.end(), other.start())).find()) {
                // The ITU-T prefix before the child is part of its name, not text between.
                links.add(new Link(other, c, d.evidence(c.start(), other.end(), RULE)));
            }
        }
        String after = d.text(c.end(), Math.min(sentenceEnd, c.end() + 200));
        Matcher part = PART_OF.matcher(after);
        if (part.lookingAt()) {
            int at = c.end() + part.end();
            Optional<Mention> parent = OrgMentions.startingAt(d, at, sentenceEnd, RULE);
            parent.filter(p -> !sameName(p, c)).ifPresent(p -> links.add(new Link(c, p, d.evidence(c.start(), p.end(), RULE))));
        }
    }

    /** "World Forum … (Working Party on Automated/Autonomous and Connected Vehicles (GRVA) WP.29)": the inner one is part of the outer. */
    private void fromNesting(AnnotatedDocument d, Mention c, List<Mention> committees, List<Link> links) {
        for (Mention outer : committees) {
            if (outer.end() <= c.start() && c.start() - outer.end() < 5 && d.text(outer.end(), c.start()).strip().equals("(")
                    && !sameName(outer, c)) {
                links.add(new Link(c, outer, d.evidence(outer.start(), c.end(), RULE)));
            }
        }
    }

    /** "The Forum’s Centre for Urban Transformation explores … For example, the Council on the Connected World …". */
    private void fromExample(AnnotatedDocument d, List<Passage> passages, Mention c, List<Profiles.Actor> actors, List<Link> links) {
        Optional<Passage> sentence = Passages.at(passages, c.start());
        if (sentence.isEmpty() || sentence.get().index() == 0) {
            return;
        }
        Passage s = sentence.get();
        if (!EXAMPLE.matcher(d.text(s.start(), c.start())).find()) {
            return;
        }
        Passage prev = passages.get(s.index() - 1);
        if (prev.block() != s.block()) {
            return;
        }
        Matcher m = SUBJECT_UNIT.matcher(prev.text());
        if (!m.find()) {
            return;
        }
        int possEnd = prev.start() + m.end("poss");
        OrgMentions.endingAt(d, possEnd + 2, actors, RULE).ifPresent(o -> links.add(new Link(c, o, d.evidence(o.start(), c.end(), RULE))));
        if (m.group("unit") != null) {
            int unitStart = prev.start() + m.start("unit");
            String unit = m.group("unit").strip();
            if (unit.contains(" ")) {
                Mention u = OrgMentions.existing(d, unitStart, unitStart + unit.length())
                        .orElseGet(() -> new Mention(EntityKind.ORGANISATION, unit, Set.of(), null, unitStart, unitStart + unit.length(), RULE));
                if (!sameName(u, c)) {
                    links.add(new Link(c, u, d.evidence(unitStart, c.end(), RULE)));
                }
            }
        }
    }

    /** Committees with no parent in the text belong to the actor of the profile section they appear in. */
    private void profileDefault(AnnotatedDocument d, List<Passage> passages, List<Mention> committees, List<Profiles.Actor> actors, List<Link> links) {
        Groups groups = new Groups();
        committees.forEach(groups::add);
        links.forEach(l -> groups.add(l.child()));
        Set<Integer> withParent = new java.util.HashSet<>();
        links.forEach(l -> withParent.add(groups.of(l.child())));
        Set<Integer> done = new java.util.HashSet<>();
        for (Mention c : committees) {
            int g = groups.of(c);
            if (withParent.contains(g) || done.contains(g)) {
                continue;
            }
            Optional<Profiles.Actor> actor = Profiles.at(actors, c.start());
            Optional<Passage> sentence = Passages.at(passages, c.start());
            if (actor.isEmpty() || sentence.isEmpty() || NOT_BELONGING.matcher(sentence.get().text()).find()) {
                continue;
            }
            Mention owner = actor.get().mention(c.start(), c.end(), RULE);
            if (sameName(owner, c)) {
                continue;
            }
            done.add(g);
            links.add(new Link(c, owner, d.evidence(c, RULE)));
        }
    }

    // ---- ancestors

    /** Every direct link, and the ancestors of each committee through its parent committees and ITU's sectors. */
    private static List<Fact> closure(List<Link> links) {
        Groups groups = new Groups();
        for (Link l : links) {
            groups.add(l.child());
            groups.add(l.parent());
        }
        Map<Integer, List<Link>> byChild = new LinkedHashMap<>();
        for (Link l : links) {
            byChild.computeIfAbsent(groups.of(l.child()), k -> new ArrayList<>()).add(l);
        }
        List<Fact> facts = new ArrayList<>();
        for (Map.Entry<Integer, List<Link>> e : byChild.entrySet()) {
            Mention child = e.getValue().get(0).child();
            if (child.kind() != EntityKind.COMMITTEE) {
                continue;
            }
            Map<Integer, Fact> ancestors = new LinkedHashMap<>();
            List<Link> queue = new ArrayList<>(e.getValue());
            for (int i = 0; i < queue.size() && i < 100; i++) {
                Link l = queue.get(i);
                int pg = groups.of(l.parent());
                if (pg == e.getKey() || ancestors.containsKey(pg)) {
                    continue;
                }
                ancestors.put(pg, new Fact(child, Relation.SUB_ORGANIZATION_OF, Value.entity(l.parent()), l.evidence()));
                if (l.parent().kind() == EntityKind.COMMITTEE) {
                    for (Link up : byChild.getOrDefault(pg, List.of())) {
                        queue.add(new Link(child, up.parent(), l.evidence()));
                    }
                } else {
                    // "ITU-T SG20" is part of ITU-T and so of ITU: the sector's parent from the lexicon.
                    for (String acronym : l.parent().names()) {
                        StandardsLexicon.get().body(acronym).ifPresent(b -> b.parents().forEach(p -> {
                            Mention parent = OrgMentions.body(p, l.parent().start(), l.parent().end(), RULE);
                            groups.add(parent);
                            queue.add(new Link(child, parent, l.evidence()));
                        }));
                    }
                }
            }
            facts.addAll(ancestors.values());
        }
        return facts;
    }

    static boolean sameName(Mention a, Mention b) {
        Set<String> keys = new java.util.HashSet<>();
        a.names().forEach(n -> keys.add(Names.key(n)));
        return b.names().stream().anyMatch(n -> keys.contains(Names.key(n)));
    }

    /** Mentions grouped by shared name keys, per kind (as the resolver will merge them). */
    static final class Groups {
        private final Map<String, Integer> byKey = new HashMap<>();
        private final List<Integer> parent = new ArrayList<>();

        int add(Mention m) {
            Set<Integer> hits = new LinkedHashSet<>();
            for (String n : m.names()) {
                Integer g = byKey.get(m.kind() + ":" + Names.key(n));
                if (g != null) {
                    hits.add(find(g));
                }
            }
            int g;
            if (hits.isEmpty()) {
                g = parent.size();
                parent.add(g);
            } else {
                g = hits.iterator().next();
                for (int h : hits) {
                    parent.set(h, g);
                }
            }
            for (String n : m.names()) {
                byKey.putIfAbsent(m.kind() + ":" + Names.key(n), g);
            }
            return find(g);
        }

        int of(Mention m) {
            return add(m);
        }

        private int find(int g) {
            while (parent.get(g) != g) {
                g = parent.get(g);
            }
            return g;
        }
    }
}
