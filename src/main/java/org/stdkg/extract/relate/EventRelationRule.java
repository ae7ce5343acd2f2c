package org.stdkg.extract.relate;

import java.util.ArrayList;
import java.util.HashMap;
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
import org.stdkg.extract.recognise.EventRecogniser;
import org.stdkg.extract.recognise.EventReferences;
import org.stdkg.extract.recognise.ProfileSections;
import org.stdkg.nlp.Sentence;

/**
 * When, where and by whom an event is held, read from the event's own clause: the first date expression after
 * it (a year-less date takes the document's year, when the document names one), "in London, UK" or ", Hong
 * Kong," (city and country, as written), the organiser named by the event ("World Economic Forum Annual
 * Meeting …", "the Forum’s annual meeting", "its eighth session", "next meeting of ITU-T SG20"), by its
 * clause ("NTRA, together with ITIDA, held …", "X has joined forces with … Y and Z to create the …",
 * "organised by", "is organising the ‘…’") or, for an organisation's Annual Meeting, by the profile it is
 * in; the host ("hosted by KATS"). Co-located events share their host event's dates and places; "their latest
 * global conference in Seoul, Republic of Korea" gives its place and organisers to the event named next.
 */
public final class EventRelationRule implements RelationRule {

    private static final ActorLexicon LEX = ActorLexicon.get();
    private static final String CW = ActorLexicon.CW;

    /** "in London, UK", ", Hong Kong,": a place, optionally followed by its country. */
    private static final Pattern LOCATION = Pattern.compile(
            "\\s*(?:\\bin|,)\\s+(?<p1>" + CW + "(?:\\s+" + CW + ")*)(?:,\\s+(?:the\\s+)?(?<p2>" + CW + "(?:\\s+(?:of\\s+)?" + CW + ")*))?");

    /** A verb of holding just before the event: "held", "will hold", "is organising", "hosted". */
    private static final Pattern HOLD_VERB = Pattern.compile(
            "\\b(?<verb>held|holds|hold|organi[sz]ed|organi[sz]es|organi[sz]ing|organi[sz]e|convened|convenes|hosted|hosts|hosting|launched)\\s+"
                    + "(?:the\\s+|a\\s+|an\\s+|its\\s+|their\\s+|" + CW + "['’]s\\s+)?[‘'\"“]?$");

    private static final Pattern BY = Pattern.compile("\\b(?<verb>organi[sz]ed|hosted|convened)\\s+by\\s+(?:the\\s+)?$");

    private static final Pattern JOINED_FORCES = Pattern.compile("\\bjoined forces with\\b(?<with>.*?)\\bto (?:create|launch|organi[sz]e|hold)\\s+(?:the\\s+|a\\s+)?$");

    private static final Pattern THEIR_CONFERENCE = Pattern.compile(
            "\\b(?:their|its)\\s+(?:latest\\s+|recent\\s+|upcoming\\s+|annual\\s+|next\\s+)?(?:global\\s+|international\\s+)?(?:conference|summit|meeting)\\b");

    @Override
    public List<Fact> apply(AnnotatedDocument document) {
        String text = document.text();
        Integer year = Dates.documentYear(text);
        List<Fact> facts = new ArrayList<>();
        List<Mention> events = document.mentions(EntityKind.EVENT);
        Map<Mention, List<Fact>> own = new HashMap<>();
        Map<Integer, EventReferences.Reference> refs = new HashMap<>();
        for (EventReferences.Reference r : EventReferences.find(document)) {
            refs.put(r.start(), r);
        }
        Mention host = null;
        for (int i = 0; i < events.size(); i++) {
            Mention e = events.get(i);
            Optional<Sentence> maybe = document.sentenceAt(e.start());
            if (maybe.isEmpty()) {
                continue;
            }
            Sentence s = maybe.get();
            int limit = s.end();
            for (int k = i + 1; k < events.size(); k++) {
                if (events.get(k).start() < s.end() && !events.get(k).rule().equals(EventRecogniser.CO_LOCATED)) {
                    limit = Math.min(limit, events.get(k).start());
                    break;
                }
            }
            List<Fact> mine = new ArrayList<>();
            if (e.rule().equals(EventRecogniser.CO_LOCATED)) {
                if (host != null) {
                    for (Fact f : own.getOrDefault(host, List.of())) {
                        if (f.relation() == Relation.START_DATE || f.relation() == Relation.END_DATE || f.relation() == Relation.LOCATION) {
                            mine.add(new Fact(e, f.relation(), f.object(), document.evidence(e, name())));
                        }
                    }
                }
            } else {
                dates(document, e, limit, year, mine);
                locations(document, e, s, limit, mine);
                organisers(document, e, s, refs.get(e.start()), mine);
                host = e;
            }
            own.put(e, mine);
            facts.addAll(mine);
        }
        facts.addAll(anaphoricConference(document, events));
        return facts;
    }

