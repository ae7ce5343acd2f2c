package org.stdkg.extract.recognise;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.stdkg.document.Block;
import org.stdkg.extract.AnnotatedDocument;
import org.stdkg.extract.EntityKind;
import org.stdkg.extract.Mention;
import org.stdkg.extract.recognise.Words.Tok;

/**
 * Standards named without an identifier, where the text marks the name as a standard
 * (cue phrases in {@code standard-cues.tsv}):
 * <ul>
 * <li>a Title Case name ending in a head ("Supply Chain Reference Data Model (SCRDM)", "UN/CEFACT
 * JSON-LD Web Vocabulary"), but not when the name runs on ("Reference Data Model Guidelines");</li>
 * <li>a name followed by a lower-case kind noun ("the electronic FIATA Multimodal Bill of Lading
 * (eFBL) data standard", "the UN/CEFACT Multimodal Transport (MMT) reference data model");</li>
 * <li>a numbered recommendation ("Recommendation 33 – Single Window Recommendation");</li>
 * <li>a defined name "Name (ACRONYM)" that the sentence calls a standard: "standards ... such as
 * the Open Systems Interconnection (OSI)", "the UN rules for ... (UN/EDIFACT), which include
 * internationally agreed upon standards".</li>
 * </ul>
 * A defined acronym is an alias, and its later occurrences in the document are mentions too.
 */
final class NamedStandards {

