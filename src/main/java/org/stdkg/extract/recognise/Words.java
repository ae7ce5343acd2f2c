package org.stdkg.extract.recognise;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.stdkg.extract.AnnotatedDocument;

/**
 * A light word tokeniser for name-finding on raw text, independent of the NLP tokens (so the
 * recognisers and rules of the standards area also run in model-free unit tests). Words keep their
 * inner hyphens, slashes, dots, ampersands and apostrophes ("Buy-Ship-Pay", "UN/CEFACT", "WP.29",
 * "JCA-IoT"); every other non-space character is a one-character token.
 */
public final class Words {

    // Patterns of the small checks below, compiled once.
    /** U+2010 hyphen and U+2011 non-breaking hyphen, written as "-". */
    private static final Pattern UNICODE_HYPHEN = Pattern.compile("[\\u2010\\u2011]");
    private static final Pattern UNICODE_WHITESPACE = Pattern.compile("(?U)\\s+");

    /**
     * What {@link #tokens} finds, as a pattern (the scanner there is its hand-written equivalent: this pattern, run over
     * every block of every document, cost more than all the name-finding that reads its tokens).
     */
    static final String TOKEN_PATTERN =
            "(?U)[\\p{L}\\p{N}](?:[\\p{L}\\p{N}]|[-\\u2010\\u2011/.&'\\u2019](?=[\\p{L}\\p{N}]))*|[^\\s\\p{L}\\p{N}]";

    /** Function words allowed inside a Title Case name ("Textile and Leather Data Model", "Bill of Lading"). */
    public static final Set<String> CONNECTORS = Set.of("and", "of", "for", "&", "the", "in", "on", "to");

    /** Determiners and possessives that start a noun phrase. */
    public static final Set<String> DETERMINERS = Set.of("the", "a", "an", "its", "their", "our", "this", "these", "that", "The", "A",
            "An", "Its", "Their", "Our", "This", "These");

    private Words() {
    }

    /** One token with document offsets. */
    public record Tok(int start, int end, String text) {

        public boolean isWord() {
            return Character.isLetterOrDigit(text.codePointAt(0));
        }

        /** Capitalised or with an inner capital ("eXtensible", "ebXML", "eFBL"), or a number. */
        public boolean isTitleish() {
            if (!isWord()) {
                return false;
            }
            int first = text.codePointAt(0);
            if (Character.isUpperCase(first) || Character.isDigit(first)) {
                return true;
            }
            return text.codePoints().skip(1).anyMatch(Character::isUpperCase);
        }

        /** No lower-case letter and at least two letters: "UNECE", "UN/CEFACT", "WP.29", "HLG-MOS". */
        public boolean isAcronym() {
            long letters = text.codePoints().filter(Character::isLetter).count();
            return letters >= 2 && text.codePoints().noneMatch(Character::isLowerCase);
        }

        public boolean is(String s) {
            return text.equals(s);
        }
    }

    /** The tokens of {@code text} between two offsets, with offsets into {@code text}. */
    public static List<Tok> tokens(String text, int from, int to) {
        // The matches of TOKEN_PATTERN in the region, found by hand: a letter or digit starts a word that goes on over
        // letters and digits and over a joiner followed by one (so a trailing full stop of "WP.29." is not part of it);
        // any other sign but white space is a token of its own.
        List<Tok> toks = new ArrayList<>();
        int i = from;
        while (i < to) {
            int c = codePointAt(text, i, to);
            if (c < 0) {
                i++;
            } else if (isLetterOrNumber(c)) {
                int end = i + Character.charCount(c);
                while (end < to) {
                    int d = codePointAt(text, end, to);
                    if (d >= 0 && isLetterOrNumber(d)) {
                        end += Character.charCount(d);
                    } else if (d >= 0 && isJoiner(d) && end + 1 < to && isLetterOrNumber(codePointAt(text, end + 1, to))) {
                        end += 1;
                    } else {
                        break;
                    }
                }
                toks.add(new Tok(i, end, text.substring(i, end)));
                i = end;
            } else {
                int n = Character.charCount(c);
                if (!isUnicodeWhiteSpace(c)) {
                    toks.add(new Tok(i, i + n, text.substring(i, i + n)));
                }
                i += n;
            }
        }
        return toks;
    }

