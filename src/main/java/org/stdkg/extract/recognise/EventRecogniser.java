package org.stdkg.extract.recognise;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.stdkg.extract.AnnotatedDocument;
import org.stdkg.extract.EntityKind;
import org.stdkg.extract.Mention;
import org.stdkg.extract.MentionRecogniser;
import org.stdkg.extract.relate.Dates;
import org.stdkg.nlp.Sentence;

/**
 * Named events: capitalised names with an event head ("International Summit on AI Standards", "IoT Tech Expo
 * Global 2023", "39th International Conference of Data Protection and Privacy Commissioners", "World Economic
 * Forum Annual Meeting of the New Champions 2025"), quoted titles of events a body organises ("is organising the
 * ‘Generative AI and Official Statistics’"), and the items of a list of co-located events. Runs before the
 * organisation recogniser, so "World Economic Forum Annual Meeting" is an event.
 *
 * <p>Names get their surface variants as aliases: without ordinal or year, with the acronym of a defined
 * long form ("Internet of Things (IoT) Tech Expo Global" → "IoT Tech Expo Global"), "X Summit on Y" ↔ "X Y
 * Summit", "&amp;" ↔ "and", and without an organisation prefix.
 */
public final class EventRecogniser implements MentionRecogniser {

    // The patterns of inline checks, compiled once instead of at every call.
    private static final Pattern P1 = Pattern.compile(".*['’]s\\s");
    private static final Pattern P2 = Pattern.compile(".*\\d{4}$");
    private static final Pattern P3 = Pattern.compile("^\\d{1,3}(?:st|nd|rd|th)\\s+");
    private static final Pattern P4 = Pattern.compile("\\s+(?:19|20)\\d\\d$");
    private static final Pattern P5 = Pattern.compile("\\s+");
    private static final Pattern P6 = Pattern.compile("[^\\p{Lu}]");
    private static final Pattern P7 = Pattern.compile("[\\s’']+");
    private static final Pattern P8 = Pattern.compile("(?:19|20)\\d\\d|\\d+(?:st|nd|rd|th)");

    /** The rule name of co-located event mentions, read by the event relation rule. */
    public static final String CO_LOCATED = "EventRecogniser.coLocated";

    private static final ActorLexicon LEX = ActorLexicon.get();
    private static final String CW = ActorLexicon.CW;
    private static final String HEADS = ActorLexicon.group(LEX.eventHeads().keySet());

    private static final Pattern NAMED = Pattern.compile(
            "(?<![\\p{L}\\p{N}’'-])(?<ord>\\d{1,3}(?:st|nd|rd|th)\\s+)?"
                    + "(?<pre>(?:" + CW + "(?:\\s+\\(\\p{Lu}[\\p{L}\\d&-]*\\))?\\s+(?:(?:for|of|on|and|&|the)\\s+(?=\\p{Lu}|\\d))?)*)"
                    + "(?<head>" + HEADS + ")\\b"
                    + "(?<post>\\s+" + ActorLexicon.group(LEX.eventPostModifiers()) + "\\b)?"
                    + "(?<comp>\\s+(?:on|of|for)\\s+(?:the\\s+)?" + CW + "(?:(?:\\s+(?:and|&|of|for|on|the)\\s+|\\s+)" + CW + ")*)?"
                    + "(?<year>\\s+(?:19|20)\\d\\d\\b)?");

    /** The event heads: a named event holds one of them. */
    private static final List<String> HEAD_WORDS = List.copyOf(LEX.eventHeads().keySet());
    /** The heads of {@link #EDITION_APPOSITIVE} (in any case). */
    private static final List<String> EDITION_HEADS = List.of("symposium", "summit", "conference", "assembly", "meeting", "forum", "congress",
            "expo", "workshop", "session", "edition");
    /** The verb stems of {@link #QUOTED}. */
    private static final List<String> QUOTED_VERBS = List.of("organis", "organiz", "host", "hold", "conven");

    /** A quoted event title after a verb of organising. */
    private static final Pattern QUOTED = Pattern.compile(
            "\\b(?:organis|organiz|host|hold|convene|convening)\\w*\\s+(?:the|a|an)\\s+[‘'\"“](?<name>\\p{Lu}[^’'\"”]{2,80})[’'\"”]");

