package org.stdkg.extract.relate;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Title-case runs of a stretch of text ("International Summit on AI Standards"), for names that no recogniser found. */
final class TitleRuns {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}&'’-]*");
    private static final Set<String> INNER = Set.of("of", "on", "for", "and", "the", "in", "&");

    private TitleRuns() {
    }

    /** The runs of capitalised words, with inner function words, between two offsets, as [start, end] offsets. */
    static List<int[]> runs(String text, int from, int to) {
        List<int[]> runs = new ArrayList<>();
        Matcher m = WORD.matcher(text).region(from, to);
        int start = -1;
        int end = -1;
        int last = -1;
        while (m.find()) {
            String w = m.group();
            boolean gap = last >= 0 && !text.substring(last, m.start()).isBlank();
            boolean cap = Character.isUpperCase(w.codePointAt(0));
            if (start >= 0 && (gap || !(cap || INNER.contains(w)))) {
                runs.add(new int[] {start, end});
                start = -1;
            }
            if (cap) {
                if (start < 0) {
                    start = m.start();
                }
                end = m.end();
            }
            last = m.end();
        }
        if (start >= 0) {
            runs.add(new int[] {start, end});
        }
        return runs;
    }
}
