package org.stdkg.extract;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

/**
 * The extraction of a batch before entity resolution, as JSON Lines: what {@code stdkg extract
 * --shard i/n -o part.jsonl} writes and {@code stdkg merge} reads back to resolve the entities of
 * all shards together. A name ending in {@code .gz} is gzip-compressed.
 *
 * <p>The first line is a header, {@code {"format":"stdkg-extraction","version":1,"shard":"2/3","files":120}},
 * each further line one {@link ExtractedDocument}: its slug, name and media type, its mentions (class,
 * label, aliases, notation, span, rule and evidence) and its facts (subject mention, relation by its
 * gold-file name, object: a mention, a typed literal or an IRI, and the evidence). Nothing in it is
 * an IRI of stdkg's, so the base URI is chosen when merging.
 *
 * <p>Why not RDF: the graph of a document holds its entities as resolved across the batch (one IRI,
 * label and name set per entity); the mentions they were resolved from, which the resolver of a
 * larger batch needs, are not in it.
 */
public final class ExtractionFile {

    /** The value of the header's {@code format}. */
    public static final String FORMAT = "stdkg-extraction";
    /** The version this class writes and reads. */
    public static final int VERSION = 1;

    private ExtractionFile() {
    }

    /**
     * The header line.
     *
     * @param shard which part of the corpus the file holds
     * @param files how many input files the shard had (documents that could not be extracted included)
     */
    public record Header(Shard shard, int files) {
    }

    /** A file read back: its header and documents. */
    public record Contents(Header header, List<ExtractedDocument> documents) {

        public Contents {
            documents = List.copyOf(documents);
        }
    }

