package org.stdkg.linkeddata;

import java.util.List;
import java.util.Optional;

import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaRange;
import org.apache.jena.atlas.web.MediaType;

/**
 * Content negotiation over an Accept header, with Jena's {@link AcceptList}: q-values honoured,
 * ranges with {@code q=0} excluded, the server's order breaking ties. An absent header or
 * {@code * / *} alone gets the default representation.
 */
public final class Negotiation {

    private Negotiation() {
    }

    /**
     * The representation to send, or empty when nothing offered is acceptable (406).
     *
     * @param accept the Accept header, may be null
     * @param offered what the server can send, in order of preference
     * @param fallback what to send for an absent header or a bare wildcard
     */
    public static Optional<Representation> choose(String accept, List<Representation> offered, Representation fallback) {
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
        // A bare wildcard at the top weight means "anything": the fallback, not the first offer.
        AcceptList positive = new AcceptList(acceptable);
        MediaType best = AcceptList.match(positive,
                AcceptList.create(offered.stream().map(Representation::mediaType).toArray(String[]::new)));
        if (best == null) {
            return Optional.empty();
        }
        MediaRange matched = positive.match(best);
        if (matched != null && "*".equals(matched.getType()) && offered.contains(fallback)) {
            return Optional.of(fallback);
        }
        return offered.stream().filter(r -> r.mediaType().equals(best.getContentTypeStr())).findFirst();
    }
}
