package org.stdkg.extract.recognise;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.stdkg.document.Block;
import org.stdkg.extract.AnnotatedDocument;
import org.stdkg.extract.EntityKind;
import org.stdkg.extract.Mention;
import org.stdkg.extract.MentionRecogniser;
import org.stdkg.extract.recognise.TitleText.Tok;
import org.stdkg.nlp.Sentence;
import org.stdkg.nlp.Token;

/**
 * Named publications: reports, white papers, statements, declarations, guides, toolkits,
 * principles, outlooks, paper series, resolutions.
 *
 * <p>A title is only taken where the text marks it as one, because the genre is full of
 * capitalised names of other things:
 * <ul>
 * <li>quoted, next to a publication noun: "the ‘State of the Connected World 2023’ report",
 * "‘Blueprint for Intelligent Economies’, a white paper", or ending in a head noun;</li>
 * <li>after "titled"/"entitled": "our report titled The impact of 5G: Creating new value …";</li>
 * <li>after a publication noun and "on": "a report on Realizing the Internet of Things – a Framework
 * for Collective Action", "reports on Social Implications of the Metaverse and Privacy and Safety in
 * the Metaverse", "a guidance and declaration on Compliance of products with embedded AI";</li>
 * <li>in apposition to a publication noun: "A UNECE guide, Machine Learning for Official Statistics
 * (2021), …", "Cyber Signals, a yearly report";</li>
 * <li>before a publication noun: "the State of the Connected World report";</li>
 * <li>a title-case name with a head noun at its end or before a preposition: "the Seoul Statement",
 * "Global Cybersecurity Outlook", "Principles for Board Governance of Cyber Risk";</li>
 * <li>a title-case name with a title-case subtitle after a colon: "Embracing the Quantum Economy: A
 * Pathway for Business Leaders".</li>
 * </ul>
 * Names: the title (without a leading year), with the short title before the colon, the title with
 * its trailing noun, and the other variants of {@link TitleText#variants}. Cue words are data:
 * {@code publication-cues.tsv}.
 */
public final class PublicationRecogniser implements MentionRecogniser {

    // Patterns of the small checks below, compiled once.
    private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d\\d");
    private static final Pattern POSSESSIVE_END = Pattern.compile("[’']s$");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private static final Set<String> OPEN_QUOTES = Set.of("‘", "“", "\"");
    private static final Set<String> CLOSE_QUOTES = Set.of("’", "”", "\"");
    /** Words between a publication noun and "on": "guidance has been developed on the …". */
    private static final Set<String> PASSIVE = Set.of("has", "have", "had", "been", "was", "were", "is", "are", "being",
            "developed", "published", "issued", "adopted", "released", "prepared", "produced");
    /** Prepositions that let a head noun open a title: "Principles for …", "Statement of Support". */
    private static final Set<String> HEAD_PREPOSITIONS = Set.of("of", "on", "for", "in", "to", "against", "with");
    private static final Set<String> STOPS = Set.of(",", ";", ".", "(", ")", "!", "?", "”", "’", "\"");
    private static final int MAX_TITLE_WORDS = 30;
    private static final int MAX_SENTENCE_CASE_WORDS = 12;

    private final PublicationCues cues = PublicationCues.get();

    /** A title found by one of the rules, before overlaps are settled. Offsets are document offsets. */
    private record Candidate(int start, int end, int spanStart, int spanEnd, int nounStart, String label,
            Set<String> aliases, int priority) {
        int length() {
            return end - start;
        }
    }

    @Override
    public List<Mention> recognise(AnnotatedDocument document) {
        String text = document.text();
        List<Candidate> candidates = new ArrayList<>();
        List<Block> blocks = document.document().blocks();
        List<List<Tok>> blockTokens = TitleText.blockTokens(document);
        for (int b = 0; b < blocks.size(); b++) {
            Block block = blocks.get(b);
            List<Tok> toks = blockTokens.get(b);
            if (toks.isEmpty()) {
                continue;
            }
            quoted(text, toks, candidates);
            titled(text, toks, candidates);
            nounOn(document, toks, candidates);
            appositive(text, toks, candidates);
            beforeNoun(text, toks, candidates);
            if (!(block.isHeading() && TitleText.isTitleCaseLine(toks, cues))) {
                headed(text, toks, candidates);
                colon(text, toks, candidates);
            }
        }
        return select(document, candidates);
    }

    // ---- the rules

