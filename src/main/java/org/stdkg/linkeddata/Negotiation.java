package org.stdkg.linkeddata;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaRange;
import org.apache.jena.atlas.web.MediaType;

/**
 * Content negotiation over an Accept header, with Jena's {@link AcceptList}: q-values honoured,
 * ranges with {@code q=0} excluded, the server's order breaking ties. An absent header or a bare
 * wildcard gets the fallback. One mechanism for entity data, dataset descriptions, query results
 * and search.
 */
public final class Negotiation {

    private Negotiation() {
    }

    /** {@link #choose(String, List, Function, Object)} for entity representations. */
    public static Optional<Representation> choose(String accept, List<Representation> offered, Representation fallback) {
        return choose(accept, offered, r -> List.of(r.mediaType()), fallback);
    }

    /**
     * What to send, or empty when nothing offered is acceptable (406).
     *
     * @param accept the Accept header, may be null
     * @param offered what the server can send, in order of preference
     * @param mediaTypes the media types each offer answers to (its own first)
     * @param fallback what to send for an absent header or a bare wildcard
     */
    public static <T> Optional<T> choose(String accept, List<T> offered, Function<T, List<String>> mediaTypes, T fallback) {
        if (accept == null || accept.isBlank() || accept.strip().equals("*/*")) {
            return Optional.of(fallback);
        }
        AcceptList proposals;
        try {
            proposals = new AcceptList(accept);
        } catch (RuntimeException e) {
            return Optional.of(fallback);
        }
        List<MediaRange> acceptable = proposals.entries().stream().filter(r -> r.get_q() > 0).toList();
        if (acceptable.isEmpty()) {
            return Optional.empty();
        }
        AcceptList positive = new AcceptList(acceptable);
        List<String> types = new ArrayList<>();
        offered.forEach(o -> types.addAll(mediaTypes.apply(o)));
        MediaType best = AcceptList.match(positive, AcceptList.create(types.toArray(String[]::new)));
        if (best == null) {
            return Optional.empty();
        }
        // A wildcard at the top weight means "anything": the fallback, not the first offer.
        MediaRange matched = positive.match(best);
        if (matched != null && "*".equals(matched.getType()) && offered.contains(fallback)) {
            return Optional.of(fallback);
        }
        String chosen = best.getContentTypeStr();
        return offered.stream().filter(o -> mediaTypes.apply(o).contains(chosen)).findFirst();
    }
}
