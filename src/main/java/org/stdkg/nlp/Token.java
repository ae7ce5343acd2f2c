package org.stdkg.nlp;

/**
 * A token with its character offsets in the document text and its Universal Dependencies POS tag.
 *
 * @param start offset of the first character in the document text
 * @param end offset after the last character
 * @param text the covered text
 * @param pos the UD part-of-speech tag (NOUN, PROPN, VERB, …)
 */
public record Token(int start, int end, String text, String pos) {

    public boolean isProperNoun() {
        return "PROPN".equals(pos);
    }

    public boolean isCapitalised() {
        return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
    }
}
