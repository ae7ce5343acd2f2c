package org.stdkg.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.stdkg.query.ResultFormat;

/** Picks a response format from {@code format=} or the Accept header. */
final class Negotiation {

    private Negotiation() {
    }

    /**
     * The format asked for: {@code format=} wins; else the most preferred Accept media type among
     * those offered; else the first offered.
     *
     * @return empty when {@code format=} names a format not offered
     */
    static Optional<ResultFormat> choose(String formatParam, String accept, List<ResultFormat> offered) {
        if (formatParam != null && !formatParam.isBlank()) {
            return ResultFormat.of(formatParam.strip()).filter(offered::contains);
        }
        if (accept == null || accept.isBlank()) {
            return Optional.of(offered.get(0));
        }
        record Entry(String type, double q, int order) {
        }
        List<Entry> entries = new ArrayList<>();
        String[] parts = accept.split(",");
        for (int i = 0; i < parts.length; i++) {
            String[] fields = parts[i].split(";");
            String type = fields[0].strip().toLowerCase(Locale.ROOT);
            double q = 1.0;
            for (int j = 1; j < fields.length; j++) {
                String f = fields[j].strip();
                if (f.startsWith("q=")) {
                    try {
                        q = Double.parseDouble(f.substring(2));
                    } catch (NumberFormatException e) {
                        q = 0;
                    }
                }
            }
            entries.add(new Entry(type, q, i));
        }
        entries.sort((a, b) -> a.q() != b.q() ? Double.compare(b.q(), a.q()) : Integer.compare(a.order(), b.order()));
        for (Entry e : entries) {
            if (e.q() <= 0) {
                continue;
            }
            for (ResultFormat f : offered) {
                if (matches(e.type(), f)) {
                    return Optional.of(f);
                }
            }
            if (e.type().equals("*/*") || e.type().equals("text/*") && offered.contains(ResultFormat.HTML)) {
                return Optional.of(e.type().equals("*/*") ? offered.get(0) : ResultFormat.HTML);
            }
        }
        return Optional.of(offered.get(0));
    }

    private static boolean matches(String type, ResultFormat f) {
        if (type.equals(f.mediaType())) {
            return true;
        }
        // Plain JSON clients get the SPARQL results JSON (or the catalogue's JSON).
        return f == ResultFormat.JSON && type.equals("application/json") || f == ResultFormat.HTML && type.equals("application/xhtml+xml");
    }
}
