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
import org.stdkg.nlp.Sentence;

/**
 * Events named by whose they are and which edition: "the Forum’s annual meeting", "Egypt’s first forum for
 * internet of things (IoT) services", "its eighth session", "A next meeting of ITU-T SG20", "A first meeting"
 * (of the committee just named). The owner is the organiser when it is an organisation or committee, the
 * location when it is a place; the name is qualified by it ("first meeting of ITU-T SG20"), so that two
 * documents' "first meeting" never merge.
 *
 * <p>Shared by {@link EventReferenceRecogniser} (the mentions) and the event relation rule (organiser,
 * location): both read the same references from the same document.
 */
public final class EventReferences {

    // The patterns of inline checks, compiled once instead of at every call.
    private static final Pattern P1 = Pattern.compile("\\s+");

    private static final ActorLexicon LEX = ActorLexicon.get();
    private static final String CW = ActorLexicon.CW;
    private static final String ORDINAL = "(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth"
            + "|next|inaugural|annual|Annual|latest|last|recent|upcoming|plenary|\\d{1,3}(?:st|nd|rd|th))";

    /**
     * A committee's meeting told by its verb: "SG17 will next meet in Geneva from 16 to 24 April 2024", "the Regional
     * Group (RG-AFR) met in Kigali, Rwanda, on 6–7 June 2023". Only with a date or a place after the verb.
     */
    private static final Pattern MEETS = Pattern.compile(
            "\\b(?<verb>(?:will|is\\s+to|are\\s+to|is\\s+scheduled\\s+to)\\s+(?<next1>next\\s+)?meet(?<next2>\\s+next)?|(?<next3>next\\s+)?met|next\\s+meets)\\b");
    /** What may stand between the meeting body and its verb: white space, an "(ACRONYM)". */
    private static final Pattern BEFORE_VERB = Pattern.compile("^\\s*(?:\\([^()]{1,20}\\)\\s*)?$");

    /** The heads of {@link #REFERENCE}, one of which (in any case) every reference names. */
    private static final List<String> REFERENCE_HEADS = List.of("meeting", "session", "summit", "conference", "forum", "expo", "congress",
            "symposium", "workshop");

    private static final Pattern REFERENCE = Pattern.compile(
            "(?<det>(?<poss>" + CW + "(?:\\s+" + CW + ")*)['’]s|(?<![\\p{L}])(?:its|their|[Aa]n?|[Tt]he))\\s+"
                    + "(?<core>(?<ord>" + ORDINAL + ")\\s+(?<mid>(?:(?!(?i:meeting|session)\\b)[\\p{L}\\d&-]+\\s+){0,2}?)"
                    + "(?<head>(?i:meeting|session|summit|conference|forum|expo|congress|symposium|workshop))\\b)"
                    + "(?<comp>\\s+(?:for|on)\\s+(?=\\p{L})(?!(?:January|February|March|April|May|June|July|August|September|October|November|December)\\b)[^,.;:]{1,80}?(?=[,.;:]|\\s+(?:in|at|was|were|will|is|held|took|which|that)\\b))?"
                    + "(?<of>\\s+of\\s+(?:the\\s+)?)?");

    /** A committee's name: capitalised words around a committee head. */
    private static final Pattern COMMITTEE_NAME = Pattern.compile("(?<name>(?:" + CW + "\\s+)*(?:Working Party|Study Group|Committee|Council|"
            + "Task Force|Group|Board|Commission)(?:\\s+(?:on|of|for)\\s+(?:the\\s+)?" + CW + "(?:(?:\\s+(?:and|&|of|for|on|the)\\s+|\\s+)" + CW + ")*)?)"
            + "(?=\\s+(?:at|in|during)\\s+(?:its|their)\\b)");

    /** A committee identifier: body prefix and a numbered study group, working party or technical committee. */
    private static final Pattern COMMITTEE_ID = Pattern.compile(
            "(?<name>(?:\\p{Lu}[\\p{Lu}\\d]*(?:[-/]\\p{Lu}+)*[\\s/])?(?:SG|WP|TC|SC|JTC|FG|TG)\\s?\\d+(?:/(?:SC|WG)\\s?\\d+)?)\\b");

