package org.stdkg.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Renders a {@link Score} as a fixed-width text table, optionally followed by the misses and extras, and always
 * ending with the one-line summary
 * {@code entities P=0.923 R=0.910 F1=0.916 | relations P=0.800 R=0.750 F1=0.774}.
 *
 * <p>The summary is the last line so that scripts can take it with {@code tail -1}. Numbers use
 * {@link Locale#ROOT} so a decimal comma never appears.
 */
public final class ScoreReport {

    private static final String ROW = "%-20s %6s %9s %6s %6s %6s %6s\n";
    private static final String NOT_SCORED_MARK = " *";

    private ScoreReport() {
    }

    /**
     * Renders the score.
     *
     * @param score the result of {@link Scorer#score}
     * @param verbose whether to list, per kind, the gold facts missed, the extracted facts that matched nothing,
     *        and the facts left out by the subject-class rule
     * @return the report, lines separated by {@code \n}, ending with the summary line and a newline
     */
    public static String render(Score score, boolean verbose) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, ROW, "kind", "gold", "extracted", "tp", "P", "R", "F1"));
        for (KindScore k : score.entities()) {
            out.append(row(k));
        }
        out.append('\n');
        for (KindScore k : score.relations()) {
            out.append(row(k));
        }
        out.append("(*: reported, not scored)\n");
        if (verbose) {
            out.append(details(score));
        }
        out.append(summaryLine(score)).append('\n');
        return out.toString();
    }

    /** The summary line alone, without a newline: micro-averaged over scored entity classes and over all relations. */
    public static String summaryLine(Score score) {
        Counts e = score.entityTotal();
        Counts r = score.relationTotal();
        return String.format(Locale.ROOT, "entities P=%.3f R=%.3f F1=%.3f | relations P=%.3f R=%.3f F1=%.3f",
                e.precision(), e.recall(), e.f1(), r.precision(), r.recall(), r.f1());
    }

    private static String row(KindScore k) {
        Counts c = k.counts();
        // A ratio with a zero denominator is shown as '-' so "nothing to score" is not mistaken for a failure.
        return String.format(Locale.ROOT, ROW, k.kind() + (k.scored() ? "" : NOT_SCORED_MARK),
                c.gold(), c.extracted(), c.truePositives(),
                c.extracted() == 0 ? "-" : ratio(c.precision()),
                c.gold() == 0 ? "-" : ratio(c.recall()),
                c.gold() + c.extracted() == 0 ? "-" : ratio(c.f1()));
    }

    private static String ratio(double v) {
        return String.format(Locale.ROOT, "%.3f", v);
    }

    private static String details(Score score) {
        List<KindScore> all = new ArrayList<>(score.entities());
        all.addAll(score.relations());
        StringBuilder out = new StringBuilder();
        out.append("\nmisses (-: gold not found), extras (+: extracted, matched nothing), "
                + "ignored (~: subject of another class):\n");
        for (KindScore k : all) {
            if (k.misses().isEmpty() && k.extras().isEmpty() && k.ignored().isEmpty()) {
                continue;
            }
            out.append(k.kind()).append(k.scored() ? "" : NOT_SCORED_MARK).append('\n');
            k.misses().forEach(m -> out.append("  - ").append(oneLine(m)).append('\n'));
            k.extras().forEach(x -> out.append("  + ").append(oneLine(x)).append('\n'));
            k.ignored().forEach(i -> out.append("  ~ ").append(oneLine(i)).append('\n'));
        }
        out.append('\n');
        return out.toString();
    }

    /** Extracted labels may contain line breaks; keep one fact per line. */
    private static String oneLine(String s) {
        return s.replaceAll("\\s*[\\r\\n]+\\s*", " ");
    }
}
