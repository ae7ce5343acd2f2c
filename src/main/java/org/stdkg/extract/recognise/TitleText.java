package org.stdkg.extract.recognise;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.stdkg.extract.AnnotatedDocument;
import org.stdkg.extract.Names;

/**
 * Title-case spans in running text: the words of a block, and the runs of capitalised words (with
 * the lower-case function words that titles allow inside) that name documents, initiatives and
 * events ("State of the Connected World 2023", "Principles for Board Governance of Cyber Risk").
 *
 * <p>Words are found by a pattern rather than the POS tokenizer: titles are full of tokens the
 * tokenizer splits or glues oddly ("Technologies:Key", "‘State", "SC&amp;C", "360°").
 */
public final class TitleText {

    // Patterns of the small checks below, compiled once.
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern NON_LETTER = Pattern.compile("[^\\p{L}]");
    /** Runs of white space, no-break and other Unicode spaces included (\s alone misses them). */
    private static final Pattern SPACE_RUN = Pattern.compile("[\\s\\p{Z}]+");
    /** A colon glued to the next word ("Part 1:Vocabulary"), given a space. */
    private static final Pattern COLON_BEFORE_LETTER = Pattern.compile(":(?=\\p{L})");

    /** A word (letters/digits with inner hyphens, ampersands, slashes, apostrophes) or one punctuation sign. */
    static final String TOKEN_PATTERN = "[\\p{L}\\p{N}](?:[\\p{L}\\p{N}\\-&/.'’°+]*[\\p{L}\\p{N}°+])?|[^\\s\\p{Z}]";

    /** Capitalised words that open sentences or phrases but never titles; trimmed from the start of a run. */
    private static final Set<String> LEADING = Set.of("this", "these", "that", "those", "its", "our", "their", "his", "her",
            "another", "under", "within", "through", "as", "while", "during", "after", "before", "since", "other", "such",
            "both", "all", "each", "every", "recent", "new", "former", "also",
            // sentence adverbs that a title-case run swallows at the start of a sentence: "Today the Paris Call counts …"
            "today", "now", "currently", "recently", "meanwhile", "however", "additionally", "furthermore", "moreover", "previously",
            "earlier", "later", "finally", "overall", "unlike", "instead", "here", "thus", "therefore", "nevertheless", "yesterday",
            "likewise", "similarly", "notably", "together");

    private static final Set<String> DETERMINERS = Set.of("the", "a", "an");

    private TitleText() {
    }

    /**
     * One word or punctuation sign.
     *
     * @param start document offset
     * @param end document offset after it
     * @param text the covered text
     */
    public record Tok(int start, int end, String text) {

        public boolean isWord() {
            return Character.isLetterOrDigit(text.codePointAt(0));
        }

        /** Capitalised or digit-initial word: "State", "5G", "2023", "ITU-T". */
        public boolean isCap() {
            int c = text.codePointAt(0);
            return Character.isUpperCase(c) || Character.isDigit(c);
        }

        public boolean isAcronym() {
            return isWord() && Names.isAcronym(text) && text.length() <= 10;
        }

        public String lower() {
            return text.toLowerCase(Locale.ROOT);
        }

        /** Whether the word ends in a possessive 's ("Alliance’s"). */
        public boolean isPossessive() {
            return text.length() > 2 && (text.endsWith("’s") || text.endsWith("'s"));
        }

        public boolean is(String s) {
            return text.equals(s);
        }
    }

    private static final Object BLOCK_TOKENS = new Object();

    /** The words and signs of each block of a document (by block index), made once per document. */
    public static List<List<Tok>> blockTokens(AnnotatedDocument document) {
        return document.perBlock(BLOCK_TOKENS, (text, start, end) -> java.util.Collections.unmodifiableList(tokens(text, start, end)));
    }

    /** The words and signs of a stretch of the document text. */
    public static List<Tok> tokens(String text, int from, int to) {
        // The matches of TOKEN_PATTERN in the region, found by hand (the pattern cost more than the rules reading them):
        // a word runs over letters, digits and inner signs and ends on a letter, digit, "°" or "+"; any other sign but
        // white space (ASCII, or a Unicode separator) is a token of its own.
        List<Tok> toks = new ArrayList<>();
        int i = from;
        while (i < to) {
            int c = Words.codePointAt(text, i, to);
            if (c < 0) {
                i++;
            } else if (Words.isLetterOrNumber(c)) {
                int end = i + Character.charCount(c);
                int j = end;
                while (j < to) {
                    int d = Words.codePointAt(text, j, to);
                    boolean closes = Words.isLetterOrNumber(d) || d == '°' || d == '+';
                    if (d < 0 || !closes && !isInnerSign(d)) {
                        break;
                    }
                    j += Character.charCount(d);
                    if (closes) {
                        end = j;
                    }
                }
                toks.add(new Tok(i, end, text.substring(i, end)));
                i = end;
            } else {
                int n = Character.charCount(c);
                if (!isSpaceOrSeparator(c)) {
                    toks.add(new Tok(i, i + n, text.substring(i, i + n)));
                }
                i += n;
            }
        }
        return toks;
    }