    /** ‘X’ next to a publication noun, or ending in a head noun. */
    private void quoted(String text, List<Tok> toks, List<Candidate> out) {
        for (int i = 0; i < toks.size(); i++) {
            if (!OPEN_QUOTES.contains(toks.get(i).text())) {
                continue;
            }
            int close = -1;
            for (int j = i + 1; j < toks.size() && j <= i + 1 + MAX_TITLE_WORDS; j++) {
                String t = toks.get(j).text();
                if (CLOSE_QUOTES.contains(t)) {
                    close = j;
                    break;
                }
                if (OPEN_QUOTES.contains(t) && !t.equals("\"")) {
                    break;
                }
            }
            if (close < i + 2 || !toks.get(i + 1).isCap() || !TitleText.hasPlainCapital(toks, i + 1, close)) {
                continue;
            }
            int nounEnd = nounStartingAt(toks, close + 1);
            boolean marked = nounEnd > 0 || nounAfterComma(toks, close + 1) > 0 || nounEndingAt(toks, i) >= 0
                    || headEndingAt(toks, close) >= 0;
            if (!marked) {
                continue;
            }
            String title = TitleText.text(text, toks, i + 1, close);
            if (!looksLikeTitle(title)) {
                continue;
            }
            if (nounEnd > 0) {
                out.add(withNoun(text, toks, i + 1, close, close + 1, nounEnd, 0));
            } else {
                out.add(candidate(toks.get(i + 1).start(), toks.get(close - 1).end(), title, Set.of(), 0));
            }
            i = close;
        }
    }

    /** "report titled The impact of 5G: Creating new value across industries and society". */
    private void titled(String text, List<Tok> toks, List<Candidate> out) {
        for (int i = 0; i + 1 < toks.size(); i++) {
            if (!cues.cues.contains(toks.get(i).lower()) || !toks.get(i + 1).isCap()) {
                continue;
            }
            int e = i + 1;
            while (e < toks.size() && e - i <= MAX_TITLE_WORDS && !STOPS.contains(toks.get(e).text())) {
                e++;
            }
            int end = e;
            while (end > i + 1 && (!toks.get(end - 1).isWord() || cues.isFunctionWord(toks.get(end - 1).text()))) {
                end--;
            }
            if (end > i + 1 && TitleText.wordCount(toks, i + 1, end) >= 2) {
                String title = TitleText.text(text, toks, i + 1, end);
                out.add(candidate(toks.get(i + 1).start(), toks.get(end - 1).end(), title, Set.of(), 0));
            }
        }
    }

    /** "a report on X", "reports on X and Y", "guidance has been developed on the X". */
    private void nounOn(AnnotatedDocument document, List<Tok> toks, List<Candidate> out) {
        String text = document.text();
        for (int i = 1; i + 1 < toks.size(); i++) {
            if (!toks.get(i).is("on")) {
                continue;
            }
            int n = i;
            while (n - 1 > 0 && i - n < 3 && PASSIVE.contains(toks.get(n - 1).lower())) {
                n--;
            }
            int nounStart = nounEndingAt(toks, n);
            if (nounStart < 0) {
                continue;
            }
            String lastNounWord = toks.get(n - 1).lower();
            boolean plural = lastNounWord.endsWith("s") && !lastNounWord.equals("series");
            int k = i + 1;
            if (k < toks.size() && toks.get(k).is("the")) {
                k++;
            }
            if (k >= toks.size() || !toks.get(k).isCap()) {
                continue;
            }
            int e = TitleText.runEnd(toks, k, cues);
            if (plural) {
                for (int[] part : splitList(toks, k, e)) {
                    addTitle(text, toks, part[0], part[1], out, 1);
                }
                continue;
            }
            int clause = commaTitleEnd(toks, k);
            if (clause > e) {
                addTitle(text, toks, k, clause, out, 1);
            } else if (TitleText.wordCount(toks, k, e) >= 2) {
                addTitle(text, toks, k, extendSubtitle(toks, e), out, 1);
            } else if (e < toks.size() && toks.get(e).isWord() && !toks.get(k).isAcronym() && !isProperNoun(document, toks.get(k))) {
                sentenceCase(text, toks, k, out);
            }
        }
    }

