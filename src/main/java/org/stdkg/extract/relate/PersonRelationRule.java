package org.stdkg.extract.relate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
import org.stdkg.nlp.Sentence;

/**
 * A person's job title and affiliations, from the words around the name: a title before it ("ISO President
 * Sung Hwan Cho": President, ISO) or an apposition after it ("Seizo Onoe, Director of the Telecommunication
 * Standardization Bureau at ITU"; "Beth Bacon, telecommunications policy specialist, Office of International
 * Affairs, National Telecommunications and Information Administration (NTIA), U.S. Department of Commerce").
 * Every organisation of the apposition is an affiliation; in an address chain ("Office …, NTIA, U.S. Department
 * of Commerce") each unit is part of every body after it.
 */
public final class PersonRelationRule implements RelationRule {

    // The patterns of inline checks, compiled once instead of at every call.
    private static final Pattern P1 = Pattern.compile("(?s).*\\b(?:of|at|for)(?:\\s+the)?\\s+$");
    private static final Pattern P2 = Pattern.compile("\\s+");
    private static final Pattern P3 = Pattern.compile("[,\\s]+$");
    private static final Pattern P4 = Pattern.compile(".*[“”\"].*");
    private static final Pattern P5 = Pattern.compile(",\\s+");

    private static final Pattern TITLE_BEFORE = Pattern.compile(ActorLexicon.group(ActorLexicon.get().jobTitles()) + "\\s+$");
    private static final Pattern TITLE_START = Pattern.compile("^" + ActorLexicon.group(ActorLexicon.get().jobTitles()) + "\\b");
    /** Where an apposition ends: a quote, a semicolon, a sentence end, or "at" before an address or e-mail. */
    private static final Pattern APPOSITION_END = Pattern.compile("[“”\";]|\\.(?:\\s|$)|\\s+at\\s+(?!\\p{Lu})|\\s+at\\s+\\[|\\s+(?:said|says)\\b"
            // "Bilel Jamoussi, Deputy Director of the …, welcomed …": the apposition closes before the sentence's verb
            + "|,\\s+(?=(?:said|says|added|noted|welcomed|stressed|explained|highlighted|emphasi[sz]ed|announced|told|warned|underlined"
            + "|observed|remarked|argued|pointed|opened|spoke|will|is|was|has|the)\\b)");

    @Override
    public List<Fact> apply(AnnotatedDocument document) {
        String text = document.text();
        List<Fact> facts = new ArrayList<>();
        for (Mention p : document.mentions(EntityKind.PERSON)) {
            Optional<Sentence> maybe = document.sentenceAt(p.start());
            if (maybe.isEmpty()) {
                continue;
            }
            Sentence s = maybe.get();
            String before = text.substring(s.start(), p.start());
            Matcher title = TITLE_BEFORE.matcher(before);
            if (title.find()) {
                int titleStart = s.start() + title.start();
                facts.add(new Fact(p, Relation.JOB_TITLE, Value.Literal.string(title.group().strip()), document.evidence(titleStart, p.end(), name())));
                for (Mention o : actors(document, s.start(), titleStart)) {
                    if (text.substring(o.end(), titleStart).isBlank()) {
                        facts.add(new Fact(p, Relation.AFFILIATION, Value.entity(o), document.evidence(o.start(), p.end(), name())));
                    }
                }
            }
            String after = text.substring(p.end(), s.end());
            if (!after.startsWith(", ")) {
                continue;
            }
            int from = p.end() + 2;
            int to = s.end();
            Matcher end = APPOSITION_END.matcher(text).region(from, s.end());
            while (end.find()) {
                // "U.S." is not a sentence end.
                if (end.group().startsWith(".") && end.start() > 0 && Character.isUpperCase(text.charAt(end.start() - 1))
                        && end.start() > 1 && text.charAt(end.start() - 2) == '.') {
                    continue;
                }
                to = end.start();
                break;
            }
            List<Mention> chain = actors(document, from, to);
            String lead = text.substring(from, chain.isEmpty() ? to : chain.get(0).start());
            String jobTitle;
            if (TITLE_START.matcher(lead).find() && (chain.isEmpty() || P1.matcher(lead).matches())) {
                jobTitle = text.substring(from, to).strip();
                if (P2.split(jobTitle).length > 14 && !chain.isEmpty()) {
                    // The title ends with the bodies it names: "Director of the ITU Telecommunication Development Bureau".
                    jobTitle = text.substring(from, chain.get(chain.size() - 1).end()).strip();
                }
            } else {
                jobTitle = P3.matcher(lead).replaceAll("").strip();
            }
            if (!jobTitle.isEmpty() && P2.split(jobTitle).length <= 14 && !P4.matcher(jobTitle).matches()
                    && (TITLE_START.matcher(jobTitle).find() || !chain.isEmpty())) {
                facts.add(new Fact(p, Relation.JOB_TITLE, Value.Literal.string(jobTitle), document.evidence(p.start(), to, name())));
            } else if (chain.isEmpty()) {
                continue;
            }
            for (Mention o : chain) {
                facts.add(new Fact(p, Relation.AFFILIATION, Value.entity(o), document.evidence(o.start(), o.end(), name())));
            }
            // An address chain "Office …, NTIA (…), U.S. Department of Commerce": each is part of those after it.
            boolean addressChain = chain.size() >= 2 && !lead.strip().isEmpty() && chain.get(0).kind() == EntityKind.ORGANISATION;
            for (int i = 0; addressChain && i + 1 < chain.size(); i++) {
                addressChain = P5.matcher(text.substring(chain.get(i).end(), chain.get(i + 1).start())).matches();
            }
            if (addressChain) {
                for (int i = 0; i < chain.size(); i++) {
                    for (int j = i + 1; j < chain.size(); j++) {
                        if (chain.get(i).kind() == EntityKind.ORGANISATION) {
                            facts.add(new Fact(chain.get(i), Relation.SUB_ORGANIZATION_OF, Value.entity(chain.get(j)),
                                    document.evidence(chain.get(i).start(), chain.get(j).end(), name())));
                        }
                    }
                }
            }
        }
        return facts;
    }

    private static List<Mention> actors(AnnotatedDocument document, int from, int to) {
        List<Mention> all = new ArrayList<>();
        for (Mention m : document.mentionsIn(from, to)) {
            if (m.kind() == EntityKind.ORGANISATION || m.kind() == EntityKind.COMMITTEE) {
                all.add(m);
            }
        }
        // "Chair of ITU-T Study Group 17": the prefix body inside a committee's name is not an affiliation of its own.
        List<Mention> out = new ArrayList<>();
        for (Mention m : all) {
            boolean inside = all.stream().anyMatch(o -> o != m && o.start() <= m.start() && m.end() <= o.end() && o.end() - o.start() > m.end() - m.start());
            if (!inside) {
                out.add(m);
            }
        }
        return out;
    }
}
