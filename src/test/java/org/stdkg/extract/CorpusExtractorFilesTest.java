package org.stdkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which files a batch reads, and how missing inputs are reported. */
class CorpusExtractorFilesTest {

    @Test
    void directoriesAreWalkedInStableOrderSkippingHiddenFiles(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("b"));
        Files.writeString(dir.resolve("b/2.txt"), "x");
        Files.writeString(dir.resolve("a.txt"), "x");
        Files.writeString(dir.resolve(".hidden.txt"), "x");
        Files.write(dir.resolve("logo.png"), new byte[] {1});
        List<String> problems = new ArrayList<>();
        List<Path> files = CorpusExtractor.files(List.of(dir), problems::add);
        assertEquals(List.of(dir.resolve("a.txt"), dir.resolve("b/2.txt"), dir.resolve("logo.png")), files);
        assertEquals(List.of(), problems);
    }

    @Test
    void missingInputIsAProblemAndTheOthersAreKept(@TempDir Path dir) throws Exception {
        Path good = Files.writeString(dir.resolve("good.txt"), "x");
        Path missing = dir.resolve("missing.txt");
        List<String> problems = new ArrayList<>();
        assertEquals(List.of(good), CorpusExtractor.files(List.of(missing, good), problems::add));
        assertEquals(List.of(missing + ": no such file or directory"), problems);
    }
}