    /** "A UNECE guide, Machine Learning for Official Statistics (2021), …" and "Cyber Signals, a yearly report". */
    private void appositive(String text, List<Tok> toks, List<Candidate> out) {
        for (int c = 1; c + 1 < toks.size(); c++) {
            if (!toks.get(c).is(",")) {
                continue;
            }
            // noun, Title (year),
            if (nounEndingAt(toks, c) >= 0) {
                int k = c + 1;
                int e = TitleText.runEnd(toks, k, cues);
                int after = skipYear(toks, e);
                if (e > k && (after >= toks.size() || toks.get(after).is(",") || toks.get(after).is("."))) {
                    addTitle(text, toks, k, e, out, 1);
                }
            }
            // Title, a [adj] noun
            if (nounAfterComma(toks, c) > 0) {
                int s = TitleText.runStart(toks, c, cues);
                if (s < c) {
                    addTitle(text, toks, s, c, out, 1);
                }
            }
        }
    }

    /** "the State of the Connected World 2023 report", "Microsoft’s Cyber Signals report". */
    private void beforeNoun(String text, List<Tok> toks, List<Candidate> out) {
        for (int n = 1; n < toks.size(); n++) {
            if (!toks.get(n).isWord() || toks.get(n).isCap()) {
                continue;
            }
            int nounEnd = nounStartingAt(toks, n);
            if (nounEnd < 0) {
                continue;
            }
            int s = TitleText.runStart(toks, n, cues);
            if (s < n) {
                Candidate c = withNoun(text, toks, s, n, n, nounEnd, 2);
                if (c != null && acceptable(toks, s, n, c.label())) {
                    out.add(c);
                }
            }
        }
    }

    /** A title-case run with a head noun at its end or before a preposition. */
    private void headed(String text, List<Tok> toks, List<Candidate> out) {
        int i = 0;
        while (i < toks.size()) {
            int e = TitleText.runEnd(toks, i, cues);
            if (e == i) {
                i++;
                continue;
            }
            int s = possessiveStart(toks, TitleText.trimLeading(toks, i, e, cues), e);
            if (hasValidHead(toks, s, e) && TitleText.hasPlainCapital(toks, s, e)) {
                int end = extendSubtitle(toks, e);
                addTitle(text, toks, s, end, out, 2);
            }
            i = e;
        }
    }

    /** "Embracing the Quantum Economy: A Pathway for Business Leaders". */
    private void colon(String text, List<Tok> toks, List<Candidate> out) {
        for (int c = 1; c + 1 < toks.size(); c++) {
            if (!toks.get(c).is(":")) {
                continue;
            }
            int s = TitleText.runStart(toks, c, cues);
            if (s > 0 && toks.get(s - 1).is(":")) {
                s = afterLastAnd(toks, s, c);
            }
            int e = TitleText.runEnd(toks, c + 1, cues);
            if (e < toks.size() && toks.get(e).is(":")) {
                e = beforeLastAnd(toks, c + 1, e);
            }
            if (s >= c || TitleText.wordCount(toks, s, c) < 2 || TitleText.wordCount(toks, c + 1, e) < 3
                    || lastWordIsNameHead(toks, s, c) || !TitleText.hasPlainCapital(toks, c + 1, e)) {
                continue;
            }
            addTitle(text, toks, s, e, out, 2);
        }
    }

    // ---- pieces of titles

    /** A sentence-case title after "on": up to the next comma or full stop, of three to twelve words. */
    private void sentenceCase(String text, List<Tok> toks, int k, List<Candidate> out) {
        int e = k;
        while (e < toks.size() && !STOPS.contains(toks.get(e).text()) && !toks.get(e).is("–") && e - k < MAX_SENTENCE_CASE_WORDS + 1) {
            e++;
        }
        if (e - k > MAX_SENTENCE_CASE_WORDS || TitleText.wordCount(toks, k, e) < 3) {
            return;
        }
        String title = TitleText.text(text, toks, k, e);
        if (!cues.isTopic(title)) {
            out.add(candidate(toks.get(k).start(), toks.get(e - 1).end(), title, Set.of(), 1));
        }
    }

    /**
     * The end of a title that runs with commas to the end of its clause ("Cybersecurity, Emerging
     * Technology, and Systemic Risks;"), or {@code k} if the clause holds anything else.
     */
    private int commaTitleEnd(List<Tok> toks, int k) {
        int e = k;
        boolean comma = false;
        while (e < toks.size() && !toks.get(e).is(";") && !toks.get(e).is(".")) {
            Tok t = toks.get(e);
            if (t.is(",")) {
                comma = true;
            } else if (!TitleText.isTitleWord(t, cues)) {
                return k;
            }
            e++;
        }
        int end = TitleText.trimTrailing(toks, k, e);
        return comma && end > k ? end : k;
    }

