package org.stdkg.nlp;

import java.util.List;

/**
 * One sentence of a document: its offsets in the document text, its text and its tokens.
 *
 * @param index position of the sentence in the document, from 0
 * @param block index of the {@link org.stdkg.document.Block} the sentence belongs to
 * @param start offset of the first character in the document text
 * @param end offset after the last character
 * @param text the sentence text, equal to {@code document.text().substring(start, end)}
 * @param tokens the tokens, in order, with document offsets
 */
public record Sentence(int index, int block, int start, int end, String text, List<Token> tokens) {

    public Sentence {
        tokens = List.copyOf(tokens);
    }

    /** The text between two document offsets that fall inside this sentence. */
    public String cover(int from, int to) {
        return text.substring(from - start, to - start);
    }

    public boolean contains(int offset) {
        return offset >= start && offset < end;
    }
}
