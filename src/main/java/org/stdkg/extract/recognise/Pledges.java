package org.stdkg.extract.recognise;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.stdkg.document.Block;
import org.stdkg.document.BlockKind;
import org.stdkg.extract.AnnotatedDocument;
import org.stdkg.nlp.Sentence;

/**
 * Finds the pledges of a document: the pledged actions with the words that introduce them. Shared
 * by {@link CommitmentRecogniser} (which names them) and the commitment relation rules (which read
 * who made them, where, and in which statement), so that both read the text the same way.
 *
 * <ul>
 * <li>{@link Kind#LIST_ITEM}: each bullet after "Together, IEC, ISO and ITU have pledged to:" or "supporters commit
 * to work together to:";</li>
 * <li>{@link Kind#PLEDGE}: "have pledged to cooperate on …", "issued a joint commitment to advance
 * …", "member States committed to …" (not "remains committed to");</li>
 * <li>{@link Kind#RESTATEMENT}: "this joint statement reflects our commitment to …": a restatement
 * of the document's pledge, never a commitment of its own.</li>
 * </ul>
 */
public final class Pledges {

    // The patterns of inline checks, compiled once instead of at every call.
    private static final Pattern P1 = Pattern.compile("\\s+");

    /** What introduced a pledge. */
    public enum Kind { LIST_ITEM, PLEDGE, RESTATEMENT }

    /**
     * One pledged action.
     *
     * @param kind how it was introduced
     * @param text the action, without the final full stop or enclosing quotes
     * @param start document offset of the action
     * @param end offset after it
     * @param cueStart offset of the introducing words ("have pledged to")
     * @param cueEnd offset after them
     * @param subjectFrom offset of the clause before the cue, where the pledging parties are named
     * @param subjectTo offset where that clause ends (the cue)
     * @param block index of the block holding the cue (for a list item: the introducing block)
     */
    public record Pledge(Kind kind, String text, int start, int end, int cueStart, int cueEnd, int subjectFrom, int subjectTo,
            int block) {
    }

    /** Where a pledged action ends: a semicolon, a participle or relative clause after a comma, a spaced dash. */
    private static final Pattern ACTION_END = Pattern.compile(
            ";|,\\s+(?=(?:\\p{L}+ing|which|while|with|whereby|as well as|including)\\b)|\\s+[–—]\\s+");
    private static final Pattern TRAILING = Pattern.compile("[\\s.;:,”’\"]+$");
    /** An acronym: two or more capitals, possibly with digits, hyphens, ampersands. */
    public static final Pattern ACRONYM = Pattern.compile("\\b\\p{Lu}[\\p{Lu}\\p{N}&-]*\\p{Lu}\\b");
    /** "artificial intelligence (AI)": an acronym with a lower-case long form names no organisation. */
    private static final Pattern LOWER_DEFINITION = Pattern.compile("\\b\\p{Ll}[\\p{L}-]*(?:\\s+\\p{Ll}[\\p{L}-]*){0,5}\\s+\\((\\p{Lu}[\\p{L}]{1,9})\\)");
    private static final int MAX_ACTION_WORDS = 60;
    /** What may follow a list's pledge cue before the colon: nothing, or a few words ending in "to" ("commit to work together to:"). */
    private static final Pattern LIST_CUE_REST = Pattern.compile("(?U)\\s*(?:(?:[\\p{L}-]+\\s+){1,4}to\\s*)?:\\s*");

    private Pledges() {
    }

    private static final Object PLEDGES = new Object();
    private static final Object NON_ORGANISATION = new Object();

    /** The pledges of a document, in text order (found once per document: the recogniser and three rules read them). */
    public static List<Pledge> find(AnnotatedDocument document) {
        return document.textValue(PLEDGES, Pledges::scan);
    }

    /** The acronyms a document uses for lower-case long forms, once per document (see {@link #nonOrganisationAcronyms(String)}). */
    public static Set<String> nonOrganisationAcronyms(AnnotatedDocument document) {
        return document.textValue(NON_ORGANISATION, d -> Collections.unmodifiableSet(nonOrganisationAcronyms(d.text())));
    }

    private static List<Pledge> scan(AnnotatedDocument document) {
        CommitmentCues cues = CommitmentCues.get();
        String text = document.text();
        List<Pledge> pledges = new ArrayList<>();
        Set<Integer> starts = new HashSet<>();
        List<Block> blocks = document.document().blocks();
        for (int b = 0; b < blocks.size(); b++) {
            Block block = blocks.get(b);
            if (block.kind() == BlockKind.BULLET || !block.text().strip().endsWith(":")) {
                continue;
            }
            Matcher cue = listCue(cues, block.text());
            if (cue == null) {
                continue;
            }
            for (int i = b + 1; i < blocks.size() && blocks.get(i).kind() == BlockKind.BULLET; i++) {
                Block item = blocks.get(i);
                String action = TRAILING.matcher(item.text()).replaceAll("");
                if (!action.isEmpty()) {
                    pledges.add(new Pledge(Kind.LIST_ITEM, action, item.start(), item.start() + action.length(),
                            block.start() + cue.start(), block.start() + cue.end(), block.start(), block.start() + cue.start(), b));
                }
            }
        }
        for (Sentence s : document.sentences()) {
            addSentencePledges(cues, s, pledges, starts);
        }
        pledges.sort((x, y) -> Integer.compare(x.start(), y.start()));
        return Collections.unmodifiableList(pledges);
    }

