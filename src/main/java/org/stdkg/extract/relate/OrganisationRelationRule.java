package org.stdkg.extract.relate;

import java.util.ArrayList;
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
import org.stdkg.extract.Fact;
import org.stdkg.extract.Mention;
import org.stdkg.extract.Relation;
import org.stdkg.extract.RelationRule;
import org.stdkg.extract.Value;
import org.stdkg.extract.recognise.ActorLexicon;
import org.stdkg.extract.recognise.ProfileSections;
import org.stdkg.nlp.Sentence;

/**
 * Which organisation is part or member of which, as the text states it:
 * <ul>
 * <li>subOrganizationOf: "NIST and its NCCoE"; "the Forum’s Centre for Urban Transformation", "its/our Centre
 * for …" (a unit owned by the sentence's organisation or the profile's actor); "UNIDIR is … an autonomous
 * institute within the United Nations", "UNECE is one of five regional commissions of the UN", "X is one of the
 * Forum’s key centres"; "the Telecommunication Standardization Bureau at ITU"; a name that extends another's
 * ("International Telecommunication Union Telecommunication Standardization Sector"); a centre in an actor's
 * profile.</li>
 * <li>memberOf: "The three work together as the World Standards Cooperation" (the three last listed), "its WSC
 * partners IEC and ITU".</li>
 * </ul>
 */
public final class OrganisationRelationRule implements RelationRule {

    private static final ActorLexicon LEX = ActorLexicon.get();

    private static final Pattern UNIT_NOUNS = Pattern.compile(
            "\\b(?:institutes?|agenc(?:y|ies)|commissions?|bod(?:y|ies)|organs?|cent(?:re|er)s?|offices?|bureaux?|bureaus|divisions?"
                    + "|departments?|units?|arms?|sectors?|subsidiar(?:y|ies)|part)\\b");

    private static final Pattern IS_PART_OF = Pattern.compile("^\\s+is\\s+(?:a|an|one|the|part)\\b[^.;]{0,80}?\\b(?:within|of|under)\\s+(?:the\\s+)?$");
    private static final Pattern IS_ONE_OF_POSSESSIVE = Pattern.compile("^\\s+is\\s+(?:one\\s+of\\s+the\\s+|a\\s+|part\\s+of\\s+the\\s+)$");
    private static final Pattern POSSESSED_UNITS = Pattern.compile("^['’]s\\s+(?:[\\p{L}-]+\\s+){0,3}?" + UNIT_NOUNS.pattern());

    private static final Pattern WORK_TOGETHER = Pattern.compile(
            "\\b[Tt]he\\s+(?<n>two|three|four|five|six)\\s+(?:organi[sz]ations\\s+|bodies\\s+|partners\\s+)?work(?:s|ed)?\\s+together\\s+as\\s+(?:the\\s+)?$");
    private static final Pattern PARTNERS = Pattern.compile("^\\s+(?:partners|members)\\b");
    // The patterns of the checks between and around mentions, compiled once (they run for every organisation mention).
    private static final Pattern AND_ITS = Pattern.compile("\\s+and\\s+its\\s+");
    private static final Pattern POSSESSIVE_S = Pattern.compile("['’]s\\s+");
    private static final Pattern ENDS_WITH_ITS_OR_OUR = Pattern.compile("(?s).*\\b(?:its|our)\\s+$");
    private static final Pattern AT_OF_WITHIN = Pattern.compile("\\s+(?:at|of|within)\\s+(?:the\\s+)?");
    private static final Pattern LIST_GAP = Pattern.compile("\\s*(?:,\\s*|\\s+and\\s+|,\\s+and\\s+)?\\s*");
    private static final Pattern ENDS_WITH_ITS = Pattern.compile("(?s).*\\bits\\s+$");
    private static final Pattern CENTRE_FOR = Pattern.compile(".*\\b(?:Centre|Center)\\s+(?:for|of)\\b.*");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Map<String, Integer> NUMBERS = Map.of("two", 2, "three", 3, "four", 4, "five", 5, "six", 6);