    /** Splits "Social Implications of the Metaverse and Privacy and Safety in the Metaverse" into titles. */
    private List<int[]> splitList(List<Tok> toks, int s, int e) {
        List<int[]> parts = new ArrayList<>();
        int from = s;
        boolean preposition = false;
        for (int j = s; j < e; j++) {
            String w = toks.get(j).text();
            if (w.equals("and") && preposition) {
                parts.add(new int[] {from, j});
                from = j + 1;
                preposition = false;
            } else if (HEAD_PREPOSITIONS.contains(w)) {
                preposition = true;
            }
        }
        parts.add(new int[] {from, e});
        return parts;
    }

    /** Extends a title by a subtitle after a colon or a spaced dash: "…: A Framework for Action". */
    private int extendSubtitle(List<Tok> toks, int e) {
        if (e + 1 >= toks.size()) {
            return e;
        }
        String sep = toks.get(e).text();
        if (!sep.equals(":") && !sep.equals("–") && !sep.equals("—")) {
            return e;
        }
        int k = e + 1;
        if (!sep.equals(":") && (toks.get(k).is("a") || toks.get(k).is("an") || toks.get(k).is("the"))) {
            k++;
        }
        int end = TitleText.runEnd(toks, k, cues);
        if (end < toks.size() && toks.get(end).is(":")) {
            end = beforeLastAnd(toks, k, end);
        }
        return TitleText.wordCount(toks, k, end) >= 2 ? end : e;
    }

    private static int afterLastAnd(List<Tok> toks, int s, int e) {
        for (int j = e - 1; j > s; j--) {
            if (toks.get(j).is("and") || toks.get(j).is(",")) {
                return j + 1;
            }
        }
        return s;
    }

    private static int beforeLastAnd(List<Tok> toks, int s, int e) {
        for (int j = e - 1; j > s; j--) {
            if (toks.get(j).is("and") || toks.get(j).is(",")) {
                return j;
            }
        }
        return e;
    }

    /** Skips a "(2021)" after a title. */
    private static int skipYear(List<Tok> toks, int e) {
        if (e + 2 < toks.size() && toks.get(e).is("(") && YEAR.matcher(toks.get(e + 1).text()).matches() && toks.get(e + 2).is(")")) {
            return e + 3;
        }
        return e;
    }

    /** The start of a title after the last possessive in the run: "AI Governance Alliance’s Briefing Paper Series". */
    private static int possessiveStart(List<Tok> toks, int s, int e) {
        for (int j = e - 2; j >= s; j--) {
            if (toks.get(j).isPossessive()) {
                return j + 1;
            }
        }
        return s;
    }

    private boolean hasValidHead(List<Tok> toks, int s, int e) {
        for (int j = s; j < e; j++) {
            int headEnd = headStartingAt(toks, j);
            if (headEnd < 0 || headEnd > e) {
                continue;
            }
            boolean alone = j == s && headEnd == e;
            if (alone) {
                continue;
            }
            if (headEnd == e) {
                return true;
            }
            if (HEAD_PREPOSITIONS.contains(toks.get(headEnd).text())) {
                return true;
            }
        }
        return false;
    }

    private boolean lastWordIsNameHead(List<Tok> toks, int s, int e) {
        for (int j = e - 1; j >= s; j--) {
            Tok t = toks.get(j);
            if (t.isWord() && !Character.isDigit(t.text().codePointAt(0))) {
                String w = t.isPossessive() ? t.text().substring(0, t.text().length() - 2) : t.text();
                return cues.isNameHead(w);
            }
        }
        return false;
    }

    /** End index of the longest capitalised head noun starting at i, or -1. */
    private int headStartingAt(List<Tok> toks, int i) {
        if (i < 0 || i >= toks.size()) {
            return -1;
        }
        for (List<String> head : cues.headsByFirst.getOrDefault(toks.get(i).text(), List.of())) {
            if (matches(toks, i, head, false)) {
                return i + head.size();
            }
        }
        return -1;
    }

    /** Start index of a head noun that ends just before {@code end}, or -1. */
    private int headEndingAt(List<Tok> toks, int end) {
        if (end < 1 || end > toks.size()) {
            return -1;
        }
        for (List<String> head : cues.headsByLast.getOrDefault(toks.get(end - 1).text(), List.of())) {
            int s = end - head.size();
            if (s >= 0 && matches(toks, s, head, false)) {
                return s;
            }
        }
        return -1;
    }

