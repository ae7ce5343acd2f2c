package org.stdkg.extract;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.stdkg.document.SourceDocument;

/**
 * One of {@code count} parts of a corpus, {@code index} counting from 1: {@code stdkg extract
 * --shard 2/3} extracts the second third. A document belongs to the shard picked by a stable hash
 * (SHA-256) of its slug, the name its graph is keyed by: the assignment depends on nothing but the
 * file name, so every machine agrees on it whatever the directory the corpus sits in, and the
 * documents that one run would see as duplicates (same slug) fall in the same shard, where the
 * same one is kept.
 *
 * @param index which part, from 1 to {@code count}
 * @param count how many parts
 */
public record Shard(int index, int count) {

    /** The whole corpus. */
    public static final Shard ALL = new Shard(1, 1);

    private static final Pattern SYNTAX = Pattern.compile("\\s*(\\d{1,9})\\s*/\\s*(\\d{1,9})\\s*");

    public Shard {
        if (count < 1 || index < 1 || index > count) {
            throw new IllegalArgumentException("not a shard: " + index + "/" + count + " (want i/n with 1 <= i <= n)");
        }
    }

    /** {@code "2/3"}. */
    public static Shard parse(String text) {
        Matcher m = SYNTAX.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException("not a shard: \"" + text + "\" (want i/n, such as 1/4)");
        }
        return new Shard(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    /** Whether the document read from this file belongs to this shard. */
    public boolean contains(Path file) {
        return count == 1 || of(SourceDocument.slugOf(file.getFileName().toString()), count) == index;
    }

    /** The shard, 1 to {@code count}, of a document slug. */
    static int of(String slug, int count) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(slug.getBytes(StandardCharsets.UTF_8));
            return (int) Long.remainderUnsigned(ByteBuffer.wrap(digest).getLong(), count) + 1;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JVM", e);
        }
    }

    @Override
    public String toString() {
        return index + "/" + count;
    }
}
