package org.stdkg.extract.recognise;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The cue words of {@code publication-cues.tsv}: publication head nouns and nouns, title function
 * words, name endings and topics that are not titles. Loaded once; immutable.
 */
public final class PublicationCues {

    private static final String RESOURCE = "/org/stdkg/extract/publication-cues.tsv";

    /** Capitalised head nouns, each as its words ("White Paper Series" = [White, Paper, Series]), longest first. */
    final List<List<String>> heads;
    /** The heads flagged 'descriptive', joined by a space. */
    final Set<String> descriptiveHeads;
    /** Lower-case publication nouns as their words, longest first. */
    final List<List<String>> nouns;
    /** The nouns flagged 'integral', joined by a space. */
    final Set<String> integralNouns;
    /**
     * The heads and nouns by their first and by their last word, each list in the order of {@link #heads} or
     * {@link #nouns}: a token is compared only with the entries it could start or end (the rules look at every token).
     */
    final Map<String, List<List<String>>> headsByFirst;
    final Map<String, List<List<String>>> headsByLast;
    final Map<String, List<List<String>>> nounsByFirst;
    final Map<String, List<List<String>>> nounsByLast;
    final Set<String> cues;
    final Set<String> functionWords;
    final Set<String> nameHeads;
    /** Topic names by {@link org.stdkg.extract.Names#key}. */
    final Set<String> topicKeys;
    /** Acronym to long form, for alias spellings. */
    final Map<String, String> expansions;

    private PublicationCues(List<String[]> rows) {
        List<List<String>> h = new ArrayList<>();
        Set<String> desc = new LinkedHashSet<>();
        List<List<String>> n = new ArrayList<>();
        Set<String> integral = new LinkedHashSet<>();
        Set<String> c = new LinkedHashSet<>();
        Set<String> f = new LinkedHashSet<>();
        Set<String> nh = new LinkedHashSet<>();
        Set<String> t = new LinkedHashSet<>();
        Map<String, String> e = new LinkedHashMap<>();
        for (String[] row : rows) {
            String type = row[0];
            String term = row[1];
            switch (type) {
                case "head" -> {
                    h.add(List.of(term.split(" ")));
                    if (row.length > 2 && row[2].equals("descriptive")) {
                        desc.add(term);
                    }
                }
                case "noun" -> {
                    n.add(List.of(term.split(" ")));
                    if (row.length > 2 && row[2].equals("integral")) {
                        integral.add(term);
                    }
                }
                case "cue" -> c.add(term);
                case "function" -> f.add(term);
                case "namehead" -> nh.add(term);
                case "topic" -> t.add(org.stdkg.extract.Names.key(term));
                case "expand" -> e.put(term, row[2]);
                default -> throw new IllegalStateException(RESOURCE + ": unknown entry type " + type);
            }
        }
        h.sort((a, b) -> b.size() - a.size());
        n.sort((a, b) -> b.size() - a.size());
        this.heads = List.copyOf(h);
        this.descriptiveHeads = Set.copyOf(desc);
        this.nouns = List.copyOf(n);
        this.integralNouns = Set.copyOf(integral);
        this.headsByFirst = byWord(heads, true);
        this.headsByLast = byWord(heads, false);
        this.nounsByFirst = byWord(nouns, true);
        this.nounsByLast = byWord(nouns, false);
        this.cues = Set.copyOf(c);
        this.functionWords = Set.copyOf(f);
        this.nameHeads = Set.copyOf(nh);
        this.topicKeys = Set.copyOf(t);
        this.expansions = Collections.unmodifiableMap(e);
    }

    private static Map<String, List<List<String>>> byWord(List<List<String>> entries, boolean first) {
        Map<String, List<List<String>>> index = new java.util.HashMap<>();
        for (List<String> entry : entries) {
            index.computeIfAbsent(first ? entry.get(0) : entry.get(entry.size() - 1), k -> new ArrayList<>()).add(entry);
        }
        index.replaceAll((k, v) -> List.copyOf(v));
        return Map.copyOf(index);
    }

    private static final class Holder {
        static final PublicationCues INSTANCE = new PublicationCues(readTsv(RESOURCE));
    }

    /** The shared instance. */
    public static PublicationCues get() {
        return Holder.INSTANCE;
    }

    public boolean isFunctionWord(String word) {
        return functionWords.contains(word);
    }

    public boolean isNameHead(String word) {
        return nameHeads.contains(word);
    }

    public boolean isTopic(String name) {
        return topicKeys.contains(org.stdkg.extract.Names.key(name));
    }

    /** Rows of a tab-separated resource, without comments and blank lines. */
    static List<String[]> readTsv(String resource) {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = PublicationCues.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                rows.add(line.strip().split("\t"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
