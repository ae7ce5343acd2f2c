package org.stdkg.extract.relate;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates and date ranges as the genre writes them: "2-3 December", "2 and 3 December", "30 November until
 * 1 December 2023", "25–29 September 2017", "October 19-23, 2015", "in May (2025)". A date without a year
 * takes the document's year when the caller supplies one.
 */
public final class Dates {

    private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("january", 1), Map.entry("february", 2),
            Map.entry("march", 3), Map.entry("april", 4), Map.entry("may", 5), Map.entry("june", 6), Map.entry("july", 7),
            Map.entry("august", 8), Map.entry("september", 9), Map.entry("october", 10), Map.entry("november", 11),
            Map.entry("december", 12), Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4),
            Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("sept", 9),
            Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));

    private static final String M = "(?:January|February|March|April|May|June|July|August|September|October|November|December"
            + "|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)";
    private static final String D = "(?:[12]\\d|3[01]|0?[1-9])";
    private static final String Y = "(?:19|20)\\d\\d";
    private static final String TO = "\\s*(?:-|–|—|and|to|until|till|through)\\s*";

    private static final List<Pattern> PATTERNS = List.of(
            // 30 November until 1 December 2023
            Pattern.compile("\\b(?<d1>" + D + ")\\s+(?<m1>" + M + ")(?:\\s+(?<y1>" + Y + "))?" + TO + "(?<d2>" + D + ")\\s+(?<m2>" + M + ")(?:,?\\s+(?<y2>" + Y + "))?\\b"),
            // November 30 - December 1, 2023
            Pattern.compile("\\b(?<m1>" + M + ")\\s+(?<d1>" + D + ")" + TO + "(?<m2>" + M + ")\\s+(?<d2>" + D + ")(?:,?\\s+(?<y2>" + Y + "))?\\b"),
            // 2-3 December, 25–29 September 2017, 2 and 3 December
            Pattern.compile("\\b(?<d1>" + D + ")" + TO + "(?<d2>" + D + ")\\s+(?<m2>" + M + ")(?:,?\\s+(?<y2>" + Y + "))?\\b"),
            // October 19-23, 2015
            Pattern.compile("\\b(?<m2>" + M + ")\\s+(?<d1>" + D + ")" + TO + "(?<d2>" + D + ")(?:,?\\s+(?<y2>" + Y + "))?\\b"),
            // 2 December 2025
            Pattern.compile("\\b(?<d1>" + D + ")\\s+(?<m2>" + M + ")(?:,?\\s+(?<y2>" + Y + "))?\\b"),
            // December 2, 2025
            Pattern.compile("\\b(?<m2>" + M + ")\\s+(?<d1>" + D + ")(?:,\\s+(?<y2>" + Y + "))?(?![\\d])"),
            // in May (2025), in May 2025
            Pattern.compile("\\b(?<m2>" + M + ")\\s*(?:\\(\\s*(?<y2>" + Y + ")\\s*\\)|(?<y3>" + Y + "))"));

    /** Years the text counts down to ("by 2030") or up from: not the year the text is written in. */
    private static final Pattern YEAR = Pattern.compile("(?=(?:19|20)\\d\\d)(?<!\\bby |\\buntil |\\bto |\\bthrough |\\bbefore |[-–]|\\d)\\b((?:19|20)\\d\\d)\\b(?![-–]\\d)");

    /**
     * A date expression found in a text.
     *
     * @param start offset of the expression
     * @param end offset after it
     * @param startDate ISO date, year-month or year of the start; year-less dates are completed or null
     * @param endDate ISO end date, or null for a single day
     */
    public record Found(int start, int end, String startDate, String endDate) {
    }

    private Dates() {
    }

    /** The first date expression in {@code text[from, to)}, its year taken from {@code documentYear} when it has none. */
    public static Optional<Found> first(String text, int from, int to, Integer documentYear) {
        Found best = null;
        for (Pattern p : PATTERNS) {
            Matcher m = p.matcher(text).region(from, to);
            if (m.find() && (best == null || m.start() < best.start())) {
                Found f = read(m, documentYear);
                if (f != null) {
                    best = f;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private static Found read(Matcher m, Integer documentYear) {
        String y2 = group(m, "y2");
        if (y2 == null) {
            y2 = group(m, "y3");
        }
        String d1 = group(m, "d1");
        String d2 = group(m, "d2");
        String m1 = group(m, "m1");
        String m2 = group(m, "m2");
        String y1 = group(m, "y1");
        Integer year = y2 != null ? Integer.valueOf(y2) : documentYear;
        if (year == null) {
            return null;
        }
        int month2 = month(m2);
        if (d1 == null) {
            return new Found(m.start(), m.end(), String.format(Locale.ROOT, "%04d-%02d", year, month2), null);
        }
        try {
            if (d2 == null) {
                return new Found(m.start(), m.end(), LocalDate.of(year, month2, Integer.parseInt(d1)).toString(), null);
            }
            int month1 = m1 == null ? month2 : month(m1);
            int year1 = y1 != null ? Integer.parseInt(y1) : (month1 > month2 ? year - 1 : year);
            LocalDate start = LocalDate.of(year1, month1, Integer.parseInt(d1));
            LocalDate end = LocalDate.of(year, month2, Integer.parseInt(d2));
            if (end.isBefore(start)) {
                return null;
            }
            return new Found(m.start(), m.end(), start.toString(), end.toString());
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static String group(Matcher m, String name) {
        try {
            return m.group(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static int month(String name) {
        return MONTHS.get(name.toLowerCase(Locale.ROOT).replace(".", ""));
    }

    /**
     * The year a document is written in, as far as it shows: the latest year it names, not counting years it
     * looks ahead to ("by 2030") or ranges ("2021–2025"); null when it names none, so that a year-less date
     * stays year-less.
     */
    public static Integer documentYear(String text) {
        // Recognisers ask once per candidate event: remember the last document of this thread.
        YearOf last = LAST_YEAR.get();
        if (last != null && last.text() == text) {
            return last.year();
        }
        Integer year = scanYear(text);
        LAST_YEAR.set(new YearOf(text, year));
        return year;
    }

    /** The last document whose year this thread computed (compared by identity: documents are not copied). */
    private record YearOf(String text, Integer year) {
    }

    private static final ThreadLocal<YearOf> LAST_YEAR = new ThreadLocal<>();

    private static Integer scanYear(String text) {
        Matcher m = YEAR.matcher(text);
        Integer latest = null;
        while (m.find()) {
            int y = Integer.parseInt(m.group(1));
            if (latest == null || y > latest) {
                latest = y;
            }
        }
        return latest;
    }

    /** All years named in a text (for tests and diagnostics). */
    static List<Integer> years(String text) {
        List<Integer> years = new ArrayList<>();
        Matcher m = YEAR.matcher(text);
        while (m.find()) {
            years.add(Integer.parseInt(m.group(1)));
        }
        return years;
    }
}
