package org.stdkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Extraction files: what is written is read back equal, and a bad file fails with one line naming it. */
class ExtractionFileTest {

    @TempDir
    Path temp;

    private static Evidence evidence(String doc, int from, int to, String rule) {
        String sentence = "ISO/IEC 42001 was developed by ISO/IEC JTC 1/SC 42 in Geneva on 2 December 2025 — “quoted” \\ \"text\".";
        return new Evidence(doc, 100, 100 + sentence.length(), sentence, from, to, rule);
    }

    private static ExtractedDocument document(String slug) {
        Mention standard = new Mention(EntityKind.STANDARD, "ISO/IEC 42001", Set.of("ISO 42001", "42001"), "ISO/IEC 42001", 100, 113,
                "StandardRecogniser");
        Mention committee = new Mention(EntityKind.COMMITTEE, "ISO/IEC JTC 1/SC 42", new LinkedHashSet<>(List.of("SC 42")), null, 131,
                150, "CommitteeRecogniser");
        Mention event = Mention.of(EntityKind.EVENT, "Sommet de l'IA à Genève", 160, 170, "EventRecogniser");
        List<Fact> facts = List.of(
                new Fact(standard, Relation.DEVELOPED_BY, Value.entity(committee), evidence(slug, 114, 130, "StandardDeveloperRule")),
                new Fact(event, Relation.START_DATE, Value.Literal.date("2025-12-02"), evidence(slug, 160, 175, "EventRelationRule")),
                new Fact(standard, Relation.STATUS, new Value.Resource("https://w3id.org/stdkg/ontology#Published"),
                        evidence(slug, 100, 113, "StandardStatusRule")),
                new Fact(standard, Relation.TITLE, Value.Literal.string("AI management system"),
                        evidence(slug, 100, 113, "StandardTitleRule")));
        return new ExtractedDocument(slug, "corpus/" + slug + ".txt", "text/plain", List.of(standard, committee, event),
                List.of(evidence(slug, 100, 113, "StandardRecogniser"), evidence(slug, 131, 150, "CommitteeRecogniser"),
                        evidence(slug, 160, 170, "EventRecogniser")),
                facts);
    }

    @Test
    void whatIsWrittenIsReadBackEqual() throws IOException {
        for (String name : List.of("part.jsonl", "part.jsonl.gz")) {
            Path file = temp.resolve(name);
            ExtractionFile.Header header = new ExtractionFile.Header(new Shard(2, 3), 7);
            List<ExtractedDocument> documents = List.of(document("news-1"), document("news-2"));
            ExtractionFile.write(file, header, documents);
            ExtractionFile.Contents back = ExtractionFile.read(file);
            assertEquals(header, back.header(), name);
            assertEquals(documents, back.documents(), name);
        }
    }

    @Test
    void aGzipFileIsCompressedAndAPlainOneIsOneLinePerDocument() throws IOException {
        Path plain = temp.resolve("p.jsonl");
        Path gz = temp.resolve("p.jsonl.gz");
        List<ExtractedDocument> documents = List.of(document("a"), document("b"), document("c"));
        ExtractionFile.write(plain, new ExtractionFile.Header(Shard.ALL, 3), documents);
        ExtractionFile.write(gz, new ExtractionFile.Header(Shard.ALL, 3), documents);
        assertEquals(4, Files.readAllLines(plain).size());
        assertTrue(Files.size(gz) < Files.size(plain) / 2, Files.size(gz) + " vs " + Files.size(plain));
    }

    @Test
    void aFileWithoutTheHeaderIsNotAnExtractionFile() throws IOException {
        Path file = Files.writeString(temp.resolve("x.jsonl"), "{\"slug\":\"a\"}\n", StandardCharsets.UTF_8);
        ExtractionFileException e = assertThrows(ExtractionFileException.class, () -> ExtractionFile.read(file));
        assertEquals(file + ": not an extraction file (stdkg-extraction header expected on line 1)", e.getMessage());
    }

    @Test
    void aBadDocumentLineIsNamedByFileAndLine() throws IOException {
        Path file = temp.resolve("bad.jsonl");
        ExtractionFile.write(file, new ExtractionFile.Header(Shard.ALL, 2), List.of(document("a")));
        Files.writeString(file, "{\"slug\":\"b\",\"name\":\"b.txt\"}\n", StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
        ExtractionFileException e = assertThrows(ExtractionFileException.class, () -> ExtractionFile.read(file));
        assertTrue(e.getMessage().startsWith(file + ":3: not a document of an extraction file"), e.getMessage());
        assertEquals(1, e.getMessage().lines().count());
    }

    @Test
    void aTruncatedLineIsNamedToo() throws IOException {
        Path file = temp.resolve("cut.jsonl");
        ExtractionFile.write(file, new ExtractionFile.Header(Shard.ALL, 1), List.of(document("a")));
        String text = Files.readString(file);
        Files.writeString(file, text.substring(0, text.length() - 40));
        ExtractionFileException e = assertThrows(ExtractionFileException.class, () -> ExtractionFile.read(file));
        assertTrue(e.getMessage().startsWith(file + ":2: "), e.getMessage());
    }

    @Test
    void anUnknownVersionIsRefused() throws IOException {
        Path file = Files.writeString(temp.resolve("v2.jsonl"),
                "{\"format\":\"stdkg-extraction\",\"version\":2,\"shard\":\"1/1\",\"files\":0}\n", StandardCharsets.UTF_8);
        assertThrows(ExtractionFileException.class, () -> ExtractionFile.read(file));
    }
}