    // The patterns of inline checks, compiled once instead of at every call.
    private static final Pattern P1 = Pattern.compile("\\s*/\\s*");
    private static final Pattern P2 = Pattern.compile("(?si).*\\bstandards\\b.*\\bsuch as\\s+(?:the\\s+)?[^,;]*$");
    private static final Pattern P3 = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}/&.-]*");

    /** Last words of organisation names: a defined name ending in one is not a standard. */
    static final Set<String> ORG_HEADS = Set.of("Organization", "Organisation", "Union", "Commission", "Institute", "Agency",
            "Association", "Forum", "Council", "Committee", "Bureau", "Centre", "Center", "Foundation", "Group", "Alliance",
            "Consortium", "Board", "Authority", "Office", "Ministry", "Department", "Bank", "Conference", "Federation", "Party",
            "Force", "Network", "Initiative", "Programme", "Program", "Project", "Summit", "University");

    private static final Pattern RECOMMENDATION = Pattern.compile(
            "(?U)\\b(?:(?<prefix>[A-Z]{2,}(?:/[A-Z]{2,})?)\\s+)?Recommendation\\s+(?:No\\.\\s*)?(?<n>\\d{1,3})\\b(?!\\.\\d)"
                    + "(?:\\s*[\\u2013\\u2014:-]\\s*(?<title>[A-Z][\\w-]*(?:\\s+[A-Z][\\w-]*){0,6}\\s+Recommendation)\\b)?");

    private static final Pattern WHICH_STANDARDS = Pattern.compile(
            "^\\s*,\\s*which\\s+(?:include|includes|are|is|provide|provides|comprise|comprises|contain|contains)\\b[^.;]{0,60}?\\bstandards\\b");

    private NamedStandards() {
    }

    private record Candidate(int start, int end, String label, Set<String> aliases, List<String> acronyms) {
    }

    static List<Mention> find(AnnotatedDocument document, List<Mention> identifiers, String rule) {
        String text = document.text();
        StandardsLexicon lex = StandardsLexicon.get();
        List<Candidate> found = new ArrayList<>();
        List<Block> blocks = document.document().blocks();
        List<List<Tok>> blockTokens = Words.blockTokens(document);
        for (int b = 0; b < blocks.size(); b++) {
            Block block = blocks.get(b);
            List<Tok> toks = blockTokens.get(b);
            heads(text, block, toks, lex, found);
            postfix(text, block, toks, lex, found);
            recommendations(text, block, lex, found);
            defined(text, block, toks, found);
        }
        List<Mention> mentions = new ArrayList<>();
        List<int[]> taken = new ArrayList<>();
        identifiers.forEach(m -> taken.add(new int[] {m.start(), m.end()}));
        for (Candidate c : found) {
            if (free(taken, c.start(), c.end())) {
                taken.add(new int[] {c.start(), c.end()});
                mentions.add(new Mention(EntityKind.STANDARD, c.label(), c.aliases(), null, c.start(), c.end(), rule));
            }
        }
        // Later uses of a defined acronym ("MMT-RDM", "eFBL") are mentions of the same standard.
        Map<String, Candidate> byAcronym = new LinkedHashMap<>();
        for (Candidate c : found) {
            c.acronyms().forEach(a -> byAcronym.putIfAbsent(a, c));
        }
        for (Map.Entry<String, Candidate> e : byAcronym.entrySet()) {
            int length = e.getKey().length();
            for (int at : Words.acronymUses(text, e.getKey())) {
                if (free(taken, at, at + length)) {
                    taken.add(new int[] {at, at + length});
                    Candidate c = e.getValue();
                    mentions.add(new Mention(EntityKind.STANDARD, c.label(), c.aliases(), null, at, at + length, rule));
                }
            }
        }
        return mentions;
    }

    private static boolean free(List<int[]> taken, int start, int end) {
        return taken.stream().noneMatch(t -> start < t[1] && t[0] < end);
    }

    /** "Supply Chain Reference Data Model (SCRDM)". */
    private static void heads(String text, Block block, List<Tok> toks, StandardsLexicon lex, List<Candidate> found) {
        for (String head : lex.standardCues("head")) {
            for (int at : Words.find(text, block.start(), block.end(), head, false)) {
                int headEnd = at + head.length();
                int first = Words.indexAt(toks, at);
                if (first < 0 || overlapsAny(found, at, headEnd)) {
                    continue;
                }
                int next = Words.indexFrom(toks, headEnd);
                if (next < toks.size() && toks.get(next).isWord() && toks.get(next).isTitleish()) {
                    continue; // "Reference Data Model Guidelines", "... Data Model Project"
                }
                int s = titleStart(toks, first);
                if (s == first) {
                    continue; // a bare "Data Model" names nothing
                }
                Paren paren = paren(text, headEnd, block.end());
                if (paren != null && paren.acronym() != null) {
                    s = determinerStart(toks, s);
                }
                int start = toks.get(s).start();
                String name = Words.clean(text.substring(start, headEnd));
                Set<String> aliases = new LinkedHashSet<>();
                List<String> acronyms = new ArrayList<>();
                int end = headEnd;
                if (paren != null) {
                    end = paren.end();
                    if (paren.acronym() != null) {
                        aliases.add(paren.acronym());
                        acronyms.add(paren.acronym());
                    } else {
                        aliases.add(name + " (" + paren.content() + ")");
                    }
                }
                String unprefixed = withoutPrefix(name, lex);
                if (unprefixed != null) {
                    aliases.add(unprefixed);
                }
                found.add(new Candidate(start, end, name, aliases, acronyms));
            }
        }
    }

    /** "the electronic FIATA Multimodal Bill of Lading (eFBL) data standard", "the UN/CEFACT ... (MMT) reference data model". */
    private static void postfix(String text, Block block, List<Tok> toks, StandardsLexicon lex, List<Candidate> found) {
        for (String kind : List.of("named", "kind")) {
            for (String cue : lex.standardCues(kind)) {
                for (int at : Words.find(text, block.start(), block.end(), cue, false)) {
                    if (overlapsAny(found, at, at + cue.length())) {
                        continue;
                    }
                    int nameEnd = at;
                    while (nameEnd > block.start() && Words.isSpace(text.charAt(nameEnd - 1))) {
                        nameEnd--;
                    }
                    String acronym = null;
                    if (nameEnd > block.start() && text.charAt(nameEnd - 1) == ')') {
                        int open = text.lastIndexOf('(', nameEnd - 1);
                        if (open < block.start()) {
                            continue;
                        }
                        String inner = text.substring(open + 1, nameEnd - 1).strip();
                        if (!isAcronym(inner)) {
                            continue;
                        }
                        acronym = inner;
                        nameEnd = open;
                        while (nameEnd > block.start() && Words.isSpace(text.charAt(nameEnd - 1))) {
                            nameEnd--;
                        }
                    }
                    int last = lastTokenBefore(toks, nameEnd);
                    if (last < 0 || !toks.get(last).isTitleish() || Words.DETERMINERS.contains(toks.get(last).text())) {
                        continue;
                    }
                    int s = titleStart(toks, last);
                    // One lower-case word right after the determiner: "the electronic FIATA ...".
                    if (s >= 2 && toks.get(s - 1).isWord() && Character.isLowerCase(toks.get(s - 1).text().charAt(0))
                            && !Words.CONNECTORS.contains(toks.get(s - 1).text()) && Words.DETERMINERS.contains(toks.get(s - 2).text())) {
                        s--;
                    }
                    String name = Words.clean(text.substring(toks.get(s).start(), toks.get(last).end()));
                    if (!plausibleName(name, lex) || (cue.equals("standard") && acronym == null && name.split(" ").length < 2)) {
                        continue;
                    }
                    int start = toks.get(s).start();
                    int end = at + cue.length();
                    Set<String> aliases = new LinkedHashSet<>();
                    List<String> acronyms = new ArrayList<>();
                    String label;
                    String unprefixed = withoutPrefix(name, lex);
                    if (kind.equals("named")) {
                        label = name + " " + cue;
                        if (acronym != null) {
                            aliases.add(name + " (" + acronym + ") " + cue);
                            aliases.add(acronym + " " + cue);
                        }
                        if (unprefixed != null) {
                            aliases.add(unprefixed + " " + cue);
                        }
                    } else {
                        label = name;
                        aliases.add(name + " " + cue);
                        if (acronym != null) {
                            aliases.add(acronym);
                            acronyms.add(acronym);
                            aliases.add(acronym + " " + cue);
                            aliases.add(name + " (" + acronym + ") " + cue);
                        }
                        if (unprefixed != null) {
                            aliases.add(unprefixed);
                        }
                    }
                    found.add(new Candidate(start, end, label, aliases, acronyms));
                }
            }
        }
    }

    /** "Recommendation 33 – Single Window Recommendation", "UNECE Recommendation 33". */
    private static void recommendations(String text, Block block, StandardsLexicon lex, List<Candidate> found) {
        // Every match contains the word: a block without it is skipped by a string search instead of the pattern.
        if (!Words.occursIn(text, block.start(), block.end(), "Recommendation")) {
            return;
        }
        Matcher m = RECOMMENDATION.matcher(text).region(block.start(), block.end());
        while (m.find()) {
            String prefix = m.group("prefix");
            boolean knownPrefix = prefix != null && (lex.body(prefix).isPresent() || lex.committee(prefix).isPresent());
            int start = knownPrefix ? m.start("prefix") : text.indexOf("Recommendation", m.start());
            String label = "Recommendation " + m.group("n");
            Set<String> aliases = new LinkedHashSet<>();
            if (knownPrefix) {
                aliases.add(prefix + " " + label);
            }
            String title = m.group("title");
            int end = m.end("n");
            if (title != null) {
                aliases.add(Words.clean(title));
                aliases.add(label + " \u2013 " + Words.clean(title));
                end = m.end("title");
            }
            if (!overlapsAny(found, start, end)) {
                found.add(new Candidate(start, end, label, aliases, List.of()));
            }
        }
    }

    /** "standards ... such as the Open Systems Interconnection (OSI)"; "the UN rules for ... (UN/ EDIFACT), which include ... standards". */
    private static void defined(String text, Block block, List<Tok> toks, List<Candidate> found) {
        for (int i = 0; i < toks.size(); i++) {
            Tok t = toks.get(i);
            if (!t.is("(")) {
                continue;
            }
            int close = text.indexOf(')', t.end());
            if (close < 0 || close > block.end()) {
                continue;
            }
            String inner = text.substring(t.end(), close).strip();
            if (!isAcronym(inner)) {
                continue;
            }
            String acronym = P1.matcher(inner).replaceAll("/");
            int last = i - 1;
            if (last < 0 || !toks.get(last).isTitleish()) {
                continue;
            }
            String after = text.substring(close + 1, Math.min(block.end(), close + 120));
            String before = text.substring(sentenceStart(text, block, t.start()), t.start());
            int s;
            if (WHICH_STANDARDS.matcher(after).find()) {
                // The name runs back to its determiner, across commas: "the UN rules for EDI for Administration, Commerce and Transport".
                s = -1;
                for (int j = last; j >= 0 && j >= last - 16; j--) {
                    if (toks.get(j).is("the") || toks.get(j).is("The")) {
                        s = j + 1;
                        break;
                    }
                    if (toks.get(j).is(".") || toks.get(j).is(";")) {
                        break;
                    }
                }
                if (s < 0 || s > last || !toks.get(s).isTitleish()) {
                    continue;
                }
            } else if (mayListStandards(before) && P2.matcher(before).matches()) {
                s = titleStart(toks, last);
                if (s > 0 && !(toks.get(s - 1).is("the") || toks.get(s - 1).is("as"))) {
                    continue;
                }
            } else {
                continue;
            }
            String name = Words.clean(text.substring(toks.get(s).start(), toks.get(last).end()));
            String lastWord = toks.get(last).text();
            if (ORG_HEADS.contains(lastWord) || overlapsAny(found, toks.get(s).start(), close + 1)) {
                continue;
            }
            Set<String> aliases = new LinkedHashSet<>();
            aliases.add(acronym);
            aliases.add(name + " (" + acronym + ")");
            int slash = acronym.indexOf('/');
            if (slash > 0 && StandardsLexicon.get().body(acronym.substring(0, slash)).isPresent()) {
                aliases.add(acronym.substring(slash + 1));
            }
            found.add(new Candidate(toks.get(s).start(), close + 1, name, aliases, List.of(acronym)));
        }
    }

    /**
     * Whether a sentence start has both words that "… standards … such as …" ({@code P2}, ASCII case folding) needs:
     * a string test before the pattern, which backtracks over the whole start of the sentence.
     */
    private static boolean mayListStandards(String before) {
        String lower = before.toLowerCase(Locale.ROOT);
        return lower.contains("standards") && lower.contains("such as");
    }

    private static int sentenceStart(String text, Block block, int offset) {
        int i = offset;
        while (i > block.start()) {
            char c = text.charAt(i - 1);
            if ((c == '.' || c == '!' || c == '?') && i < text.length() && Words.isSpace(text.charAt(i))) {
                return i;
            }
            i--;
        }
        return block.start();
    }

    /** The first token of the Title Case run that ends at token {@code last}: titleish words joined by connectors. */
    static int titleStart(List<Tok> toks, int last) {
        int s = last;
        int j = last - 1;
        while (j >= 0) {
            Tok t = toks.get(j);
            if (t.isTitleish() && !Words.DETERMINERS.contains(t.text())) {
                s = j;
                j--;
            } else if (Words.CONNECTORS.contains(t.text()) && !t.is("the") && j > 0 && toks.get(j - 1).isTitleish()
                    && !Words.DETERMINERS.contains(toks.get(j - 1).text())) {
                j--;
            } else {
                break;
            }
        }
        return s;
    }

    /** Back to just after "the"/"a" over at most four lower-case words, if the name then starts with a capital. */
    private static int determinerStart(List<Tok> toks, int s) {
        for (int j = s - 1; j >= 0 && j >= s - 5; j--) {
            Tok t = toks.get(j);
            if (Words.DETERMINERS.contains(t.text())) {
                return j + 1 < s && toks.get(j + 1).isTitleish() ? j + 1 : s;
            }
            if (!t.isWord()) {
                return s;
            }
        }
        return s;
    }

    private static int lastTokenBefore(List<Tok> toks, int offset) {
        int idx = -1;
        for (int i = 0; i < toks.size() && toks.get(i).end() <= offset; i++) {
            idx = i;
        }
        return idx;
    }

    /** The name without a leading committee or body acronym ("UN/CEFACT JSON-LD Web Vocabulary" → "JSON-LD Web Vocabulary"). */
    static String withoutPrefix(String name, StandardsLexicon lex) {
        int space = name.indexOf(' ');
        if (space < 0) {
            return null;
        }
        String first = name.substring(0, space);
        if (lex.body(first).isPresent() || lex.committee(first).isPresent()) {
            String rest = name.substring(space + 1);
            return rest.split(" ").length >= 2 ? rest : null;
        }
        return null;
    }

    /** The leading committee or body acronym of a name, or null. */
    static String prefix(String name, StandardsLexicon lex) {
        return withoutPrefix(name, lex) == null ? null : name.substring(0, name.indexOf(' '));
    }

    private static boolean plausibleName(String name, StandardsLexicon lex) {
        String[] words = name.split(" ");
        if (words.length == 1 && (lex.body(name).isPresent() || lex.committee(name).isPresent())) {
            return false; // "the ISO standard"
        }
        return !ORG_HEADS.contains(words[words.length - 1]);
    }

    /** An acronym in parentheses: one word of letters, digits and - / . & with at least two capitals ("eFBL", "UN/ EDIFACT", "BSP-RDM"). */
    static boolean isAcronym(String s) {
        String compact = P1.matcher(s).replaceAll("/");
        if (compact.isEmpty() || compact.length() > 20 || compact.contains(" ")) {
            return false;
        }
        if (!P3.matcher(compact).matches()) {
            return false;
        }
        return compact.codePoints().filter(Character::isUpperCase).count() >= 2;
    }

    private record Paren(int end, String content, String acronym) {
    }

    /** A parenthesis right after {@code offset}: its end, content, and the content if it is an acronym. */
    private static Paren paren(String text, int offset, int limit) {
        int i = offset;
        while (i < limit && Words.isSpace(text.charAt(i))) {
            i++;
        }
        if (i >= limit || text.charAt(i) != '(') {
            return null;
        }
        int close = text.indexOf(')', i);
        if (close < 0 || close >= limit || close - i > 60) {
            return null;
        }
        String content = text.substring(i + 1, close).strip();
        return new Paren(close + 1, content, isAcronym(content) ? P1.matcher(content).replaceAll("/") : null);
    }

    private static boolean overlapsAny(List<Candidate> found, int start, int end) {
        return found.stream().anyMatch(c -> start < c.end() && c.start() < end);
    }
}