    private static Matcher listCue(CommitmentCues cues, String blockText) {
        String t = blockText.strip();
        for (Pattern p : List.of(cues.pledge, cues.commit, cues.make)) {
            Matcher m = p.matcher(t);
            Matcher last = null;
            while (m.find()) {
                if (LIST_CUE_REST.matcher(t.substring(m.end())).matches()) {
                    last = m;
                    break;
                }
            }
            if (last != null && (p != cues.commit || !cues.states.contains(last.group("before").toLowerCase(Locale.ROOT)))) {
                return last;
            }
        }
        return null;
    }

    private static void addSentencePledges(CommitmentCues cues, Sentence s, List<Pledge> out, Set<Integer> starts) {
        String t = s.text();
        if (!cues.mayPledge(t)) {
            return;
        }
        for (Pattern p : List.of(cues.make, cues.pledge, cues.commit, cues.own)) {
            Matcher m = p.matcher(t);
            while (m.find()) {
                if (p == cues.commit && cues.states.contains(m.group("before").toLowerCase(Locale.ROOT))) {
                    continue;
                }
                int cueStart = p == cues.commit ? m.start() + m.group("before").length() + 1 : m.start();
                int[] action = action(t, m.end());
                if (action != null && t.substring(action[1]).strip().equals(":")) {
                    continue; // "supporters commit to work together to:" introduces a list; its items are the pledges
                }
                if (action == null || !starts.add(s.start() + action[0])) {
                    continue;
                }
                Kind kind = p == cues.own ? Kind.RESTATEMENT : Kind.PLEDGE;
                int subjectTo = kind == Kind.RESTATEMENT ? s.start() : s.start() + cueStart;
                out.add(new Pledge(kind, t.substring(action[0], action[1]), s.start() + action[0], s.start() + action[1],
                        s.start() + cueStart, s.start() + m.end(), s.start(), subjectTo, s.block()));
            }
        }
    }

    /** The offsets of the pledged action after position p of a sentence, or null. */
    static int[] action(String t, int p) {
        int i = p;
        while (i < t.length() && Character.isWhitespace(t.charAt(i))) {
            i++;
        }
        if (i >= t.length() || t.charAt(i) == ':') {
            return null;
        }
        int end;
        char c = t.charAt(i);
        if (c == '‘' || c == '“' || c == '"') {
            int close = closingQuote(t, i + 1, c);
            if (close < 0) {
                return null;
            }
            i++;
            end = close;
        } else {
            Matcher m = ACTION_END.matcher(t).region(i, t.length());
            end = m.find() ? m.start() : t.length();
        }
        String action = t.substring(i, end);
        Matcher trailing = TRAILING.matcher(action);
        if (trailing.find()) {
            end = i + trailing.start();
        }
        if (end <= i || !Character.isLetter(t.charAt(i)) || P1.split(t.substring(i, end)).length > MAX_ACTION_WORDS) {
            return null;
        }
        return new int[] {i, end};
    }

    private static int closingQuote(String t, int from, char open) {
        for (int j = from; j < t.length(); j++) {
            char c = t.charAt(j);
            if (open == '‘' && c == '’' && (j + 1 >= t.length() || !Character.isLetter(t.charAt(j + 1)))) {
                return j;
            }
            if ((open == '“' && c == '”') || (open == '"' && c == '"')) {
                return j;
            }
        }
        return -1;
    }

    /** The acronyms a text uses for lower-case long forms ("artificial intelligence (AI)"): not organisations. */
    public static Set<String> nonOrganisationAcronyms(String text) {
        // Every match of LOWER_DEFINITION ends at an "(ACRONYM)" after white space and a lower-case word, and no match
        // reaches across a parenthesis. So the pattern is tried only before each "(" + capital, from the start of
        // the run of letters, hyphens and white space before it: the same acronyms as a scan of the whole text,
        // without trying the pattern at every word of it.
        Set<String> acronyms = new LinkedHashSet<>();
        Matcher m = LOWER_DEFINITION.matcher(text).useTransparentBounds(true);
        for (int open = text.indexOf('('); open >= 0; open = text.indexOf('(', open + 1)) {
            if (open + 1 >= text.length() || !Character.isUpperCase(text.codePointAt(open + 1))) {
                continue;
            }
            int from = open;
            while (from > 0 && isWordOrSpace(text.charAt(from - 1))) {
                from--;
            }
            m.region(from, Math.min(text.length(), open + 24));
            while (m.find()) {
                acronyms.add(m.group(1));
            }
        }
        return acronyms;
    }

    /** Letters (surrogates too), hyphens and white space: what the words before a definition are made of. */
    private static boolean isWordOrSpace(char c) {
        return Character.isLetter(c) || Character.isSurrogate(c) || c == '-' || Character.isWhitespace(c);
    }

    /** Whether the clause before a cue names a party by acronym: "Together, IEC, ISO and ITU have pledged". */
    static boolean namesParties(String text, Pledge p, Set<String> nonOrganisation) {
        Matcher m = ACRONYM.matcher(text).region(p.subjectFrom(), p.subjectTo());
        while (m.find()) {
            if (!nonOrganisation.contains(m.group())) {
                return true;
            }
        }
        return false;
    }
}
