package org.stdkg.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads gold files (CONTRACT.md section 4): UTF-8, tab-separated, one fact per line, {@code #} comment lines and
 * blank lines skipped.
 *
 * <p>The parser is strict on purpose: a misspelt relation or class would otherwise silently drop gold facts and
 * inflate precision, so every malformed line is a {@link GoldFormatException} naming file and line.
 */
public final class GoldParser {

    private static final String RELATION_NAMES = Arrays.stream(Relation.values())
            .map(Relation::localName).collect(Collectors.joining(", "));
    private static final String CLASS_NAMES = Arrays.stream(EntityClass.values())
            .map(EntityClass::localName).collect(Collectors.joining(", "));

    private GoldParser() {
    }

    /**
     * Parses gold files; a directory stands for the {@code *.tsv} files directly in it, in name order.
     *
     * @throws IOException if a file cannot be read
     * @throws GoldFormatException on the first malformed line
     */
    public static List<GoldFile> parseAll(Collection<Path> paths) throws IOException, GoldFormatException {
        List<GoldFile> out = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                List<Path> tsvs;
                try (Stream<Path> list = Files.list(p)) {
                    tsvs = list.filter(f -> f.getFileName().toString().endsWith(".tsv") && Files.isRegularFile(f))
                            .sorted().collect(Collectors.toList());
                }
                for (Path f : tsvs) {
                    out.add(parse(f));
                }
            } else {
                out.add(parse(p));
            }
        }
        return List.copyOf(out);
    }

    /**
     * Parses one gold file, named in messages by its path.
     *
     * @throws IOException if the file cannot be read
     * @throws GoldFormatException on the first malformed line, including bytes that are not UTF-8
     */
    public static GoldFile parse(Path file) throws IOException, GoldFormatException {
        String source = file.toString();
        return parse(source, decodeUtf8(source, Files.readAllBytes(file)));
    }

    /**
     * Decodes strictly, so a Latin-1 or Windows-1252 file fails loudly instead of yielding names with replacement
     * characters that never match; the error names the line of the first bad byte. (A reader cannot tell the line:
     * it decodes ahead of the lines handed out.)
     */
    private static String decodeUtf8(String source, byte[] bytes) throws GoldFormatException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int line = 1;
            for (int i = 0; i < in.position(); i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            throw new GoldFormatException(source, line, "not valid UTF-8");
        }
        return out.flip().toString();
    }

    /**
     * Parses gold text held in memory.
     *
     * @param source the name to use in messages and in the parsed records
     * @throws GoldFormatException on the first malformed line
     */
    public static GoldFile parse(String source, String text) throws GoldFormatException {
        try {
            return parse(source, new StringReader(text));
        } catch (IOException e) {
            throw new UncheckedIOException("reading a string cannot fail", e);
        }
    }

    /**
     * Parses gold text from a reader; the caller closes it.
     *
     * @param source the name to use in messages and in the parsed records
     * @throws IOException if reading fails
     * @throws GoldFormatException on the first malformed line
     */
    public static GoldFile parse(String source, Reader reader) throws IOException, GoldFormatException {
        BufferedReader in = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
        List<GoldEntity> entities = new ArrayList<>();
        List<GoldFact> facts = new ArrayList<>();
        int lineNo = 0;
        while (true) {
            String line = in.readLine();
            if (line == null) {
                break;
            }
            lineNo++;
            if (lineNo == 1 && line.startsWith("\uFEFF")) {
                line = line.substring(1); // editors on Windows write a byte-order mark
            }
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            parseLine(source, lineNo, line, entities, facts);
        }
        return new GoldFile(source, entities, facts);
    }

    private static void parseLine(String source, int lineNo, String line, List<GoldEntity> entities,
            List<GoldFact> facts) throws GoldFormatException {
        List<String> fields = new ArrayList<>(Arrays.asList(line.split("\t", -1)));
        // Trailing tabs are an editor artefact, not an extra field.
        while (fields.size() > 3 && fields.get(fields.size() - 1).isBlank()) {
            fields.remove(fields.size() - 1);
        }
        if (fields.size() != 3) {
            throw new GoldFormatException(source, lineNo, "expected 3 tab-separated fields "
                    + "(entity CLASS NAMES or RELATION SUBJECT OBJECT), found " + fields.size());
        }
        String kind = fields.get(0).strip();
        if (kind.equals("entity")) {
            String cls = fields.get(1).strip();
            EntityClass entityClass = EntityClass.fromLocalName(cls).orElseThrow(() -> new GoldFormatException(
                    source, lineNo, "unknown class '" + cls + "' (expected one of " + CLASS_NAMES + ")"));
            entities.add(new GoldEntity(entityClass, names(source, lineNo, "names", fields.get(2)), source, lineNo));
            return;
        }
        Relation relation = Relation.fromLocalName(kind).orElseThrow(() -> new GoldFormatException(source, lineNo,
                "unknown relation '" + kind + "' (expected 'entity' or one of " + RELATION_NAMES + ")"));
        List<String> subject = names(source, lineNo, "subject", fields.get(1));
        List<String> object = names(source, lineNo, "object", fields.get(2));
        for (String value : object) {
            checkValue(source, lineNo, relation, value);
        }
        facts.add(new GoldFact(relation, subject, object, source, lineNo));
    }

    private static List<String> names(String source, int lineNo, String what, String field)
            throws GoldFormatException {
        List<String> names = new ArrayList<>();
        for (String part : field.split("\\|", -1)) {
            String name = part.strip();
            if (name.isEmpty()) {
                continue; // "A||B" or a trailing '|' is a slip, not a name
            }
            if (Names.normalise(name).isEmpty()) {
                throw new GoldFormatException(source, lineNo,
                        what + " '" + name + "' has no letters or digits, so it can never match");
            }
            names.add(name);
        }
        if (names.isEmpty()) {
            throw new GoldFormatException(source, lineNo, what + " is empty");
        }
        return names;
    }

    private static void checkValue(String source, int lineNo, Relation relation, String value)
            throws GoldFormatException {
        switch (relation.valueKind()) {
            case DATE -> {
                if (!Names.isGoldDate(value)) {
                    throw new GoldFormatException(source, lineNo, relation.localName() + " value '" + value
                            + "' is not a date (expected YYYY-MM-DD, YYYY-MM or YYYY)");
                }
            }
            case STATUS -> {
                if (!value.equals("published") && !value.equals("inDevelopment")) {
                    throw new GoldFormatException(source, lineNo,
                            "status value '" + value + "' is not 'published' or 'inDevelopment'");
                }
            }
            default -> {
                // entity names and free text: any non-empty text is fine
            }
        }
    }
}
