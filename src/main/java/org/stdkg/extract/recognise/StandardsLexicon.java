package org.stdkg.extract.recognise;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The word lists of the standards and committees area, loaded once from
 * {@code src/main/resources/org/stdkg/extract/*.tsv}: standards bodies, well-known committees,
 * committee head phrases, and the cue phrases for named standards, status and title. Each file
 * documents its format in its header comment.
 */
public final class StandardsLexicon {

    private static final String DIR = "/org/stdkg/extract/";

    /** A standards body or parent organisation named by an identifier prefix ("ISO", "ITU-T"). */
    public record Body(String acronym, String longForm, List<String> parents) {
    }

    /** A committee texts name by acronym ("UN/CEFACT"), with its long form and other names. */
    public record KnownCommittee(String acronym, String longForm, List<String> otherNames, boolean bare) {
    }

    /** How a committee head phrase forms a name. */
    public enum HeadType {
        COMPLEMENT, WHOLE, SUFFIX
    }

    /** A committee head phrase ("Working Party on"). */
    public record Head(String phrase, HeadType type) {
    }

    /** A status cue phrase; {@code status} is "published", "inDevelopment" or "none". */
    public record StatusCue(String status, String phrase) {
    }

    private static final StandardsLexicon INSTANCE = new StandardsLexicon();

    private final Map<String, Body> bodies;
    private final List<KnownCommittee> committees;
    private final List<Head> heads;
    private final Map<String, List<String>> standardCues;
    private final List<StatusCue> statusCues;
    private final Map<String, List<String>> titleCues;

    private StandardsLexicon() {
        Map<String, Body> b = new LinkedHashMap<>();
        for (String[] row : rows("standards-bodies.tsv")) {
            List<String> parents = row.length > 2 && !row[2].isBlank() ? List.of(row[2].split(",")) : List.of();
            b.put(row[0], new Body(row[0], row[1], parents));
        }
        bodies = Collections.unmodifiableMap(b);
        List<KnownCommittee> c = new ArrayList<>();
        for (String[] row : rows("committees.tsv")) {
            List<String> other = row.length > 2 && !row[2].isBlank() ? List.of(row[2].split("\\|")) : List.of();
            c.add(new KnownCommittee(row[0], row[1], other, row.length > 3 && "yes".equals(row[3].trim())));
        }
        committees = List.copyOf(c);
        List<Head> h = new ArrayList<>();
        for (String[] row : rows("committee-heads.tsv")) {
            h.add(new Head(row[0], HeadType.valueOf(row[1].trim().toUpperCase(Locale.ROOT))));
        }
        // Longest heads first, so "Global Future Council on" wins over "Council on".
        h.sort((x, y) -> Integer.compare(y.phrase().length(), x.phrase().length()));
        heads = List.copyOf(h);
        standardCues = byKind(rows("standard-cues.tsv"));
        List<StatusCue> s = new ArrayList<>();
        for (String[] row : rows("standard-status-cues.tsv")) {
            s.add(new StatusCue(row[0], row[1]));
        }
        s.sort((x, y) -> Integer.compare(y.phrase().length(), x.phrase().length()));
        statusCues = List.copyOf(s);
        titleCues = byKind(rows("standard-title-cues.tsv"));
    }

    public static StandardsLexicon get() {
        return INSTANCE;
    }

    public Optional<Body> body(String acronym) {
        return Optional.ofNullable(bodies.get(acronym));
    }

    public Map<String, Body> bodies() {
        return bodies;
    }

    public List<KnownCommittee> committees() {
        return committees;
    }

    /** The committee the gazetteer knows by this acronym or name. */
    public Optional<KnownCommittee> committee(String name) {
        String key = org.stdkg.extract.Names.key(name);
        for (KnownCommittee k : committees) {
            if (org.stdkg.extract.Names.key(k.acronym()).equals(key) || org.stdkg.extract.Names.key(k.longForm()).equals(key)
                    || k.otherNames().stream().anyMatch(n -> org.stdkg.extract.Names.key(n).equals(key))) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }

    /** Committee heads, longest first. */
    public List<Head> heads() {
        return heads;
    }

    /** Cue phrases of a kind of standard-cues.tsv ("head", "named", "kind", "numbered", "plural"), longest first. */
    public List<String> standardCues(String kind) {
        return standardCues.getOrDefault(kind, List.of());
    }

    /** Status cues, longest first. */
    public List<StatusCue> statusCues() {
        return statusCues;
    }

    /** Title cue phrases of a kind of standard-title-cues.tsv ("verb", "passive", "lead", "modifier", "ending"), longest first. */
    public List<String> titleCues(String kind) {
        return titleCues.getOrDefault(kind, List.of());
    }

    private static Map<String, List<String>> byKind(List<String[]> rows) {
        Map<String, List<String>> map = new LinkedHashMap<>();
        for (String[] row : rows) {
            map.computeIfAbsent(row[0], k -> new ArrayList<>()).add(row[1]);
        }
        map.replaceAll((k, v) -> {
            List<String> sorted = new ArrayList<>(v);
            sorted.sort((x, y) -> Integer.compare(y.length(), x.length()));
            return List.copyOf(sorted);
        });
        return Collections.unmodifiableMap(map);
    }

    static List<String[]> rows(String file) {
        InputStream in = StandardsLexicon.class.getResourceAsStream(DIR + file);
        if (in == null) {
            throw new IllegalStateException("missing resource " + DIR + file);
        }
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                rows.add(Arrays.stream(cells).map(String::strip).toArray(String[]::new));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
