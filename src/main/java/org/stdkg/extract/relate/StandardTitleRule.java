package org.stdkg.extract.relate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.stdkg.document.Block;
import org.stdkg.document.BlockKind;
import org.stdkg.extract.AnnotatedDocument;
import org.stdkg.extract.EntityKind;
import org.stdkg.extract.Fact;
import org.stdkg.extract.Mention;
import org.stdkg.extract.Relation;
import org.stdkg.extract.RelationRule;
import org.stdkg.nlp.Sentence;
import org.stdkg.extract.Value;
import org.stdkg.extract.recognise.StandardsLexicon;
import org.stdkg.extract.recognise.Words;

/**
 * {@code dcterms:title} of standards: the short noun phrase that says what a standard covers, read
 * from the descriptions of the genre (cue phrases in {@code standard-title-cues.tsv}):
 * <ul>
 * <li>a verb of content after the standard: "ISO/TR 23455 gives an overview of smart contracts …",
 * "ISO/IEC 19772, which covers authenticated encryption", "ISO/IEC 42005 on AI system impact
 * assessments";</li>
 * <li>a copula or apposition: "ISO/IEC 42001 is the flagship AI management system standard",
 * "ISO/IEC 27001, the premier standard for information security";</li>
 * <li>a list item: "concepts and terminology for AI (ISO/IEC 22989)", "collaborative robots (e.g.
 * ISO/TS 15066)", with the list's lead-in cut off ("including those for …");</li>
 * <li>a passive: "The terminology for standards related to big data is defined in ISO/IEC 20546";</li>
 * <li>a purpose or scope clause of a named standard: "the OSI, which was created in 1983 to
 * establish a universal reference model …", "(UN/EDIFACT), which include … guidelines for the
 * electronic interchange of structured data …"; the topic of "Single Window Recommendation".</li>
 * </ul>
 * One title per standard and document: the first description. Coordinated standards share the title ("ISO/IEC 27001 and ISO/IEC 27002, which provide …").
 * The phrase ends where a new clause starts: a semicolon, ", which", a participle after a noun
 * (", detailing"), "and" before a verb or another standard.
 */
public final class StandardTitleRule implements RelationRule {

    // The patterns of inline checks, compiled once instead of at every call.
    private static final Pattern P1 = Pattern.compile("^[,;:\\s]+");
    private static final Pattern P2 = Pattern.compile("[,;:\\s]+$");
    private static final Pattern P3 = Pattern.compile("(?U)\\s+(?:and|or|the|a|an)$");

    private static final String RULE = StandardTitleRule.class.getSimpleName();

    private static final Pattern SEPARATOR = Pattern.compile("(?U)^\\s*(?:,\\s*and|,\\s*or|,|and|or|&)\\s*$");
    private static final Pattern OPEN_PAREN = Pattern.compile("(?U)\\(\\s*(?:e\\.g\\.,?\\s*|i\\.e\\.,?\\s*|see\\s+|such as\\s+)?$");
    private static final Pattern CLOSE_PAREN = Pattern.compile("(?U)^\\s*\\)");
    private static final Pattern APPOSITION = Pattern.compile("(?U)^\\s*,\\s*(?<app>(?:an?|the|one)\\s+[^,;]{1,120}?)\\s*(?:,|\\.?\\s*$)");
    private static final Pattern WHICH_INCLUDE_FOR = Pattern.compile(
            "(?U)^\\s*,?\\s*which\\s+(?:include|includes|comprise|comprises)\\b[^.;]*?\\b(?:standards|guidelines|rules)\\b[^.;]*?\\b(?:for|on)\\s+");
    private static final Pattern PURPOSE = Pattern.compile(
            "(?U)^\\s*,?\\s*which\\s+(?:was|were|is|are)\\s+(?:\\w+\\s+){1,2}(?:in\\s+\\d{4}\\s+)?to\\s+(?:establish|provide|define|enable|set out|specify)\\s+");
    private static final Pattern PASSIVE_BOUNDARY = Pattern.compile("(?U)(?:;|,\\s+while\\s+|,\\s+and\\s+|,\\s+whereas\\s+)");
    private static final Pattern CLAUSE_VERB = Pattern.compile("(?U)\\b(?:has|have|had|is|are|was|were|been)\\b");
    private static final Pattern REFERENCE = Pattern.compile(
            "(?U)\\b(?:support|supports|supporting|extension of|extensions of|according to|based on|aligned with|complement|complements|in line with|replaces|revision of)\\s+(?:the\\s+)?$");
    private static final Pattern SUCH_STANDARDS = Pattern.compile("(?U)^\\s*Examples of (?:such|these) standards include\\b");
    /** A comma and a verb in the past tense with its complement: the main clause resumes ("…, appeared in its …"). */
    private static final Pattern PAST_RESUMES = Pattern.compile(
            "(?U),\\s+(?!(?:based|focused|aimed|designed|dedicated|related|used|intended|called|known|entitled|titled)\\b)\\p{Ll}+ed\\s+(?:in|on|at|as|its|their|the|a|an)\\b");

