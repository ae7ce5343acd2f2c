package org.stdkg.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading files as documents: what is refused (one line naming the file) and how text is normalised and structured. */
class DocumentReaderTest {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

    private final DocumentReader reader = DocumentReader.create();

    private String refusal(String name, byte[] bytes) {
        DocumentException e = assertThrows(DocumentException.class, () -> reader.read(name, bytes));
        assertTrue(e.getMessage().startsWith(name + ": "), e.getMessage());
        assertEquals(1, e.getMessage().lines().count(), "one line: " + e.getMessage());
        return e.getMessage();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    /** Every block's text is the document text between its offsets: what evidence offsets rely on. */
    private static void assertOffsetsConsistent(SourceDocument d) {
        for (Block b : d.blocks()) {
            assertEquals(b.text(), d.text().substring(b.start(), b.end()), "block " + b);
        }
    }

    @Test
    void emptyFileIsRefused() {
        assertEquals("empty.txt: empty document", refusal("empty.txt", new byte[0]));
    }

    @Test
    void whitespaceOnlyFileIsRefusedAsEmpty() {
        assertEquals("blank.txt: empty document", refusal("blank.txt", utf8(" \n\t\r\n  \n")));
    }

    @Test
    void noBreakSpacesAndRulesAreNoText() {
        assertEquals("rule.txt: no text in document", refusal("rule.txt", utf8("\u00a0\u00a0\n-----\n* * *\n")));
    }

    @Test
    void byteOrderMarkAloneIsEmpty() {
        assertEquals("bom.txt: empty document", refusal("bom.txt", new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf, '\n'}));
    }

    @Test
    void pngImageIsNotATextDocument() {
        assertEquals("logo.png: not a text document (PNG image)", refusal("logo.png", PNG));
    }

    @Test
    void pngImageIsRecognisedWhateverItsName() {
        assertTrue(refusal("notes.txt", PNG).contains("PNG image"));
    }

    @Test
    void nulBytesMarkBinaryDataWithTheirOffset() {
        String message = refusal("data.bin", utf8("ISO\u0000IEC"));
        assertEquals("data.bin: not a text document (binary data: NUL byte at offset 3)", message);
    }

    @Test
    void utf16TextIsNamedAsSuch() {
        byte[] utf16 = concat(new byte[] {(byte) 0xff, (byte) 0xfe}, "ISO".getBytes(StandardCharsets.UTF_16LE));
        assertTrue(refusal("utf16.txt", utf16).contains("UTF-16"));
    }

    @Test
    void invalidUtf8NamesTheOffsetOfTheFirstBadByte() {
        // "Genève" in ISO-8859-1: the è (0xe8) starts a three-byte sequence that the next letter breaks.
        byte[] prefix = utf8("The ITU met in Gen");
        byte[] latin1 = concat(prefix, "ève in 2024.\n".getBytes(StandardCharsets.ISO_8859_1));
        assertEquals("latin1.txt: invalid UTF-8 at byte " + prefix.length, refusal("latin1.txt", latin1));
    }

    @Test
    void invalidUtf8OffsetCountsMultiByteCharactersAsBytes() {
        byte[] prefix = utf8("Genève – Zürich ");
        byte[] bytes = concat(prefix, new byte[] {(byte) 0xff}, utf8(" more text."));
        assertEquals("x.txt: invalid UTF-8 at byte " + prefix.length, refusal("x.txt", bytes));
    }

    @Test
    void truncatedSequenceAtTheEndIsInvalid() {
        byte[] bytes = concat(utf8("Summit on AI standards "), new byte[] {(byte) 0xe2, (byte) 0x80});
        assertEquals("t.txt: invalid UTF-8 at byte 23", refusal("t.txt", bytes));
    }

    @Test
    void encodedSurrogateIsInvalid() {
        byte[] bytes = concat(utf8("ab"), new byte[] {(byte) 0xed, (byte) 0xa0, (byte) 0x80}, utf8("cd"));
        assertEquals("s.txt: invalid UTF-8 at byte 2", refusal("s.txt", bytes));
    }

    @Test
    void validMultiByteTextIsRead() throws DocumentException {
        SourceDocument d = reader.read("ok.txt", utf8("Genève hosts the “AI for Good” summit – 2025.\n"));
        assertEquals("Genève hosts the “AI for Good” summit – 2025.", d.blocks().get(0).text());
    }