    /**
     * The code point at {@code i} as a pattern limited to {@code [.., to)} reads it: -1 when it is a surrogate pair cut
     * by {@code to} (no class of the pattern matches there).
     */
    static int codePointAt(String text, int i, int to) {
        int c = text.codePointAt(i);
        return i + Character.charCount(c) <= to ? c : -1;
    }

    private static boolean isJoiner(int c) {
        return c == '-' || c == '\u2010' || c == '\u2011' || c == '/' || c == '.' || c == '&' || c == '\'' || c == '\u2019';
    }

    /** {@code \\p{L}} or {@code \\p{N}} of a pattern: a letter, or a decimal, letter or other number ("Ⅻ", "²"). */
    static boolean isLetterOrNumber(int c) {
        if (c < 0) {
            return false;
        }
        int type = Character.getType(c);
        return Character.isLetter(c) || type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    /** {@code \\s} of a pattern under {@code (?U)}: the Unicode White_Space property, as java.util.regex defines it. */
    static boolean isUnicodeWhiteSpace(int c) {
        int type = Character.getType(c);
        return type == Character.SPACE_SEPARATOR || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR
                || (c >= 0x9 && c <= 0xd) || c == 0x85;
    }

    private static final Object BLOCK_TOKENS = new Object();

    /** The tokens of each block of a document (by block index), made once per document for every recogniser that reads them. */
    public static List<List<Tok>> blockTokens(AnnotatedDocument document) {
        return document.perBlock(BLOCK_TOKENS, (text, start, end) -> java.util.Collections.unmodifiableList(tokens(text, start, end)));
    }

    /** The index of the token that starts at {@code offset}, or -1. */
    public static int indexAt(List<Tok> toks, int offset) {
        for (int i = 0; i < toks.size(); i++) {
            if (toks.get(i).start() == offset) {
                return i;
            }
            if (toks.get(i).start() > offset) {
                break;
            }
        }
        return -1;
    }

    /** The index of the first token that starts at or after {@code offset}, or {@code toks.size()}. */
    public static int indexFrom(List<Tok> toks, int offset) {
        for (int i = 0; i < toks.size(); i++) {
            if (toks.get(i).start() >= offset) {
                return i;
            }
        }
        return toks.size();
    }

    /** Collapses runs of white space and unifies hyphens and apostrophes, for names read from text. */
    public static String clean(String s) {
        return UNICODE_WHITESPACE.matcher(UNICODE_HYPHEN.matcher(s).replaceAll("-").replace('\u2019', '\'')).replaceAll(" ").strip();
    }

    /**
     * Whether a text contains one of the lower-case words in any case: a cheap test before a pattern that needs one of
     * them under {@code (?i)}, also with Unicode case folding ("ſ" for "s"), so never false when such a pattern can
     * match. Each character is folded on its own, so that the text keeps its length.
     */
    public static boolean containsIgnoreCase(String text, List<String> lowerCaseWords) {
        char[] folded = new char[text.length()];
        for (int i = 0; i < folded.length; i++) {
            folded[i] = Character.toLowerCase(Character.toUpperCase(text.charAt(i)));
        }
        String lower = new String(folded);
        for (String w : lowerCaseWords) {
            if (lower.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code literal} occurs within {@code text[from, to)}: a cheap test before a pattern every match of which
     * contains it (searching only the region, so that asking block by block stays linear in the text).
     */
    public static boolean occursIn(String text, int from, int to, String literal) {
        char first = literal.charAt(0);
        for (int i = from; i + literal.length() <= to; i++) {
            if (text.charAt(i) == first && text.startsWith(literal, i)) {
                return true;
            }
        }
        return false;
    }

    /** White space including the no-break space that web texts put between words. */
    public static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** Whether {@code phrase} occurs in {@code text} at {@code at} as whole words, ignoring case when asked. */
    public static boolean phraseAt(String text, int at, String phrase, boolean ignoreCase) {
        if (at < 0 || at + phrase.length() > text.length()) {
            return false;
        }
        if (!text.regionMatches(ignoreCase, at, phrase, 0, phrase.length())) {
            return false;
        }
        boolean leftOk = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
        int end = at + phrase.length();
        boolean rightOk = end == text.length() || !Character.isLetterOrDigit(text.charAt(end))
                || !Character.isLetterOrDigit(phrase.charAt(phrase.length() - 1));
        return leftOk && rightOk;
    }

    /** What may not touch an acronym's use: a word character, a path or a dotted name ("UN/CEFACT", "WP.29"). */
    private static final String ACRONYM_BEFORE = "(?<![\\w/.-])";
    private static final String ACRONYM_AFTER = "(?![\\w/-]|\\.\\w)";

    /**
     * Offsets of the uses of an acronym in a text, as the pattern {@code (?<![\w/.-])ACRONYM(?![\w/-]|\.\w)} finds them.
     * The acronym is searched as a string and the pattern tried only where it occurs: the same matches, without the
     * pattern's lookbehind tested at every offset of the text.
     */
    public static List<Integer> acronymUses(String text, String acronym) {
        List<Integer> uses = new ArrayList<>();
        int at = text.indexOf(acronym);
        if (at < 0) {
            return uses;
        }
        if (acronym.isEmpty()) {
            Matcher m = Pattern.compile(ACRONYM_BEFORE + ACRONYM_AFTER).matcher(text);
            while (m.find()) {
                uses.add(m.start());
            }
            return uses;
        }
        // The pattern's lookbehind and lookahead tested by hand where the acronym occurs: no pattern compiled per acronym.
        while (at >= 0) {
            int end = at + acronym.length();
            boolean before = at == 0 || !isAcronymJoiner(text.charAt(at - 1)) && text.charAt(at - 1) != '.';
            boolean after = end == text.length() || !isAcronymJoiner(text.charAt(end))
                    && !(text.charAt(end) == '.' && end + 1 < text.length() && isAsciiWordChar(text.charAt(end + 1)));
            if (before && after) {
                uses.add(at);
                at = text.indexOf(acronym, at + acronym.length());
            } else {
                at = text.indexOf(acronym, at + 1);
            }
        }
        return uses;
    }

    /** {@code [\\w/-]} of a pattern without {@code (?U)}. */
    private static boolean isAcronymJoiner(char c) {
        return isAsciiWordChar(c) || c == '/' || c == '-';
    }

    /** {@code \\w} of a pattern without {@code (?U)}. */
    private static boolean isAsciiWordChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
    }

    /** Offsets of every whole-word occurrence of {@code phrase} in {@code text[from, to)}. */
    public static List<Integer> find(String text, int from, int to, String phrase, boolean ignoreCase) {
        List<Integer> hits = new ArrayList<>();
        if (!ignoreCase && to == text.length()) {
            // To the end of the text: search in place, without copying the text for every phrase looked up.
            for (int i = text.indexOf(phrase, from); i >= 0 && i + phrase.length() <= to; i = text.indexOf(phrase, i + 1)) {
                if (phraseAt(text, i, phrase, false)) {
                    hits.add(i);
                }
            }
            return hits;
        }
        // Search only the region: indexOf over the whole text would scan past 'to' on every miss,
        // which made callers that look block by block quadratic in the document's length.
        String region = text.substring(from, to);
        String hay = ignoreCase ? region.toLowerCase(java.util.Locale.ROOT) : region;
        String needle = ignoreCase ? phrase.toLowerCase(java.util.Locale.ROOT) : phrase;
        int i = hay.indexOf(needle);
        while (i >= 0) {
            if (phraseAt(text, from + i, phrase, ignoreCase)) {
                hits.add(from + i);
            }
            i = hay.indexOf(needle, i + 1);
        }
        return hits;
    }
}