    /**
     * Marks a title read from a designation (after a dash, in parentheses, a list item's title): it is the standard's own
     * wording, so no evaluative modifier is cut off its front ("key management for power system equipment").
     */
    private static final String DESIGNATION = "\u0000";

    /** Where a verb's object starts: after a preposition or "the". */
    private static final Pattern OBJECT_START = Pattern.compile("(?U)\\b(?:for|on|of|with|about|to)\\s+(?:the\\s+|a\\s+|an\\s+)?");
    /** ", prepared by IEC TC 65 in cooperation with ISA, which addresses …": a participle phrase before the description. */
    private static final Pattern BY_PHRASE = Pattern.compile("(?U)^\\s*,\\s*(?:prepared|developed|published|maintained|drafted)\\s+(?:jointly\\s+)?by\\s+[^,;]+");
    /** "IEC TR 61850-90-12, a guideline for wide area network engineering": an apposition that names a kind of document. */
    private static final Pattern DOCUMENT_APPOSITION = Pattern.compile(
            "(?U)^(?:an?|the)\\s+(?:guidelines?|guide|framework|overview|introduction|vocabulary|taxonomy|methodology|code\\s+of\\s+practice)\\s+(?:for|on|of|to)\\s+.+$");
    /** "ISO 24165, the digital token identifier (DTI) standard": an apposition naming the standard by its subject. */
    private static final Pattern STANDARD_APPOSITION = Pattern.compile("(?U)^the\\s+(?<x>[^,;]{2,80}?)\\s+standard$");

    /** "ITU-T X.1060 (revised) – a framework for …": a designation after a dash. */
    private static final Pattern DASH_DESIGNATION = Pattern.compile("(?U)^\\s*(?:\\((?:revised|new|amended|updated)\\)\\s*)?[\\u2013\\u2014-]\\s+(?=\\p{L})");
    /** "IEC 62351-9 (key management for power system equipment)": a lower-case description in parentheses. */
    private static final Pattern PAREN_DESCRIPTION = Pattern.compile("(?U)^\\s*\\((?!e\\.g\\.|i\\.e\\.|see\\b|revised\\b|new\\b)(?<x>\\p{Ll}[^()]{4,120})\\)");
    /** "ISO 23257:2022, Blockchain and distributed ledger technologies — Reference architecture": a list item's title. */
    private static final Pattern ITEM_TITLE = Pattern.compile("(?U)^\\s*,\\s+(?<x>\\p{Lu}[^;]{2,160}?)\\s*[.;]?\\s*$");

    private static final Pattern KIND_NOUN = Pattern.compile("(?U)\\s+(?:standard|specification|technical report|framework standard)$");

    private final Pattern copula;
    private final Pattern standardFor;
    private final Pattern verb;
    private final Pattern passive;
    private final Pattern lead;
    private final Pattern endingWord;
    private final Pattern commaEnding;
    private final List<String> singleLeads;
    private final List<String> modifiers;

    public StandardTitleRule() {
        StandardsLexicon lex = StandardsLexicon.get();
        modifiers = lex.titleCues("modifier");
        String mods = "(?:(?:" + alternation(modifiers) + ")\\s+)*";
        copula = Pattern.compile("(?U)^\\s+(?:is|are)\\s+(?:the|a|an|one of the)\\s+" + mods + "(?<x>[^,;.]{2,80}?)\\s+standards?\\b");
        standardFor = Pattern.compile("(?U)^(?:the|a|an)\\s+" + mods + "(?:standard|specification)\\s+(?:for|on|of)\\s+(?<x>.+)$");
        verb = Pattern.compile("(?U)^\\s*,?\\s*(?:which\\s+)?(?:will\\s+)?(?:" + alternation(lex.titleCues("verb")) + "|on)\\s+", Pattern.CASE_INSENSITIVE);
        passive = Pattern.compile("(?U)\\s+(?:" + alternation(lex.titleCues("passive")) + ")\\s+$");
        List<String> multi = new ArrayList<>();
        singleLeads = new ArrayList<>();
        for (String l : lex.titleCues("lead")) {
            if (l.contains(" ") || List.of("including", "include", "includes").contains(l)) {
                multi.add(l);
            } else {
                singleLeads.add(l);
            }
        }
        lead = Pattern.compile("(?U)(?<![\\w-])(?:" + alternation(multi) + ")(?![\\w-])\\s*:?\\s*", Pattern.CASE_INSENSITIVE);
        endingWord = Pattern.compile("(?U)^\\s+and\\s+(?:" + alternation(lex.titleCues("ending")) + ")\\b");
        commaEnding = Pattern.compile("(?U),\\s+(?:" + alternation(lex.titleCues("ending")) + ")\\b");
    }