    private static boolean isInnerSign(int c) {
        return c == '-' || c == '&' || c == '/' || c == '.' || c == '\'' || c == '’';
    }

    /** {@code [\\s\\p{Z}]} of a pattern without {@code (?U)}: ASCII white space or a Unicode space, line or paragraph separator. */
    private static boolean isSpaceOrSeparator(int c) {
        int type = Character.getType(c);
        return c == ' ' || (c >= 0x9 && c <= 0xd) || type == Character.SPACE_SEPARATOR || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR;
    }

    /** Whether a token may stand inside a title: a capitalised word or an allowed function word. */
    static boolean isTitleWord(Tok t, PublicationCues cues) {
        return t.isWord() && (t.isCap() || cues.isFunctionWord(t.text()));
    }

    /** Whether a parenthesised acronym "(CBDC)" starts at index i. */
    static boolean isParenAcronym(List<Tok> toks, int i) {
        return i + 2 < toks.size() && toks.get(i).is("(") && toks.get(i + 1).isAcronym() && toks.get(i + 2).is(")");
    }

    /**
     * The end (exclusive token index) of the title-case run that starts at {@code i}: capitalised
     * words, inner function words and parenthesised acronyms, ending on a capitalised word. A run
     * stops before "and the" (a list of titles, not one title). Returns {@code i} if token i is not
     * capitalised.
     */
    static int runEnd(List<Tok> toks, int i, PublicationCues cues) {
        if (i >= toks.size() || !toks.get(i).isWord() || !toks.get(i).isCap()) {
            return i;
        }
        int end = i + 1;
        int j = i + 1;
        while (j < toks.size()) {
            Tok t = toks.get(j);
            if (t.isWord() && t.isCap()) {
                end = ++j;
            } else if (t.isWord() && cues.isFunctionWord(t.text())) {
                if ((t.is("and") || t.is("&")) && j + 1 < toks.size() && DETERMINERS.contains(toks.get(j + 1).text())) {
                    break;
                }
                j++;
            } else if (isParenAcronym(toks, j)) {
                j += 3;
                end = j;
            } else {
                break;
            }
        }
        return end;
    }

    /**
     * The start (token index) of the title-case run that ends just before {@code end}, scanning back;
     * {@code end} itself if the token before is not capitalised. Leading function words are trimmed.
     */
    static int runStart(List<Tok> toks, int end, PublicationCues cues) {
        int j = end - 1;
        if (j < 0 || !toks.get(j).isWord() || !toks.get(j).isCap()) {
            return end;
        }
        int start = j;
        while (j - 1 >= 0) {
            Tok t = toks.get(j - 1);
            if (t.isWord() && t.isCap()) {
                start = --j;
            } else if (t.isWord() && cues.isFunctionWord(t.text())) {
                if (DETERMINERS.contains(t.text()) && j - 2 >= 0 && (toks.get(j - 2).is("and") || toks.get(j - 2).is("&"))) {
                    break;
                }
                j--;
            } else if (t.is(")") && j - 3 >= 0 && isParenAcronym(toks, j - 3)) {
                j -= 3;
            } else {
                break;
            }
        }
        return trimLeading(toks, start, end, cues);
    }

    /** Skips sentence-opening words that are never part of a title ("The", "In the", "Our"). */
    static int trimLeading(List<Tok> toks, int start, int end, PublicationCues cues) {
        int s = start;
        while (s < end) {
            String w = toks.get(s).lower();
            if (cues.isFunctionWord(w) || LEADING.contains(w) || !toks.get(s).isWord()) {
                s++;
            } else {
                break;
            }
        }
        return s;
    }

    /** Trims trailing function words so that a span ends on a capitalised word. */
    static int trimTrailing(List<Tok> toks, int start, int end) {
        int e = end;
        while (e > start && !(toks.get(e - 1).isWord() && toks.get(e - 1).isCap()) && !toks.get(e - 1).is(")")) {
            e--;
        }
        return e;
    }

    /** Number of capitalised words in [start, end) that are not acronyms. */
    static int wordCount(List<Tok> toks, int start, int end) {
        int n = 0;
        for (int i = start; i < end; i++) {
            if (toks.get(i).isWord()) {
                n++;
            }
        }
        return n;
    }

    /** Whether [start, end) has a capitalised word that is not an acronym or a number. */
    static boolean hasPlainCapital(List<Tok> toks, int start, int end) {
        for (int i = start; i < end; i++) {
            Tok t = toks.get(i);
            if (t.isWord() && Character.isUpperCase(t.text().codePointAt(0)) && !t.isAcronym()) {
                return true;
            }
        }
        return false;
    }

