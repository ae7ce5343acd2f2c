package org.stdkg.extract;

import java.util.ArrayList;
import java.util.List;

import org.stdkg.document.SourceDocument;
import org.stdkg.nlp.TextAnnotator;

/**
 * The extraction pipeline for one document: sentences (tokens and POS tags of a sentence when a rule
 * asks for them), then mentions (recognisers in order), then facts (relation rules). Immutable and
 * thread-safe: documents can be extracted in parallel.
 *
 * <pre>{@code
 * Extractor extractor = Extractor.create().build();      // the standard rules
 * DocumentExtraction result = extractor.extract(document);
 * }</pre>
 */
public final class Extractor {

    private final TextAnnotator annotator;
    private final List<MentionRecogniser> recognisers;
    private final List<RelationRule> rules;

    private Extractor(Builder builder) {
        this.annotator = builder.annotator != null ? builder.annotator : TextAnnotator.create();
        this.recognisers = List.copyOf(builder.recognisers);
        this.rules = List.copyOf(builder.rules);
    }

    /** A builder preloaded with the standard recognisers and rules of {@link ExtractionRules}. */
    public static Builder create() {
        Builder builder = new Builder();
        builder.recognisers.addAll(ExtractionRules.recognisers());
        builder.rules.addAll(ExtractionRules.relationRules());
        return builder;
    }

    /** A builder with no recognisers or rules, for tests of one rule. */
    public static Builder empty() {
        return new Builder();
    }

    public DocumentExtraction extract(SourceDocument document) {
        AnnotatedDocument annotated = new AnnotatedDocument(document, annotator.annotate(document), annotator);
        for (MentionRecogniser recogniser : recognisers) {
            annotated = annotated.withMentions(recogniser.recognise(annotated));
        }
        List<Fact> facts = new ArrayList<>();
        for (RelationRule rule : rules) {
            facts.addAll(rule.apply(annotated));
        }
        return new DocumentExtraction(document, annotated.mentions(), facts, annotated.withoutTokens());
    }

    /** Builds an {@link Extractor}. */
    public static final class Builder {
        private TextAnnotator annotator;
        private final List<MentionRecogniser> recognisers = new ArrayList<>();
        private final List<RelationRule> rules = new ArrayList<>();

        private Builder() {
        }

        public Builder annotator(TextAnnotator annotator) {
            this.annotator = annotator;
            return this;
        }

        public Builder recogniser(MentionRecogniser recogniser) {
            recognisers.add(recogniser);
            return this;
        }

        public Builder rule(RelationRule rule) {
            rules.add(rule);
            return this;
        }

        public Extractor build() {
            return new Extractor(this);
        }
    }
}