    /** End index of the longest lower-case publication noun starting at i, or -1. */
    private int nounStartingAt(List<Tok> toks, int i) {
        if (i < 0 || i >= toks.size()) {
            return -1;
        }
        for (List<String> noun : cues.nounsByFirst.getOrDefault(toks.get(i).text(), List.of())) {
            if (matches(toks, i, noun, true)) {
                return i + noun.size();
            }
        }
        return -1;
    }

    /** Start index of the longest publication noun that ends just before {@code end}, or -1. */
    private int nounEndingAt(List<Tok> toks, int end) {
        if (end < 1 || end > toks.size()) {
            return -1;
        }
        for (List<String> noun : cues.nounsByLast.getOrDefault(toks.get(end - 1).text(), List.of())) {
            int s = end - noun.size();
            if (s >= 0 && matches(toks, s, noun, true)) {
                return s;
            }
        }
        return -1;
    }

    /** After ", a/an/the [up to two words]" a publication noun: its end index, or -1. */
    private int nounAfterComma(List<Tok> toks, int c) {
        if (c >= toks.size() || !toks.get(c).is(",")) {
            return -1;
        }
        int k = c + 1;
        if (k >= toks.size() || !(toks.get(k).is("a") || toks.get(k).is("an"))) {
            return -1;
        }
        for (int skip = 0; skip <= 2 && k + 1 + skip < toks.size(); skip++) {
            int end = nounStartingAt(toks, k + 1 + skip);
            if (end > 0) {
                return end;
            }
            Tok t = toks.get(k + 1 + skip);
            if (!t.isWord() || t.isCap()) {
                return -1;
            }
        }
        return -1;
    }

