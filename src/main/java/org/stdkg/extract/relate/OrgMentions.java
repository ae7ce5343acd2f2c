package org.stdkg.extract.relate;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.stdkg.extract.AnnotatedDocument;
import org.stdkg.extract.EntityKind;
import org.stdkg.extract.Mention;
import org.stdkg.extract.recognise.StandardsLexicon;
import org.stdkg.extract.recognise.Words;
import org.stdkg.extract.recognise.Words.Tok;

/**
 * Organisations and committees as the objects of the standards rules (publisher, developer,
 * parent). A mention already found by a recogniser is reused; otherwise the rule names the
 * organisation itself, with the long form as label and the acronym as alias, so that the resolver
 * merges it with the organisation recognisers' mentions by name.
 */
public final class OrgMentions {

    // The patterns of inline checks, compiled once instead of at every call.
    private static final Pattern P1 = Pattern.compile("(?U)\\p{Lu}[\\p{Lu}-]+(?:\\s+(?:and|&)\\s+\\p{Lu}[\\p{Lu}-]+)+");

    /** "the International Federation of Freight-Forwarders Associations (FIATA)": a Title Case name and its acronym. */
    private static final Pattern NAME = Pattern.compile(
            "(?U)^\\s*(?:the\\s+)?(?<name>\\p{Lu}[\\w'’-]*(?:\\s+(?:(?:of|for|the|and|on|&)\\s+)*\\p{Lu}[\\w'’-]*)*)(?:\\s*\\((?<acr>[\\p{Lu}][\\w/&.-]{1,15})\\))?");

    /** A lower-case noun after a Title Case name that makes it something other than an organisation. */
    private static final Pattern NOT_AN_ORGANISATION = Pattern.compile(
            "\\s+(?:initiative|project|programme|program|platform|network|series|report|alliance|coalition|workstream)\\b");

    private OrgMentions() {
    }

    /** An organisation mention for a body acronym: the lexicon's long form as label ("ISO" → International Organization for Standardization). */
    public static Mention body(String acronym, int start, int end, String rule) {
        return StandardsLexicon.get().body(acronym)
                .map(b -> new Mention(EntityKind.ORGANISATION, b.longForm(), Set.of(b.acronym()), null, start, end, rule))
                .orElseGet(() -> new Mention(EntityKind.ORGANISATION, acronym, Set.of(), null, start, end, rule));
    }

    /** The organisation or committee mention that covers an offset, if a recogniser found one. */
    public static Optional<Mention> existing(AnnotatedDocument document, int from, int to) {
        for (Mention m : document.overlapping(from, to)) {
            if (m.kind() == EntityKind.ORGANISATION || m.kind() == EntityKind.COMMITTEE) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    /**
     * The organisation or committee named by the words that end at {@code offset} (a subject or
     * possessor): a mention, an acronym ("UNECE", "ISO"), "the Forum" in the Forum's profile, or
     * "it"/"its"/"we" in a profile.
     */
    public static Optional<Mention> endingAt(AnnotatedDocument document, int offset, List<Profiles.Actor> actors, String rule) {
        String text = document.text();
        int end = offset;
        while (end > 0 && Words.isSpace(text.charAt(end - 1))) {
            end--;
        }
        // A possessor: "the Council of Europe's Committee …" ends after the "'s" that the mention leaves out.
        int owner = text.startsWith("'s", end - 2) || text.startsWith("’s", end - 2) ? end - 2 : end;
        // The mentions that end there start at most one mention length before.
        for (Mention m : document.startingBetween(Math.min(end, owner) - document.longestMention(), Math.max(end, owner))) {
            if ((m.kind() == EntityKind.ORGANISATION || m.kind() == EntityKind.COMMITTEE) && (m.end() == end || m.end() == owner)) {
                return Optional.of(m);
            }
        }
        List<Tok> toks = Words.tokens(text, Math.max(0, end - 80), end);
        if (toks.isEmpty() || toks.get(toks.size() - 1).end() != end) {
            return Optional.empty();
        }
        Tok last = toks.get(toks.size() - 1);
        if (last.is(")") && toks.size() >= 3 && toks.get(toks.size() - 3).is("(") && toks.get(toks.size() - 2).isAcronym()) {
            // "The International Telecommunication Union Telecommunication Standardization Sector (ITU-T) recently established"
            last = toks.get(toks.size() - 2);
        }
        String word = last.text();
        if (word.endsWith("’s") || word.endsWith("'s")) {
            word = word.substring(0, word.length() - 2);
        }
        Optional<Profiles.Actor> actor = Profiles.at(actors, last.start());
        if (actor.isPresent()) {
            String lower = word.toLowerCase(java.util.Locale.ROOT);
            boolean headNoun = word.equals(actor.get().head()) && toks.size() >= 2 && toks.get(toks.size() - 2).text().equalsIgnoreCase("the");
            if (headNoun || lower.equals("it") || lower.equals("its") || lower.equals("we") || lower.equals("our")
                    || word.equals(actor.get().acronym())) {
                return Optional.of(actor.get().mention(last.start(), last.start() + word.length(), rule));
            }
        }
        if (word.length() >= 2 && word.codePoints().noneMatch(Character::isLowerCase) && word.codePoints().anyMatch(Character::isLetter)
                && !word.contains("/") && StandardsLexicon.get().committee(word).isEmpty()) {
            return Optional.of(body(word, last.start(), last.start() + word.length(), rule));
        }
        return Optional.empty();
    }

    /** The organisation named right after {@code offset}: a mention, or "the Name (ACRONYM)" / an acronym. */
    public static Optional<Mention> startingAt(AnnotatedDocument document, int offset, int limit, String rule) {
        String text = document.text();
        int start = offset;
        while (start < limit && Words.isSpace(text.charAt(start))) {
            start++;
        }
        if (text.startsWith("the ", start)) {
            start += 4;
        }
        for (Mention m : document.startingBetween(start, start)) {
            if (m.kind() == EntityKind.ORGANISATION || m.kind() == EntityKind.COMMITTEE) {
                return Optional.of(m);
            }
        }
        Matcher m = NAME.matcher(text).region(start, limit);
        if (!m.lookingAt()) {
            return Optional.empty();
        }
        String name = Words.clean(m.group("name"));
        String acr = m.group("acr");
        if (P1.matcher(name).matches()) {
            // "ISO and IEC": two organisations; the first is the one named here
            String first = name.substring(0, name.indexOf(' '));
            return Optional.of(body(first, m.start("name"), m.start("name") + first.length(), rule));
        }
        if (acr == null && NOT_AN_ORGANISATION.matcher(text.substring(m.end("name"), Math.min(limit, m.end("name") + 20))).lookingAt()) {
            return Optional.empty(); // "the Digital Trade initiative"
        }
        if (!name.contains(" ")) {
            if (Words.tokens(name, 0, name.length()).stream().allMatch(Tok::isAcronym)) {
                return Optional.of(body(name, m.start("name"), m.end("name"), rule));
            }
            return Optional.empty();
        }
        Set<String> aliases = new LinkedHashSet<>();
        if (acr != null) {
            aliases.add(acr);
        }
        int end = acr != null ? m.end() : m.end("name");
        return Optional.of(new Mention(EntityKind.ORGANISATION, name, aliases, null, m.start("name"), end, rule));
    }
}
