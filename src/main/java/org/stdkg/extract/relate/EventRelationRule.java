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

    // The patterns of inline checks, compiled once instead of at every call.
    private static final Pattern P1 = Pattern.compile("['’]s\\s+(?:the\\s+)?");
    private static final Pattern P2 = Pattern.compile("(?s)\\s*(?:partners?|members?)\\b.*");

    private static final ActorLexicon LEX = ActorLexicon.get();
    private static final String CW = ActorLexicon.CW;

    /** "in London, UK", ", Hong Kong,": a place, optionally followed by its country. */
    private static final Pattern LOCATION = Pattern.compile(
            "\\s*(?:\\bin|,|\\bat\\s+(?:its|their|the))\\s+(?<p1>" + CW + "(?:\\s+" + CW + ")*)(?:,\\s+(?:the\\s+)?(?<p2>" + CW + "(?:\\s+(?:of\\s+)?" + CW + ")*))?");

    /** ", " and an optional "the" before a city's country. */
    private static final Pattern COUNTRY_AFTER = Pattern.compile(",\\s+(?:the\\s+)?");

    /** A verb of holding just before the event: "held", "will hold", "is organising", "hosted". */
    private static final Pattern HOLD_VERB = Pattern.compile(
            "\\b(?<verb>held|holds|hold|organi[sz]ed|organi[sz]es|organi[sz]ing|organi[sz]e|convened|convenes|hosted|hosts|hosting|launched)\\s+"
                    + "(?:the\\s+|a\\s+|an\\s+|its\\s+|their\\s+|" + CW + "['’]s\\s+)?[‘'\"“]?$");

    private static final Pattern BY = Pattern.compile(
            "(?:\\b(?<verb>[Oo]rgani[sz]ed|[Hh]osted|[Cc]onvened)\\s+by|\\bat\\s+the\\s+(?<invitation>invitation)\\s+of)\\s+(?:the\\s+)?(?:\\p{Lu}[\\p{L}-]*['’]s\\s+)?$");

    /** A sentence that goes on about the event just named: "The meeting was hosted by …", "The meeting, which ran from …". */
    private static final Pattern THE_EVENT = Pattern.compile(
            "^\\s*(?:(?:The|This)\\s+(?:year['’]s\\s+)?(?:meeting|event|session|symposium|summit|conference|forum|workshop|plenary|assembly|dialogue|edition)\\b"
                    + "|It\\s+(?:is|was|will\\s+be)\\s+(?=(?:organi[sz]ed|hosted|held|convened)\\b)|(?=(?:Hosted|Organi[sz]ed|Convened)\\s+by\\b))");

    /** "(GSR-24), ITU's flagship annual event": an appositive naming the event as an organisation's. */
    private static final Pattern OWNED_APPOSITIVE = Pattern.compile(
            "^\\s*(?:\\([^()]{1,20}\\)\\s*)?,\\s+(?:the\\s+)?$");
    private static final Pattern OWNED_NOUN = Pattern.compile(
            "^['’]s\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:event|meeting|conference|summit|forum|symposium|gathering|assembly)\\b");
    /** "which UNESCO hosted", "which ITU organizes": a relative clause naming the host or organiser. */
    private static final Pattern WHICH_VERB = Pattern.compile("^\\s+(?<verb>hosted|hosts|organi[sz]ed|organi[sz]es|convened|convenes)\\b");

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
        // Found once per document: every event looks up its own references by start.
        List<EventReferences.Reference> references = EventReferences.find(document);
        Map<Integer, EventReferences.Reference> refs = new HashMap<>();
        Map<Integer, List<EventReferences.Reference>> refsAt = new HashMap<>();
        for (EventReferences.Reference r : references) {
            refs.put(r.start(), r);
            refsAt.computeIfAbsent(r.start(), k -> new ArrayList<>()).add(r);
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
                locations(document, e, s, limit, refsAt.getOrDefault(e.start(), List.of()), mine);
                organisers(document, e, s, refs.get(e.start()), mine);
                continuation(document, e, s, year, mine);
                host = e;
            }
            own.put(e, mine);
            facts.addAll(mine);
        }
        facts.addAll(anaphoricConference(document, events));
        return facts;
    }

    private void dates(AnnotatedDocument document, Mention e, int limit, Integer year, List<Fact> out) {
        Dates.first(document.text(), e.end(), limit, year).or(() -> dateBefore(document, e, year)).ifPresent(d -> {
            out.add(new Fact(e, Relation.START_DATE, Value.Literal.date(d.startDate()), document.evidence(d.start(), d.end(), name())));
            if (d.endDate() != null) {
                out.add(new Fact(e, Relation.END_DATE, Value.Literal.date(d.endDate()), document.evidence(d.start(), d.end(), name())));
            } else if (d.startDate().length() == 10) {
                // A one-day event ("on 15 April 2024") ends the day it starts; a month or a year says nothing of the end.
                out.add(new Fact(e, Relation.END_DATE, Value.Literal.date(d.startDate()), document.evidence(d.start(), d.end(), name())));
            }
        });
    }

    /**
     * A date written before the event in its sentence, when none follows it: "will meet in Kampala, Uganda, from 1 to 4
     * July 2024 for the Global Symposium …", "gathered in Tokyo, Japan, June 3-5, 2024, for the 13th plenary meeting".
     * Only from the start of the sentence or the previous event, and not across another clause's subject event.
     */
    private Optional<Dates.Found> dateBefore(AnnotatedDocument document, Mention e, Integer year) {
        return document.sentenceAt(e.start()).flatMap(s -> {
            int from = previousEventEnd(document, s, e);
            Optional<Dates.Found> d = Dates.first(document.text(), from, e.start(), year);
            // The last date before the event: skip earlier ones.
            Optional<Dates.Found> last = d;
            while (d.isPresent()) {
                last = d;
                d = Dates.first(document.text(), d.get().end(), e.start(), year);
            }
            return last;
        });
    }

    /** The end of the last event mention before {@code e} in its sentence, or the sentence start. */
    private static int previousEventEnd(AnnotatedDocument document, Sentence s, Mention e) {
        int from = s.start();
        for (Mention x : document.mentionsIn(s.start(), e.start())) {
            if (x.kind() == EntityKind.EVENT && x.end() <= e.start()) {
                from = x.end();
            }
        }
        return from;
    }

    private void locations(AnnotatedDocument document, Mention e, Sentence s, int limit, List<EventReferences.Reference> refsAtStart,
            List<Fact> out) {
        String text = document.text();
        Matcher m = LOCATION.matcher(text).region(e.end(), Math.min(limit, e.end() + 160));
        boolean found = false;
        while (m.find()) {
            found = addPlaces(document, e, m, out);
            if (found) {
                break;
            }
        }
        if (!found) {
            // "will meet in Kampala, Uganda, from 1 to 4 July 2024 for the Global Symposium …": the place before the event.
            Matcher b = LOCATION.matcher(text).region(previousEventEnd(document, s, e), e.start());
            while (b.find()) {
                if (addPlaces(document, e, b, out)) {
                    break;
                }
            }
        }
        // A place that owns the event: "Egypt’s first forum".
        for (EventReferences.Reference r : refsAtStart) {
            if (r.place() != null) {
                out.add(new Fact(e, Relation.LOCATION, Value.entity(r.place()), document.evidence(e, name())));
            }
        }
    }

    /** The place (and country) a location match names, as facts of the event; false when it names no gazetteer place. */
    private boolean addPlaces(AnnotatedDocument document, Mention e, Matcher m, List<Fact> out) {
        Optional<Mention> p1 = place(document.text(), m, "p1");
        if (p1.isEmpty()) {
            return false;
        }
        out.add(new Fact(e, Relation.LOCATION, Value.entity(p1.get()), document.evidence(m.start(), m.end(), name())));
        // Its country, after a comma: "London, UK", "Sharm el-Sheikh, Egypt".
        String text = document.text();
        Matcher country = COUNTRY_AFTER.matcher(text).region(p1.get().end(), Math.min(text.length(), p1.get().end() + 60));
        if (country.lookingAt()) {
            Matcher p = LEX.placeNames().matcher(text).region(country.end(), Math.min(text.length(), country.end() + 60));
            if (p.lookingAt()) {
                EventReferences.placeMention(p.group(), country.end()).filter(c -> !c.label().equals(p1.get().label()))
                        .ifPresent(c -> out.add(new Fact(e, Relation.LOCATION, Value.entity(c), document.evidence(m.start(), m.end(), name()))));
            }
        }
        return true;
    }

    private static Optional<Mention> place(String text, Matcher m, String group) {
        if (m.group(group) == null) {
            return Optional.empty();
        }
        // The longest gazetteer place that starts at the capitalised words ("Republic of Korea", "Hong Kong"), read in
        // the text, as a place name may go on in lower case ("Sharm el-Sheikh").
        Matcher p = LEX.placeNames().matcher(text).region(m.start(group), Math.min(text.length(), m.start(group) + 60));
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
        // An organisation acronym opening the name: "ITU Workshop on Quantum-Safe Security", "OECD Digital Economy Ministerial Meeting".
        Matcher acronym = LEX.organisationAcronyms().matcher(surface);
        if (organisers.isEmpty() && acronym.lookingAt() && acronym.end() < surface.length() && surface.charAt(acronym.end()) == ' ') {
            organisers.add(organisation(acronym.group(), e.start()));
        }
        // "ITU's World Telecommunication Standardization Assembly": the possessor holds it.
        for (Mention a : actorsBefore(document, s.start(), e.start())) {
            if (P1.matcher(text.substring(a.end(), e.start())).matches()) {
                organisers.add(a);
            }
        }
        // "… (GSR-24), ITU's flagship annual event": an appositive that calls it an organisation's event.
        for (Mention a : document.mentionsIn(e.end(), Math.min(s.end(), e.end() + 60))) {
            if ((a.kind() == EntityKind.ORGANISATION || a.kind() == EntityKind.COMMITTEE)
                    && OWNED_APPOSITIVE.matcher(text.substring(e.end(), a.start())).matches()
                    && OWNED_NOUN.matcher(text.substring(a.end(), Math.min(s.end(), a.end() + 60))).lookingAt()) {
                organisers.add(a);
            }
        }
        // "the Internet Governance Forum (IGF), which UNESCO hosted at …".
        Matcher which = Pattern.compile("^\\s*(?:\\([^()]{1,20}\\)\\s*)?,\\s+which\\s+$").matcher("");
        for (Mention a : document.mentionsIn(e.end(), Math.min(s.end(), e.end() + 60))) {
            if ((a.kind() == EntityKind.ORGANISATION || a.kind() == EntityKind.COMMITTEE)
                    && which.reset(text.substring(e.end(), a.start())).matches()) {
                Matcher v = WHICH_VERB.matcher(text.substring(a.end(), Math.min(s.end(), a.end() + 20)));
                if (v.lookingAt()) {
                    (v.group("verb").startsWith("host") ? hosts : organisers).add(a);
                }
            }
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
                if (!P2.matcher(after).matches()) {
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
                (by.group("invitation") != null || by.group("verb").toLowerCase(java.util.Locale.ROOT).startsWith("host") ? hosts : organisers).add(a);
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

    /**
     * "… wrapped up its latest meeting on Thursday. The meeting, which ran from 29 August to 7 September 2023 … in
     * Geneva" and "… met in Kigali on 6–7 June 2023. The meeting was hosted by the Rwanda Utilities Regulatory
     * Authority": a next sentence of the paragraph that opens with "The meeting" (and names no event of its own)
     * gives the dates, place and host the event's own sentence left out.
     */
    private void continuation(AnnotatedDocument document, Mention e, Sentence s, Integer year, List<Fact> out) {
        List<Sentence> sentences = document.sentences();
        // The last event named in the sentence is the one meant.
        for (Mention x : document.mentionsIn(s)) {
            if (x.kind() == EntityKind.EVENT && x.start() > e.start()) {
                return;
            }
        }
        for (int k = s.index() + 1; k < sentences.size() && k <= s.index() + 2; k++) {
            Sentence t = sentences.get(k);
            Matcher the = THE_EVENT.matcher(t.text());
            if (t.block() != s.block() || !the.find() || document.mentionsIn(t).stream().anyMatch(m -> m.kind() == EntityKind.EVENT)) {
                return;
            }
            continuation(document, e, t, the, year, out);
        }
    }

    private void continuation(AnnotatedDocument document, Mention e, Sentence t, Matcher the, Integer year, List<Fact> out) {
        int from = t.start() + the.end();
        Set<Relation> have = new java.util.HashSet<>();
        out.forEach(f -> have.add(f.relation()));
        Mention anaphor = new Mention(EntityKind.EVENT, e.label(), e.aliases(), e.notation(), t.start() + the.start(), from, e.rule());
        List<Fact> more = new ArrayList<>();
        if (!have.contains(Relation.START_DATE)) {
            dates(document, anaphor, t.end(), year, more);
        }
        if (!have.contains(Relation.LOCATION)) {
            Matcher m = LOCATION.matcher(document.text()).region(from, t.end());
            while (m.find() && !addPlaces(document, anaphor, m, more)) {
                // the first place named
            }
        }
        for (Mention a : document.mentionsIn(from, t.end())) {
            if (a.kind() != EntityKind.ORGANISATION && a.kind() != EntityKind.COMMITTEE) {
                continue;
            }
            Matcher by = BY.matcher(document.text(from, a.start()));
            if (by.find()) {
                Relation r = by.group("invitation") != null || by.group("verb").toLowerCase(java.util.Locale.ROOT).startsWith("host")
                        ? Relation.HOSTED_BY : Relation.ORGANIZER;
                more.add(new Fact(anaphor, r, Value.entity(a), document.evidence(t.start(), t.end(), name())));
            }
        }
        for (Fact f : more) {
            out.add(new Fact(e, f.relation(), f.object(), f.evidence()));
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
                place(text, loc, "p1").ifPresent(p -> facts.add(new Fact(t, Relation.LOCATION, Value.entity(p), document.evidence(loc.start(), loc.end(), name()))));
                place(text, loc, "p2").ifPresent(p -> facts.add(new Fact(t, Relation.LOCATION, Value.entity(p), document.evidence(loc.start(), loc.end(), name()))));
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