    private void dates(AnnotatedDocument document, Mention e, int limit, Integer year, List<Fact> out) {
        Dates.first(document.text(), e.end(), limit, year).ifPresent(d -> {
            out.add(new Fact(e, Relation.START_DATE, Value.Literal.date(d.startDate()), document.evidence(d.start(), d.end(), name())));
            if (d.endDate() != null) {
                out.add(new Fact(e, Relation.END_DATE, Value.Literal.date(d.endDate()), document.evidence(d.start(), d.end(), name())));
            }
        });
    }

    private void locations(AnnotatedDocument document, Mention e, Sentence s, int limit, List<Fact> out) {
        String text = document.text();
        Matcher m = LOCATION.matcher(text).region(e.end(), Math.min(limit, e.end() + 160));
        while (m.find()) {
            Optional<Mention> p1 = place(m, "p1");
            if (p1.isEmpty()) {
                continue;
            }
            out.add(new Fact(e, Relation.LOCATION, Value.entity(p1.get()), document.evidence(m.start(), m.end(), name())));
            place(m, "p2").filter(p -> !p.label().equals(p1.get().label()))
                    .ifPresent(p -> out.add(new Fact(e, Relation.LOCATION, Value.entity(p), document.evidence(m.start(), m.end(), name()))));
            break;
        }
        // A place that owns the event: "Egypt’s first forum".
        for (EventReferences.Reference r : EventReferences.find(document)) {
            if (r.start() == e.start() && r.place() != null) {
                out.add(new Fact(e, Relation.LOCATION, Value.entity(r.place()), document.evidence(e, name())));
            }
        }
    }

    private static Optional<Mention> place(Matcher m, String group) {
        if (m.group(group) == null) {
            return Optional.empty();
        }
        // The longest gazetteer place that starts the capitalised words ("Republic of Korea", "Hong Kong").
        Matcher p = LEX.placeNames().matcher(m.group(group));
        if (p.lookingAt()) {
            return EventReferences.placeMention(p.group(), m.start(group));
        }
        return Optional.empty();
    }

