package org.stdkg.extract.recognise;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The matches of a pattern over a whole text, as a {@code find()} loop gives them, for a pattern every match of which
 * contains one of a few literal strings ("JTC", "SG", "Study Group"): the literals are searched as strings and the
 * pattern tried only at the offsets just before an occurrence. A {@code find()} over the whole text tries the pattern
 * at every offset, which costs far more than the rare matches of an identifier pattern.
 *
 * <p>Exact when (1) every match contains one of the literals and (2) every character of a match before the first
 * literal in it satisfies {@code before} (a pattern that starts with its literal: {@code c -> false}). Then the
 * leftmost match after the previous one starts in the run of {@code before} characters that ends at the first literal
 * occurrence it contains, where it is looked for with {@code lookingAt()}, lookbehinds seeing the whole text. Not for
 * patterns with {@code \G}, {@code ^} or {@code $}.
 */
public final class LiteralScan {

    private final Pattern pattern;
    private final List<String> literals;
    private final IntPredicate before;

    private LiteralScan(Pattern pattern, IntPredicate before, List<String> literals) {
        this.pattern = pattern;
        this.before = before;
        this.literals = List.copyOf(literals);
        if (this.literals.isEmpty() || this.literals.stream().anyMatch(String::isEmpty)) {
            throw new IllegalArgumentException("literals must not be empty: " + literals);
        }
    }

    /**
     * @param before the characters that may come before the first literal in a match
     * @param literals one of which every match contains
     */
    public static LiteralScan of(Pattern pattern, IntPredicate before, String... literals) {
        return new LiteralScan(pattern, before, List.of(literals));
    }

    /** Matches that start with their literal. */
    public static LiteralScan startingWith(Pattern pattern, String... literals) {
        return of(pattern, c -> false, literals);
    }

    /** Every character {@code \\s} matches, also under {@code (?U)} (Unicode White_Space), and a few more. */
    public static boolean isSpace(int c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u0085';
    }

    public Pattern pattern() {
        return pattern;
    }

    /** A scan of one text: {@code while (f.find()) { Matcher m = f.matcher(); … }}, like a loop over {@link Matcher#find()}. */
    public Finder finder(String text) {
        return new Finder(text);
    }

    /** Calls {@code action} with the matcher set on each match, in text order; the action must not move the matcher. */
    public void forEach(String text, Consumer<Matcher> action) {
        Finder f = finder(text);
        while (f.find()) {
            action.accept(f.matcher());
        }
    }

    /** Whether the pattern matches anywhere in the text. */
    public boolean any(String text) {
        return finder(text).find();
    }

    private static final int UNKNOWN = -2;

    /** The matches of one text, one {@link #find()} at a time. */
    public final class Finder {
        private final String text;
        private final Matcher m;
        /** Per literal: its next occurrence at or after {@code done} ({@link #UNKNOWN}: to look up; -1: none left). */
        private final int[] next;
        /** Where the previous match ended: the next one starts here or later. */
        private int done;

        private Finder(String text) {
            this.text = text;
            this.m = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
            this.next = new int[literals.size()];
            java.util.Arrays.fill(next, UNKNOWN);
        }

        /** Moves to the next match; false when there is none. */
        public boolean find() {
            while (true) {
                int at = -1;
                for (int k = 0; k < next.length; k++) {
                    if (next[k] == UNKNOWN || (next[k] >= 0 && next[k] < done)) {
                        next[k] = text.indexOf(literals.get(k), done);
                    }
                    if (next[k] >= 0 && (at < 0 || next[k] < at)) {
                        at = next[k];
                    }
                }
                if (at < 0) {
                    done = text.length() + 1;
                    return false;
                }
                int from = at;
                while (from > done && before.test(text.charAt(from - 1))) {
                    from--;
                }
                for (int start = from; start <= at; start++) {
                    if (m.region(start, text.length()).lookingAt()) {
                        done = m.end();
                        return true;
                    }
                }
                done = at + 1;
            }
        }

        /** The matcher on the current match (start, end, groups). */
        public Matcher matcher() {
            return m;
        }
    }
}
