package org.stdkg.server;

import java.util.List;
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
        // Nothing acceptable: the first offer rather than 406, since format= is the documented way to choose.
        return Optional.of(org.stdkg.linkeddata.Negotiation.choose(accept, offered, Negotiation::mediaTypes, offered.get(0))
                .orElse(offered.get(0)));
    }

    /** The media types a format answers to: plain JSON clients get SPARQL JSON; XHTML clients get HTML. */
    private static List<String> mediaTypes(ResultFormat f) {
        if (f == ResultFormat.JSON) {
            return List.of(f.mediaType(), "application/json");
        }
        if (f == ResultFormat.HTML) {
            return List.of(f.mediaType(), "application/xhtml+xml");
        }
        return List.of(f.mediaType());
    }
}
