package org.stdkg.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Makes a corpus of realistic documents of any size by recombining the sentences and paragraphs of
 * the project's texts (seeds/ and the dev, held-out and fresh texts under src/test/resources, each
 * with its gold file) under varied names and identifiers, so that a large corpus has many
 * entities rather than the same few thousands of times over (issue 6 §2).
 *
 * <p>Each document takes a run of consecutive paragraphs of one source text (so sentences keep
 * their context: a news item with its details, a profile with its committees), sometimes a sentence
 * fewer, and sometimes a paragraph or two from another source. Within the document, consistently
 * (every mention of one original name becomes the same new name):
 * <ul>
 * <li>persons (the gold files' Person names, full and surname-only) become generated names;</li>
 * <li>organisations other than the standards bodies that prefix identifiers (ISO, IEC, ITU, …: their
 *     names are what identifiers and committees hang on) become generated bodies with a head noun and
 *     an acronym ("Baltic Data Protection Authority", BDPA);</li>
 * <li>cities and countries become others of the extractor's place gazetteer;</li>
 * <li>standard numbers ("ISO/IEC 42001", "ITU-T Y.4000") and committee numbers ("SC 42", "TC 307",
 *     "Study Group 20", "WP.29"; JTC 1 is kept, there is only one) get new numbers;</li>
 * <li>years move by the same offset (-6 to +2).</li>
 * </ul>
 *
 * <p>Deterministic: document {@code i} depends only on the seed, {@code i} and the sources, so a
 * run stopped midway and started again (same arguments) writes the same corpus, keeping the files
 * already written. Documents go to {@code OUT/NNNN/gNNNNNNN.txt} (1,000 per directory) until the
 * corpus holds the requested size; {@code OUT/.complete} records the arguments and totals.
 *
 * <pre>
 * java -cp … org.stdkg.bench.CorpusGenerator --out bench/out/gen-10mb --mb 10 [--seed 42] [--root .]
 * </pre>
 */
public final class CorpusGenerator {

    /** Source texts and their gold files, relative to the project directory. */
    static final List<String[]> SOURCES = List.of(
            new String[] {"seeds", "src/test/resources/gold/seeds"},
            new String[] {"src/test/resources/corpus/dev", "src/test/resources/gold/dev"},
            new String[] {"src/test/resources/corpus/heldout", "src/test/resources/gold/heldout"},
            new String[] {"src/test/resources/corpus/fresh", "src/test/resources/gold/fresh"});

    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n\\s*\\n");
    /** A sentence ends at . ! ? (and a closing quote or bracket) before a space and a capital, digit or opening quote. */
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?][\"\u201d\u2019)]?)\\s+(?=[\"\u201c\u2018(]?[A-Z0-9])");
    /** Endings that are abbreviations, not sentence ends. */
    private static final Pattern ABBREVIATION = Pattern.compile(
            "(?:\\b(?:e\\.g|i\\.e|etc|vs|No|Nos|Dr|Mr|Mrs|Ms|Prof|St|Inc|Ltd|Co|Corp|Jr|Sr|Art|para|cf|approx|U\\.S|U\\.K|E\\.U)|\\b[A-Z])\\.$");
    private static final Pattern ACRONYM = Pattern.compile("[A-Z][A-Za-z0-9&.\\-]*[A-Z0-9][A-Za-z0-9&.\\-]*");

    private static final String STANDARD = "(?<stdhead>\\b(?:ISO/IEC/IEEE|ISO/IEC|IEC/IEEE|ISO/TR|ISO/TS|ISO|IEC|IEEE|ETSI (?:EN|TS|TR|ES)|EN|ITU-[TR])"
            + "(?: (?:TR|TS|PAS|IS|Guide))?) ?(?<stdletter>[A-Z]\\.)?(?<stdnum>[1-9]\\d{1,5})(?![\\d])";
    private static final String COMMITTEE = "(?<comhead>\\b(?:JTC|SC|TC|WG|SG|JWG|AG|SyC|Study Group|Working Group|Technical Committee"
            + "|Subcommittee|Working Party)) ?(?<comnum>[1-9]\\d{0,2})(?![\\d])|(?<wphead>\\bWP\\.)(?<wpnum>\\d{1,3})(?![\\d])";
    private static final String YEAR = "(?<![\\d.,:/\\-])(?<year>19[6-9]\\d|20[0-3]\\d)(?![\\d]|[.,]\\d)";

    private static final String[] FIRST_NAMES = ("Amara Lars Ingrid Kofi Mei Ravi Sofia Tomasz Yuki Chen Fatima Jonas Elena Mateo Aisha Hiroshi "
            + "Nadia Oskar Priya Diego Leila Anders Wanjiru Pedro Svetlana Kwame Hana Lucas Zeynep Arjun Marta Felix Olga Tariq Ines "
            + "Kenji Amelia Rashid Clara Emeka Sara Viktor Lina Omar Beatriz Nikolai Ayumi Gustavo Helena Samir Freya Jae Noura Pablo "
            + "Astrid Dmitri Chiara Ibrahim Lucia Mikael Ama Rafael Saskia Yusuf Elif Bruno Anja Kemal Paula Nils Adaeze Marco Petra "
            + "Hamid Greta Joon Ananya Tobias Irene Sipho Vera Akira Daniela Karim Maja Thanh Roberto Eva Musa Lea Andrei Ngozi Stefan")
            .split(" ");
    private static final String[] SURNAMES = ("Lindqvist Okafor Tanaka Moreau Kowalski Haddad Ferreira Nakamura Petrov Osei Schneider Rossi "
            + "Castillo Yilmaz Sharma Novak Mensah Kimura Dubois Halvorsen Alvarez Nguyen Bauer Costa Ivanova Abubakar Jensen Romano "
            + "Fischer Sato Mahlangu Eriksson Duarte Kariuki Takahashi Leclerc Hoffmann Bianchi Van Dijk Popescu Chowdhury Silva Wagner "
            + "Mwangi Larsen Morales Horvat Rahman Suzuki Lefebvre Kruger Ricci Andersen Oyelaran Santos Keller Marino Nowak Farouk "
            + "Bergstrom Adeyemi Watanabe Garnier Vogel Esposito Kaya Pereira Lund Achebe Matsumoto Fontaine Weber Greco Svensson "
            + "Bello Ortiz Kuznetsov Hakimi Nilsen Iyer Zapata Kovac Amoah Ishikawa Girard Richter Conti Dahl Ramos Szabo Obi Mori")
            .split(" ");
    private static final String[] REGIONS = ("Nordic Baltic Andean Pacific Alpine Caribbean Danube Sahel Iberian Arctic Mekong Atlantic Balkan "
            + "Gulf Levant Aegean Adriatic Caspian Carpathian Amazonian Saharan Himalayan Rhine Zambezi Patagonian Celtic Tasman "
            + "Anatolian Bengal Caucasus Eurasian Mesoamerican Polynesian Sahelian Benelux Visegrad Maghreb Andalusian").split(" ");
    private static final String[] FIELDS = ("Digital;Data Protection;Cybersecurity;Telecommunications;Energy Systems;Health Informatics;Mobility;"
            + "Quality Assurance;Metrology;Internet Governance;Cloud Computing;Robotics;Privacy;Interoperability;Artificial Intelligence;"
            + "Smart Cities;Broadband;Electrotechnical;Cryptography;Space Technology;Financial Technology;Open Standards;Semiconductor;"
            + "Accessibility;Spectrum Management;Blockchain;Conformity Assessment;Information Security;Electronic Commerce;Green ICT")
            .split(";");
    private static final String[] HEADS = {"Agency", "Institute", "Authority", "Association", "Commission", "Organization", "Federation",
        "Society", "Foundation", "Administration", "Union", "Academy"};
    private static final Set<String> MINOR_WORDS = Set.of("for", "of", "and", "the", "on", "in");

    private final List<Source> sources;
    private final int totalParagraphs;
    private final List<String> cities;
    private final List<String> countries;

    CorpusGenerator(List<Source> sources, List<String> cities, List<String> countries) {
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("no source texts");
        }
        this.sources = sources;
        this.totalParagraphs = sources.stream().mapToInt(s -> s.paragraphs().size()).sum();
        this.cities = cities;
        this.countries = countries;
    }

    /** What kind of name a slot holds. */
    enum Kind {
        PERSON, PERSON_SURNAME, ORG, ORG_ACRONYM, CITY, COUNTRY, STANDARD_NUMBER, COMMITTEE_NUMBER, YEAR
    }

    /** A piece of a sentence: literal text, or a slot filled per document. */
    sealed interface Segment permits Text, Slot {
    }

    record Text(String text) implements Segment {
    }

    /** @param key what is replaced consistently within a document (the canonical name, or the original number) */
    record Slot(Kind kind, String key, String original) implements Segment {
    }

    /** A sentence as segments. */
    record Sentence(List<Segment> segments) {
    }

    /** A line of a paragraph: its sentences. */
    record Line(List<Sentence> sentences) {
    }

    /** A paragraph: its lines; a headline is one short line without a final full stop. */
    record Paragraph(List<Line> lines, boolean headline) {
    }

    record Source(String name, List<Paragraph> paragraphs) {
    }

    /** A name of the gold files, what to replace it with. */
    record Name(Kind kind, String canonical) {
    }

    // ---------------------------------------------------------------- reading the sources

    /** Reads the sources under a project directory, with the names their gold files list. */
    static CorpusGenerator fromProject(Path root) throws IOException {
        Set<String> keep = keptOrganisations();
        Map<String, String[]> places = places();
        Map<String, Name> names = new HashMap<>();
        List<Path> texts = new ArrayList<>();
        for (String[] s : SOURCES) {
            Path textDir = root.resolve(s[0]);
            Path goldDir = root.resolve(s[1]);
            if (!Files.isDirectory(textDir)) {
                throw new IOException(textDir + ": no such directory (run from the project directory, or give --root)");
            }
            try (Stream<Path> list = Files.list(textDir)) {
                list.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(texts::add);
            }
            if (Files.isDirectory(goldDir)) {
                try (Stream<Path> list = Files.list(goldDir)) {
                    for (Path gold : list.filter(p -> p.toString().endsWith(".tsv")).sorted().toList()) {
                        readNames(gold, keep, places, names);
                    }
                }
            }
        }
        Pattern slots = slotPattern(names.keySet());
        List<Source> sources = new ArrayList<>();
        for (Path text : texts) {
            sources.add(template(text.getFileName().toString(), Files.readString(text, StandardCharsets.UTF_8), slots, names));
        }
        List<String> cities = new ArrayList<>();
        List<String> countries = new ArrayList<>();
        places.forEach((name, p) -> (p[0].equals("city") ? cities : countries).add(name));
        return new CorpusGenerator(sources, cities, countries);
    }

    /** The standards bodies whose names identifiers and committees hang on: never replaced. */
    static Set<String> keptOrganisations() throws IOException {
        Set<String> keep = new HashSet<>();
        for (String line : resourceLines("org/stdkg/extract/standards-bodies.tsv")) {
            String[] f = line.split("\t");
            keep.add(f[0].strip());
            if (f.length > 1 && !f[1].isBlank()) {
                keep.add(f[1].strip());
            }
        }
        // Named everywhere in the genre as themselves; their units and committees follow them.
        keep.addAll(List.of("United Nations", "UN", "World Standards Cooperation", "WSC"));
        return keep;
    }

    /** The extractor's place gazetteer: name to {type, country}. */
    static Map<String, String[]> places() throws IOException {
        Map<String, String[]> places = new LinkedHashMap<>();
        for (String line : resourceLines("org/stdkg/extract/places.tsv")) {
            String[] f = line.split("\t", -1);
            if (f.length >= 2 && (f[1].equals("city") || f[1].equals("country"))) {
                places.put(f[0], new String[] {f[1], f.length > 3 ? f[3] : ""});
            }
        }
        return places;
    }

    private static List<String> resourceLines(String resource) throws IOException {
        try (InputStream in = CorpusGenerator.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException(resource + " is not on the class path");
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        }
    }

    private static void readNames(Path gold, Set<String> keep, Map<String, String[]> places, Map<String, Name> names) throws IOException {
        for (String line : Files.readAllLines(gold, StandardCharsets.UTF_8)) {
            String[] f = line.split("\t");
            if (f.length < 3 || !f[0].equals("entity")) {
                continue;
            }
            String[] aliases = f[2].split("\\|");
            String canonical = aliases[0].strip();
            switch (f[1]) {
                case "Person" -> {
                    for (String a : aliases) {
                        String alias = a.strip();
                        names.putIfAbsent(alias, new Name(alias.contains(" ") ? Kind.PERSON : Kind.PERSON_SURNAME, canonical));
                    }
                }
                case "Organisation" -> {
                    if (Stream.of(aliases).map(String::strip).anyMatch(keep::contains)) {
                        break;
                    }
                    for (String a : aliases) {
                        String alias = a.strip();
                        if (alias.length() < 2) {
                            continue;
                        }
                        boolean acronym = !alias.contains(" ") && ACRONYM.matcher(alias).matches()
                                && alias.chars().filter(Character::isUpperCase).count() * 2 > alias.length();
                        names.putIfAbsent(alias, new Name(acronym ? Kind.ORG_ACRONYM : Kind.ORG, canonical));
                    }
                }
                case "Place" -> {
                    for (String a : aliases) {
                        String alias = a.strip();
                        String[] p = places.get(alias);
                        names.putIfAbsent(alias, new Name(p != null && p[0].equals("country") ? Kind.COUNTRY : Kind.CITY, alias));
                    }
                }
                default -> {
                    // Other classes keep their names; their numbers and years still vary.
                }
            }
        }
    }

    /** Names (longest first, as whole words), then standard numbers, committee numbers and years. */
    static Pattern slotPattern(Set<String> names) {
        String alternation = names.stream().sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .map(Pattern::quote).collect(Collectors.joining("|"));
        String nameGroup = names.isEmpty() ? "" : "(?<name>(?<![\\p{L}\\p{N}])(?:" + alternation + ")(?![\\p{L}\\p{N}]))|";
        return Pattern.compile(nameGroup + STANDARD + "|" + COMMITTEE + "|" + YEAR);
    }

    static Source template(String name, String text, Pattern slots, Map<String, Name> names) {
        List<Paragraph> paragraphs = new ArrayList<>();
        for (String raw : PARAGRAPH_BREAK.split(text.replace("\r\n", "\n"))) {
            String p = raw.strip();
            if (p.isEmpty()) {
                continue;
            }
            // Lines stay lines (list items, wrapped text): the generated text has the source's layout.
            List<Line> lines = new ArrayList<>();
            for (String line : p.split("\n")) {
                List<Sentence> sentences = new ArrayList<>();
                for (String s : sentences(line.strip())) {
                    sentences.add(new Sentence(segments(s, slots, names)));
                }
                lines.add(new Line(sentences));
            }
            boolean headline = lines.size() == 1 && p.length() < 140 && !p.endsWith(".") && !p.endsWith(":");
            paragraphs.add(new Paragraph(lines, headline));
        }
        return new Source(name, paragraphs);
    }

    static List<String> sentences(String paragraph) {
        List<String> out = new ArrayList<>();
        Matcher m = SENTENCE_END.matcher(paragraph);
        int start = 0;
        while (m.find()) {
            String candidate = paragraph.substring(start, m.start());
            if (ABBREVIATION.matcher(candidate).find()) {
                continue;
            }
            out.add(candidate);
            start = m.end();
        }
        out.add(paragraph.substring(start));
        return out;
    }

    private static List<Segment> segments(String sentence, Pattern slots, Map<String, Name> names) {
        List<Segment> segments = new ArrayList<>();
        Matcher m = slots.matcher(sentence);
        int at = 0;
        while (m.find()) {
            Slot slot = null;
            int from = m.start();
            int to = m.end();
            if (names.size() > 0 && m.group("name") != null) {
                Name n = names.get(m.group("name"));
                slot = new Slot(n.kind(), n.canonical(), m.group());
            } else if (m.group("stdnum") != null) {
                from = m.start("stdnum");
                slot = new Slot(Kind.STANDARD_NUMBER, m.group("stdnum"), m.group("stdnum"));
            } else if (m.group("comnum") != null) {
                if (m.group("comhead").equals("JTC") && m.group("comnum").equals("1")) {
                    continue;
                }
                from = m.start("comnum");
                slot = new Slot(Kind.COMMITTEE_NUMBER, m.group("comnum"), m.group("comnum"));
            } else if (m.group("wpnum") != null) {
                from = m.start("wpnum");
                slot = new Slot(Kind.COMMITTEE_NUMBER, m.group("wpnum"), m.group("wpnum"));
            } else if (m.group("year") != null) {
                slot = new Slot(Kind.YEAR, m.group("year"), m.group("year"));
            }
            if (slot == null) {
                continue;
            }
            if (from > at) {
                segments.add(new Text(sentence.substring(at, from)));
            }
            segments.add(slot);
            at = to;
        }
        if (at < sentence.length()) {
            segments.add(new Text(sentence.substring(at)));
        }
        return List.copyOf(segments);
    }

    // ---------------------------------------------------------------- making documents

    /** Document {@code index} of the corpus made with {@code seed}. */
    String document(long seed, long index) {
        SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + index * 0xBF58476D1CE4E5B9L + 0x94D049BB133111EBL);
        Fill fill = new Fill(random);
        Source primary = weightedSource(random);
        List<Paragraph> chosen = new ArrayList<>();
        int n = primary.paragraphs().size();
        int length = Math.min(n, 2 + random.nextInt(11));
        int start = random.nextInt(n - length + 1);
        chosen.addAll(primary.paragraphs().subList(start, start + length));
        // Sometimes a paragraph or two from elsewhere, as digests and profiles mix items.
        if (random.nextInt(2) == 0) {
            int extra = 1 + random.nextInt(2);
            for (int i = 0; i < extra; i++) {
                Source other = weightedSource(random);
                Paragraph p = other.paragraphs().get(random.nextInt(other.paragraphs().size()));
                if (!p.headline()) {
                    chosen.add(1 + random.nextInt(chosen.size()), p);
                }
            }
        }
        StringBuilder out = new StringBuilder(8192);
        if (!chosen.get(0).headline()) {
            Paragraph title = headline(primary, random);
            if (title != null) {
                append(out, title, fill, random);
                out.append("\n\n");
            }
        }
        for (Paragraph p : chosen) {
            append(out, p, fill, random);
            out.append("\n\n");
        }
        return out.toString().strip() + "\n";
    }

    private Source weightedSource(SplittableRandom random) {
        int pick = random.nextInt(totalParagraphs);
        for (Source s : sources) {
            pick -= s.paragraphs().size();
            if (pick < 0) {
                return s;
            }
        }
        return sources.get(sources.size() - 1);
    }

    private static Paragraph headline(Source source, SplittableRandom random) {
        List<Paragraph> headlines = source.paragraphs().stream().filter(Paragraph::headline).toList();
        return headlines.isEmpty() ? null : headlines.get(random.nextInt(headlines.size()));
    }

    private static void append(StringBuilder out, Paragraph paragraph, Fill fill, SplittableRandom random) {
        List<Line> lines = paragraph.lines();
        for (int l = 0; l < lines.size(); l++) {
            if (l > 0) {
                out.append('\n');
            }
            List<Sentence> sentences = lines.get(l).sentences();
            if (sentences.size() >= 3 && random.nextInt(5) == 0) {
                // A sentence fewer (never the first, which introduces what the rest refers to).
                List<Sentence> fewer = new ArrayList<>(sentences);
                fewer.remove(1 + random.nextInt(sentences.size() - 1));
                sentences = fewer;
            }
            for (int i = 0; i < sentences.size(); i++) {
                if (i > 0) {
                    out.append(' ');
                }
                for (Segment s : sentences.get(i).segments()) {
                    out.append(s instanceof Text t ? t.text() : fill.value((Slot) s));
                }
            }
        }
    }

    /** The new names and numbers of one document: each original gets one replacement. */
    private final class Fill {
        private final SplittableRandom random;
        private final Map<String, String[]> persons = new HashMap<>();
        private final Map<String, String[]> organisations = new HashMap<>();
        private final Map<String, String> values = new HashMap<>();
        private final int yearOffset;

        Fill(SplittableRandom random) {
            this.random = random;
            this.yearOffset = random.nextInt(9) - 6;
        }

        String value(Slot slot) {
            return switch (slot.kind()) {
                case PERSON -> person(slot.key())[0] + " " + person(slot.key())[1];
                case PERSON_SURNAME -> person(slot.key())[1];
                case ORG -> organisation(slot.key())[0];
                case ORG_ACRONYM -> organisation(slot.key())[1];
                case CITY -> values.computeIfAbsent("city:" + slot.key(), k -> cities.get(random.nextInt(cities.size())));
                case COUNTRY -> values.computeIfAbsent("country:" + slot.key(), k -> countries.get(random.nextInt(countries.size())));
                case STANDARD_NUMBER -> values.computeIfAbsent("std:" + slot.key(), k -> number(slot.key().length()));
                case COMMITTEE_NUMBER -> values.computeIfAbsent("com:" + slot.key(), k -> Integer.toString(1 + random.nextInt(350)));
                case YEAR -> Integer.toString(Integer.parseInt(slot.key()) + yearOffset);
            };
        }

        private String[] person(String canonical) {
            return persons.computeIfAbsent(canonical,
                    k -> new String[] {FIRST_NAMES[random.nextInt(FIRST_NAMES.length)], SURNAMES[random.nextInt(SURNAMES.length)]});
        }

        private String[] organisation(String canonical) {
            return organisations.computeIfAbsent(canonical, k -> {
                String region = REGIONS[random.nextInt(REGIONS.length)];
                String field = FIELDS[random.nextInt(FIELDS.length)];
                String head = HEADS[random.nextInt(HEADS.length)];
                String name = random.nextInt(3) == 0 ? region + " " + head + " for " + field : region + " " + field + " " + head;
                String acronym = Stream.of(name.split(" ")).filter(w -> !MINOR_WORDS.contains(w))
                        .map(w -> w.substring(0, 1).toUpperCase(Locale.ROOT)).collect(Collectors.joining());
                return new String[] {name, acronym};
            });
        }

        /** A number of about the same number of digits (a standard "42001" stays five digits). */
        private String number(int digits) {
            int d = Math.max(2, Math.min(5, digits));
            int low = (int) Math.pow(10, d - 1);
            return Integer.toString(low + random.nextInt(9 * low));
        }
    }

    // ---------------------------------------------------------------- writing a corpus

    /** Where document {@code index} goes. */
    static Path file(Path out, long index) {
        return out.resolve(String.format("%04d/g%07d.txt", index / 1000, index));
    }

    /**
     * Writes documents 0, 1, … until the corpus holds {@code bytes}; documents already on disk are
     * kept (and counted), so an interrupted run resumes where it stopped.
     *
     * @return the number of documents and bytes of the corpus
     */
    long[] write(Path out, long seed, long bytes, boolean progress) throws IOException {
        Files.createDirectories(out);
        long total = 0;
        long index = 0;
        long written = 0;
        long nextReport = bytes / 10;
        while (total < bytes) {
            Path file = file(out, index);
            if (Files.isRegularFile(file)) {
                total += Files.size(file);
            } else {
                byte[] text = document(seed, index).getBytes(StandardCharsets.UTF_8);
                Files.createDirectories(file.getParent());
                Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
                Files.write(tmp, text);
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                total += text.length;
                written++;
            }
            index++;
            if (progress && total >= nextReport) {
                System.err.printf(Locale.ROOT, "generate: %d documents, %.1f of %.1f MB%n", index, total / 1e6, bytes / 1e6);
                nextReport += bytes / 10;
            }
        }
        Files.writeString(out.resolve(".complete"), String.format(Locale.ROOT, "seed=%d%nbytes=%d%ndocuments=%d%nwritten-this-run=%d%n",
                seed, total, index, written));
        return new long[] {index, total};
    }

    public static void main(String[] args) throws IOException {
        Path out = null;
        double mb = -1;
        long seed = 42;
        Path root = Path.of(".");
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--out" -> out = Path.of(args[i + 1]);
                case "--mb" -> mb = Double.parseDouble(args[i + 1]);
                case "--seed" -> seed = Long.parseLong(args[i + 1]);
                case "--root" -> root = Path.of(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (out == null || mb <= 0) {
            System.err.println("usage: CorpusGenerator --out DIR --mb SIZE_MB [--seed N] [--root PROJECT_DIR]");
            System.exit(2);
        }
        try {
            CorpusGenerator generator = fromProject(root);
            long started = System.nanoTime();
            long[] done = generator.write(out, seed, (long) (mb * 1_000_000), true);
            System.err.printf(Locale.ROOT, "generated %s: %d documents, %d bytes, in %.1f s%n", out, done[0], done[1],
                    (System.nanoTime() - started) / 1e9);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
