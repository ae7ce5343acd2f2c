package org.stdkg.extract.recognise;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.stdkg.extract.Names;

/**
 * The data of the actor recognisers (organisations, events, persons, places): the organisation and
 * place gazetteers, organisation and event head nouns, and job titles, loaded once from
 * {@code src/main/resources/org/stdkg/extract/}. Immutable and thread-safe.
 */
public final class ActorLexicon {

    /** A capitalised word of a name: "Korean", "U.S.", "Co-operation", "ITU-T", "IoT", "5G"; never a possessive. */
    public static final String CW = "(?:\\p{Lu}\\.(?:\\p{Lu}\\.)+|\\p{Lu}[\\p{L}\\p{M}\\d]*(?:[-'’](?!s\\b)[\\p{L}\\p{M}\\d]+)*|\\d+\\p{L}[\\p{L}\\p{M}\\d]*)";

    /** An organisation of the gazetteer; parents and memberOf are reference data, never extracted facts. */
    public record Organisation(String label, List<String> acronyms, List<String> aliases, List<String> parents,
            List<String> memberOf, boolean company) {

        /** Label, acronyms and aliases. */
        public Set<String> names() {
            Set<String> names = new LinkedHashSet<>();
            names.add(label);
            names.addAll(acronyms);
            names.addAll(aliases);
            return names;
        }
    }

    /** A place of the gazetteer. */
    public record Place(String name, boolean country, List<String> aliases, String countryOf) {

        public Set<String> names() {
            Set<String> names = new LinkedHashSet<>();
            names.add(name);
            names.addAll(aliases);
            return names;
        }
    }

    /** An organisation head noun: whether it needs an of/for complement, whether it names a unit of a larger body. */
    public record OrgHead(String word, boolean needsComplement, boolean unit) {
    }

    private final List<Organisation> organisations;
    private final Map<String, Organisation> organisationByKey;
    private final Map<String, Organisation> organisationByAcronym;
    private final Pattern organisationNames;
    private final Pattern organisationAcronyms;
    private final List<Place> places;
    private final Map<String, Place> placeByKey;
    private final Pattern placeNames;
    private final Map<String, OrgHead> orgHeads;
    private final Map<String, Boolean> eventHeads;
    private final List<String> eventPostModifiers;
    private final List<String> jobTitles;

    private ActorLexicon() {
        organisations = new ArrayList<>();
        for (String[] f : rows("organisations.tsv")) {
            organisations.add(new Organisation(f[0], list(f, 1, ","), list(f, 2, "\\|"), list(f, 3, "\\|"), list(f, 4, "\\|"),
                    "company".equals(field(f, 5))));
        }
        organisationByKey = new HashMap<>();
        organisationByAcronym = new HashMap<>();
        Set<String> longNames = new LinkedHashSet<>();
        for (Organisation o : organisations) {
            organisationByKey.putIfAbsent(Names.key(o.label()), o);
            longNames.add(o.label());
            for (String a : o.aliases()) {
                organisationByKey.putIfAbsent(Names.key(a), o);
                longNames.add(a);
            }
            for (String a : o.acronyms()) {
                organisationByAcronym.putIfAbsent(a, o);
                organisationByKey.putIfAbsent(Names.key(a), o);
            }
        }
        organisationNames = alternation(longNames);
        organisationAcronyms = alternation(organisationByAcronym.keySet());

        places = new ArrayList<>();
        placeByKey = new HashMap<>();
        Set<String> placeStrings = new LinkedHashSet<>();
        for (String[] f : rows("places.tsv")) {
            Place p = new Place(f[0], "country".equals(field(f, 1)), list(f, 2, "\\|"), field(f, 3));
            places.add(p);
            for (String n : p.names()) {
                placeByKey.putIfAbsent(Names.key(n), p);
                placeStrings.add(n);
            }
        }
        placeNames = alternation(placeStrings);

        orgHeads = new LinkedHashMap<>();
        for (String[] f : rows("organisation-heads.tsv")) {
            orgHeads.put(f[0], new OrgHead(f[0], "complement".equals(field(f, 1)), "yes".equals(field(f, 2))));
        }
        eventHeads = new LinkedHashMap<>();
        eventPostModifiers = new ArrayList<>();
        for (String[] f : rows("event-heads.tsv")) {
            if (f[0].startsWith("+")) {
                eventPostModifiers.add(f[0].substring(1));
            } else {
                eventHeads.put(f[0], "edition".equals(field(f, 1)));
            }
        }
        jobTitles = rows("job-titles.txt").stream().map(f -> f[0]).sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }

    /** The shared lexicon. */
    public static ActorLexicon get() {
        return Holder.INSTANCE;
    }

    public List<Organisation> organisations() {
        return organisations;
    }

    /** The gazetteer organisation one of whose names (label, alias or acronym) has this key. */
    public Optional<Organisation> organisation(String name) {
        return Optional.ofNullable(organisationByKey.get(Names.key(name)));
    }