    private static String alternation(List<String> phrases) {
        StringBuilder sb = new StringBuilder();
        for (String p : phrases) {
            if (sb.length() > 0) {
                sb.append('|');
            }
            sb.append(Pattern.quote(p).replace(" ", "\\E\\s+\\Q"));
        }
        return sb.toString();
    }

    @Override
    public List<Fact> apply(AnnotatedDocument d) {
        List<Fact> facts = new ArrayList<>();
        for (Sentence s : d.sentences()) {
            List<Mention> standards = d.mentionsIn(s.start(), s.end()).stream().filter(m -> m.kind() == EntityKind.STANDARD).toList();
            for (List<Mention> group : groups(d, standards)) {
                List<String> titles = new ArrayList<>();
                Mention first = group.get(0);
                Mention last = group.get(group.size() - 1);
                boolean reference = REFERENCE.matcher(d.text(Math.max(s.start(), first.start() - 40), first.start())).find();
                String after = d.text(last.end(), s.end());
                Matcher app = APPOSITION.matcher(after);
                int rest = last.end();
                if (app.find()) {
                    Matcher sf = standardFor.matcher(app.group("app"));
                    Matcher da = DOCUMENT_APPOSITION.matcher(app.group("app"));
                    Matcher sa = STANDARD_APPOSITION.matcher(app.group("app"));
                    if (sf.find()) {
                        titles.add(sf.group("x"));
                    } else if (da.matches()) {
                        titles.add(app.group("app"));
                    } else if (sa.matches()) {
                        titles.add(sa.group("x"));
                    }
                    rest = last.end() + app.end();
                }
                if (!reference) {
                    titlesAfter(d, s, standards, last, rest, titles);
                    if (first.notation() != null) {
                        listItem(d, s, standards, first, last).ifPresent(titles::add);
                    }
                    passive(d, s, first).ifPresent(titles::add);
                }
                if (!reference && group.get(0) == standards.get(0)) {
                    suchStandards(d, s).ifPresent(titles::add);
                }
                String topic = StandardFacts.topic(first);
                if (topic != null) {
                    titles.add(topic);
                }
                for (String raw : titles) {
                    String t = tidy(raw);
                    if (t.length() < 3 || t.length() > 200) {
                        continue;
                    }
                    for (Mention m : group) {
                        facts.add(new Fact(m, Relation.TITLE, Value.Literal.string(t), d.evidence(first.start(), s.end(), RULE)));
                    }
                }
            }
        }
        // One title per standard: the scorer counts a second title of the same standard as an extra, so the
        // first description in the document (and the first pattern within it) wins.
        java.util.Set<String> titled = new java.util.HashSet<>();
        return facts.stream().filter(f -> titled.add(StandardFacts.key(f.subject()))).toList();
    }

    /** Standards in a row joined only by "and", "or" or commas: "ISO/IEC 27031 and ISO/IEC 27035". */
    private static List<List<Mention>> groups(AnnotatedDocument d, List<Mention> standards) {
        List<List<Mention>> groups = new ArrayList<>();
        for (Mention m : standards) {
            if (!groups.isEmpty()) {
                List<Mention> g = groups.get(groups.size() - 1);
                Mention prev = g.get(g.size() - 1);
                if (prev.end() <= m.start() && SEPARATOR.matcher(d.text(prev.end(), m.start())).matches()) {
                    g.add(m);
                    continue;
                }
            }
            groups.add(new ArrayList<>(List.of(m)));
        }
        return groups;
    }

