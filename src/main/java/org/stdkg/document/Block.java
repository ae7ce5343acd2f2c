package org.stdkg.document;

/**
 * A paragraph, heading or bullet item of a document, with its offsets in the document text.
 *
 * @param kind what the block is
 * @param start offset of the first character (after any bullet marker)
 * @param end offset after the last character
 * @param text the block's text, equal to {@code document.text().substring(start, end)}
 * @param heading index of the nearest preceding {@link BlockKind#HEADING} block, or -1
 */
public record Block(BlockKind kind, int start, int end, String text, int heading) {

    public boolean isHeading() {
        return kind == BlockKind.HEADING;
    }
}