    /** "in Davos" right after an event. */
    private static final Pattern IN_PLACE = Pattern.compile("\\G\\s+in\\s+(?<place>" + CW + "(?:\\s+" + CW + ")*)");

    /**
     * One reference.
     *
     * @param start offset of the event's words (after the owner)
     * @param end offset after them
     * @param label qualified name
     * @param aliases other names
     * @param organiser the owning organisation or committee, or null
     * @param place the owning place, or null
     */
    public record Reference(int start, int end, String label, Set<String> aliases, Mention organiser, Mention place) {
    }

    private EventReferences() {
    }

    /** The event references of a document whose organisation and committee mentions are known. */
    public static List<Reference> find(AnnotatedDocument document) {
        String text = document.text();
        List<Reference> refs = new ArrayList<>();
        Integer year = null;
        for (Sentence s : document.sentences()) {
            // The patterns only where their head or verb is: most sentences name no meeting.
            if (Words.containsIgnoreCase(s.text(), REFERENCE_HEADS)) {
                Matcher m = REFERENCE.matcher(text).region(s.start(), s.end());
                while (m.find()) {
                    reference(document, s, m).ifPresent(refs::add);
                }
            }
            if (!s.text().contains("met") && !s.text().contains("meet")) {
                continue;
            }
            Matcher v = MEETS.matcher(text).region(s.start(), s.end());
            while (v.find()) {
                if (year == null) {
                    year = org.stdkg.extract.relate.Dates.documentYear(text);
                }
                meeting(document, s, v, year).ifPresent(refs::add);
            }
        }
        refs.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return refs;
    }

    /** Ordinals that may point at an event the text names next rather than introduce one. */
    private static final Set<String> ANAPHORIC = Set.of("latest", "last", "recent", "upcoming");

    /** Whether a named event follows in the sentence or the next one. */
    private static boolean namedEventFollows(AnnotatedDocument document, Sentence s, int from) {
        List<Sentence> sentences = document.sentences();
        int to = s.end();
        if (s.index() + 1 < sentences.size()) {
            to = sentences.get(s.index() + 1).end();
        }
        for (Mention x : document.mentionsIn(from, to)) {
            if (x.kind() == EntityKind.EVENT) {
                return true;
            }
        }
        return false;
    }

    /** "SG17 will next meet in Geneva from …": the (next) meeting of the body just before the verb. */
    private static Optional<Reference> meeting(AnnotatedDocument document, Sentence s, Matcher v, Integer year) {
        String text = document.text();
        Mention organiser = null;
        for (Mention x : document.mentionsIn(s.start(), v.start())) {
            if ((x.kind() == EntityKind.ORGANISATION || x.kind() == EntityKind.COMMITTEE)
                    && BEFORE_VERB.matcher(text.substring(x.end(), v.start())).matches()) {
                organiser = x;
            }
        }
        if (organiser == null) {
            return Optional.empty();
        }
        boolean dated = org.stdkg.extract.relate.Dates.first(text, v.end(), s.end(), year).isPresent();
        Matcher in = IN_PLACE.matcher(text).region(v.end(), s.end());
        if (!dated && !(in.lookingAt() && LEX.place(in.group("place")).isPresent())) {
            return Optional.empty();
        }
        for (Mention x : document.overlapping(v.start(), v.end())) {
            if (!(x.kind() == EntityKind.EVENT && x.start() == v.start())) {
                return Optional.empty();
            }
        }
        boolean next = v.group("next1") != null || v.group("next2") != null || v.group("next3") != null || v.group("verb").startsWith("next");
        String core = next ? "next meeting" : "meeting";
        Set<String> names = new LinkedHashSet<>();
        for (String o : ownerNames(text, organiser)) {
            names.add(core + " of " + o);
            names.add(core + " of the " + o);
            names.add(o + " " + core);
            if (next) {
                names.add("next " + o + " meeting");
            }
        }
        String label = core + " of " + organiser.label();
        names.remove(label);
        return Optional.of(new Reference(v.start(), v.end(), label, names, organiser, null));
    }