    /** Copula, verb, purpose and scope clauses after the standard (or after its apposition). */
    private void titlesAfter(AnnotatedDocument d, Sentence s, List<Mention> standards, Mention last, int from, List<String> titles) {
        String after = d.text(from, s.end());
        Matcher byPhrase = BY_PHRASE.matcher(after);
        if (byPhrase.lookingAt()) {
            from += byPhrase.end();
            after = d.text(from, s.end());
        }
        Matcher dash = DASH_DESIGNATION.matcher(after);
        if (dash.lookingAt()) {
            titles.add(DESIGNATION + phrase(d, standards, from + dash.end(), s.end()));
            return;
        }
        Matcher paren = PAREN_DESCRIPTION.matcher(after);
        if (paren.lookingAt()) {
            titles.add(DESIGNATION + paren.group("x"));
            return;
        }
        Block block = d.document().blocks().get(s.block());
        Matcher item = ITEM_TITLE.matcher(after);
        if (block.kind() == BlockKind.BULLET && d.text(block.start(), last.start()).isBlank() && item.matches()) {
            titles.add(DESIGNATION + item.group("x"));
            return;
        }
        Matcher cop = copula.matcher(after);
        if (cop.find()) {
            titles.add(cop.group("x"));
            // "… is the flagship AI management system standard, which provides requirements for …"
            String more = after.substring(cop.end());
            Matcher v = verb.matcher(more);
            if (v.lookingAt() && more.trim().startsWith(",")) {
                titles.add(phrase(d, standards, from + cop.end() + v.end(), s.end()));
            }
            return;
        }
        Matcher v = verb.matcher(after);
        if (v.lookingAt()) {
            titles.add(phrase(d, standards, from + v.end(), s.end()));
            return;
        }
        Matcher p = PURPOSE.matcher(after);
        if (p.lookingAt()) {
            titles.add(phrase(d, standards, from + p.end(), s.end()));
            return;
        }
        Matcher w = WHICH_INCLUDE_FOR.matcher(after);
        if (w.lookingAt()) {
            titles.add(phrase(d, standards, from + w.end(), s.end()));
        }
    }

    /** "concepts and terminology for AI (ISO/IEC 22989)": the list item before the parenthesis that holds the standards. */
    private java.util.Optional<String> listItem(AnnotatedDocument d, Sentence s, List<Mention> standards, Mention first, Mention last) {
        String before = d.text(s.start(), first.start());
        Matcher open = OPEN_PAREN.matcher(before);
        if (!open.find() || !CLOSE_PAREN.matcher(d.text(last.end(), s.end())).find()) {
            return java.util.Optional.empty();
        }
        int paren = s.start() + open.start();
        // The item starts after the previous item's parenthesis, a semicolon or a colon.
        int boundary = s.start();
        boolean afterItem = false;
        for (Mention m : standards) {
            if (m.end() <= paren) {
                int close = d.text().indexOf(')', m.end());
                if (close >= 0 && close < paren && close + 1 > boundary) {
                    boundary = close + 1;
                    afterItem = true;
                }
            }
        }
        String text = d.text(boundary, paren);
        int semi = Math.max(text.lastIndexOf(';'), text.lastIndexOf(':'));
        if (semi >= 0) {
            text = text.substring(semi + 1);
            afterItem = false;
            boundary = -1;
        }
        if (afterItem) {
            // ", has already been published, and an introduction to quantum computing": cut a clause off the front.
            if (CLAUSE_VERB.matcher(text).find() && text.lastIndexOf(", ") > 0) {
                text = text.substring(text.lastIndexOf(", ") + 2);
            }
        } else {
            int cut = -1;
            Matcher l = lead.matcher(text);
            while (l.find()) {
                cut = Math.max(cut, l.end());
            }
            if (cut >= 0) {
                text = text.substring(cut);
            } else if (boundary == s.start() && text.lastIndexOf(", ") > 0) {
                text = text.substring(text.lastIndexOf(", ") + 2);
            }
            // "SG17 is also responsible for the directory Recommendations (e.g. …": the object after the clause's verb.
            Matcher clause = CLAUSE_VERB.matcher(text);
            if (clause.find()) {
                Matcher object = OBJECT_START.matcher(text).region(clause.end(), text.length());
                int start = -1;
                while (object.find()) {
                    start = object.end();
                }
                if (start > 0) {
                    text = text.substring(start);
                }
            }
        }
        return java.util.Optional.of(text);
    }

    /**
     * "…; and blind digital signatures, in which … . Examples of such standards include ISO 18370-1
     * and ISO/IEC 18370-2": the last item of the list in the sentence before.
     */
    private java.util.Optional<String> suchStandards(AnnotatedDocument d, Sentence s) {
        if (!SUCH_STANDARDS.matcher(s.text()).lookingAt() || s.index() == 0) {
            return java.util.Optional.empty();
        }
        Sentence prev = d.sentences().get(s.index() - 1);
        int semi = prev.text().lastIndexOf(';');
        if (prev.block() != s.block() || semi < 0) {
            return java.util.Optional.empty();
        }
        String item = prev.text().substring(semi + 1);
        int comma = item.indexOf(',');
        return java.util.Optional.of(comma > 0 ? item.substring(0, comma) : item);
    }