    @Override
    public List<Fact> apply(AnnotatedDocument document) {
        String text = document.text();
        List<Fact> facts = new ArrayList<>();
        Set<Mention> hasParent = new LinkedHashSet<>();
        for (Sentence s : document.sentences()) {
            List<Mention> orgs = organisations(document, s.start(), s.end());
            for (int i = 0; i < orgs.size(); i++) {
                Mention y = orgs.get(i);
                String before = text.substring(i == 0 ? s.start() : orgs.get(i - 1).end(), y.start());
                // "X and its Y"
                if (i > 0 && AND_ITS.matcher(before).matches()) {
                    facts.add(sub(document, y, orgs.get(i - 1), s));
                    hasParent.add(y);
                    continue;
                }
                // "X’s Y" with Y a unit
                if (i > 0 && POSSESSIVE_S.matcher(before).matches() && isUnit(y)) {
                    facts.add(sub(document, y, orgs.get(i - 1), s));
                    hasParent.add(y);
                    continue;
                }
                // "its Y", "our Y" with Y a unit: the sentence's organisation, else the profile's actor
                if (ENDS_WITH_ITS_OR_OUR.matcher(before).matches() && isUnit(y)) {
                    Optional<Mention> owner = i > 0 ? Optional.of(orgs.get(i - 1)) : ProfileSections.actor(document, s.block());
                    if (owner.isEmpty() && i + 1 < orgs.size()) {
                        owner = Optional.of(orgs.get(i + 1));
                    }
                    owner.filter(o -> !same(o, y)).ifPresent(o -> {
                        facts.add(sub(document, y, o, s));
                        hasParent.add(y);
                    });
                    continue;
                }
            }
            for (int i = 0; i + 1 < orgs.size(); i++) {
                Mention y = orgs.get(i);
                Mention x = orgs.get(i + 1);
                String between = text.substring(y.end(), x.start());
                String after = text.substring(x.end(), Math.min(s.end(), x.end() + 40));
                // "UNIDIR is … institute within the United Nations"
                if (i == 0 && IS_PART_OF.matcher(between).matches() && UNIT_NOUNS.matcher(between).find()) {
                    facts.add(sub(document, y, x, s));
                    hasParent.add(y);
                }
                // "X is one of the Forum’s key centres"
                if (i == 0 && IS_ONE_OF_POSSESSIVE.matcher(between).matches() && POSSESSED_UNITS.matcher(after).lookingAt()) {
                    facts.add(sub(document, y, x, s));
                    hasParent.add(y);
                }
                // "Bureau at ITU", "Office of NTIA"
                if (AT_OF_WITHIN.matcher(between).matches() && isUnit(y)) {
                    facts.add(sub(document, y, x, s));
                    hasParent.add(y);
                }
            }
            // A name that extends another organisation's: "International Telecommunication Union Telecommunication Standardization Sector".
            for (Mention y : orgs) {
                String prefix = null;
                for (ActorLexicon.Organisation o : LEX.organisations()) {
                    String label = o.label();
                    if (y.label().length() > label.length() && y.label().charAt(label.length()) == ' ' && y.label().startsWith(label)
                            && (prefix == null || label.length() > prefix.length())) {
                        prefix = o.label();
                    }
                }
                // "the ITU Telecommunication Development Bureau (BDT)": a unit written after its body's acronym.
                Matcher acronym = LEX.organisationAcronyms().matcher(text.substring(y.start(), y.end()));
                if (prefix == null && acronym.lookingAt() && acronym.end() < y.end() - y.start()
                        && text.charAt(y.start() + acronym.end()) == ' ') {
                    prefix = acronym.group();
                }
                if (prefix != null && isUnit(y)) {
                    Mention parent = EventRelationRule.organisation(prefix, y.start());
                    if (!same(parent, y)) {
                        facts.add(sub(document, y, parent, s));
                        hasParent.add(y);
                    }
                }
            }
            memberships(document, s, orgs, facts);
        }
        // A centre named in an actor's profile is one of the actor's centres.
        for (Mention y : document.mentions(EntityKind.ORGANISATION)) {
            if (hasParent.stream().anyMatch(h -> same(h, y)) || !isCentre(y)) {
                continue;
            }
            document.sentenceAt(y.start()).ifPresent(s -> ProfileSections.actor(document, s.block())
                    .filter(a -> !same(a, y))
                    .ifPresent(a -> facts.add(sub(document, y, a, s))));
        }
        return facts;
    }

