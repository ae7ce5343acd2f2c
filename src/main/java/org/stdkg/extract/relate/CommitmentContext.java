package org.stdkg.extract.relate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.stdkg.document.Block;
import org.stdkg.extract.AnnotatedDocument;
import org.stdkg.extract.EntityKind;
import org.stdkg.extract.Mention;
import org.stdkg.extract.Names;
import org.stdkg.extract.recognise.CommitmentCues;
import org.stdkg.extract.recognise.Pledges;

/**
 * What the commitment rules read about one document: each commitment mention's pledge, the parties
 * named before each pledge, and the names the document defines for acronyms.
 *
 * <p>Parties are the organisation mentions in the clause before the pledge cue. Where no
 * recogniser has taken an acronym there ("Together, IEC, ISO and ITU have pledged to:"), the
 * acronym becomes an organisation mention itself, labelled with the long form the document defines
 * for it ("the International Electrotechnical Commission (IEC)") so that it resolves with the
 * organisation recognisers' mentions of the same body.
 */
final class CommitmentContext {

    // The patterns of inline checks, compiled once instead of at every call.
    private static final Pattern P1 = Pattern.compile("[^\\p{L}]+");
    private static final Pattern P2 = Pattern.compile("\\s+");

    /** "International Electrotechnical Commission (IEC)": capitalised words (with inner function words) before an acronym. */
    private static final Pattern DEFINITION = Pattern.compile(
            "((?:\\p{Lu}[\\p{L}.&’'-]*\\s+(?:(?:of|for|on|and|the|de|du|des)\\s+)*){1,10})\\((\\p{Lu}[\\p{L}\\p{N}&-]{1,9})\\)");

    /** "were among the first non-state supporters", "signatories include": a role after the organisations that hold it. */
    private static final Pattern ROLE = Pattern.compile("\\b(?:among\\s+the\\s+(?:[\\p{L}-]+\\s+){0,3}?)(?<noun>"
            + String.join("|", CommitmentCues.get().partyNouns) + ")\\b|\\b(?<noun2>" + String.join("|", CommitmentCues.get().partyNouns)
            + ")\\s+(?:include|included|including)\\b");

    final AnnotatedDocument document;
    final List<Pledges.Pledge> pledges;
    private final Map<Mention, Pledges.Pledge> pledgeOf;
    private final Map<String, String> longForms;
    private final Set<String> nonOrganisation;
    /** Per rule, as each rule's fallback mentions keep the offsets of the first use it reads. */
    private final Map<String, Mention> fallbackOrganisations = new HashMap<>();

    /** What the three commitment rules read alike, computed once per document. */
    private record Shared(Map<Mention, Pledges.Pledge> pledgeOf, Map<String, String> longForms) {
    }

    private static final Object SHARED = new Object();

    private CommitmentContext(AnnotatedDocument document) {
        this.document = document;
        this.pledges = Pledges.find(document);
        this.nonOrganisation = Pledges.nonOrganisationAcronyms(document);
        Shared shared = document.value(SHARED, CommitmentContext::shared);
        this.pledgeOf = shared.pledgeOf();
        this.longForms = shared.longForms();
    }

    private static Shared shared(AnnotatedDocument document) {
        List<Pledges.Pledge> pledges = Pledges.find(document);
        Map<Mention, Pledges.Pledge> pledgeOf = new LinkedHashMap<>();
        for (Mention m : document.mentions(EntityKind.COMMITMENT)) {
            for (Pledges.Pledge p : pledges) {
                if ((m.start() >= p.start() && m.end() <= p.end()) || (m.start() == p.cueStart() && m.end() == p.cueEnd())) {
                    pledgeOf.put(m, p);
                    break;
                }
            }
        }
        Map<String, String> longForms = new HashMap<>();
        Matcher d = DEFINITION.matcher(document.text());
        while (d.find()) {
            String longForm = longForm(d.group(1).strip(), d.group(2));
            if (longForm != null) {
                longForms.putIfAbsent(d.group(2), longForm);
            }
        }
        return new Shared(Collections.unmodifiableMap(pledgeOf), Collections.unmodifiableMap(longForms));
    }

    static CommitmentContext of(AnnotatedDocument document) {
        return new CommitmentContext(document);
    }

    /** The commitment mentions with their pledges, in text order. */
    Map<Mention, Pledges.Pledge> commitments() {
        return pledgeOf;
    }

    /**
     * The parties named in the clause before a pledge's cue; when the clause names them only by role ("By endorsing
     * the Call, supporters commit to …"), the organisations the document names in that role: "Microsoft, Siemens and
     * ISOC were among the first supporters", "The European Union also endorsed the Call".
     */
    List<Mention> parties(Pledges.Pledge p) {
        List<Mention> named = partiesIn(p.subjectFrom(), p.subjectTo());
        if (!named.isEmpty() || !namesRole(p)) {
            return named;
        }
        return endorsers(p);
    }