    private static boolean matches(List<Tok> toks, int i, List<String> words, boolean lowerCase) {
        if (i < 0 || i + words.size() > toks.size()) {
            return false;
        }
        for (int w = 0; w < words.size(); w++) {
            String t = toks.get(i + w).text();
            if (!(lowerCase ? t.equals(words.get(w)) : t.equals(words.get(w)))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isProperNoun(AnnotatedDocument document, Tok tok) {
        for (Sentence s : document.sentences()) {
            if (s.contains(tok.start())) {
                for (Token t : document.tokens(s)) {
                    if (t.start() == tok.start()) {
                        return t.isProperNoun();
                    }
                }
                return false;
            }
        }
        return false;
    }

    // ---- candidates

    private void addTitle(String text, List<Tok> toks, int s, int e, List<Candidate> out, int priority) {
        s = possessiveStart(toks, s, e);
        e = TitleText.trimTrailing(toks, s, e);
        if (e <= s || !acceptable(toks, s, e, null)) {
            return;
        }
        String title = TitleText.text(text, toks, s, e);
        Set<String> aliases = new LinkedHashSet<>();
        if (s > 0 && toks.get(s - 1).isPossessive()) {
            int p = TitleText.runStart(toks, s, cues);
            if (p < s - 1) {
                String possessor = TitleText.text(text, toks, p, s);
                aliases.add(possessor + " " + title);
                aliases.add(POSSESSIVE_END.matcher(possessor).replaceAll("") + " " + title);
            }
        }
        out.add(candidate(toks.get(s).start(), toks.get(e - 1).end(), title, aliases, priority));
    }

    /** A title followed by its noun ("… 2023 report"): the noun is part of the name if integral, an alias if descriptive. */
    private Candidate withNoun(String text, List<Tok> toks, int s, int e, int nounStart, int nounEnd, int priority) {
        s = possessiveStart(toks, s, e);
        if (e <= s) {
            return null;
        }
        String title = TitleText.text(text, toks, s, e);
        String noun = TitleText.text(text, toks, nounStart, nounEnd);
        String withNoun = title + " " + noun;
        boolean integral = cues.integralNouns.contains(noun);
        Set<String> aliases = new LinkedHashSet<>();
        Candidate base = candidate(toks.get(s).start(), toks.get(nounEnd - 1).end(), integral ? withNoun : title, aliases, priority);
        Set<String> names = new LinkedHashSet<>(base.aliases());
        if (!integral) {
            for (String v : new ArrayList<>(names)) {
                names.add(v + " " + noun);
            }
            names.add(withNoun);
        }
        names.remove(base.label());
        return new Candidate(base.start(), toks.get(e - 1).end(), base.spanStart(), base.spanEnd(), toks.get(nounStart).start(),
                base.label(), names, priority);
    }

    private Candidate candidate(int start, int end, String title, Set<String> extra, int priority) {
        LinkedHashSet<String> names = TitleText.variants(title, cues);
        String label = names.iterator().next();
        names.addAll(extra);
        names.remove(label);
        return new Candidate(start, end, start, end, -1, label, names, priority);
    }

    /** Whether a run is a title: two words or more, a plain capital word, not a name of a body or event, not a topic. */
    private boolean acceptable(List<Tok> toks, int s, int e, String label) {
        return TitleText.wordCount(toks, s, e) >= 2 && TitleText.wordCount(toks, s, e) <= MAX_TITLE_WORDS
                && TitleText.hasPlainCapital(toks, s, e) && !lastWordIsNameHead(toks, s, e)
                && !(label != null && cues.isTopic(label)) && !isTopicRun(toks, s, e)
                && !startsWithJobTitle(toks, s, e) && !onlyBodyAndHead(toks, s, e);
    }

    /** "Minister of ICT and National Guidance of Uganda": a person's title, not a document's. */
    private static boolean startsWithJobTitle(List<Tok> toks, int s, int e) {
        String first = toks.get(s).text();
        return ActorLexicon.get().jobTitles().stream().anyMatch(t -> t.equals(first));
    }

    /** "ITU-T Recommendations", "ISO Guidelines": a body's kind of document, no title. */
    private boolean onlyBodyAndHead(List<Tok> toks, int s, int e) {
        for (int j = s; j < e; j++) {
            Tok t = toks.get(j);
            int headEnd = headStartingAt(toks, j);
            if (headEnd > j) {
                j = headEnd - 1;
                continue;
            }
            if (t.isWord() && StandardsLexicon.get().body(t.text()).isEmpty() && ActorLexicon.get().organisation(t.text()).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    private boolean isTopicRun(List<Tok> toks, int s, int e) {
        StringBuilder b = new StringBuilder();
        for (int j = s; j < e; j++) {
            b.append(toks.get(j).text()).append(' ');
        }
        return cues.isTopic(b.toString());
    }

    private boolean looksLikeTitle(String title) {
        return !cues.isTopic(title) && WHITESPACE.split(title).length <= MAX_TITLE_WORDS;
    }

    /**
     * A short title that begins a longer one of the same document before a preposition ("the Paris Call" and the
     * "Paris Call for Trust and Security in Cyberspace") names the same publication: it gets the long title as an
     * alias, so that the two merge. Only inside one document: elsewhere a "Paris Call" may be another call.
     */
    private static List<Mention> withLongForms(List<Mention> kept) {
        List<Mention> out = new ArrayList<>(kept.size());
        for (Mention m : kept) {
            Set<String> longer = new LinkedHashSet<>();
            for (Mention other : kept) {
                String l = other.label();
                if (l.length() > m.label().length() && l.startsWith(m.label() + " ")
                        && HEAD_PREPOSITIONS.contains(WHITESPACE.split(l.substring(m.label().length() + 1))[0])) {
                    longer.add(l);
                }
            }
            if (longer.isEmpty()) {
                out.add(m);
            } else {
                Set<String> aliases = new LinkedHashSet<>(m.aliases());
                aliases.addAll(longer);
                out.add(new Mention(m.kind(), m.label(), aliases, m.notation(), m.start(), m.end(), m.rule()));
            }
        }
        return out;
    }

    /** Longest and most certain candidates first; a candidate overlapping a kept one or an earlier mention is dropped. */
    private List<Mention> select(AnnotatedDocument document, List<Candidate> candidates) {
        List<Candidate> sorted = new ArrayList<>(candidates);
        sorted.sort(Comparator.comparingInt(Candidate::priority).thenComparing(Comparator.comparingInt(Candidate::length).reversed()));
        List<Mention> kept = new ArrayList<>();
        for (Candidate c : sorted) {
            int from = c.spanStart();
            int to = c.spanEnd();
            if (!document.isFree(from, to) && c.nounStart() >= 0 && document.isFree(c.nounStart(), to)) {
                from = c.nounStart();
            }
            int f = from;
            if (!document.isFree(from, to) || kept.stream().anyMatch(m -> m.overlaps(f, to))) {
                continue;
            }
            kept.add(new Mention(EntityKind.PUBLICATION, c.label(), c.aliases(), null, from, to, name()));
        }
        kept.sort(Comparator.comparingInt(Mention::start));
        return withLongForms(kept);
    }
}