    /** Whether a file name asks for an extraction file: {@code .jsonl}, or {@code .jsonl.gz}. */
    public static boolean isExtractionFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".jsonl") || name.endsWith(".jsonl.gz");
    }

    /** Writes a header and documents to a file, gzip-compressed when its name ends in {@code .gz}. */
    public static void write(Path file, Header header, List<ExtractedDocument> documents) throws IOException {
        try (OutputStream raw = Files.newOutputStream(file);
                OutputStream out = file.getFileName().toString().endsWith(".gz") ? new GZIPOutputStream(raw, 1 << 16) : raw;
                Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16)) {
            write(w, header, documents);
        }
    }

    /** Writes a header and documents as JSON Lines. */
    public static void write(Writer out, Header header, List<ExtractedDocument> documents) throws IOException {
        JsonObject h = new JsonObject();
        h.addProperty("format", FORMAT);
        h.addProperty("version", VERSION);
        h.addProperty("shard", header.shard().toString());
        h.addProperty("files", header.files());
        out.write(h.toString());
        out.write('\n');
        for (ExtractedDocument d : documents) {
            out.write(document(d).toString());
            out.write('\n');
        }
    }

    /** Reads a file written by {@link #write(Path, Header, List)}; a bad file fails with one line naming it. */
    public static Contents read(Path file) {
        try (InputStream raw = Files.newInputStream(file);
                InputStream in = file.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16)) {
            return read(file.toString(), r);
        } catch (IOException e) {
            throw new ExtractionFileException(file + ": cannot read (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage().lines().findFirst().orElse("")) + ")", e);
        }
    }

    /** Reads JSON Lines; {@code name} names the input in messages. */
    public static Contents read(String name, BufferedReader in) throws IOException {
        String first = in.readLine();
        if (first == null) {
            throw new ExtractionFileException(name + ": empty, not an extraction file");
        }
        Header header;
        try {
            header = header(JsonParser.parseString(first).getAsJsonObject());
        } catch (RuntimeException e) {
            throw new ExtractionFileException(name + ": not an extraction file (" + FORMAT + " header expected on line 1)", e);
        }
        List<ExtractedDocument> documents = new ArrayList<>();
        int lineNumber = 1;
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            lineNumber++;
            if (line.isBlank()) {
                continue;
            }
            try {
                documents.add(document(JsonParser.parseString(line).getAsJsonObject()));
            } catch (JsonParseException | IllegalStateException | IllegalArgumentException | NullPointerException
                    | UnsupportedOperationException e) {
                String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("");
                throw new ExtractionFileException(name + ":" + lineNumber + ": not a document of an extraction file (" + why + ")", e);
            }
        }
        return new Contents(header, documents);
    }

    private static Header header(JsonObject h) {
        if (!h.has("format") || !FORMAT.equals(h.get("format").getAsString())) {
            throw new IllegalArgumentException("format");
        }
        int version = h.get("version").getAsInt();
        if (version != VERSION) {
            throw new IllegalArgumentException("version " + version);
        }
        return new Header(Shard.parse(h.get("shard").getAsString()), h.get("files").getAsInt());
    }

    private static JsonObject document(ExtractedDocument d) {
        JsonObject o = new JsonObject();
        o.addProperty("slug", d.slug());
        o.addProperty("name", d.name());
        o.addProperty("mediaType", d.mediaType());
        JsonArray mentions = new JsonArray();
        for (int i = 0; i < d.mentions().size(); i++) {
            JsonObject m = mention(d.mentions().get(i));
            m.add("evidence", evidence(d.mentionEvidence().get(i)));
            mentions.add(m);
        }
        o.add("mentions", mentions);
        JsonArray facts = new JsonArray();
        for (Fact f : d.facts()) {
            JsonObject fact = new JsonObject();
            fact.add("subject", mention(f.subject()));
            fact.addProperty("relation", f.relation().goldName());
            fact.add("object", value(f.object()));
            fact.add("evidence", evidence(f.evidence()));
            facts.add(fact);
        }
        o.add("facts", facts);
        return o;
    }

    private static ExtractedDocument document(JsonObject o) {
        List<Mention> mentions = new ArrayList<>();
        List<Evidence> evidence = new ArrayList<>();
        for (JsonElement e : o.getAsJsonArray("mentions")) {
            mentions.add(mention(e.getAsJsonObject()));
            evidence.add(evidence(e.getAsJsonObject().getAsJsonObject("evidence")));
        }
        List<Fact> facts = new ArrayList<>();
        for (JsonElement e : o.getAsJsonArray("facts")) {
            JsonObject f = e.getAsJsonObject();
            String relation = string(f, "relation");
            facts.add(new Fact(mention(f.getAsJsonObject("subject")),
                    Relation.byGoldName(relation).orElseThrow(() -> new IllegalArgumentException("unknown relation " + relation)),
                    value(f.getAsJsonObject("object")), evidence(f.getAsJsonObject("evidence"))));
        }
        return new ExtractedDocument(string(o, "slug"), string(o, "name"), string(o, "mediaType"), mentions, evidence, facts);
    }

    private static JsonObject mention(Mention m) {
        JsonObject o = new JsonObject();
        o.addProperty("kind", m.kind().className());
        o.addProperty("label", m.label());
        JsonArray aliases = new JsonArray();
        // Sorted: a mention's aliases are a set, and the same extraction should give the same bytes.
        new TreeSet<>(m.aliases()).forEach(aliases::add);
        o.add("aliases", aliases);
        if (m.notation() != null) {
            o.addProperty("notation", m.notation());
        }
        o.addProperty("start", m.start());
        o.addProperty("end", m.end());
        o.addProperty("rule", m.rule());
        return o;
    }

    private static Mention mention(JsonObject o) {
        String kind = string(o, "kind");
        Set<String> aliases = new LinkedHashSet<>();
        o.getAsJsonArray("aliases").forEach(a -> aliases.add(a.getAsString()));
        return new Mention(EntityKind.byName(kind).orElseThrow(() -> new IllegalArgumentException("unknown class " + kind)),
                string(o, "label"), aliases, o.has("notation") ? string(o, "notation") : null, o.get("start").getAsInt(),
                o.get("end").getAsInt(), string(o, "rule"));
    }

    private static JsonObject value(Value v) {
        JsonObject o = new JsonObject();
        if (v instanceof Value.Entity e) {
            o.add("entity", mention(e.mention()));
        } else if (v instanceof Value.Literal l) {
            o.addProperty("literal", l.lexical());
            o.addProperty("datatype", l.datatype());
        } else {
            o.addProperty("resource", ((Value.Resource) v).iri());
        }
        return o;
    }

    private static Value value(JsonObject o) {
        if (o.has("entity")) {
            return new Value.Entity(mention(o.getAsJsonObject("entity")));
        }
        if (o.has("literal")) {
            return new Value.Literal(string(o, "literal"), string(o, "datatype"));
        }
        if (o.has("resource")) {
            return new Value.Resource(string(o, "resource"));
        }
        throw new IllegalArgumentException("object is neither entity, literal nor resource");
    }

    private static JsonObject evidence(Evidence e) {
        JsonObject o = new JsonObject();
        o.addProperty("document", e.document());
        o.addProperty("sentenceStart", e.sentenceStart());
        o.addProperty("sentenceEnd", e.sentenceEnd());
        o.addProperty("sentence", e.sentence());
        o.addProperty("mentionStart", e.mentionStart());
        o.addProperty("mentionEnd", e.mentionEnd());
        o.addProperty("rule", e.rule());
        return o;
    }

    private static Evidence evidence(JsonObject o) {
        return new Evidence(string(o, "document"), o.get("sentenceStart").getAsInt(), o.get("sentenceEnd").getAsInt(),
                string(o, "sentence"), o.get("mentionStart").getAsInt(), o.get("mentionEnd").getAsInt(), string(o, "rule"));
    }

    /** A required string member; missing members fail with their name rather than a bare NullPointerException. */
    private static String string(JsonObject o, String member) {
        JsonElement e = o.get(member);
        if (e == null || e.isJsonNull()) {
            throw new IllegalArgumentException("no " + member);
        }
        return e.getAsString();
    }
}