    /** The organisation of a gazetteer acronym, matched exactly (case-sensitive). */
    public Optional<Organisation> organisationByAcronym(String acronym) {
        return Optional.ofNullable(organisationByAcronym.get(acronym));
    }

    /** Whole-word pattern of every gazetteer label and alias, longest first. */
    public Pattern organisationNames() {
        return organisationNames;
    }

    /** Whole-word pattern of every gazetteer acronym. */
    public Pattern organisationAcronyms() {
        return organisationAcronyms;
    }

    public Optional<Place> place(String name) {
        return Optional.ofNullable(placeByKey.get(Names.key(name)));
    }

    /** Whole-word pattern of every place name and alias, longest first. */
    public Pattern placeNames() {
        return placeNames;
    }

    public Map<String, OrgHead> orgHeads() {
        return orgHeads;
    }

    /** Event heads, each mapped to whether it needs an edition (year or ordinal). */
    public Map<String, Boolean> eventHeads() {
        return eventHeads;
    }

    public List<String> eventPostModifiers() {
        return eventPostModifiers;
    }

    /** Job titles, longest first. */
    public List<String> jobTitles() {
        return jobTitles;
    }

    /**
     * A regex alternation of the words as a non-capturing group (for building patterns) that prefers the longest word,
     * as {@code (?:longest|…|shortest)} would.
     *
     * <p>Written as a trie ("ISO", "ISO/IEC", "ITU" → {@code (?:I(?:SO(?:/IEC)?|TU))}): a plain alternation of a gazetteer
     * tries every one of its hundreds of words at every offset of a text. Two words that both match at an offset are a
     * prefix of each other, so they lie on one path of the trie, where a longer continuation is tried before stopping:
     * the match is the same as with the longest-first alternation.
     */
    public static String group(java.util.Collection<String> words) {
        return group(words, "");
    }

    /** {@link #group(java.util.Collection)} with a zero-width assertion tested after the first-character test. */
    private static String group(java.util.Collection<String> words, String assertion) {
        Trie root = new Trie();
        for (String w : words) {
            root.add(w);
        }
        StringBuilder re = new StringBuilder();
        if (!root.word && !root.next.isEmpty()) {
            // The possible first characters: one class test at each offset before anything else is tried.
            re.append("(?=[");
            root.next.keySet().forEach(cp -> re.append(String.format("\\x{%x}", cp)));
            re.append("])");
        }
        re.append(assertion).append("(?:");
        root.render(re);
        return re.append(')').toString();
    }

    /** A trie of words by code point, rendered as a regex. */
    private static final class Trie {
        private final Map<Integer, Trie> next = new java.util.TreeMap<>();
        private boolean word;

        void add(String w) {
            Trie t = this;
            for (int i = 0; i < w.length(); ) {
                int cp = w.codePointAt(i);
                t = t.next.computeIfAbsent(cp, k -> new Trie());
                i += Character.charCount(cp);
            }
            t.word = true;
        }

        /** The alternatives below this node; when a word ends here, they are optional (greedy: longer first). */
        void render(StringBuilder re) {
            if (next.isEmpty()) {
                return;
            }
            boolean group = word || next.size() > 1;
            if (group) {
                re.append("(?:");
            }
            boolean first = true;
            for (Map.Entry<Integer, Trie> e : next.entrySet()) {
                if (!first) {
                    re.append('|');
                }
                first = false;
                // A chain of single continuations is one literal.
                StringBuilder literal = new StringBuilder().appendCodePoint(e.getKey());
                Trie t = e.getValue();
                while (!t.word && t.next.size() == 1) {
                    Map.Entry<Integer, Trie> only = t.next.entrySet().iterator().next();
                    literal.appendCodePoint(only.getKey());
                    t = only.getValue();
                }
                re.append(Pattern.quote(literal.toString()));
                t.render(re);
            }
            if (group) {
                re.append(word ? ")?" : ")");
            }
        }
    }

    /** Whole-word pattern of the names: not inside a word, a number or a path ("UN/CEFACT"), longest name first. */
    public static Pattern wholeWords(java.util.Collection<String> names) {
        return alternation(names);
    }

    private static Pattern alternation(java.util.Collection<String> names) {
        return Pattern.compile(group(names, "(?<![\\p{L}\\p{N}/-])") + "(?![\\p{L}\\p{N}]|[-/][\\p{L}\\p{N}])");
    }

    private static String field(String[] f, int i) {
        return i < f.length ? f[i].strip() : "";
    }

    private static List<String> list(String[] f, int i, String separator) {
        String v = field(f, i);
        if (v.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(v.split(separator)).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static List<String[]> rows(String resource) {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = ActorLexicon.class.getResourceAsStream("/org/stdkg/extract/" + resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                rows.add(line.split("\t", -1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    private static final class Holder {
        static final ActorLexicon INSTANCE = new ActorLexicon();
    }
}
