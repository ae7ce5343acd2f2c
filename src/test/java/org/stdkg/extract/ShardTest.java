package org.stdkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/** Which shard a document falls into: every document in exactly one, by its name only. */
class ShardTest {

    private static List<Path> corpus(int n) {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            files.add(Path.of("corpus", "news-" + i + (i % 3 == 0 ? ".html" : ".txt")));
        }
        return files;
    }

    @Test
    void everyDocumentFallsInExactlyOneShard() {
        for (int n = 1; n <= 7; n++) {
            for (Path file : corpus(200)) {
                int count = n;
                long shards = IntStream.rangeClosed(1, n).filter(i -> new Shard(i, count).contains(file)).count();
                assertEquals(1, shards, file + " in " + shards + " of " + n + " shards");
            }
        }
    }

    @Test
    void shardsShareALargeCorpusOutRoughlyEvenly() {
        List<Path> files = corpus(3000);
        for (int i = 1; i <= 3; i++) {
            Shard shard = new Shard(i, 3);
            long in = files.stream().filter(shard::contains).count();
            // 1000 expected; a binomial standard deviation is about 26.
            assertTrue(in > 850 && in < 1150, shard + " has " + in + " of 3000");
        }
    }

    @Test
    void theShardDependsOnTheFileNameNotItsDirectory() {
        for (Path file : corpus(50)) {
            Path elsewhere = Path.of("/mnt", "machine-b", "texts").resolve(file.getFileName());
            for (int i = 1; i <= 4; i++) {
                assertEquals(new Shard(i, 4).contains(file), new Shard(i, 4).contains(elsewhere), file.toString());
            }
        }
    }

    @Test
    void filesWithTheSameSlugFallInTheSameShard() {
        // One run keeps the first of two documents with one slug; so must the shard that has both.
        for (int i = 1; i <= 5; i++) {
            Shard shard = new Shard(i, 5);
            assertEquals(shard.contains(Path.of("a/Report 2024.txt")), shard.contains(Path.of("b/report-2024.html")));
        }
    }

    @Test
    void theWholeCorpusIsOneShardOfOne() {
        assertTrue(corpus(20).stream().allMatch(Shard.ALL::contains));
    }

    @Test
    void shardsAreWrittenAsIndexSlashCount() {
        assertEquals(new Shard(2, 3), Shard.parse("2/3"));
        assertEquals(new Shard(1, 1), Shard.parse(" 1 / 1 "));
        assertEquals("4/10", new Shard(4, 10).toString());
    }

    @Test
    void impossibleShardsAreRefused() {
        for (String bad : List.of("0/3", "4/3", "1/0", "3", "a/b", "-1/2", "1/2/3", "")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Shard.parse(bad), bad);
            assertTrue(e.getMessage().startsWith("not a shard"), e.getMessage());
        }
    }
}
