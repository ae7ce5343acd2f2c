package org.stdkg.nlp;

/**
 * One sentence of a document: its offsets in the document text and its text. Its tokens and POS tags are a layer
 * computed on demand ({@link TextAnnotator#tokens}), because the rules ask for them in few sentences.
 *
 * @param index position of the sentence in the document, from 0
 * @param block index of the {@link org.stdkg.document.Block} the sentence belongs to
 * @param start offset of the first character in the document text
 * @param end offset after the last character
 * @param text the sentence text, equal to {@code document.text().substring(start, end)}
 */
public record Sentence(int index, int block, int start, int end, String text) {

    /** The text between two document offsets that fall inside this sentence. */
    public String cover(int from, int to) {
        return text.substring(from - start, to - start);
    }

    public boolean contains(int offset) {
        return offset >= start && offset < end;
    }
}