    private boolean namesRole(Pledges.Pledge p) {
        for (String w : P1.split(document.text(p.subjectFrom(), p.cueEnd()).toLowerCase(java.util.Locale.ROOT))) {
            if (cues().partyNouns.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** The organisations a document names as supporters or signatories, or as endorsing the statement. */
    private List<Mention> endorsers(Pledges.Pledge p) {
        Map<String, Mention> found = new LinkedHashMap<>();
        for (org.stdkg.nlp.Sentence s : document.sentences()) {
            if (s.start() <= p.cueStart() && p.cueStart() < s.end()) {
                continue;
            }
            String t = s.text();
            String lower = t.toLowerCase(java.util.Locale.ROOT);
            int cut = -1;
            Matcher role = ROLE.matcher(lower);
            if (role.find()) {
                cut = role.start();
            }
            if (cut < 0) {
                Matcher verb = cues().endorse.matcher(t);
                if (verb.find() && cues().documentReference.matcher(t).region(verb.end(), t.length()).find()) {
                    cut = verb.start();
                }
            }
            if (cut < 0) {
                continue;
            }
            for (Mention m : document.mentionsIn(s.start(), s.start() + cut)) {
                if (m.kind() == EntityKind.ORGANISATION) {
                    found.putIfAbsent(m.label(), m);
                }
            }
        }
        return List.copyOf(found.values());
    }

    /** The organisations named between two offsets: organisation mentions, then acronyms no recogniser took. */
    List<Mention> partiesIn(int from, int to) {
        List<Mention> parties = new ArrayList<>(document.mentionsIn(from, to).stream()
                .filter(m -> m.kind() == EntityKind.ORGANISATION).toList());
        Matcher a = Pledges.ACRONYM.matcher(document.text()).region(from, to);
        while (a.find()) {
            String acronym = a.group();
            if (nonOrganisation.contains(acronym) || !document.isFree(a.start(), a.end())) {
                continue;
            }
            boolean known = parties.stream().anyMatch(m -> m.names().stream().anyMatch(n -> Names.key(n).equals(Names.key(acronym))));
            if (!known) {
                parties.add(fallbackOrganisations.computeIfAbsent(acronym, k -> fallback(k, a.start(), a.end())));
            }
        }
        return parties;
    }

    /** The normalised names of the parties of a pledge, to tell whether two pledges are made by the same bodies. */
    Set<String> partyKeys(Pledges.Pledge p) {
        return keys(parties(p));
    }

    static Set<String> keys(List<Mention> mentions) {
        Set<String> keys = new LinkedHashSet<>();
        for (Mention m : mentions) {
            m.names().forEach(n -> keys.add(Names.key(n)));
        }
        return keys;
    }

    static boolean overlap(Set<String> a, Set<String> b) {
        return a.stream().anyMatch(b::contains);
    }

    /** The block of a document offset. */
    int blockAt(int offset) {
        List<Block> blocks = document.document().blocks();
        for (int i = 0; i < blocks.size(); i++) {
            if (offset >= blocks.get(i).start() && offset <= blocks.get(i).end()) {
                return i;
            }
        }
        return -1;
    }

    /** The nearest mention of a kind to an offset, if any. */
    Optional<Mention> nearest(EntityKind kind, int offset) {
        Mention best = null;
        for (Mention m : document.mentions(kind)) {
            if (best == null || Math.abs(m.start() - offset) < Math.abs(best.start() - offset)) {
                best = m;
            }
        }
        return Optional.ofNullable(best);
    }

    static CommitmentCues cues() {
        return CommitmentCues.get();
    }

    private Mention fallback(String acronym, int start, int end) {
        String longForm = longForms.get(acronym);
        Set<String> aliases = longForm == null ? Set.of() : Set.of(acronym);
        return new Mention(EntityKind.ORGANISATION, longForm == null ? acronym : longForm, aliases, null, start, end,
                "CommittedByRule");
    }

    /**
     * The long form of an acronym from the capitalised words before it: as many capitalised words as
     * the acronym has letters, the first one with the acronym's initial ("International Organization
     * for Standardization (ISO)", whose letters are not in word order).
     */
    static String longForm(String words, String acronym) {
        String[] w = P2.split(words);
        long letters = acronym.chars().filter(Character::isUpperCase).count();
        int caps = 0;
        int i = w.length;
        while (i > 0 && caps < letters) {
            i--;
            if (Character.isUpperCase(w[i].codePointAt(0))) {
                caps++;
            }
        }
        if (caps != letters || w[i].charAt(0) != acronym.charAt(0)) {
            return null;
        }
        return String.join(" ", java.util.Arrays.copyOfRange(w, i, w.length));
    }
}