    private void organisers(AnnotatedDocument document, Mention e, Sentence s, EventReferences.Reference ref, List<Fact> out) {
        String text = document.text();
        Set<Mention> organisers = new LinkedHashSet<>();
        Set<Mention> hosts = new LinkedHashSet<>();
        if (ref != null && ref.organiser() != null) {
            organisers.add(ref.organiser());
        }
        // An organisation prefix of the name: "World Economic Forum Annual Meeting of the New Champions 2025".
        String surface = text.substring(e.start(), e.end());
        Matcher prefix = LEX.organisationNames().matcher(surface);
        if (prefix.lookingAt() && prefix.end() < surface.length()) {
            organisers.add(organisation(prefix.group(), e.start()));
        }
        String before = text.substring(s.start(), e.start());
        Matcher hold = HOLD_VERB.matcher(before);
        if (hold.find()) {
            boolean hosted = hold.group("verb").startsWith("host");
            for (Mention a : actorsBefore(document, s.start(), s.start() + hold.start())) {
                (hosted ? hosts : organisers).add(a);
            }
        }
        Matcher joined = JOINED_FORCES.matcher(before);
        if (joined.find()) {
            organisers.addAll(actorsBefore(document, s.start(), s.start() + joined.start()));
            for (Mention a : actorsBefore(document, s.start() + joined.start("with"), s.start() + joined.end("with"))) {
                String after = text.substring(a.end(), Math.min(text.length(), a.end() + 12));
                if (!after.matches("(?s)\\s*(?:partners?|members?)\\b.*")) {
                    organisers.add(a);
                }
            }
        }
        // "organised by X", "hosted by Y" after the event, in its clause.
        for (Mention a : document.mentionsIn(e.end(), s.end())) {
            if (a.kind() != EntityKind.ORGANISATION && a.kind() != EntityKind.COMMITTEE) {
                continue;
            }
            Matcher by = BY.matcher(text.substring(e.end(), a.start()));
            if (by.find()) {
                (by.group("verb").startsWith("host") ? hosts : organisers).add(a);
            }
        }
        // An organisation's Annual Meeting, in its profile, is organised by it.
        if (organisers.isEmpty() && e.label().contains("Annual Meeting")) {
            ProfileSections.actor(document, s.block()).ifPresent(organisers::add);
        }
        for (Mention o : organisers) {
            out.add(new Fact(e, Relation.ORGANIZER, Value.entity(o), document.evidence(s.start(), s.end(), name())));
        }
        for (Mention h : hosts) {
            if (!organisers.contains(h)) {
                out.add(new Fact(e, Relation.HOSTED_BY, Value.entity(h), document.evidence(h, name())));
            }
        }
    }

    /** The organisation and committee mentions in a stretch of text, in order. */
    private static List<Mention> actorsBefore(AnnotatedDocument document, int from, int to) {
        List<Mention> actors = new ArrayList<>();
        for (Mention m : document.mentionsIn(from, to)) {
            if (m.kind() == EntityKind.ORGANISATION || m.kind() == EntityKind.COMMITTEE) {
                actors.add(m);
            }
        }
        return actors;
    }

    /** "… at their latest global conference in Seoul, Republic of Korea, …" followed by the event's name. */
    private List<Fact> anaphoricConference(AnnotatedDocument document, List<Mention> events) {
        String text = document.text();
        List<Fact> facts = new ArrayList<>();
        List<Sentence> sentences = document.sentences();
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            Matcher m = THEIR_CONFERENCE.matcher(text).region(s.start(), s.end());
            if (!m.find() || !document.isFree(m.start(), m.end())) {
                continue;
            }
            Mention target = null;
            for (Mention e : events) {
                if (e.start() >= m.end() && i + 1 < sentences.size() && e.start() < sentences.get(Math.min(i + 1, sentences.size() - 1)).end()
                        && !e.rule().equals(EventRecogniser.CO_LOCATED)) {
                    target = e;
                    break;
                }
            }
            if (target == null) {
                continue;
            }
            for (Mention a : actorsBefore(document, s.start(), m.start())) {
                facts.add(new Fact(target, Relation.ORGANIZER, Value.entity(a), document.evidence(s.start(), s.end(), name())));
            }
            Matcher loc = LOCATION.matcher(text).region(m.end(), s.end());
            if (loc.lookingAt()) {
                Mention t = target;
                place(loc, "p1").ifPresent(p -> facts.add(new Fact(t, Relation.LOCATION, Value.entity(p), document.evidence(loc.start(), loc.end(), name()))));
                place(loc, "p2").ifPresent(p -> facts.add(new Fact(t, Relation.LOCATION, Value.entity(p), document.evidence(loc.start(), loc.end(), name()))));
            }
        }
        return facts;
    }

    /** An organisation mention for a gazetteer name written at an offset. */
    static Mention organisation(String surface, int start) {
        Set<String> aliases = new LinkedHashSet<>();
        String label = LEX.organisation(surface).map(o -> {
            aliases.addAll(o.names());
            return o.label();
        }).orElse(surface);
        aliases.add(surface);
        aliases.remove(label);
        return new Mention(EntityKind.ORGANISATION, label, aliases, null, start, start + surface.length(), "EventRelationRule");
    }
}
