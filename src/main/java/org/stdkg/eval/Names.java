package org.stdkg.eval;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The comparison rules for names and literal values used when scoring (CONTRACT.md section 4). */
public final class Names {

    /** An ISO date, year-month or year, optionally followed by a time and/or time zone we do not compare. */
    private static final Pattern DATE = Pattern.compile(
            "(\\d{4}(?:-\\d{2}(?:-\\d{2})?)?)(?:T[0-9:.]*)?(?:Z|[+-]\\d{2}:\\d{2})?");

    private Names() {
    }

    /**
     * Lower-cases and keeps only letters and digits, so that "JTC1/SC42" equals "JTC 1/SC 42".
     *
     * <p>The text is NFKC-normalised first so that the same name typed with composed or decomposed accents,
     * ligatures or full-width characters compares equal (a decomposed accent would otherwise be dropped as a
     * non-letter while the composed one is kept).
     *
     * @param name any text; {@code null} gives the empty string
     * @return the normalised form, possibly empty
     */
    public static String normalise(String name) {
        // One normalisation for resolution and scoring: the contract's.
        return org.stdkg.extract.Names.key(name);
    }

    /** The non-empty normalised forms of the given names, in first-seen order. */
    public static Set<String> normaliseAll(Collection<String> names) {
        Set<String> out = new LinkedHashSet<>();
        for (String n : names) {
            String norm = normalise(n);
            if (!norm.isEmpty()) {
                out.add(norm);
            }
        }
        return out;
    }

    /**
     * The date part of an ISO date, year-month or year literal ("2023-11-30", "2025-05", "2025"), without any
     * time or time zone; other text falls back to {@link #normalise} so it still compares sensibly.
     */
    public static String normaliseDate(String value) {
        if (value == null) {
            return "";
        }
        Matcher m = DATE.matcher(value.strip());
        return m.matches() ? m.group(1) : normalise(value);
    }

    /** Whether the text is a date as gold files must write it: {@code YYYY-MM-DD}, {@code YYYY-MM} or {@code YYYY}. */
    public static boolean isGoldDate(String value) {
        return value.matches("\\d{4}(-\\d{2}(-\\d{2})?)?");
    }

    /**
     * The rule for free-text values ({@code title}, {@code jobTitle}): after normalisation one value contains the
     * other and the shorter is at least 60% of the longer's length. The length floor keeps a one-word fragment
     * such as "systems" from matching a long title.
     */
    public static boolean textMatches(String a, String b) {
        String x = normalise(a);
        String y = normalise(b);
        if (x.isEmpty() || y.isEmpty()) {
            return false;
        }
        String shorter = x.length() <= y.length() ? x : y;
        String longer = shorter == x ? y : x;
        int shortLen = shorter.codePointCount(0, shorter.length());
        int longLen = longer.codePointCount(0, longer.length());
        // Integer arithmetic so that exactly 60% counts, with no floating-point rounding at the boundary.
        return longer.contains(shorter) && shortLen * 5 >= longLen * 3;
    }

    /** Whether two sets share an element. */
    static boolean overlap(Set<String> a, Set<String> b) {
        Set<String> small = a.size() <= b.size() ? a : b;
        Set<String> big = small == a ? b : a;
        for (String s : small) {
            if (big.contains(s)) {
                return true;
            }
        }
        return false;
    }
}
