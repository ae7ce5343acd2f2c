package org.stdkg.eval;

import java.util.Collection;

/**
 * Gold, extracted and matched counts for one line kind or a total, with the ratios derived from them.
 *
 * <p>A ratio whose denominator is zero is reported as 0 (and rendered as {@code -} in the table): there is
 * nothing to be right about, and 0 keeps the records free of NaN for tests and JSON.
 *
 * @param gold gold facts (after merging duplicates across gold files)
 * @param extracted extracted facts considered
 * @param truePositives matched pairs, each gold and extracted fact used at most once
 */
public record Counts(int gold, int extracted, int truePositives) {
    public Counts {
        if (gold < 0 || extracted < 0 || truePositives < 0 || truePositives > gold || truePositives > extracted) {
            throw new IllegalArgumentException(
                    "inconsistent counts: gold=" + gold + " extracted=" + extracted + " tp=" + truePositives);
        }
    }

    /** Matched extracted facts over extracted facts; 0 when nothing was extracted. */
    public double precision() {
        return extracted == 0 ? 0.0 : (double) truePositives / extracted;
    }

    /** Matched gold facts over gold facts; 0 when there is no gold. */
    public double recall() {
        return gold == 0 ? 0.0 : (double) truePositives / gold;
    }

    /** Harmonic mean of precision and recall, i.e. 2·tp / (gold + extracted); 0 when both are 0. */
    public double f1() {
        return gold + extracted == 0 ? 0.0 : 2.0 * truePositives / (gold + extracted);
    }

    /** Sums counts: the micro-average over several kinds is the ratios of the sum. */
    public static Counts sum(Collection<Counts> parts) {
        int g = 0;
        int e = 0;
        int tp = 0;
        for (Counts c : parts) {
            g += c.gold;
            e += c.extracted;
            tp += c.truePositives;
        }
        return new Counts(g, e, tp);
    }
}
