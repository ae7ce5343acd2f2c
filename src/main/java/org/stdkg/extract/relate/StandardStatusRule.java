package org.stdkg.extract.relate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.stdkg.document.BlockKind;
import org.stdkg.extract.AnnotatedDocument;
import org.stdkg.extract.EntityKind;
import org.stdkg.extract.Fact;
import org.stdkg.extract.Mention;
import org.stdkg.extract.Relation;
import org.stdkg.extract.RelationRule;
import org.stdkg.nlp.Sentence;
import org.stdkg.extract.Value;
import org.stdkg.extract.recognise.StandardRecogniser;
import org.stdkg.extract.recognise.Words;
import org.stdkg.extract.recognise.StandardsLexicon;
import org.stdkg.extract.recognise.StandardsLexicon.StatusCue;
import org.stdkg.vocab.KG;

/**
 * {@code kg:status} of standards, from the cue phrases of {@code standard-status-cues.tsv}:
 * <ul>
 * <li>a standard gets the status its clause states ("One standard, on the quantum computing
 * vocabulary (ISO/IEC 4879), has already been published, and an introduction to quantum computing
 * (ISO/IEC TR 18157) is in development"), or its sentence if that states only one;</li>
 * <li>a sentence about standards in general with one status ("ISO has published 12 standards on
 * blockchain", "A further 20 standards are in development") sets the status of the standards in
 * the following sentences of its paragraph ("Of these, ISO/TR 23455 gives …");</li>
 * <li>"Other recently published standards include …" also gives the status to the standards
 * named before it in the paragraph;</li>
 * <li>a named standard gets "published" from the sentence that says who issued standards on its
 * topic ({@link StandardFacts#issuer}).</li>
 * </ul>
 * A sentence that states both ("more than 40 standards either published or in development")
 * states neither. A standard referred to in passing ("to support ISO/IEC 42001", "an extension of
 * ISO/IEC 27001") takes no status from that sentence, and a standard the document gives both
 * statuses gets none: the text contradicts itself.
 */
public final class StandardStatusRule implements RelationRule {

    /** Words before a standard that refer to it rather than say something about it. */
    private static final Pattern REFERENCE = Pattern.compile(
            "(?U)\\b(?:support|supports|supporting|extension of|extensions of|according to|based on|aligned with|complement|complements|complementing|in line with|replaces|revision of"
                    // a standard inside another one's description: "mapping information between IEC 61850 and IEEE 1815",
                    // "conformance test cases for IEC 62351-3", "whose text is shared with the ISO/IEC 9594 series"
                    + "|between|for|with|to|into|from|of|shared with|identical to|equivalent to)\\s+(?:the\\s+)?$");
    /** A standard coordinated with a referred-to one: "between IEC 61850 and IEEE 1815". */
    private static final Pattern COORDINATED = Pattern.compile("(?U)^\\s*(?:and|or|,)\\s+(?:the\\s+)?$");

    private static final Pattern CLAUSE_BREAK = Pattern.compile("(?U);|,\\s+and\\s+|,\\s+while\\s+|,\\s+whereas\\s+|,\\s+but\\s+");

    /** The words of {@link #PLURAL}, one of which (in any case) it needs. */
    private static final List<String> PLURAL_WORDS = List.of("standards", "recommendations", "documents", "deliverables", "specifications",
            "projects", "parts", "texts");
    private static final Pattern PLURAL = Pattern.compile(
            "(?U)\\b(?:standards|recommendations|documents|deliverables|specifications|projects|parts|texts)\\b", Pattern.CASE_INSENSITIVE);

    private static final Pattern OTHER = Pattern.compile("(?U)^\\s*Other\\b");

    static final String PUBLISHED = "published";
    static final String IN_DEVELOPMENT = "inDevelopment";

    private static final String RULE = StandardStatusRule.class.getSimpleName();

    /** A status cue found in a sentence: its offset in the document and the status. */
    record Cue(int at, String status) {
    }