    /** "The terminology for standards related to big data is defined in ISO/IEC 20546". */
    private java.util.Optional<String> passive(AnnotatedDocument d, Sentence s, Mention first) {
        String before = d.text(s.start(), first.start());
        Matcher p = passive.matcher(before);
        if (!p.find()) {
            return java.util.Optional.empty();
        }
        String x = before.substring(0, p.start());
        Matcher b = PASSIVE_BOUNDARY.matcher(x);
        int cut = 0;
        while (b.find()) {
            cut = b.end();
        }
        return java.util.Optional.of(x.substring(cut));
    }

    /** The noun phrase from {@code from}: up to the end of its clause. */
    private String phrase(AnnotatedDocument d, List<Mention> standards, int from, int limit) {
        String text = d.text();
        int end = limit;
        for (Mention m : standards) {
            if (m.start() >= from && m.start() < end) {
                end = m.start();
            }
        }
        String t = text.substring(from, end);
        int cut = t.length();
        cut = Math.min(cut, indexOr(t, ";"));
        cut = Math.min(cut, indexOr(t, ":"));
        cut = Math.min(cut, indexOr(t, ", which"));
        cut = Math.min(cut, indexOr(t, " which "));
        cut = Math.min(cut, indexOr(t, ", while"));
        cut = Math.min(cut, indexOr(t, ", whereas"));
        cut = Math.min(cut, indexOr(t, " respectively"));
        // ", detailing …" after a noun ends the phrase; "establishing, implementing" does not.
        Matcher participle = Pattern.compile("(?U)(\\S+),\\s+(\\p{L}+ing)\\b").matcher(t);
        while (participle.find()) {
            String prev = participle.group(1).toLowerCase(Locale.ROOT);
            if (!prev.endsWith("ing") && !List.of("for", "of", "to", "in", "and", "or", "on").contains(prev)) {
                cut = Math.min(cut, participle.start(1) + participle.group(1).length());
                break;
            }
        }
        // "…, which provides X, is widely used": the main clause resumes after a comma.
        Matcher resumed = commaEnding.matcher(t);
        if (resumed.find()) {
            cut = Math.min(cut, resumed.start());
        }
        // "…, which specifies the base of the model, appeared in its seventh edition": a past tense resumes it too.
        Matcher past = PAST_RESUMES.matcher(t);
        if (past.find()) {
            cut = Math.min(cut, past.start());
        }
        Matcher and = Pattern.compile("(?U)\\s+and\\s+").matcher(t);
        while (and.find()) {
            if (endingWord.matcher(t.substring(and.start())).lookingAt()) {
                cut = Math.min(cut, and.start());
                break;
            }
        }
        t = t.substring(0, cut);
        if (t.endsWith(".") && !t.endsWith("e.g.")) {
            t = t.substring(0, t.length() - 1);
        }
        return t;
    }

    private static int indexOr(String s, String needle) {
        int i = s.indexOf(needle);
        return i < 0 ? s.length() : i;
    }

    /** Cuts list connectors, articles and evaluative adjectives off the front and punctuation off the end. */
    private String tidy(String raw) {
        boolean designation = raw.startsWith(DESIGNATION);
        String t = Words.clean(designation ? raw.substring(DESIGNATION.length()) : raw);
        boolean changed = true;
        while (changed && !t.isEmpty()) {
            changed = false;
            t = P1.matcher(t).replaceAll("");
            for (String w : singleLeads) {
                if (t.regionMatches(true, 0, w + " ", 0, w.length() + 1)) {
                    t = t.substring(w.length() + 1);
                    changed = true;
                }
            }
            for (String w : designation ? List.<String>of() : modifiers) {
                if (t.regionMatches(true, 0, w + " ", 0, w.length() + 1)) {
                    t = t.substring(w.length() + 1);
                    changed = true;
                }
            }
        }
        String before;
        do {
            // ", and" at the end: both the punctuation and the connector go, in either order.
            before = t;
            t = P2.matcher(t).replaceAll("");
            t = P3.matcher(t).replaceAll("");
        } while (!t.equals(before));
        t = KIND_NOUN.matcher(t).replaceAll("");
        return t.strip();
    }
}
