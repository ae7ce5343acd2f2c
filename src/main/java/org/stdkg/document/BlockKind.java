package org.stdkg.document;

/** What a block of a document is. */
public enum BlockKind {
    /** A title or section heading: a short line without closing punctuation, or an HTML {@code h1}–{@code h6}. */
    HEADING,
    /** Running text. */
    PARAGRAPH,
    /** One item of a bullet list. */
    BULLET
}
