package org.stdkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.stdkg.document.SourceDocument;

/**
 * The indexed lookups of {@link AnnotatedDocument} (mentionsIn, isFree, overlapping, startingBetween, withMentions) give the same
 * answers as a plain scan over all mentions, and stay fast when a big document has many mentions.
 */
class AnnotatedDocumentLookupTest {

    private static final String TEXT = "ISO/IEC JTC 1/SC 42 developed ISO/IEC 42001 with IEC and ISO in Geneva. ".repeat(20);
    private static final SourceDocument DOC = SourceDocument.ofText("t.txt", TEXT);

    private static Mention m(int start, int end) {
        return Mention.of(EntityKind.ORGANISATION, "x" + start + "-" + end, start, end, "test");
    }

    /** Random mentions, overlapping each other and of any length including zero. */
    private static List<Mention> randomMentions(Random random, int count) {
        List<Mention> mentions = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int start = random.nextInt(TEXT.length());
            int end = Math.min(TEXT.length(), start + random.nextInt(30));
            mentions.add(m(start, end));
        }
        return mentions;
    }

    @Test
    void lookupsAgreeWithAPlainScan() {
        Random random = new Random(42);
        for (int round = 0; round < 50; round++) {
            List<Mention> all = randomMentions(random, 60);
            AnnotatedDocument doc = new AnnotatedDocument(DOC, List.of(), all);
            for (int probe = 0; probe < 200; probe++) {
                int from = random.nextInt(TEXT.length());
                int to = Math.min(TEXT.length(), from + random.nextInt(80));
                List<Mention> expectedInside = doc.mentions().stream().filter(x -> x.start() >= from && x.end() <= to).toList();
                assertEquals(expectedInside, doc.mentionsIn(from, to), "mentionsIn " + from + ".." + to);
                boolean expectedFree = doc.mentions().stream().noneMatch(x -> x.overlaps(from, to));
                assertEquals(expectedFree, doc.isFree(from, to), "isFree " + from + ".." + to);
                assertEquals(doc.mentions().stream().filter(x -> x.overlaps(from, to)).toList(), doc.overlapping(from, to),
                        "overlapping " + from + ".." + to);
                assertEquals(doc.mentions().stream().filter(x -> x.start() >= from && x.start() <= to).toList(), doc.startingBetween(from, to),
                        "startingBetween " + from + ".." + to);
            }
        }
    }

    @Test
    void withMentionsKeepsEarlierMentionsAndDropsOverlappingOnes() {
        Random random = new Random(7);
        for (int round = 0; round < 50; round++) {
            AnnotatedDocument doc = new AnnotatedDocument(DOC, List.of(), randomMentions(random, 20));
            List<Mention> more = randomMentions(random, 40);
            // The rule, spelled out as a scan: a new mention is accepted when it overlaps neither an
            // existing mention nor one accepted before it.
            List<Mention> accepted = new ArrayList<>();
            for (Mention x : more) {
                boolean clash = doc.mentions().stream().anyMatch(e -> e.overlaps(x.start(), x.end()))
                        || accepted.stream().anyMatch(a -> a.overlaps(x.start(), x.end()));
                if (!clash) {
                    accepted.add(x);
                }
            }
            List<Mention> expected = new ArrayList<>(doc.mentions());
            expected.addAll(accepted);
            assertEquals(new AnnotatedDocument(DOC, List.of(), expected).mentions(), doc.withMentions(more).mentions());
        }
    }

    @Test
    void mentionTouchingAnotherIsNotAnOverlap() {
        AnnotatedDocument doc = new AnnotatedDocument(DOC, List.of(), List.of(m(0, 3)));
        assertTrue(doc.isFree(3, 7));
        assertFalse(doc.isFree(2, 7));
        assertEquals(2, doc.withMentions(List.of(m(3, 7), m(5, 9))).mentions().size());
    }

    @Test
    void manyMentionsInABigDocumentStayFast() {
        String big = "ISO and IEC met. ".repeat(100_000);
        SourceDocument doc = SourceDocument.ofText("big.txt", big);
        List<Mention> mentions = new ArrayList<>();
        for (int i = 0; i < big.length(); i += 17) {
            mentions.add(m(i, i + 3));
            mentions.add(m(i + 8, i + 11));
        }
        long t0 = System.nanoTime();
        AnnotatedDocument annotated = new AnnotatedDocument(doc, List.of(), List.of()).withMentions(mentions);
        int inside = 0;
        for (int i = 0; i < big.length(); i += 17) {
            inside += annotated.mentionsIn(i, i + 17).size();
        }
        long millis = (System.nanoTime() - t0) / 1_000_000;
        assertEquals(200_000, annotated.mentions().size());
        assertEquals(200_000, inside);
        // A scan per lookup would be 2e5 x 2e5 steps: minutes, not seconds.
        assertTrue(millis < 10_000, "took " + millis + " ms");
    }
}