    @Test
    void byteOrderMarkIsStripped() throws DocumentException {
        byte[] bytes = concat(new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf}, utf8("Key commitments\nISO and IEC agreed.\n"));
        SourceDocument d = reader.read("bom.txt", bytes);
        assertTrue(d.text().startsWith("Key commitments"), d.text());
        assertEquals(0, d.blocks().get(0).start());
        assertOffsetsConsistent(d);
    }

    @Test
    void byteOrderMarkDoesNotHideHtml() throws DocumentException {
        byte[] bytes = concat(new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf},
                utf8("<!DOCTYPE html><html><body><p>ITU hosts the summit.</p></body></html>"));
        SourceDocument d = reader.read("page", bytes);
        assertEquals("text/html", d.mediaType());
        assertEquals("ITU hosts the summit.", d.blocks().get(0).text());
    }

    @Test
    void crlfAndCrLineEndsAreNormalised() throws DocumentException {
        SourceDocument d = reader.read("crlf.txt", utf8("Digital policy issues\r\nISO develops standards.\r\rIEC too.\r\n"));
        assertFalse(d.text().contains("\r"));
        assertEquals(List.of("Digital policy issues", "ISO develops standards.", "IEC too."),
                d.blocks().stream().map(Block::text).toList());
        assertOffsetsConsistent(d);
    }

    @Test
    void htmlIsReducedToHeadingsParagraphsAndBullets() throws DocumentException {
        String html = "<html><head><title>ignored</title><script>track()</script><style>p{}</style></head><body>"
                + "<nav>Home | News</nav><h1>International AI Standards Summit</h1>"
                + "<p>ISO, IEC and ITU issued the <b>Seoul Statement</b>.</p>"
                + "<ul><li>Inclusive standards</li><li><p>Capacity</p> building</li></ul>"
                + "<footer>Copyright</footer></body></html>";
        SourceDocument d = reader.read("news.html", utf8(html));
        assertEquals("text/html", d.mediaType());
        List<Block> blocks = d.blocks();
        assertEquals(List.of("International AI Standards Summit", "ISO, IEC and ITU issued the Seoul Statement.",
                "Inclusive standards", "Capacity building"), blocks.stream().map(Block::text).toList());
        assertEquals(List.of(BlockKind.HEADING, BlockKind.PARAGRAPH, BlockKind.BULLET, BlockKind.BULLET),
                blocks.stream().map(Block::kind).toList());
        assertEquals(0, blocks.get(1).heading());
        assertEquals(0, blocks.get(3).heading());
        assertFalse(d.text().contains("track") || d.text().contains("Home") || d.text().contains("Copyright"));
        assertOffsetsConsistent(d);
    }

    @Test
    void htmlWithoutParagraphElementsKeepsItsLinesApart() throws DocumentException {
        String html = "<html><body><div>ITU hosts the summit.</div><div>ISO joins.<br>IEC too.</div></body></html>";
        SourceDocument d = reader.read("divs.html", utf8(html));
        assertEquals(List.of("ITU hosts the summit.", "ISO joins.", "IEC too."), d.blocks().stream().map(Block::text).toList());
        assertOffsetsConsistent(d);
    }

    @Test
    void htmlWithoutTextIsRefused() {
        assertTrue(refusal("blank.html", utf8("<html><body><img src=x></body></html>")).contains("no text"));
    }

    @Test
    void plainTextHeadingsBulletsAndParagraphs() throws DocumentException {
        String text = "Digital policy issues\n"
                + "The organisation develops international standards.\n"
                + "\n"
                + "- Artificial intelligence\n"
                + "\u2022 Internet of things\n"
                + "Acronym: UNIDIR\n"
                + "Key commitments\n"
                + "1. Promote inclusive standards.\n";
        SourceDocument d = reader.read("profile.txt", utf8(text));
        List<Block> b = d.blocks();
        assertEquals(List.of(BlockKind.HEADING, BlockKind.PARAGRAPH, BlockKind.BULLET, BlockKind.BULLET, BlockKind.PARAGRAPH,
                BlockKind.HEADING, BlockKind.BULLET), b.stream().map(Block::kind).toList());
        assertEquals("Artificial intelligence", b.get(2).text(), "bullet marker not part of the block");
        assertEquals(0, b.get(1).heading());
        assertEquals(0, b.get(4).heading());
        assertEquals(5, b.get(6).heading());
        assertEquals(-1, b.get(0).heading());
        assertOffsetsConsistent(d);
    }

    @Test
    void plainTextStructureMatchesTextStructure() throws DocumentException {
        String text = "Key commitments\nISO and IEC agreed.\n";
        assertEquals(TextStructure.blocks(text), reader.read("t.txt", utf8(text)).blocks());
    }

    @Test
    void aMegabyteWithoutLineBreakIsNotRunningText() {
        String sentence = "The ITU hosted the summit in Geneva. ";
        String line = sentence.repeat(DocumentReader.MAX_BLOCK_CHARS / sentence.length() + 1);
        String message = refusal("dump.txt", utf8(line));
        assertTrue(message.contains("not running text") && message.contains("without a line break"), message);
    }

    @Test
    void aWholeArticleOnOneLineIsStillRead() throws DocumentException {
        String sentence = "The ITU hosted the summit in Geneva. ";
        String line = sentence.repeat(100_000 / sentence.length());
        assertEquals(1, reader.read("article.txt", utf8(line)).blocks().size());
    }

    @Test
    void fileOverTheSizeLimitIsRefused(@TempDir Path dir) throws Exception {
        Path file = java.nio.file.Files.writeString(dir.resolve("big.txt"), "ISO develops standards.\n".repeat(10));
        DocumentException e = assertThrows(DocumentException.class, () -> DocumentReader.create(100).read(file));
        assertTrue(e.getMessage().startsWith(file + ": too large"), e.getMessage());
    }

    @Test
    void missingFileIsNamed(@TempDir Path dir) {
        Path file = dir.resolve("gone.txt");
        DocumentException e = assertThrows(DocumentException.class, () -> reader.read(file));
        assertEquals(file + ": cannot read (no such file)", e.getMessage());
    }

    @Test
    void slugComesFromTheFileName() throws DocumentException {
        assertEquals("000_4c18e10789c3dabd", reader.read("seeds/000_4c18e10789c3dabd.txt", utf8("ISO met.\n")).slug());
    }
}
