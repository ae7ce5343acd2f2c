package org.stdkg.document;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads a file as a {@link SourceDocument}: UTF-8 plain text, or HTML (by extension or content)
 * reduced to text.
 *
 * <p>Rejects what is not a text document with a {@link DocumentException} whose message is one
 * line naming the file: empty files, binary files (images, archives, anything with NUL bytes),
 * invalid UTF-8 and files over the size limit. Thread-safe and stateless.
 */
public final class DocumentReader {

    /** Default upper bound on a document's size in bytes. */
    public static final long DEFAULT_MAX_BYTES = 64L * 1024 * 1024;

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
        } catch (IOException e) {
            throw new DocumentException(name + ": cannot read (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")", e);
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
        if (text.isBlank()) {
            throw new DocumentException(name + ": empty document");
        }
        SourceDocument document = isHtml(name, text) ? HtmlText.read(name, text) : SourceDocument.ofText(name, text);
        if (document.blocks().isEmpty()) {
            throw new DocumentException(name + ": no text in document");
        }
        return document;
    }

    private static String decode(String name, byte[] bytes) throws DocumentException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return decoder.decode(ByteBuffer.wrap(bytes)).toString();
        } catch (MalformedInputException e) {
            throw new DocumentException(name + ": invalid UTF-8 near byte " + malformedOffset(bytes));
        } catch (CharacterCodingException e) {
            throw new DocumentException(name + ": invalid UTF-8 (" + e.getMessage() + ")");
        }
    }

    /** The offset of the first malformed byte, found by decoding ever shorter prefixes is costly: scan instead. */
    private static int malformedOffset(byte[] bytes) {
        int i = 0;
        while (i < bytes.length) {
            int b = bytes[i] & 0xff;
            int len = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
            if (len == 0 || i + len > bytes.length) {
                return i;
            }
            for (int k = 1; k < len; k++) {
                if ((bytes[i + k] & 0xc0) != 0x80) {
                    return i;
                }
            }
            i += len;
        }
        return i;
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
