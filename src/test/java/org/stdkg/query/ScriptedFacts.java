package org.stdkg.query;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.stdkg.extract.AnnotatedDocument;
import org.stdkg.extract.EntityKind;
import org.stdkg.extract.Fact;
import org.stdkg.extract.Mention;
import org.stdkg.extract.Relation;
import org.stdkg.extract.RelationRule;
import org.stdkg.extract.Value;
import org.stdkg.nlp.Sentence;
import org.stdkg.vocab.KG;

/**
 * A test-only relation rule that states the facts listed in a TSV file (see {@code seed-facts.tsv}),
 * each placed in a real sentence of the document, so that queries can be checked on data of the
 * shape the extractor writes (mentions resolved into entities, Web Annotation evidence, one named
 * graph per document) whatever the extraction rules currently find.
 */
final class ScriptedFacts implements RelationRule {

    static final String RULE = "ScriptedFacts";

    private record Line(EntityKind subjectKind, List<String> subjectNames, Relation relation, String objectKind, List<String> object) {
    }

    private record Span(int start, int end) {
    }

    private final List<Line> lines;

    private ScriptedFacts(List<Line> lines) {
        this.lines = lines;
    }

    static ScriptedFacts load(String resource) {
        List<Line> lines = new ArrayList<>();
        try (InputStream in = ScriptedFacts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String l;
            while ((l = reader.readLine()) != null) {
                if (l.isBlank() || l.startsWith("#")) {
                    continue;
                }
                String[] f = l.split("\t");
                if (f.length != 5) {
                    throw new IllegalArgumentException("expected 5 columns: " + l);
                }
                EntityKind kind = EntityKind.byName(f[0]).orElseThrow(() -> new IllegalArgumentException("class " + f[0]));
                Relation relation = Relation.byGoldName(f[2]).orElseThrow(() -> new IllegalArgumentException("relation " + f[2]));
                lines.add(new Line(kind, Arrays.asList(f[1].split("\\|")), relation, f[3], Arrays.asList(f[4].split("\\|"))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ScriptedFacts(List.copyOf(lines));
    }

    @Override
    public List<Fact> apply(AnnotatedDocument doc) {
        List<Fact> facts = new ArrayList<>();
        for (Line line : lines) {
            List<Span> subjects = occurrences(doc.text(), line.subjectNames());
            if (subjects.isEmpty()) {
                continue;
            }
            Optional<EntityKind> objectKind = EntityKind.byName(line.objectKind());
            List<Span> objects = objectKind.isPresent() ? occurrences(doc.text(), line.object()) : List.of();
            // The first sentence naming both, else the subject's first sentence.
            Span subject = subjects.get(0);
            Span object = objects.isEmpty() ? subject : objects.get(0);
            outer:
            for (Span s : subjects) {
                Optional<Sentence> sentence = doc.sentenceAt(s.start());
                for (Span o : objects) {
                    if (sentence.isPresent() && sentence.get().start() <= o.start() && o.end() <= sentence.get().end()) {
                        subject = s;
                        object = o;
                        break outer;
                    }
                }
            }
            Mention subjectMention = mention(line.subjectKind(), line.subjectNames(), subject);
            Value value;
            if (objectKind.isPresent()) {
                value = new Value.Entity(mention(objectKind.get(), line.object(), object));
            } else if (line.objectKind().equals("date")) {
                value = Value.Literal.date(line.object().get(0));
            } else if (line.objectKind().equals("status")) {
                value = new Value.Resource((line.object().get(0).equals("published") ? KG.Published : KG.InDevelopment).getURI());
            } else {
                value = Value.Literal.string(line.object().get(0));
            }
            facts.add(new Fact(subjectMention, line.relation(), value, doc.evidence(subject.start(), subject.end(), RULE)));
        }
        return facts;
    }

    private static Mention mention(EntityKind kind, List<String> names, Span span) {
        boolean identified = kind == EntityKind.STANDARD || kind == EntityKind.COMMITTEE;
        return new Mention(kind, names.get(0), new LinkedHashSet<>(names.subList(1, names.size())), identified ? names.get(0) : null,
                span.start(), span.end(), RULE);
    }

    /** Where any of the names occurs as whole words, in text order. */
    private static List<Span> occurrences(String text, List<String> names) {
        List<Span> spans = new ArrayList<>();
        for (String name : names) {
            Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(name) + "(?![\\p{L}\\p{N}])").matcher(text);
            while (m.find()) {
                spans.add(new Span(m.start(), m.end()));
            }
        }
        spans.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return spans;
    }
}
