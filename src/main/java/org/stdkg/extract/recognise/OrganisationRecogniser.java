package org.stdkg.extract.recognise;

import java.util.ArrayList;
import java.util.Comparator;
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
import org.stdkg.extract.MentionRecogniser;
import org.stdkg.extract.Names;

/**
 * Organisations: names of the gazetteer and their acronyms ("ISO", "World Bank", "Microsoft’s"),
 * capitalised noun phrases headed by an organisational noun ("Korean Agency for Technology and Standards",
 * "University of Zürich", "Centre for Regions, Trade and Geopolitics"), acronyms defined in the text
 * ("… Administration (NTIA)", "Acronym: UNIDIR") and their later uses, and, in an actor's profile, the short
 * form "the Forum" for that actor. Each mention carries every name known for it, so acronym and long form
 * resolve to one entity.
 */
public final class OrganisationRecogniser implements MentionRecogniser {

    // The patterns of inline checks, compiled once instead of at every call.
    private static final Pattern P1 = Pattern.compile("\\s+");
    private static final Pattern P2 = Pattern.compile("(?s).*\\bData\\s+(?:Bank|Centre|Center)\\b.*");
    private static final Pattern P3 = Pattern.compile("\\b(Centre|Center) of\\b");
    private static final Pattern P4 = Pattern.compile("\\b(Centre|Center) for\\b");
    private static final Pattern P5 = Pattern.compile("[\\s-]+");

    private static final ActorLexicon LEX = ActorLexicon.get();
    private static final String CW = ActorLexicon.CW;

    /** Capitalised words that start a sentence or clause without belonging to a name. */
    private static final Set<String> NOT_NAME_START = Set.of("The", "A", "An", "This", "That", "These", "Those", "Its", "Our",
            "Their", "His", "Her", "In", "At", "On", "For", "Under", "With", "Within", "By", "From", "To", "As", "And", "But", "Part",
            "Since", "Each", "Every", "All", "Both", "Such", "Through", "Together", "While", "When", "Many", "Most", "Other",
            "Several", "Some", "Also", "Like", "Following", "According", "Via", "Between", "Among", "Before", "After", "During",
            "Examples", "Example", "Contact", "Acronym", "Address", "Website", "If", "Where", "Whether", "How", "What",
            "Which", "Who", "Why", "Only", "Unlike", "Despite", "Whereas", "Moreover", "However", "Additionally", "Furthermore",
            "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
            "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Said", "Find", "Sign", "Visit");

    /** A head-final or head-initial organisation name: pre-modifiers, head, optional of/for complement. */
    private static final Pattern HEADED = Pattern.compile(
            "(?<![\\p{L}\\p{N}’'-])(?<pre>(?:" + CW + "\\s+(?:(?:and|&)\\s+(?=\\p{Lu}))?){0,8})"
                    + "(?<head>" + ActorLexicon.group(LEX.orgHeads().keySet()) + ")\\b"
                    + "(?<comp>\\s+(?:of|for|on|in)\\s+(?:the\\s+)?" + CW
                    + "(?:(?:\\s+(?:and|&|of|for|on|in|the)\\s+|\\s+|,\\s+(?=" + CW + "(?:,\\s+" + CW + ")*,?\\s+and\\s+" + CW + "))" + CW + ")*)?"
                    + "(?!\\s+" + CW + "|[-’'][\\p{L}])");

    /** An acronym in parentheses right after a name: "(NIST)", "(NCCoE)", "(ITU-T)". */
    private static final Pattern ACRONYM_DEF = Pattern.compile("\\G\\s*\\((?<acr>\\p{Lu}[\\p{L}\\d&.-]*[\\p{Lu}\\d])\\)");

    /** The profile field giving the actor's acronym. */
    private static final Pattern ACRONYM_FIELD = Pattern.compile("^Acronym:\\s*(?<acr>\\p{Lu}[\\p{L}\\d&.-]*[\\p{Lu}\\d])\\s*$");

