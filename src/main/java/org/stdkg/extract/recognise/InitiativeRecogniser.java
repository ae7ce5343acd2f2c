package org.stdkg.extract.recognise;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.stdkg.document.Block;
import org.stdkg.extract.AnnotatedDocument;
import org.stdkg.extract.EntityKind;
import org.stdkg.extract.Mention;
import org.stdkg.extract.MentionRecogniser;
import org.stdkg.extract.recognise.TitleText.Tok;

/**
 * Initiatives: programmes, projects, platforms, alliances, networks and coalitions named in title
 * case ("Cybercrime Atlas Initiative", "Work Programme on Electronic Commerce", "Joint Statement
 * Initiative (JSI) on E-commerce", "the Digital Trust initiative"). Heads that also end the names
 * of organisations (Alliance, Network, Coalition) count only where the sentence calls the thing an
 * initiative, programme, platform or project. Head nouns are data: {@code initiative-cues.tsv}.
 *
 * <p>Names: the name as written, without its parenthesised acronym, up to its head ("Joint
 * Statement Initiative"), and the acronym itself.
 */
public final class InitiativeRecogniser implements MentionRecogniser {

    private static final String RESOURCE = "/org/stdkg/extract/initiative-cues.tsv";
    private static final Set<String> PREPOSITIONS = Set.of("on", "for", "of", "against", "in");
    private static final Set<String> DETERMINERS = Set.of("the", "our", "its", "their", "a", "an", "this");
    private static final Pattern PAREN = Pattern.compile("\\s*\\(([^)]*)\\)");

    private static final class Holder {
        static final Map<String, Set<String>> CUES = load();

        private static Map<String, Set<String>> load() {
            Map<String, Set<String>> byType = new LinkedHashMap<>();
            for (String[] row : PublicationCues.readTsv(RESOURCE)) {
                byType.computeIfAbsent(row[0], k -> new LinkedHashSet<>()).add(row[1]);
            }
            return byType;
        }
    }

    private final PublicationCues titles = PublicationCues.get();

    @Override
    public List<Mention> recognise(AnnotatedDocument document) {
        Set<String> heads = Holder.CUES.get("head");
        Set<String> weak = Holder.CUES.get("weak");
        Set<String> lower = Holder.CUES.get("lower");
        List<Mention> mentions = new ArrayList<>();
        List<Block> blocks = document.document().blocks();
        List<List<Tok>> blockTokens = TitleText.blockTokens(document);
        for (int b = 0; b < blocks.size(); b++) {
            Block block = blocks.get(b);
            List<Tok> toks = blockTokens.get(b);
            if (toks.isEmpty() || (block.isHeading() && TitleText.isTitleCaseLine(toks, titles))) {
                continue;
            }
            recogniseBlock(document, block, toks, heads, weak, lower, mentions);
        }
        return mentions;
    }

    // The runs of one block, in a method of their own: the JIT compiles it as a unit called once per block, instead of
    // compiling recognise(document) twice (an on-stack replacement of its loop, then the method).
    private void recogniseBlock(AnnotatedDocument document, Block block, List<Tok> toks, Set<String> heads, Set<String> weak,
            Set<String> lower, List<Mention> mentions) {
        String text = document.text();
        int i = 0;
        while (i < toks.size()) {
            int e = TitleText.runEnd(toks, i, titles);
            if (e == i) {
                i++;
                continue;
            }
            int s = TitleText.trimLeading(toks, i, e, titles);
            for (int j = e - 2; j >= s; j--) {
                if (toks.get(j).isPossessive()) {
                    s = j + 1;
                    break;
                }
            }
            int headAt = headIndex(toks, s, e, heads, weak);
            boolean lowerHead = false;
            if (headAt >= 0 && weak.contains(toks.get(headAt).text()) && !sentenceCalls(document, block, toks.get(headAt).start())) {
                headAt = -1;
            }
            // "the Digital Trust initiative", not "Enhancing PPP project identification": a determiner before the name
            if (headAt < 0 && e < toks.size() && lower.contains(toks.get(e).text()) && s > 0
                    && (DETERMINERS.contains(toks.get(s - 1).lower()) || toks.get(s - 1).isPossessive())) {
                lowerHead = true;
            }
            if ((headAt >= 0 || lowerHead) && TitleText.wordCount(toks, s, e) >= (lowerHead ? 1 : 2)
                    && TitleText.hasPlainCapital(toks, s, e) && document.isFree(toks.get(s).start(), toks.get(lowerHead ? e : e - 1).end())) {
                int end = toks.get(lowerHead ? e : e - 1).end();
                String name = TitleText.clean(text.substring(toks.get(s).start(), end));
                mentions.add(new Mention(EntityKind.INITIATIVE, name, aliases(name, lowerHead, text, toks, s, headAt), null,
                        toks.get(s).start(), end, name()));
            }
            i = e;
        }
    }

    /** The index of a head noun that ends the run (before a parenthesised acronym) or precedes a preposition; -1 if none. */
    private static int headIndex(List<Tok> toks, int s, int e, Set<String> heads, Set<String> weak) {
        for (int j = e - 1; j > s; j--) {
            String w = toks.get(j).text();
            if (!heads.contains(w) && !weak.contains(w)) {
                continue;
            }
            int next = j + 1;
            if (TitleText.isParenAcronym(toks, next)) {
                next += 3;
            }
            if (next >= e || PREPOSITIONS.contains(toks.get(next).text())) {
                return j;
            }
        }
        return -1;
    }

    private static boolean sentenceCalls(AnnotatedDocument document, Block block, int offset) {
        String sentence = document.sentenceAt(offset).map(s -> s.text()).orElse(block.text());
        for (String cue : Holder.CUES.get("cue")) {
            if (Pattern.compile("\\b" + cue + "\\b").matcher(sentence).find()) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> aliases(String name, boolean lowerHead, String text, List<Tok> toks, int s, int headAt) {
        Set<String> aliases = new LinkedHashSet<>();
        var paren = PAREN.matcher(name);
        if (paren.find()) {
            aliases.add(TitleText.clean(name.substring(0, paren.start()) + " " + name.substring(paren.end())));
            aliases.add(paren.group(1));
            aliases.add(TitleText.clean(paren.group(1) + " " + name.substring(paren.end())));
        }
        if (headAt >= 0) {
            aliases.add(TitleText.clean(PAREN.matcher(text.substring(toks.get(s).start(), toks.get(headAt).end())).replaceAll("")));
        }
        if (lowerHead) {
            aliases.add(name.substring(0, name.lastIndexOf(' ')));
        }
        aliases.remove(name);
        aliases.removeIf(a -> a.split(" ").length < 1 || a.isBlank());
        return aliases;
    }
}
