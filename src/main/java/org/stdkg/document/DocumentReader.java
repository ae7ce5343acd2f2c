package org.stdkg.document;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads a file as a {@link SourceDocument}: UTF-8 plain text, or HTML (by extension or content)
 * reduced to text.
 *
 * <p>Rejects what is not a text document with a {@link DocumentException} whose message is one
 * line naming the file: empty files, binary files (images, archives, anything with NUL bytes),
 * UTF-16, invalid UTF-8 (with the offset of the first bad byte), files over the size limit, and
 * texts with a block (a line of plain text) longer than {@link #MAX_BLOCK_CHARS}. A byte order mark
 * is dropped. Thread-safe and stateless.
 */
public final class DocumentReader {

    /** Default upper bound on a document's size in bytes. */
    public static final long DEFAULT_MAX_BYTES = 64L * 1024 * 1024;

    /**
     * Upper bound on one block (a line of plain text, an HTML paragraph) in characters. Running
     * text of the genre has paragraphs of at most a few thousand characters, and an article whose
     * line breaks were lost is still far below this; a megabyte without a line break is a data
     * dump, not prose. Refusing it up front costs milliseconds, whereas annotating it would take
     * the NLP tools about a minute per 20 MB and yield mostly noise.
     */
    public static final int MAX_BLOCK_CHARS = 1_000_000;

    private final long maxBytes;

    private DocumentReader(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    public static DocumentReader create() {
        return new DocumentReader(DEFAULT_MAX_BYTES);
    }

    public static DocumentReader create(long maxBytes) {
        return new DocumentReader(maxBytes);
    }

    /** Whether the file name says it is a document this reader takes (used when walking directories). */
    public static boolean isCandidate(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return !name.startsWith(".");
    }

    public SourceDocument read(Path file) throws DocumentException {
        String name = file.toString();
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > maxBytes) {
                throw new DocumentException(name + ": too large (" + size + " bytes, limit " + maxBytes + ")");
            }
            bytes = Files.readAllBytes(file);
        } catch (AccessDeniedException e) {
            throw new DocumentException(name + ": cannot read (permission denied)", e);
        } catch (NoSuchFileException e) {
            throw new DocumentException(name + ": cannot read (no such file)", e);
        } catch (IOException e) {
            throw new DocumentException(name + ": cannot read (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage().lines().findFirst().orElse("")) + ")", e);
        }
        return read(name, bytes);
    }

    /** Reads a document from bytes; {@code name} is the file name used in messages and for the slug. */
    public SourceDocument read(String name, byte[] bytes) throws DocumentException {
        String binary = binaryKind(bytes);
        if (binary != null) {
            throw new DocumentException(name + ": not a text document (" + binary + ")");
        }
        String text = decode(name, bytes);
        if (text.startsWith("\uFEFF")) {
            // A byte order mark is not text: dropped here so that blankness and HTML sniffing see the content.
            text = text.substring(1);
        }
        if (text.isBlank()) {
            throw new DocumentException(name + ": empty document");
        }
        SourceDocument document = isHtml(name, text) ? HtmlText.read(name, text) : SourceDocument.ofText(name, text);
        if (document.blocks().isEmpty() || document.text().codePoints().noneMatch(Character::isLetterOrDigit)) {
            throw new DocumentException(name + ": no text in document");
        }
        for (Block block : document.blocks()) {
            if (block.text().length() > MAX_BLOCK_CHARS) {
                throw new DocumentException(name + ": not running text (" + block.text().length()
                        + " characters without a line break at offset " + block.start() + ", limit " + MAX_BLOCK_CHARS + ")");
            }
        }
        return document;
    }

    /** Strict UTF-8 decoding; the error names the offset of the first byte that is not UTF-8. */
    private static String decode(String name, byte[] bytes) throws DocumentException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        // UTF-8 never needs more chars than bytes.
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            // On error the input buffer stands at the first byte of the bad sequence.
            throw new DocumentException(name + ": invalid UTF-8 at byte " + in.position());
        }
        return out.flip().toString();
    }

    /** A short description of a binary format, or null when the bytes look like text. */
    static String binaryKind(byte[] bytes) {
        if (startsWith(bytes, 0x89, 'P', 'N', 'G')) {
            return "PNG image";
        }
        if (startsWith(bytes, 0xff, 0xd8, 0xff)) {
            return "JPEG image";
        }
        if (startsWith(bytes, 'G', 'I', 'F', '8')) {
            return "GIF image";
        }
        if (startsWith(bytes, '%', 'P', 'D', 'F')) {
            return "PDF file";
        }
        if (startsWith(bytes, 'P', 'K', 3, 4)) {
            return "ZIP archive";
        }
        if (startsWith(bytes, 0x1f, 0x8b)) {
            return "gzip archive";
        }
        if (startsWith(bytes, 'R', 'I', 'F', 'F')) {
            return "RIFF media file";
        }
        if (startsWith(bytes, 0xff, 0xfe) || startsWith(bytes, 0xfe, 0xff)) {
            return "UTF-16 text; only UTF-8 is read";
        }
        int probe = Math.min(bytes.length, 8192);
        int control = 0;
        for (int i = 0; i < probe; i++) {
            int b = bytes[i] & 0xff;
            if (b == 0) {
                return "binary data: NUL byte at offset " + i;
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                control++;
            }
        }
        return probe > 0 && control * 10 > probe ? "binary data: " + control + " control bytes in the first " + probe : null;
    }

    private static boolean startsWith(byte[] bytes, int... magic) {
        if (bytes.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((bytes[i] & 0xff) != magic[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean isHtml(String name, String text) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".html") || lower.endsWith(".htm") || lower.endsWith(".xhtml")) {
            return true;
        }
        String head = text.substring(0, Math.min(text.length(), 512)).stripLeading().toLowerCase(Locale.ROOT);
        return head.startsWith("<!doctype html") || head.startsWith("<html");
    }
}