    /** "ITU-T SG20", "ISO TC 307": the acronym is part of a committee identifier. */
    private static final Pattern COMMITTEE_FOLLOWS = Pattern.compile("[\\s/](?:SG|WP|TC|SC|JTC|FG|TG)\\s?\\d");

    private record Candidate(int start, int end, String label, Set<String> aliases, int priority) {
        int length() {
            return end - start;
        }

        boolean overlaps(int from, int to) {
            return from < end && start < to;
        }
    }

    @Override
    public List<Mention> recognise(AnnotatedDocument document) {
        String text = document.text();
        List<Candidate> candidates = new ArrayList<>();
        for (Block block : document.document().blocks()) {
            headed(text, block, candidates);
            gazetteer(text, block, candidates);
        }
        candidates.sort(Comparator.comparingInt(Candidate::length).reversed().thenComparingInt(Candidate::priority)
                .thenComparingInt(Candidate::start));
        List<Candidate> accepted = new ArrayList<>();
        for (Candidate c : candidates) {
            if (fits(document, accepted, c.start(), c.end())) {
                accepted.add(c);
            }
        }
        accepted.sort(Comparator.comparingInt(Candidate::start));

        // Acronym definitions: "Long Form (ACR)" extends the mention and makes ACR a name of it.
        Map<String, Candidate> defined = new LinkedHashMap<>();
        for (int i = 0; i < accepted.size(); i++) {
            Candidate c = accepted.get(i);
            Matcher m = ACRONYM_DEF.matcher(text).region(c.end(), text.length());
            if (m.lookingAt() && plausibleAcronym(m.group("acr"), c.label()) && document.isFree(c.end(), m.end())) {
                Set<String> aliases = new LinkedHashSet<>(c.aliases());
                aliases.add(m.group("acr"));
                c = new Candidate(c.start(), m.end(), c.label(), aliases, c.priority());
                accepted.set(i, c);
                defined.putIfAbsent(m.group("acr"), c);
            }
        }
        // Profile headings ("World Trade Organization") and their "Acronym: WTO" field.
        List<Block> blocks = document.document().blocks();
        Map<Integer, Candidate> actorOfHeading = new HashMap<>();
        for (int b = 0; b < blocks.size(); b++) {
            Block block = blocks.get(b);
            if (!block.isHeading()) {
                continue;
            }
            for (Candidate c : accepted) {
                if (c.start() <= block.start() && c.end() >= block.end()) {
                    actorOfHeading.put(b, c);
                    for (int k = b + 1; k < Math.min(blocks.size(), b + 8); k++) {
                        Matcher f = ACRONYM_FIELD.matcher(blocks.get(k).text());
                        if (f.matches()) {
                            Set<String> aliases = new LinkedHashSet<>(c.aliases());
                            aliases.add(f.group("acr"));
                            defined.putIfAbsent(f.group("acr"), new Candidate(c.start(), c.end(), c.label(), aliases, 0));
                        }
                    }
                }
            }
        }
        // Later uses of acronyms defined in this document.
        List<Candidate> more = new ArrayList<>();
        if (!defined.isEmpty()) {
            Pattern uses = ActorLexicon.wholeWords(defined.keySet());
            Matcher m = uses.matcher(text);
            while (m.find()) {
                if (COMMITTEE_FOLLOWS.matcher(text).region(m.end(), text.length()).lookingAt()) {
                    continue;
                }
                Candidate def = defined.get(m.group());
                Set<String> aliases = new LinkedHashSet<>(def.aliases());
                more.add(new Candidate(m.start(), m.end(), def.label(), aliases, 0));
            }
        }
        // The actor's short form within its profile: "the Forum", "The Commission".
        Candidate actor = null;
        for (int b = 0; b < blocks.size(); b++) {
            if (actorOfHeading.containsKey(b)) {
                actor = actorOfHeading.get(b);
                continue;
            }
            if (actor == null) {
                continue;
            }
            String headWord = shortForm(actor.label());
            if (headWord == null) {
                continue;
            }
            Block block = blocks.get(b);
            Matcher m = Pattern.compile("\\b[Tt]he\\s+(" + Pattern.quote(headWord) + ")\\b(?!\\s+" + CW + ")").matcher(text)
                    .region(block.start(), block.end());
            while (m.find()) {
                more.add(new Candidate(m.start(1), m.end(1), actor.label(), actor.aliases(), 0));
            }
        }
        for (Candidate c : more) {
            if (fits(document, accepted, c.start(), c.end())) {
                accepted.add(c);
            }
        }
        List<Mention> mentions = new ArrayList<>();
        for (Candidate c : accepted) {
            Set<String> aliases = new LinkedHashSet<>(c.aliases());
            aliases.remove(c.label());
            mentions.add(new Mention(EntityKind.ORGANISATION, c.label(), aliases, null, c.start(), c.end(), name()));
        }
        return mentions;
    }