    /** "one of the 5 co-located events … among A, B, C, and D". */
    private static final Pattern CO_LOCATED_LIST = Pattern.compile(
            "co-located\\s+events?\\b[^.;]*?\\b(?:among|including|namely|such as|:)\\s+(?<list>[^.;]+)");

    /** Words that say nothing about which event it is; a name of only these (and a year) is generic. */
    private static final Set<String> GENERIC = Set.of("annual", "meeting", "meetings", "general", "session", "plenary", "summit",
            "conference", "day", "days", "week", "global", "international", "world", "regional", "high-level", "ministerial",
            "forum", "expo", "congress", "symposium", "workshop", "the", "of", "on", "for", "and", "first", "next", "new", "special");

    private static final Set<String> LEADING_FUNCTION_WORDS = Set.of("The", "A", "An", "At", "In", "On", "During", "Before", "After",
            "This", "Its", "Our", "Their", "For", "From", "Since", "Until", "Under", "Through", "With", "And", "By", "Every", "Each");

    private static final Pattern LEADING_WORD = Pattern.compile("^(\\p{L}+)\\s+");

    /** "Conference of European Statisticians", "Conference of the Parties": without an edition, a body. */
    private static final Pattern BODY_CONFERENCE = Pattern.compile("^(?:\\p{Lu}\\p{L}*\\s+)?Conference\\s+of\\b.*");

    /** A verb that holds an event: with a date in the same sentence, it makes "… Forum" an event, not a body. */
    private static final Pattern HOLDING = Pattern.compile(
            "\\b(?:held|hosted|hosts|hosting|took place|takes place|take place|taking place|convened|convenes|met|meets|opened|gathered|attended)\\b");

    /** Between a name and a date that follows it: an optional "(ACRONYM)", "on", "from", a comma. */
    private static final Pattern NAME_THEN_DATE = Pattern.compile("\\G\\s*(?:\\([^()]{1,15}\\)\\s*)?,?\\s*(?:on|from|in|held|taking place)?\\s*");

    /**
     * An edition acronym in apposition to an event noun: "Last year's symposium, GSR-23, took place …", "the conference,
     * WRC-23, …". The acronym with its two- or four-digit edition is the event's name.
     */
    private static final Pattern EDITION_APPOSITIVE = Pattern.compile(
            "(?i:symposium|summit|conference|assembly|meeting|forum|congress|expo|workshop|session|edition)\\s*,\\s+"
                    + "(?<acr>\\p{Lu}[\\p{Lu}&]{1,7}-(?:\\d{2}|\\d{4}))(?=\\s*,)");

    /** "on the sidelines of the …", "on the margins of the …": what follows is an event. */
    private static final Pattern SIDELINES = Pattern.compile("\\b(?:sidelines|margins|occasion)\\s+of\\s+(?:the\\s+)?$");

    @Override
    public List<Mention> recognise(AnnotatedDocument document) {
        String text = document.text();
        List<Mention> out = new ArrayList<>();
        Mention lastEvent = null;
        for (Sentence s : document.sentences()) {
            // Each pattern only on sentences that hold a word it cannot match without (a string search).
            String t = s.text();
            Matcher m = NAMED.matcher(text).region(s.start(), s.end());
            boolean named = containsAny(t, HEAD_WORDS);
            while (named && m.find()) {
                named(document, m).ifPresent(out::add);
            }
            Matcher ed = EDITION_APPOSITIVE.matcher(text).region(s.start(), s.end());
            boolean edition = t.indexOf('-') >= 0 && Words.containsIgnoreCase(t, EDITION_HEADS);
            while (edition && ed.find()) {
                String acr = ed.group("acr");
                out.add(new Mention(EntityKind.EVENT, acr, Set.of(), null, ed.start("acr"), ed.end("acr"), name()));
            }
            Matcher q = QUOTED.matcher(text).region(s.start(), s.end());
            boolean quoted = containsAny(t, QUOTED_VERBS);
            while (quoted && q.find()) {
                String name = q.group("name").strip();
                out.add(new Mention(EntityKind.EVENT, name, variants(name), null, q.start("name"), q.start("name") + name.length(), name()));
            }
            for (Mention e : out) {
                if (e.start() < s.end() && e.start() >= s.start() && !e.rule().equals(CO_LOCATED)) {
                    lastEvent = e;
                }
            }
            Matcher c = CO_LOCATED_LIST.matcher(text).region(s.start(), s.end());
            if (t.contains("co-located") && c.find()) {
                String hostHead = lastEvent == null ? null : headOf(lastEvent.label());
                out.addAll(listItems(text, c.start("list"), c.end("list"), hostHead));
            }
        }
        return out;
    }

