package org.stdkg.document;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A text read from a file, reduced to plain text and split into blocks.
 *
 * @param slug stable identifier made from the file name, used in IRIs
 * @param name the file name as given
 * @param mediaType {@code text/plain} or {@code text/html}
 * @param text the plain text (line ends normalised to {@code \n}); all offsets refer to it
 * @param blocks the headings, paragraphs and bullet items, in order
 */
public record SourceDocument(String slug, String name, String mediaType, String text, List<Block> blocks) {

    // The patterns of inline checks, compiled once instead of at every call.
    private static final Pattern P1 = Pattern.compile("[^a-z0-9_.-]+");
    private static final Pattern P2 = Pattern.compile("^-+|-+$");

    public SourceDocument {
        blocks = List.copyOf(blocks);
    }

    /** A plain-text document split into blocks by {@link TextStructure}. */
    public static SourceDocument ofText(String name, String text) {
        String normalised = TextStructure.normaliseLineEnds(text);
        return new SourceDocument(slugOf(name), name, "text/plain", normalised, TextStructure.blocks(normalised));
    }

    /** The heading block that governs the given block, if any. */
    public Optional<Block> headingOf(Block block) {
        return block.heading() < 0 ? Optional.empty() : Optional.of(blocks.get(block.heading()));
    }

    /** A slug from a file name: the name without directory and extension, lower-case, safe for IRIs. */
    public static String slugOf(String fileName) {
        String base = fileName.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1);
        int dot = base.lastIndexOf('.');
        if (dot > 0) {
            base = base.substring(0, dot);
        }
        String slug = P2.matcher(P1.matcher(base.toLowerCase(java.util.Locale.ROOT)).replaceAll("-")).replaceAll("");
        return slug.isEmpty() ? "document" : slug;
    }
}