    private static boolean fits(AnnotatedDocument document, List<Candidate> accepted, int start, int end) {
        if (!document.isFree(start, end)) {
            return false;
        }
        for (Candidate a : accepted) {
            if (a.overlaps(start, end)) {
                return false;
            }
        }
        return true;
    }

    private static void headed(String text, Block block, List<Candidate> out) {
        if (!containsHead(block.text())) {
            return; // every match holds a head word: a string search spares the pattern most blocks
        }
        Matcher m = HEADED.matcher(text).region(block.start(), block.end());
        while (m.find()) {
            int start = m.start();
            String pre = m.group("pre");
            // Drop sentence-initial function words ("The", "Under", "In") from the pre-modifiers.
            String[] words = pre.isBlank() ? new String[0] : P1.split(pre.strip());
            int skip = 0;
            int offset = 0;
            while (skip < words.length && (NOT_NAME_START.contains(words[skip]) || words[skip].equals("and") || words[skip].equals("&"))) {
                offset = text.indexOf(words[skip], start + offset) - start + words[skip].length();
                while (start + offset < m.end() && Character.isWhitespace(text.charAt(start + offset))) {
                    offset++;
                }
                skip++;
            }
            start += offset;
            boolean hasPre = skip < words.length;
            boolean hasComp = m.group("comp") != null;
            ActorLexicon.OrgHead head = LEX.orgHeads().get(m.group("head"));
            if ((!hasPre && !hasComp) || (head.needsComplement() && !hasComp)) {
                continue;
            }
            String surface = text.substring(start, m.end());
            // A data bank or data centre is a store of data, not a body.
            if (P2.matcher(surface).matches()) {
                continue;
            }
            out.add(candidate(start, m.end(), surface, 1));
        }
    }

    private static final List<String> HEAD_WORDS = List.copyOf(LEX.orgHeads().keySet());

    private static boolean containsHead(String blockText) {
        for (String head : HEAD_WORDS) {
            if (blockText.contains(head)) {
                return true;
            }
        }
        return false;
    }

    private static void gazetteer(String text, Block block, List<Candidate> out) {
        Matcher m = LEX.organisationNames().matcher(text).region(block.start(), block.end());
        while (m.find()) {
            out.add(candidate(m.start(), m.end(), m.group(), 0));
        }
        Matcher a = LEX.organisationAcronyms().matcher(text).region(block.start(), block.end());
        while (a.find()) {
            if (slashJoinedWithNonAcronym(text, a.start(), a.end()) || COMMITTEE_FOLLOWS.matcher(text).region(a.end(), block.end()).lookingAt()) {
                continue;
            }
            ActorLexicon.Organisation o = LEX.organisationByAcronym(a.group()).orElseThrow();
            out.add(new Candidate(a.start(), a.end(), o.label(), o.names(), 0));
        }
    }