    private static boolean containsAny(String text, List<String> words) {
        for (String w : words) {
            if (text.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private Optional<Mention> named(AnnotatedDocument document, Matcher m) {
        String text = document.text();
        int start = m.start();
        // Drop a leading function word ("The International Summit …", "At the …").
        Matcher lead = LEADING_WORD.matcher(text.substring(start, m.end()));
        while (lead.find() && (LEADING_FUNCTION_WORDS.contains(lead.group(1)) || Character.isLowerCase(lead.group(1).charAt(0)))) {
            start += lead.end();
            lead = LEADING_WORD.matcher(text.substring(start, m.end()));
        }
        if (m.group("ord") != null && start > m.start()) {
            return Optional.empty();
        }
        String name = text.substring(start, m.end());
        String head = m.group("head");
        boolean edition = m.group("ord") != null || m.group("year") != null;
        if (LEX.eventHeads().get(head) && !edition && !heldLikeAnEvent(document, head, start, m.end())) {
            return Optional.empty();
        }
        if (name.equals(head)) {
            return Optional.empty();
        }
        // "the Forum's Annual Meeting": a possessed event is read by the event reference recogniser.
        String before = text.substring(Math.max(0, start - 3), start);
        if (P1.matcher(before).matches() && isGeneric(name)) {
            return Optional.empty(); // "the Forum’s Annual Meeting": the reference recogniser names it after its owner
        }
        if (!edition && BODY_CONFERENCE.matcher(name).matches()) {
            return Optional.empty();
        }
        if (isGeneric(name) && !edition) {
            return Optional.empty();
        }
        Set<String> aliases = variants(name);
        // An organisation prefix ("World Economic Forum Annual Meeting …") is not part of every name of the event.
        organisationPrefix(name).ifPresent(prefix -> {
            String rest = name.substring(prefix.length()).strip();
            if (!isGeneric(rest) || P2.matcher(rest).matches()) {
                aliases.addAll(variants(rest));
            }
        });
        aliases.remove(name);
        return Optional.of(new Mention(EntityKind.EVENT, name, aliases, null, start, m.end(), name()));
    }

    /**
     * Whether a name whose head needs an edition ("… Forum", "… Dialogue", "… Assembly") is held like an event in its
     * sentence: a date right after it, a verb of holding and a date, or "on the sidelines of" before it. An
     * "Assembly" needs the verb and the date (a General Assembly is otherwise an organ).
     */
    private static boolean heldLikeAnEvent(AnnotatedDocument document, String head, int start, int end) {
        Optional<Sentence> sentence = document.sentenceAt(start);
        if (sentence.isEmpty()) {
            return false;
        }
        Sentence s = sentence.get();
        String text = document.text();
        Integer year = Dates.documentYear(text);
        boolean assembly = head.equals("Assembly");
        if (!assembly && SIDELINES.matcher(text.substring(s.start(), start)).find()) {
            return true;
        }
        Optional<Dates.Found> date = Dates.first(text, end, s.end(), year);
        if (date.isEmpty()) {
            return false;
        }
        Matcher between = NAME_THEN_DATE.matcher(text).region(end, s.end());
        if (!assembly && between.lookingAt() && between.end() == date.get().start()) {
            return true;
        }
        return HOLDING.matcher(text.substring(end, date.get().start())).find();
    }

    /** The gazetteer organisation name that a name starts with, followed by more words. */
    static Optional<String> organisationPrefix(String name) {
        Matcher o = LEX.organisationNames().matcher(name);
        if (o.lookingAt() && o.end() < name.length()) {
            return Optional.of(o.group());
        }
        Matcher a = LEX.organisationAcronyms().matcher(name);
        if (a.lookingAt() && a.end() < name.length() && name.charAt(a.end()) == ' ') {
            return Optional.of(a.group());
        }
        return Optional.empty();
    }

    /** Surface variants of an event name. */
    static Set<String> variants(String name) {
        Set<String> names = new LinkedHashSet<>();
        names.add(name);
        // Without ordinal: "39th International Conference of …" → "International Conference of …".
        String noOrdinal = P3.matcher(name).replaceFirst("");
        names.add(noOrdinal);
        // A defined acronym inside: keep the long form without it, and the acronym instead of the long form.
        Matcher p = Pattern.compile("\\s*\\((\\p{Lu}[\\p{L}\\d&-]*)\\)").matcher(noOrdinal);
        if (p.find()) {
            names.add(noOrdinal.substring(0, p.start()) + noOrdinal.substring(p.end()));
            String acronym = p.group(1);
            String longForm = longFormBefore(noOrdinal.substring(0, p.start()), acronym);
            if (longForm != null) {
                String prefix = noOrdinal.substring(0, p.start() - longForm.length());
                names.add(prefix + acronym + noOrdinal.substring(p.end()));
            }
        }
        // Without the year, unless nothing distinctive would remain ("Annual Meeting 2025").
        for (String n : List.copyOf(names)) {
            String noYear = P4.matcher(n).replaceFirst("");
            if (!noYear.equals(n) && !isGeneric(noYear)) {
                names.add(noYear);
            }
        }
        // "International Summit on AI Standards" ↔ "International AI Standards Summit".
        for (String n : List.copyOf(names)) {
            Matcher on = Pattern.compile("^(?<a>.*?)\\s*\\b(?<head>" + HEADS + ") on (?<topic>[^,]+)$").matcher(n);
            if (on.matches()) {
                names.add((on.group("a").isEmpty() ? "" : on.group("a") + " ") + on.group("topic") + " " + on.group("head"));
            }
        }
        for (String n : List.copyOf(names)) {
            if (n.contains("&")) {
                names.add(n.replace("&", "and"));
            }
        }
        return names;
    }

    /** The words just before "(ACR)" whose capitals spell the acronym ("Internet of Things" for IoT), or null. */
    static String longFormBefore(String before, String acronym) {
        long capitals = acronym.codePoints().filter(Character::isUpperCase).count();
        String[] words = P5.split(before.strip());
        int taken = 0;
        StringBuilder initials = new StringBuilder();
        int i = words.length - 1;
        for (; i >= 0 && taken < capitals; i--) {
            if (Character.isUpperCase(words[i].charAt(0))) {
                initials.insert(0, words[i].charAt(0));
                taken++;
            }
        }
        String capitalsOnly = P6.matcher(acronym).replaceAll("");
        if (!initials.toString().equals(capitalsOnly)) {
            return null;
        }
        return String.join(" ", java.util.Arrays.copyOfRange(words, i + 1, words.length));
    }

    /** Whether a name says no more than a kind of event ("Annual Meeting"). */
    static boolean isGeneric(String name) {
        for (String w : P7.split(name.toLowerCase(Locale.ROOT))) {
            if (!w.isEmpty() && !GENERIC.contains(w) && !P8.matcher(w).matches()) {
                return false;
            }
        }
        return true;
    }

    private static String headOf(String eventName) {
        Matcher h = Pattern.compile("\\b(" + HEADS + ")\\b").matcher(eventName);
        String head = null;
        while (h.find()) {
            head = h.group(1);
        }
        return head;
    }

    private List<Mention> listItems(String text, int from, int to, String hostHead) {
        List<Mention> items = new ArrayList<>();
        Matcher item = Pattern.compile("(?:^|,\\s*(?:and\\s+)?|\\s+and\\s+)(?<name>\\p{Lu}[^,]*?)(?=\\s*,|\\s+and\\s+|\\s*$)")
                .matcher(text).region(from, to);
        while (item.find()) {
            String name = item.group("name").strip();
            if (name.isEmpty() || P5.split(name).length > 6) {
                continue;
            }
            Set<String> aliases = variants(name);
            if (hostHead != null && !name.endsWith(hostHead)) {
                for (String v : List.copyOf(aliases)) {
                    aliases.add(v + " " + hostHead);
                }
            }
            aliases.remove(name);
            items.add(new Mention(EntityKind.EVENT, name, aliases, null, item.start("name"), item.start("name") + name.length(), CO_LOCATED));
        }
        return items;
    }
}