    @Override
    public List<Fact> apply(AnnotatedDocument d) {
        List<Profiles.Actor> actors = Profiles.actors(d);
        Map<Mention, String> status = new LinkedHashMap<>();
        Map<Mention, Integer> evidenceAt = new LinkedHashMap<>();
        int block = -1;
        String state = null;
        List<Mention> pending = new ArrayList<>();
        boolean introduced = false;
        for (Sentence s : d.sentences()) {
            if (s.block() != block) {
                // A list keeps the status its introduction states: "The committee has so far published the following
                // documents:", "Projects under development include:" and the bullets after it.
                boolean bullet = d.document().blocks().get(s.block()).kind() == BlockKind.BULLET;
                introduced = bullet && (introduced || (block >= 0 && d.document().blocks().get(block).text().strip().endsWith(":")));
                block = s.block();
                if (!introduced) {
                    state = null;
                }
                pending.clear();
            }
            List<Cue> cues = cues(s.text(), s.start());
            Set<String> statuses = new LinkedHashSet<>();
            cues.forEach(c -> statuses.add(c.status()));
            boolean general = Words.containsIgnoreCase(s.text(), PLURAL_WORDS) && PLURAL.matcher(s.text()).find();
            List<Mention> standards = new ArrayList<>();
            boolean referred = false;
            int previousEnd = -1;
            for (Mention m : d.mentionsIn(s.start(), s.end())) {
                if (m.kind() != EntityKind.STANDARD) {
                    continue;
                }
                boolean reference = REFERENCE.matcher(d.text(Math.max(s.start(), m.start() - 40), m.start())).find()
                        || (referred && COORDINATED.matcher(d.text(previousEnd, m.start())).matches());
                if (!reference) {
                    standards.add(m);
                }
                if (StandardRecogniser.stageCode(d.text(m.start(), m.end()))) {
                    // "ISO/DIS 7603": the stage code says it is a draft, whatever the sentence says.
                    status.putIfAbsent(m, IN_DEVELOPMENT);
                    evidenceAt.putIfAbsent(m, m.start());
                }
                referred = reference;
                previousEnd = m.end();
            }
            if (!standards.isEmpty()) {
                if (statuses.isEmpty()) {
                    if (state != null) {
                        for (Mention m : standards) {
                            status.putIfAbsent(m, state);
                            evidenceAt.putIfAbsent(m, m.start());
                        }
                    } else {
                        pending.addAll(standards);
                    }
                } else {
                    if (statuses.size() == 1 && OTHER.matcher(s.text()).find()) {
                        String st = statuses.iterator().next();
                        for (Mention m : pending) {
                            status.putIfAbsent(m, st);
                            evidenceAt.putIfAbsent(m, cues.get(0).at());
                        }
                        pending.clear();
                    }
                    for (Mention m : standards) {
                        Set<String> local = clauseStatuses(d, s, m, cues);
                        String st = local.size() == 1 ? local.iterator().next()
                                : local.isEmpty() && statuses.size() == 1 && !ownClause(s, m) ? statuses.iterator().next() : null;
                        if (st != null) {
                            status.putIfAbsent(m, st);
                            evidenceAt.putIfAbsent(m, m.start());
                        }
                    }
                }
            }
            if (statuses.size() == 1 && general) {
                state = statuses.iterator().next();
            } else if (statuses.size() > 1) {
                state = null;
            }
        }
        // Named standards: "UNECE has also issued recommendations on issues such as Single Window".
        for (Mention m : d.mentions(EntityKind.STANDARD)) {
            if (m.notation() == null && !status.containsKey(m)) {
                StandardFacts.issuer(d, m, actors, RULE).ifPresent(o -> {
                    status.put(m, PUBLISHED);
                    evidenceAt.put(m, m.start());
                });
            }
        }
        // A standard given both statuses in the document gets none.
        Map<String, Set<String>> byStandard = new LinkedHashMap<>();
        status.forEach((m, st) -> byStandard.computeIfAbsent(StandardFacts.key(m), k -> new HashSet<>()).add(st));
        List<Fact> facts = new ArrayList<>();
        status.forEach((m, st) -> {
            if (byStandard.get(StandardFacts.key(m)).size() == 1) {
                String iri = st.equals(PUBLISHED) ? KG.Published.getURI() : KG.InDevelopment.getURI();
                int at = evidenceAt.get(m);
                facts.add(new Fact(m, Relation.STATUS, new Value.Resource(iri), d.evidence(Math.min(at, m.start()), m.end(), RULE)));
            }
        });
        return StandardFacts.distinct(facts);
    }

    /** A clause of its own: "…, while IEC 61968-11 covers the model extensions" does not share the other clause's status. */
    private static final Pattern OWN_CLAUSE = Pattern.compile("(?U),\\s+while\\s+|,\\s+whereas\\s+|,\\s+but\\s+");

    private static boolean ownClause(Sentence s, Mention m) {
        Matcher b = OWN_CLAUSE.matcher(s.text());
        while (b.find()) {
            if (s.start() + b.start() < m.start()) {
                return true;
            }
        }
        return false;
    }

    /** The statuses of the cues in the clause of a sentence that holds a mention. */
    private static Set<String> clauseStatuses(AnnotatedDocument d, Sentence s, Mention m, List<Cue> cues) {
        int from = s.start();
        int to = s.end();
        var breaks = CLAUSE_BREAK.matcher(s.text());
        while (breaks.find()) {
            int at = s.start() + breaks.start();
            if (at < m.start()) {
                from = at;
            } else if (at >= m.end()) {
                to = Math.min(to, at);
                break;
            }
        }
        Set<String> out = new LinkedHashSet<>();
        for (Cue c : cues) {
            if (c.at() >= from && c.at() < to) {
                out.add(c.status());
            }
        }
        return out;
    }

    /** The status cues of a text, longest phrases first; "none" phrases blank out what they cover. */
    static List<Cue> cues(String text, int offset) {
        String lower = text.toLowerCase(Locale.ROOT);
        boolean[] claimed = new boolean[text.length()];
        List<Cue> cues = new ArrayList<>();
        for (StatusCue cue : StandardsLexicon.get().statusCues()) {
            String p = cue.phrase().toLowerCase(Locale.ROOT);
            for (int i = lower.indexOf(p); i >= 0; i = lower.indexOf(p, i + 1)) {
                int end = i + p.length();
                boolean word = (i == 0 || !Character.isLetterOrDigit(lower.charAt(i - 1)))
                        && (end == lower.length() || !Character.isLetterOrDigit(lower.charAt(end)));
                if (!word || anyClaimed(claimed, i, end)) {
                    continue;
                }
                for (int k = i; k < end; k++) {
                    claimed[k] = true;
                }
                if (!cue.status().equals("none")) {
                    cues.add(new Cue(offset + i, cue.status()));
                }
            }
        }
        cues.sort((a, b) -> Integer.compare(a.at(), b.at()));
        return cues;
    }

    private static boolean anyClaimed(boolean[] claimed, int from, int to) {
        for (int k = from; k < to; k++) {
            if (claimed[k]) {
                return true;
            }
        }
        return false;
    }
}