    private void memberships(AnnotatedDocument document, Sentence s, List<Mention> orgs, List<Fact> facts) {
        String text = document.text();
        for (int i = 0; i < orgs.size(); i++) {
            Mention group = orgs.get(i);
            String before = text.substring(s.start(), group.start());
            Matcher together = WORK_TOGETHER.matcher(before);
            if (together.find()) {
                int n = NUMBERS.get(together.group("n"));
                for (Mention member : lastListed(document, s, n)) {
                    facts.add(new Fact(member, Relation.MEMBER_OF, Value.entity(group), document.evidence(s.start(), s.end(), name())));
                }
            }
            // "its World Standards Cooperation (WSC) partners IEC and ITU"
            String after = text.substring(group.end(), s.end());
            Matcher partners = PARTNERS.matcher(after);
            if (partners.find()) {
                int previousEnd = group.end() + partners.end();
                for (int k = i + 1; k < orgs.size(); k++) {
                    String gap = text.substring(previousEnd, orgs.get(k).start());
                    if (!LIST_GAP.matcher(gap).matches()) {
                        break;
                    }
                    facts.add(new Fact(orgs.get(k), Relation.MEMBER_OF, Value.entity(group), document.evidence(s.start(), s.end(), name())));
                    previousEnd = orgs.get(k).end();
                }
                if (ENDS_WITH_ITS.matcher(before).matches() && i > 0) {
                    facts.add(new Fact(orgs.get(0), Relation.MEMBER_OF, Value.entity(group), document.evidence(s.start(), s.end(), name())));
                }
            }
        }
    }

    /** The n distinct organisations listed together most recently before a sentence (or in it). */
    private static List<Mention> lastListed(AnnotatedDocument document, Sentence s, int n) {
        List<Sentence> sentences = document.sentences();
        for (int k = s.index(); k >= Math.max(0, s.index() - 6); k--) {
            Sentence candidate = sentences.get(k);
            Map<String, Mention> distinct = new LinkedHashMap<>();
            for (Mention m : organisations(document, candidate.start(), candidate.end())) {
                if (k == s.index() && m.start() >= s.end()) {
                    continue;
                }
                distinct.putIfAbsent(m.label(), m);
            }
            if (k == s.index()) {
                continue;
            }
            if (distinct.size() == n) {
                return List.copyOf(distinct.values());
            }
        }
        return List.of();
    }

    private static List<Mention> organisations(AnnotatedDocument document, int from, int to) {
        List<Mention> orgs = new ArrayList<>();
        for (Mention m : document.mentionsIn(from, to)) {
            if (m.kind() == EntityKind.ORGANISATION) {
                orgs.add(m);
            }
        }
        return orgs;
    }

    private Fact sub(AnnotatedDocument document, Mention part, Mention whole, Sentence s) {
        return new Fact(part, Relation.SUB_ORGANIZATION_OF, Value.entity(whole), document.evidence(s.start(), s.end(), name()));
    }

    private static boolean same(Mention a, Mention b) {
        return a.label().equals(b.label());
    }

    /** Whether an organisation's name is headed by a unit noun (Bureau, Office, Centre, Sector …). */
    static boolean isUnit(Mention m) {
        for (String w : SPACES.split(m.label())) {
            ActorLexicon.OrgHead head = LEX.orgHeads().get(w);
            if (head != null && head.unit()) {
                return true;
            }
        }
        return false;
    }

    /** Whether a name is a "Centre/Center for …" (the units that profiles list as the actor's own). */
    static boolean isCentre(Mention m) {
        return CENTRE_FOR.matcher(m.label()).matches() && LEX.organisation(m.label()).isEmpty();
    }
}
