package org.stdkg.extract;

import org.stdkg.nlp.Sentence;

/**
 * Where a fact was read: the document, the sentence and the mention's offsets in the document text.
 *
 * @param document the source document's slug
 * @param sentenceStart offset of the sentence in the document text
 * @param sentenceEnd offset after the sentence
 * @param sentence the sentence text
 * @param mentionStart offset of the words that state the fact
 * @param mentionEnd offset after them
 * @param rule the recogniser or rule that read it
 */
public record Evidence(String document, int sentenceStart, int sentenceEnd, String sentence, int mentionStart, int mentionEnd,
        String rule) {

    /** Evidence in a sentence for the words between two document offsets. */
    public static Evidence of(String document, Sentence sentence, int from, int to, String rule) {
        int start = Math.max(sentence.start(), Math.min(from, sentence.end()));
        int end = Math.max(start, Math.min(to, sentence.end()));
        return new Evidence(document, sentence.start(), sentence.end(), sentence.text(), start, end, rule);
    }
}