    /** The names an owner is written with: its label, aliases and the words of the mention. */
    private static Set<String> ownerNames(String text, Mention organiser) {
        Set<String> owners = new LinkedHashSet<>();
        owners.add(organiser.label());
        owners.addAll(organiser.aliases());
        if (organiser.notation() != null) {
            owners.add(organiser.notation());
        }
        owners.add(text.substring(organiser.start(), organiser.end()));
        return owners;
    }

    private static Optional<Reference> reference(AnnotatedDocument document, Sentence s, Matcher m) {
        String text = document.text();
        String ord = m.group("ord").toLowerCase(Locale.ROOT);
        String head = m.group("head").toLowerCase(Locale.ROOT);
        int start = m.start("core");
        int end = m.group("comp") != null ? m.end("comp") : m.end("core");
        if (ANAPHORIC.contains(ord) && namedEventFollows(document, s, m.end())) {
            return Optional.empty(); // "at their latest global conference in Seoul … The International Summit on AI Standards …"
        }
        Mention organiser = null;
        Mention place = null;
        String det = m.group("det");
        if (m.group("poss") != null) {
            organiser = actorAt(document, m.start("poss"), m.end("poss")).orElse(null);
            if (organiser == null) {
                place = placeMention(m.group("poss"), m.start("poss")).orElse(null);
            }
        } else if (det.equals("its") || det.equals("their")) {
            organiser = lastActorBefore(document, s.start(), m.start())
                    .or(() -> committeeBefore(text, s.start(), m.start())).orElse(null);
            if (organiser == null) {
                place = lastPlaceBefore(text, s.start(), m.start()).orElse(null);
            }
            if (organiser == null && place == null) {
                organiser = ProfileSections.actor(document, s.block()).orElse(null);
            }
        } else {
            if (m.group("of") != null) {
                int of = m.end("of");
                organiser = actorStartingAt(document, of).or(() -> committeeIdentifier(text, of, s.end(), true)).orElse(null);
            } else if (head.equals("meeting") || head.equals("session")) {
                int blockStart = document.blockOf(s).start();
                // A numbered meeting is a committee's: the committee named last before it in the paragraph.
                organiser = lastOfKindBefore(document, blockStart, m.start(), EntityKind.COMMITTEE)
                        .or(() -> committeeIdentifier(text, blockStart, m.start(), false)).orElse(null);
            }
        }
        if (organiser == null && place == null) {
            return Optional.empty();
        }
        int spanEnd = m.group("comp") != null ? m.end("comp") : m.end("core");
        for (Mention x : document.overlapping(start, spanEnd)) {
            // Free, or already this event (when the relation rule reads the references again).
            if (!(x.kind() == EntityKind.EVENT && x.start() == start)) {
                return Optional.empty();
            }
        }
        String core = text.substring(m.start("core"), m.end("core"));
        String comp = m.group("comp") == null ? "" : m.group("comp");
        Set<String> names = new LinkedHashSet<>();
        String label;
        String inPlace = null;
        Matcher in = IN_PLACE.matcher(text).region(end, s.end());
        if (in.lookingAt() && LEX.place(in.group("place")).isPresent()) {
            inPlace = in.group("place");
        }
        if (organiser != null) {
            Set<String> owners = new LinkedHashSet<>();
            owners.add(organiser.label());
            owners.add(text.substring(organiser.start(), organiser.end()));
            boolean annual = ord.equals("annual");
            String titled = titleCase(core);
            label = annual ? organiser.label() + " " + titled : core + " of " + organiser.label();
            for (String o : owners) {
                if (annual) {
                    names.add(o + " " + titled);
                    names.add(o + "'s " + core);
                    if (inPlace != null) {
                        names.add(o + "'s " + core + " in " + inPlace);
                    }
                } else {
                    names.add(core + " of " + o);
                    names.add(core + " of the " + o);
                    names.add(o + " " + core);
                    names.add(m.group("ord") + " " + o + " " + m.group("head"));
                }
            }
            if (annual && inPlace != null) {
                names.add(titled + " in " + inPlace);
            }
        } else {
            String owner = m.group("poss") != null ? m.group("poss") : place.label();
            label = owner + "'s " + core + comp;
            names.add(owner + "'s " + core);
            names.add(owner + "'s " + m.group("ord") + " " + m.group("head"));
            for (String v : EventRecogniser.variants(core + comp)) {
                names.add(owner + "'s " + v);
            }
        }
        names.remove(label);
        return Optional.of(new Reference(start, end, label, names, organiser, place));
    }

