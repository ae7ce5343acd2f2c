package org.stdkg.extract.recognise;

import java.util.List;
import java.util.Optional;

import org.stdkg.document.Block;
import org.stdkg.extract.AnnotatedDocument;
import org.stdkg.extract.EntityKind;
import org.stdkg.extract.Mention;

/**
 * Actor profiles: the genre's observatories describe one organisation per section, under a heading that
 * is just its name ("World Economic Forum", "United Nations Economic Commission for Europe"). In such a
 * section "we", "our", "its" and "the Forum" refer to that organisation, the section's actor.
 */
public final class ProfileSections {

    private ProfileSections() {
    }

    /** The organisation mention that is the whole text of the heading governing the given block, searching back over sub-headings. */
    public static Optional<Mention> actor(AnnotatedDocument document, int block) {
        List<Block> blocks = document.document().blocks();
        for (int b = Math.min(block, blocks.size() - 1); b >= 0; b--) {
            Block candidate = blocks.get(b);
            if (!candidate.isHeading()) {
                continue;
            }
            for (Mention m : document.mentionsIn(candidate.start(), candidate.end())) {
                if (m.kind() == EntityKind.ORGANISATION && covers(m, candidate)) {
                    return Optional.of(m);
                }
            }
        }
        return Optional.empty();
    }

    /** Whether a mention spans the whole heading (allowing a trailing acronym in parentheses). */
    static boolean covers(Mention m, Block heading) {
        return m.start() <= heading.start() && m.end() >= heading.end();
    }
}