    /** Whether a block's words are mostly capitalised: a headline in title case, where capitals mark nothing. */
    static boolean isTitleCaseLine(List<Tok> toks, PublicationCues cues) {
        int words = 0;
        int caps = 0;
        for (Tok t : toks) {
            if (t.isWord() && !cues.isFunctionWord(t.text())) {
                words++;
                if (t.isCap()) {
                    caps++;
                }
            }
        }
        return words >= 4 && caps >= words * 0.8;
    }

    /** The text between two tokens (inclusive start, exclusive end), with white space normalised. */
    static String text(String doc, List<Tok> toks, int start, int end) {
        return clean(doc.substring(toks.get(start).start(), toks.get(end - 1).end()));
    }

    private static final Pattern LEADING_YEAR = Pattern.compile("^(?:19|20)\\d\\d\\s+(?=\\p{Lu})");
    private static final Pattern TRAILING_YEAR = Pattern.compile("\\s+(?:19|20)\\d\\d$");
    private static final Pattern SUBTITLE = Pattern.compile("\\s*:\\s*|\\s+[–—-]\\s+");
    private static final Pattern PAREN_ACRONYM = Pattern.compile("\\s*\\(([\\p{Lu}][\\p{Lu}\\p{N}&/-]{1,9})\\)");

    /**
     * The names of a title: the label first (without a leading year), then its surface variants:
     * with the year, the short title before a subtitle, without a trailing edition year, without a
     * parenthesised acronym and with the acronym for its long form, without a descriptive head
     * ("Report", "White Paper Series"), and with the genre's acronyms spelt out or abbreviated.
     */
    static java.util.LinkedHashSet<String> variants(String title, PublicationCues cues) {
        java.util.LinkedHashSet<String> names = new java.util.LinkedHashSet<>();
        String t = clean(title);
        Matcher year = LEADING_YEAR.matcher(t);
        String label = year.find() ? t.substring(year.end()) : t;
        names.add(label);
        names.add(t);
        List<String> bases = new ArrayList<>(List.of(label));
        Matcher sub = SUBTITLE.matcher(label);
        if (sub.find() && sub.start() > 0) {
            String main = label.substring(0, sub.start()).strip();
            if (main.contains(" ") || main.length() > 4) {
                bases.add(main);
            }
        }
        List<String> more = new ArrayList<>();
        for (String b : bases) {
            more.add(b);
            Matcher y = TRAILING_YEAR.matcher(b);
            if (y.find() && y.start() > 0) {
                more.add(b.substring(0, y.start()));
            }
            Matcher p = PAREN_ACRONYM.matcher(b);
            if (p.find()) {
                more.add(clean(b.substring(0, p.start()) + " " + b.substring(p.end())));
                String acronymForm = acronymForm(b, p);
                if (acronymForm != null) {
                    more.add(acronymForm);
                }
            }
        }
        for (String b : List.copyOf(more)) {
            for (String head : cues.descriptiveHeads) {
                if (b.endsWith(" " + head) && b.length() > head.length() + 4) {
                    more.add(b.substring(0, b.length() - head.length() - 1).strip());
                }
            }
        }
        for (String b : more) {
            names.add(b);
            for (var e : cues.expansions.entrySet()) {
                String abbreviated = b.replaceAll("(?i)\\b" + Pattern.quote(e.getValue()) + "\\b", e.getKey());
                String spelt = b.replaceAll("\\b" + Pattern.quote(e.getKey()) + "\\b", e.getValue());
                names.add(abbreviated);
                names.add(spelt);
            }
        }
        names.removeIf(String::isBlank);
        return names;
    }

    /** "Central Bank Digital Currency (CBDC) Policy-Makers Toolkit" to "CBDC Policy-Makers Toolkit", if the initials agree. */
    private static String acronymForm(String title, Matcher paren) {
        String acronym = paren.group(1);
        String[] before = WHITESPACE.split(title.substring(0, paren.start()).strip());
        long letters = acronym.chars().filter(Character::isLetter).count();
        if (letters < 2 || letters > before.length) {
            return null;
        }
        StringBuilder initials = new StringBuilder();
        for (int i = before.length - (int) letters; i < before.length; i++) {
            initials.append(before[i].charAt(0));
        }
        if (!initials.toString().equalsIgnoreCase(NON_LETTER.matcher(acronym).replaceAll(""))) {
            return null;
        }
        StringBuilder form = new StringBuilder();
        for (int i = 0; i < before.length - letters; i++) {
            form.append(before[i]).append(' ');
        }
        form.append(acronym).append(' ').append(title.substring(paren.end()).strip());
        return clean(form.toString());
    }

    static String clean(String s) {
        return COLON_BEFORE_LETTER.matcher(SPACE_RUN.matcher(s).replaceAll(" ")).replaceAll(": ").strip();
    }
}