    private static String titleCase(String words) {
        StringBuilder b = new StringBuilder();
        for (String w : P1.split(words)) {
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
        }
        return b.toString();
    }

    /** The organisation or committee mention that ends at the possessor ("Forum’s"). */
    private static Optional<Mention> actorAt(AnnotatedDocument document, int from, int to) {
        for (Mention x : document.mentionsIn(from, to)) {
            if ((x.kind() == EntityKind.ORGANISATION || x.kind() == EntityKind.COMMITTEE) && x.end() == to) {
                return Optional.of(x);
            }
        }
        return Optional.empty();
    }

    private static Optional<Mention> actorStartingAt(AnnotatedDocument document, int offset) {
        for (Mention x : document.startingBetween(offset, offset)) {
            if (x.kind() == EntityKind.ORGANISATION || x.kind() == EntityKind.COMMITTEE) {
                return Optional.of(x);
            }
        }
        return Optional.empty();
    }

    private static Optional<Mention> lastActorBefore(AnnotatedDocument document, int from, int to) {
        Mention last = null;
        for (Mention x : document.mentionsIn(from, to)) {
            if (x.kind() == EntityKind.ORGANISATION || x.kind() == EntityKind.COMMITTEE) {
                last = x;
            }
        }
        return Optional.ofNullable(last);
    }

    /** A committee-like name not yet recognised ("the Working Party on Public-Private Partnerships at its …"). */
    private static Optional<Mention> committeeBefore(String text, int from, int to) {
        Matcher c = COMMITTEE_NAME.matcher(text).region(from, to).useTransparentBounds(true);
        Mention last = null;
        while (c.find()) {
            last = new Mention(EntityKind.COMMITTEE, c.group("name"), Set.of(), null, c.start("name"), c.end("name"), "EventReferences");
        }
        return Optional.ofNullable(last);
    }

    /** A committee identifier not yet recognised ("ITU-T SG20", "ISO/TC 307"): at {@code from}, or the last one before {@code to}. */
    private static Optional<Mention> committeeIdentifier(String text, int from, int to, boolean at) {
        Matcher c = COMMITTEE_ID.matcher(text).region(from, to);
        Mention last = null;
        while (at ? c.lookingAt() : c.find()) {
            last = new Mention(EntityKind.COMMITTEE, c.group("name"), Set.of(), c.group("name"), c.start("name"), c.end("name"), "EventReferences");
            if (at) {
                break;
            }
        }
        return Optional.ofNullable(last);
    }

    private static Optional<Mention> lastOfKindBefore(AnnotatedDocument document, int from, int to, EntityKind kind) {
        Mention last = null;
        for (Mention x : document.mentionsIn(from, to)) {
            if (x.kind() == kind) {
                last = x;
            }
        }
        return Optional.ofNullable(last);
    }

    private static Optional<Mention> lastPlaceBefore(String text, int from, int to) {
        Matcher p = LEX.placeNames().matcher(text).region(from, to);
        Mention last = null;
        while (p.find()) {
            last = placeMention(p.group(), p.start()).orElse(null);
        }
        return Optional.ofNullable(last);
    }

    /** A place mention for a gazetteer place written at an offset, named by its canonical name and aliases. */
    public static Optional<Mention> placeMention(String surface, int start) {
        return LEX.place(surface).map(p -> {
            Set<String> aliases = new LinkedHashSet<>(p.names());
            aliases.add(surface);
            aliases.remove(p.name());
            return new Mention(EntityKind.PLACE, p.name(), aliases, null, start, start + surface.length(), "EventRelationRule");
        });
    }
}
