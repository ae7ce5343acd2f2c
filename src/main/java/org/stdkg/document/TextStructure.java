package org.stdkg.document;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the blocks of a plain text: one block per non-blank line, classified as heading, bullet
 * item or paragraph.
 *
 * <p>The genre (news items, actor profiles) writes headings as short lines without closing
 * punctuation ("Digital policy issues", "Key commitments") and list items behind a dash or bullet
 * sign; running text ends with a full stop.
 */
public final class TextStructure {

    // The patterns of inline checks, compiled once instead of at every call.
    private static final Pattern P1 = Pattern.compile("^[A-Z][A-Za-z ]{1,30}: .*");
    private static final Pattern P2 = Pattern.compile("\\s+");

    /** A bullet marker at the start of a line: dash, en dash, bullet, middle dot, asterisk. */
    private static final Pattern BULLET = Pattern.compile("^[ \\t\\u00a0]*(?:[-\\u2013\\u2022\\u00b7\\u25aa\\u25cf*]|\\d{1,2}[.)])[ \\t\\u00a0]+");

    /** Headings are short: at most this many words. */
    static final int MAX_HEADING_WORDS = 14;

    private TextStructure() {
    }

    static String normaliseLineEnds(String text) {
        String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
        return t.replace("\r\n", "\n").replace('\r', '\n');
    }

    /** The blocks of a text whose line ends are {@code \n}. */
    public static List<Block> blocks(String text) {
        List<Block> blocks = new ArrayList<>();
        int lastHeading = -1;
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            int start = lineStart;
            int end = lineEnd;
            BlockKind kind = BlockKind.PARAGRAPH;
            Matcher bullet = BULLET.matcher(text).region(start, end);
            if (bullet.lookingAt()) {
                kind = BlockKind.BULLET;
                start = bullet.end();
            }
            while (start < end && isSpace(text.charAt(start))) {
                start++;
            }
            while (end > start && isSpace(text.charAt(end - 1))) {
                end--;
            }
            if (end > start) {
                String line = text.substring(start, end);
                if (kind == BlockKind.PARAGRAPH && looksLikeHeading(line)) {
                    kind = BlockKind.HEADING;
                }
                blocks.add(new Block(kind, start, end, line, lastHeading));
                if (kind == BlockKind.HEADING) {
                    lastHeading = blocks.size() - 1;
                }
            }
            lineStart = lineEnd + 1;
        }
        return blocks;
    }

    /** White space, no-break spaces included (Character.isWhitespace excludes them; web texts are full of them). */
    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** Short, starts with a capital or digit, and does not end like a sentence or a field ("Acronym: UNIDIR"). */
    static boolean looksLikeHeading(String line) {
        if (line.length() > 120) {
            return false;
        }
        char first = line.charAt(0);
        if (!Character.isUpperCase(first) && !Character.isDigit(first)) {
            return false;
        }
        char last = line.charAt(line.length() - 1);
        if (".;,:!?".indexOf(last) >= 0 && !line.endsWith("...")) {
            return false;
        }
        if (P1.matcher(line).matches()) {
            return false;
        }
        return P2.split(line).length <= MAX_HEADING_WORDS;
    }
}
