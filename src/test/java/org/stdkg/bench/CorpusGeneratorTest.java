package org.stdkg.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link CorpusGenerator}: deterministic, resumable, and varied enough that entities do not collapse. */
class CorpusGeneratorTest {

    private static final Pattern ISO_IEC = Pattern.compile("ISO/IEC (\\d{4,5})");

    static CorpusGenerator generator;

    @TempDir
    Path temp;

    @BeforeAll
    static void sources() throws IOException {
        generator = CorpusGenerator.fromProject(Path.of("."));
    }

    @Test
    void sameSeedAndIndexGiveTheSameDocumentAndOthersDiffer() {
        assertEquals(generator.document(42, 7), generator.document(42, 7));
        assertNotEquals(generator.document(42, 7), generator.document(42, 8));
        assertNotEquals(generator.document(42, 7), generator.document(43, 7));
    }

    @Test
    void aRunStoppedMidwayAndStartedAgainWritesTheSameCorpus() throws IOException {
        Path whole = temp.resolve("whole");
        Path resumed = temp.resolve("resumed");
        long[] done = generator.write(whole, 42, 60_000, false);
        generator.write(resumed, 42, 20_000, false);
        long[] again = generator.write(resumed, 42, 60_000, false);

        assertEquals(done[0], again[0]);
        assertEquals(done[1], again[1]);
        for (long i = 0; i < done[0]; i++) {
            assertEquals(Files.readString(CorpusGenerator.file(whole, i)), Files.readString(CorpusGenerator.file(resumed, i)), "document " + i);
        }
        assertTrue(Files.readString(resumed.resolve(".complete")).contains("documents=" + done[0]));
    }

    @Test
    void namesOfTheSourcesAreReplacedAndIdentifiersVary() throws IOException {
        Path out = temp.resolve("corpus");
        generator.write(out, 1, 300_000, false);
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.walk(out)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).toList()) {
                all.append(Files.readString(f, StandardCharsets.UTF_8)).append('\n');
            }
        }
        String text = all.toString();
        // Persons and organisations the gold files name are gone; the standards bodies stay.
        assertFalse(text.contains("Seizo Onoe"));
        assertFalse(text.contains("Beth Bacon"));
        assertFalse(text.contains("American National Standards Institute"));
        assertTrue(text.contains("ISO"));
        Set<String> numbers = new HashSet<>();
        int occurrences = 0;
        Matcher m = ISO_IEC.matcher(text);
        while (m.find()) {
            numbers.add(m.group(1));
            occurrences++;
        }
        Set<String> sourceNumbers = new HashSet<>();
        for (String[] source : CorpusGenerator.SOURCES) {
            try (Stream<Path> files = Files.list(Path.of(source[0]))) {
                for (Path f : files.filter(p -> p.toString().endsWith(".txt")).toList()) {
                    Matcher s = ISO_IEC.matcher(Files.readString(f, StandardCharsets.UTF_8));
                    while (s.find()) {
                        sourceNumbers.add(s.group(1));
                    }
                }
            }
        }
        // Each document draws its own numbers: most mentions name a standard no other mention names, and
        // 300 KB of generated text names more distinct standards than all the source texts together.
        assertTrue(occurrences > 50, "ISO/IEC mentions: " + occurrences);
        assertTrue(numbers.size() >= 0.6 * occurrences, "distinct ISO/IEC numbers: " + numbers.size() + " of " + occurrences);
        assertTrue(numbers.size() > sourceNumbers.size(), "distinct: " + numbers.size() + ", in the sources: " + sourceNumbers.size());
    }
}
