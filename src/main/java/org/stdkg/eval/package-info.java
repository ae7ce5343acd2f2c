/**
 * Scoring of extracted RDF against hand-written gold files (CONTRACT.md section 4).
 *
 * <p>Front door: {@link org.stdkg.eval.GoldParser#parseAll(java.util.Collection)} reads the gold files,
 * {@link org.stdkg.eval.ExtractedGraph} reads what the extractor produced from a Jena dataset,
 * {@link org.stdkg.eval.Scorer#score(java.util.Collection, org.stdkg.eval.ExtractedGraph)} compares them and
 * {@link org.stdkg.eval.ScoreReport#render(org.stdkg.eval.Score, boolean)} turns the result into text.
 */
package org.stdkg.eval;