    /** "UN/CEFACT" names a committee, not the UN; "ISO/IEC" still names ISO and IEC. */
    private static boolean slashJoinedWithNonAcronym(String text, int start, int end) {
        int from = start;
        while (from > 0 && !Character.isWhitespace(text.charAt(from - 1)) && "(“‘\"'".indexOf(text.charAt(from - 1)) < 0) {
            from--;
        }
        int to = end;
        while (to < text.length() && !Character.isWhitespace(text.charAt(to)) && ",.;:)’”\"'".indexOf(text.charAt(to)) < 0) {
            to++;
        }
        String word = text.substring(from, to);
        if (!word.contains("/")) {
            return false;
        }
        for (String part : word.split("/")) {
            if (LEX.organisationByAcronym(part).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** A candidate with every name the gazetteer knows for its surface form, and its spelling variants. */
    private static Candidate candidate(int start, int end, String surface, int priority) {
        Set<String> names = namesOf(surface);
        String label = LEX.organisation(surface).map(ActorLexicon.Organisation::label).orElse(surface);
        if (label.equals(surface)) {
            label = stripCountry(surface).flatMap(LEX::organisation).map(ActorLexicon.Organisation::label).orElse(surface);
        }
        return new Candidate(start, end, label, names, priority);
    }

    /**
     * Every name of an organisation written as {@code surface}: the surface, the gazetteer's names for it
     * (or for it without a country prefix: "US National Institute of …"), and spelling variants
     * (Centre/Center, Organisation/Organization, "Centre of"/"Centre for").
     */
    public static Set<String> namesOf(String surface) {
        Set<String> names = new LinkedHashSet<>();
        names.add(surface);
        LEX.organisation(surface).ifPresent(o -> names.addAll(o.names()));
        stripCountry(surface).ifPresent(rest -> {
            names.add(rest);
            LEX.organisation(rest).ifPresent(o -> names.addAll(o.names()));
        });
        for (String n : List.copyOf(names)) {
            names.add(n.replace("Centre", "Center"));
            names.add(n.replace("Center", "Centre"));
            names.add(n.replace("Organisation", "Organization"));
            names.add(n.replace("Organization", "Organisation"));
        }
        for (String n : List.copyOf(names)) {
            names.add(P3.matcher(n).replaceFirst("$1 for"));
            names.add(P4.matcher(n).replaceFirst("$1 of"));
        }
        return names;
    }

    /** The name without a leading country ("US", "U.S.", "UK"), when at least two words remain. */
    static Optional<String> stripCountry(String name) {
        int space = name.indexOf(' ');
        if (space < 0) {
            return Optional.empty();
        }
        String first = name.substring(0, space);
        String rest = name.substring(space + 1);
        if (rest.indexOf(' ') < 0) {
            return Optional.empty();
        }
        return LEX.place(first).filter(ActorLexicon.Place::country).filter(p -> !first.isEmpty()).map(p -> rest);
    }

    /** The word by which a profile refers to its actor: the rightmost organisational head of its name, or "Forum". */
    static String shortForm(String label) {
        String[] words = P1.split(label);
        for (int i = words.length - 1; i >= 0; i--) {
            if (LEX.orgHeads().containsKey(words[i]) || words[i].equals("Forum")) {
                return words.length > 1 ? words[i] : null;
            }
        }
        return null;
    }

    /** An acronym plausibly abbreviates a long form when its first letter starts one of the long form's words. */
    static boolean plausibleAcronym(String acronym, String longForm) {
        if (acronym.codePoints().filter(Character::isUpperCase).count() < 2) {
            return false;
        }
        char first = acronym.charAt(0);
        for (String w : P5.split(longForm)) {
            if (!w.isEmpty() && w.charAt(0) == first) {
                return true;
            }
        }
        return false;
    }

    /** Whether a name is one the recogniser would read as an organisation (gazetteer, or an organisational head). */
    public static boolean isOrganisationName(String name) {
        if (LEX.organisation(name).isPresent()) {
            return true;
        }
        Matcher m = HEADED.matcher(name);
        return m.matches();
    }

    static String key(String s) {
        return Names.key(s);
    }
}
