package org.stdkg.extract.recognise;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.stdkg.document.Block;
import org.stdkg.extract.AnnotatedDocument;
import org.stdkg.extract.EntityKind;
import org.stdkg.extract.Mention;
import org.stdkg.extract.MentionRecogniser;
import org.stdkg.extract.recognise.StandardsLexicon.Head;
import org.stdkg.extract.recognise.StandardsLexicon.HeadType;
import org.stdkg.extract.recognise.StandardsLexicon.KnownCommittee;
import org.stdkg.extract.recognise.Words.Tok;

/**
 * Committees (kg:Committee): technical committees, subcommittees, study groups, working parties,
 * councils and task forces.
 * <ul>
 * <li>Identifiers: "ISO/IEC JTC 1/SC 42", "JTC1/SC42", "IEC/ISO JTC 3", "ISO/TC 307", "IEC TC 57",
 * "ITU-T SG20", "Study Group 20", "SG17" (bare study groups only in texts that mention ITU), "WP.29".
 * The notation is canonical ("ISO/IEC JTC 1/SC 42", "ITU-T SG20"); the variants are aliases.</li>
 * <li>Named committees by head phrase ({@code committee-heads.tsv}): "Working Party on …", "Global
 * Future Council on …", "… Advisory Committee", "Group of Governmental Experts". A following
 * "(ACRONYM)" is an alias and its later uses are mentions; a body acronym or possessive before the
 * name ("UNECE Working Party …", "UNECE’s World Forum …") gives a prefixed alias.</li>
 * <li>Well-known committees texts cite by acronym ({@code committees.tsv}): "UN/CEFACT".</li>
 * </ul>
 * Mentions never include the prefix organisation, so that it stays free for the organisation
 * recognisers; the parent relations are read by the relation rules.
 */
public final class CommitteeRecogniser implements MentionRecogniser {

    /**
     * Groups below a technical committee or subcommittee, written after its identifier ("ISO/TC 307/WG 3",
     * "ISO/TC 307/JWG 4", "IEC TC 57 WG 10") or alone once the committee is named ("WG 15", "JWG 4"): working
     * groups, joint working groups, advisory and ad hoc groups.
     */
    static final String SUBGROUP_TYPES = "WG|JWG|AHG|AG";
    private static final String SUBGROUP_SEPARATOR = "(?:\\s?/\\s?|\\s+)";

    /** A sub-group without its committee: "WG 15", "JWG 4" (read against the committees named before it). */
    private static final Pattern BARE_SUBGROUP = Pattern.compile("(?U)(?<![\\w/-])(?<wgt>" + SUBGROUP_TYPES + ")\\s?(?<wg>\\d{1,3})(?![\\w/])");

    /** A technical committee without its body, "TC 57" or "TC 57 WG 10", once the text names "IEC TC 57". */
    private static final Pattern BARE_TC = Pattern.compile(
            "(?U)(?<![\\w/-])TC\\s?(?<tc>\\d{1,3})(?:" + SUBGROUP_SEPARATOR + "(?<wgt>" + SUBGROUP_TYPES + ")\\s?(?<wg>\\d{1,3}))?(?![\\w/])");

    /** An ITU working party of a study group: "WP1/17", "WP 2/17", "Working Party 3/17". */
    private static final Pattern ITU_WP = Pattern.compile("(?U)(?<![\\w/.])(?:WP|Working Party)\\s?(?<n>\\d{1,2})/(?<sg>\\d{1,2})(?![\\w/])");

    private static final Pattern JTC = Pattern.compile(
            "(?U)(?<![\\w/-])(?:(?<pre>ISO/IEC|IEC/ISO|ISO|IEC|CEN-CENELEC|CEN/CENELEC|CEN/CLC|CEN-CLC)(?:\\s*/\\s*|\\s*))?JTC\\s?(?<jtc>\\d{1,2})"
                    + "(?:\\s?/\\s?SC\\s?(?<sc>\\d{1,3}))?(?:" + SUBGROUP_SEPARATOR + "(?<wgt>" + SUBGROUP_TYPES + ")\\s?(?<wg>\\d{1,3}))?(?![\\w/])");

    /** The name after a subcommittee identifier: "ISO/IEC JTC1/SC 42 Artificial intelligence and is responsible". */
    private static final Pattern JTC_TITLE = Pattern.compile("(?U)\\G\\s+(?<title>[A-Z][a-z]+(?:\\s+(?!(?:and|is|was|has)\\b)[a-z]+){0,3})(?=\\s+(?:and|is|was|has)\\b|[,.;])");

    private static final Pattern TC = Pattern.compile(
            "(?U)(?<![\\w/])(?<body>ISO/IEC|ISO|IEC|CEN|CENELEC|ETSI)\\s?/?\\s?TC\\s?(?<tc>\\d{1,3})(?:\\s?/\\s?SC\\s?(?<sc>\\d{1,3}))?"
                    + "(?:" + SUBGROUP_SEPARATOR + "(?<wgt>" + SUBGROUP_TYPES + ")\\s?(?<wg>\\d{1,3}))?(?![\\w/])");

    private static final Pattern SG = Pattern.compile(
            "(?U)(?<![\\w/])(?:(?<sector>ITU-[TRD])\\s+)?(?:Study Group|SG)\\s?(?<n>\\d{1,2})(?!\\w|\\.\\d)");

    /** A bare "SC 27" or "SC27": a subcommittee of JTC 1 in a text that names JTC 1. */
    private static final Pattern BARE_SC = Pattern.compile("(?U)(?<![\\w/])SC\\s?(?<sc>\\d{1,3})(?![\\w/])");
    private static final Pattern NAMES_JTC1 = Pattern.compile("(?U)\\bJTC\\s?1\\b");

    private static final Pattern WP = Pattern.compile("(?U)(?<![\\w/])WP\\.\\s?(?<n>\\d{1,3})(?![\\w])");

    private static final Pattern ITU_SECTOR = Pattern.compile("\\bITU-[TRD]\\b");

    /** A notation that ends in a sub-group: "ISO/TC 307/JWG 4". */
    private static final Pattern WITH_SUBGROUP = Pattern.compile(".*/(?:" + SUBGROUP_TYPES + ") \\d+");

    // The identifier patterns scanned over whole texts, tried only around their literals (see LiteralScan).
    /** Before "JTC": a body prefix ("ISO/IEC ", "CEN-CENELEC/"): letters, slashes, hyphens, white space. */
    private static final IntPredicate PREFIX_CHAR = c -> Character.isLetter(c) || c == '/' || c == '-' || LiteralScan.isSpace(c);
    static final LiteralScan JTC_SCAN = LiteralScan.of(JTC, PREFIX_CHAR, "JTC");
    static final LiteralScan NAMES_JTC1_SCAN = LiteralScan.startingWith(NAMES_JTC1, "JTC");
    static final LiteralScan TC_SCAN = LiteralScan.of(TC, PREFIX_CHAR, "TC");
    static final LiteralScan BARE_SC_SCAN = LiteralScan.startingWith(BARE_SC, "SC");
    static final LiteralScan BARE_TC_SCAN = LiteralScan.startingWith(BARE_TC, "TC");
    static final LiteralScan BARE_SUBGROUP_SCAN = LiteralScan.of(BARE_SUBGROUP, c -> c == 'J', "WG", "AG", "AHG");
    static final LiteralScan SG_SCAN = LiteralScan.of(SG, PREFIX_CHAR, "SG", "Study Group");
    static final LiteralScan ITU_WP_SCAN = LiteralScan.startingWith(ITU_WP, "WP", "Working Party");
    static final LiteralScan WP_SCAN = LiteralScan.startingWith(WP, "WP.");
    /** For tests: each scan must find what its pattern finds. */
    static final List<LiteralScan> SCANS = List.of(JTC_SCAN, NAMES_JTC1_SCAN, TC_SCAN, BARE_SC_SCAN, BARE_TC_SCAN, BARE_SUBGROUP_SCAN,
            SG_SCAN, ITU_WP_SCAN, WP_SCAN);

    /**
     * A document title that ends in a body's name: "the Recommendation of the Council on Artificial Intelligence" is a
     * publication, not a "Council on Artificial Intelligence".
     */
    private static final Pattern DOCUMENT_OF = Pattern.compile("(?U)\\b(?:Recommendation|Declaration|Resolution|Decision|Decisions|Recommendations)\\s+of\\s+the\\s+$");

    /** A verb of creation before a lower-case head: "UNECE established a task force on …". */
    private static final Pattern CREATION = Pattern.compile(
            "(?U)\\b(?:established|launched|created|set up|formed|convened|hosts|hosted|host)\\s+(?:a|an|the)\\s+(?:new\\s+)?$");

    private static final Set<String> MONTHS_AND_DAYS = Set.of("January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
            "Saturday", "Sunday");

    /** Modifiers that do not make a head into a name: "Joint Technical Committee", "National Advisory Committee". */
    private static final Set<String> GENERIC_MODIFIERS = Set.of("Joint", "Technical", "National", "International", "New", "Permanent",
            "Standing", "Special", "Scientific", "Executive", "Expert", "Advisory", "Steering", "Working", "Interim", "High-Level", "Main");

    /** Words that end a lower-case complement ("Team of Specialists on sustainable fisheries to ESG traceability"). */
    private static final Set<String> COMPLEMENT_STOPS = Set.of("to", "that", "which", "who", "with", "by", "at", "from", "as", "is",
            "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "should", "may", "its", "their", "since",
            "until", "between", "during", "through", "into", "under", "within", "across", "about");

    @Override
    public List<Mention> recognise(AnnotatedDocument document) {
        String text = document.text();
        List<Mention> found = new ArrayList<>();
        identifiers(text, found);
        Map<String, Mention> defined = new LinkedHashMap<>();
        named(document, text, found, defined);
        known(text, found);
        acronymUses(text, found, defined);
        found.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return found;
    }

    // ---- identifiers

    private void identifiers(String text, List<Mention> found) {
        LiteralScan.Finder jtcs = JTC_SCAN.finder(text);
        while (jtcs.find()) {
            Matcher m = jtcs.matcher();
            int jtc = Integer.parseInt(m.group("jtc"));
            if (m.group("pre") != null && m.group("pre").startsWith("CEN")) {
                // "CEN-CENELEC JTC 21", "CEN/CLC/JTC 19": a joint committee of the European standards bodies, not of ISO and IEC.
                String notation = "CEN-CENELEC JTC " + jtc;
                Set<String> aliases = new LinkedHashSet<>(List.of(Words.clean(m.group()), "CEN/CENELEC JTC " + jtc, "CEN/CLC/JTC " + jtc));
                aliases.remove(notation);
                found.add(new Mention(EntityKind.COMMITTEE, notation, aliases, notation, m.start(), m.end(), name()));
                continue;
            }
            Integer sc = m.group("sc") == null ? null : Integer.valueOf(m.group("sc"));
            Integer wg = m.group("wg") == null ? null : Integer.valueOf(m.group("wg"));
            Set<String> aliases = new LinkedHashSet<>();
            aliases.add(Words.clean(m.group()));
            String pre = m.group("pre");
            if ("IEC/ISO".equals(pre)) {
                aliases.add("IEC/ISO " + jtcNotation(jtc, sc, wg).substring("ISO/IEC ".length()));
            }
            if (wg != null && !"WG".equals(m.group("wgt"))) {
                // "ISO/IEC JTC 1/SC 27/JWG 4": a joint working group keeps its own type in the notation.
                String notation = jtcNotation(jtc, sc, null) + "/" + m.group("wgt") + " " + wg;
                aliases.add(notation.substring("ISO/IEC ".length()));
                aliases.remove(notation);
                found.add(new Mention(EntityKind.COMMITTEE, notation, aliases, notation, m.start(), m.end(), name()));
                continue;
            }
            Matcher t = JTC_TITLE.matcher(text).region(m.end(), Math.min(text.length(), m.end() + 60));
            if (sc != null && t.find()) {
                aliases.add(Words.clean(m.group()) + " " + t.group("title"));
            }
            found.add(jtcMention(jtc, sc, wg, aliases, m.start(), m.end(), name()));
        }
        if (NAMES_JTC1_SCAN.any(text) && !TC_SCAN.any(text)) {
            LiteralScan.Finder bares = BARE_SC_SCAN.finder(text);
            while (bares.find()) {
                Matcher bare = bares.matcher();
                if (!taken(found, bare.start(), bare.end())) {
                    found.add(jtcMention(1, Integer.valueOf(bare.group("sc")), null, Set.of(Words.clean(bare.group())), bare.start(), bare.end(),
                            name()));
                }
            }
        }
        LiteralScan.Finder tcFinder = TC_SCAN.finder(text);
        while (tcFinder.find()) {
            Matcher tc = tcFinder.matcher();
            if (taken(found, tc.start(), tc.end())) {
                continue;
            }
            String body = tc.group("body");
            String base = (body.equals("IEC") ? "IEC TC " : body + "/TC ") + tc.group("tc")
                    + (tc.group("sc") == null ? "" : "/SC " + tc.group("sc"));
            Set<String> aliases = new LinkedHashSet<>(Set.of(Words.clean(tc.group())));
            found.add(subgroup(base, tc.group("wgt"), tc.group("wg"), aliases, tc.start(), tc.end()));
        }
        // "TC 57", "TC 57 WG 10" once the text has named "IEC TC 57".
        Map<String, String> tcs = new LinkedHashMap<>();
        for (Mention f : List.copyOf(found)) {
            Matcher n = TC_NOTATION.matcher(f.notation() == null ? "" : f.notation());
            if (n.matches()) {
                tcs.putIfAbsent(n.group("tc"), n.group("base"));
            }
        }
        LiteralScan.Finder bareTcs = BARE_TC_SCAN.finder(text);
        while (bareTcs.find()) {
            Matcher bareTc = bareTcs.matcher();
            String base = tcs.get(bareTc.group("tc"));
            if (base != null && !taken(found, bareTc.start(), bareTc.end())) {
                found.add(subgroup(base, bareTc.group("wgt"), bareTc.group("wg"), new LinkedHashSet<>(Set.of(Words.clean(bareTc.group()))),
                        bareTc.start(), bareTc.end()));
            }
        }
        bareSubgroups(text, found);
        boolean itu = text.contains("ITU");
        LiteralScan.Finder sgs = SG_SCAN.finder(text);
        while (sgs.find()) {
            Matcher sg = sgs.matcher();
            String sector = sg.group("sector");
            if (sector == null) {
                if (!itu) {
                    continue; // "SG20" means an ITU study group only in a text about ITU
                }
                sector = nearestSector(text, sg.start());
            }
            String n = sg.group("n");
            String notation = sector + " SG" + n;
            Set<String> aliases = new LinkedHashSet<>();
            aliases.add(sector + " Study Group " + n);
            aliases.add("Study Group " + n);
            aliases.add("SG" + n);
            found.add(new Mention(EntityKind.COMMITTEE, notation, aliases, notation, sg.start(), sg.end(), name()));
        }
        if (itu) {
            LiteralScan.Finder iwps = ITU_WP_SCAN.finder(text);
            while (iwps.find()) {
                Matcher iwp = iwps.matcher();
                if (taken(found, iwp.start(), iwp.end())) {
                    continue;
                }
                String sector = nearestSector(text, iwp.start());
                String n = iwp.group("n");
                String g = iwp.group("sg");
                String notation = sector + " WP" + n + "/" + g;
                Set<String> aliases = new LinkedHashSet<>(List.of("WP" + n + "/" + g, "WP " + n + "/" + g, "Working Party " + n + "/" + g,
                        "SG" + g + " WP" + n, sector + " SG" + g + " WP" + n));
                found.add(new Mention(EntityKind.COMMITTEE, notation, aliases, notation, iwp.start(), iwp.end(), name()));
            }
        }
        StandardsLexicon lex = StandardsLexicon.get();
        LiteralScan.Finder wps = WP_SCAN.finder(text);
        while (wps.find()) {
            Matcher wp = wps.matcher();
            String notation = "WP." + wp.group("n");
            KnownCommittee k = lex.committee(notation).orElse(null);
            Set<String> aliases = new LinkedHashSet<>();
            String label = notation;
            if (k != null) {
                label = k.longForm();
                aliases.addAll(k.otherNames());
            }
            found.add(new Mention(EntityKind.COMMITTEE, label, aliases, notation, wp.start(), wp.end(), name()));
        }
    }

    /** The canonical notation of a joint technical committee or one of its subcommittees. */
    public static String jtcNotation(int jtc, Integer sc, Integer wg) {
        return "ISO/IEC JTC " + jtc + (sc == null ? "" : "/SC " + sc) + (wg == null ? "" : "/WG " + wg);
    }

    /** A mention of ISO/IEC JTC {@code jtc} (or its SC/WG) with the usual aliases: "JTC 1/SC 42", "SC 42". */
    public static Mention jtcMention(int jtc, Integer sc, Integer wg, Set<String> more, int start, int end, String rule) {
        String notation = jtcNotation(jtc, sc, wg);
        Set<String> aliases = new LinkedHashSet<>(more);
        aliases.add(notation.substring("ISO/IEC ".length()));
        if (sc != null && wg == null) {
            aliases.add("SC " + sc);
        }
        aliases.remove(notation);
        return new Mention(EntityKind.COMMITTEE, notation, aliases, notation, start, end, rule);
    }

    /** "IEC TC 57" and "ISO/TC 307/SC 1": a technical committee's notation, without a sub-group. */
    private static final Pattern TC_NOTATION = Pattern.compile("(?<base>(?:ISO/IEC|ISO|IEC|CEN|CENELEC|ETSI)[ /]TC (?<tc>\\d+))");

    /** A committee's notation with its sub-group, if any: "ISO/TC 307" + "JWG 4" = "ISO/TC 307/JWG 4". */
    private Mention subgroup(String base, String type, String number, Set<String> surface, int start, int end) {
        String notation = base + (type == null ? "" : "/" + type + " " + Integer.parseInt(number));
        Set<String> aliases = new LinkedHashSet<>(surface);
        int bodyEnd = base.startsWith("ISO/IEC JTC") ? "ISO/IEC ".length() : base.indexOf("TC ");
        if (type != null && bodyEnd > 0) {
            // Without the body: "TC 307/WG 3", "TC 57 WG 10"; never the bare "WG 3", which names a different group in every committee.
            String local = notation.substring(bodyEnd);
            aliases.add(local);
            aliases.add(local.replace("/" + type, " " + type));
            aliases.add(notation.replace("/" + type, " " + type));
        }
        aliases.remove(notation);
        return new Mention(EntityKind.COMMITTEE, notation, aliases, notation, start, end, name());
    }

    /**
     * "WG 15", "JWG 4" without their committee: the group of that number that the text has named in full
     * ("ISO/TC 307/JWG 4" … "JWG 4"), else a group of the last technical committee or subcommittee named before
     * it ("TC 57 works through working groups: WG 3 …").
     */
    private void bareSubgroups(String text, List<Mention> found) {
        LiteralScan.Finder subgroups = BARE_SUBGROUP_SCAN.finder(text);
        while (subgroups.find()) {
            Matcher m = subgroups.matcher();
            if (taken(found, m.start(), m.end())) {
                continue;
            }
            String suffix = "/" + m.group("wgt") + " " + Integer.parseInt(m.group("wg"));
            Mention full = null;
            Mention before = null;
            for (Mention f : found) {
                String n = f.notation();
                if (n == null) {
                    continue;
                }
                if (n.endsWith(suffix)) {
                    full = full == null ? f : full;
                } else if (f.start() < m.start() && !WITH_SUBGROUP.matcher(n).matches() && (TC_NOTATION.matcher(n).lookingAt()
                        || n.startsWith("ISO/IEC JTC")) && (before == null || f.start() > before.start())) {
                    before = f;
                }
            }
            Set<String> surface = new LinkedHashSet<>(Set.of(Words.clean(m.group())));
            if (full != null) {
                surface.addAll(full.aliases());
                surface.remove(Words.clean(m.group()));
                found.add(new Mention(EntityKind.COMMITTEE, full.label(), surface, full.notation(), m.start(), m.end(), name()));
            } else if (before != null) {
                Mention g = subgroup(before.notation(), m.group("wgt"), m.group("wg"), Set.of(), m.start(), m.end());
                found.add(g);
            }
        }
    }

    private static String nearestSector(String text, int offset) {
        Matcher m = ITU_SECTOR.matcher(text);
        String sector = "ITU-T";
        while (m.find() && m.start() < offset) {
            sector = m.group();
        }
        return sector;
    }

    // ---- named committees

    /** A named committee and the acronyms it defines. */
    private record Named(Mention mention, List<String> acronyms) {
    }

    private void named(AnnotatedDocument document, String text, List<Mention> found, Map<String, Mention> defined) {
        StandardsLexicon lex = StandardsLexicon.get();
        List<Head> heads = lex.heads();
        // Per head, the next offset (at or after the current block) of a literal every match contains: a head's
        // pattern runs only over the blocks that contain its literal, found by a plain string search.
        int[] next = new int[heads.size()];
        java.util.Arrays.fill(next, -1);
        List<Block> blocks = document.document().blocks();
        for (int b = 0; b < blocks.size(); b++) {
            Block block = blocks.get(b);
            List<Tok> toks = null;
            for (int h = 0; h < heads.size(); h++) {
                Head head = heads.get(h);
                String literal = headLiteral(head);
                if (next[h] != NONE && next[h] < block.start()) {
                    int at = text.indexOf(literal, block.start());
                    next[h] = at < 0 ? NONE : at;
                }
                if (next[h] == NONE || next[h] + literal.length() > block.end()) {
                    continue;
                }
                if (toks == null) {
                    toks = Words.blockTokens(document).get(b);
                }
                namedAt(text, block, toks, head, lex, found, defined);
            }
        }
    }

    // The matches of one head in one block, in a method of their own: every head has its own pattern, so the regex
    // engine's calls inlined here meet new node classes head after head and get recompiled; a small method is cheap
    // to recompile, the whole of named() (compiled twice per run, on-stack and whole) is not.
    private void namedAt(String text, Block block, List<Tok> toks, Head head, StandardsLexicon lex,
            List<Mention> found, Map<String, Mention> defined) {
        for (Matcher m = headPattern(head).matcher(text).region(block.start(), block.end()); m.find();) {
            if (taken(found, m.start(), m.end())) {
                continue;
            }
            boolean lower = Character.isLowerCase(text.charAt(m.start()));
            if (lower && !CREATION.matcher(text.substring(Math.max(block.start(), m.start() - 40), m.start())).find()) {
                continue;
            }
            if (!lower && Character.isLowerCase(head.phrase().charAt(0))) {
                continue;
            }
            if (DOCUMENT_OF.matcher(text.substring(Math.max(block.start(), m.start() - 40), m.start())).find()) {
                continue;
            }
            Named named = switch (head.type()) {
                case COMPLEMENT -> complement(text, block, toks, head, m, lower);
                case WHOLE, SUFFIX -> titled(text, toks, head, m);
            };
            if (named != null && !taken(found, named.mention().start(), named.mention().end())) {
                Mention mention = withKnown(named.mention(), lex);
                found.add(mention);
                named.acronyms().forEach(a -> defined.putIfAbsent(a, mention));
            }
        }
    }

    private static final Map<Head, Pattern> HEAD_PATTERNS = new java.util.concurrent.ConcurrentHashMap<>();
    private static final Map<Head, String> HEAD_LITERALS = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int NONE = Integer.MAX_VALUE / 2;

    /**
     * The longest piece of a head that {@link #headPattern} matches literally (a word, or a capitalised word without
     * its first letter, whose case may vary): every match contains it, so a text without it has no match.
     */
    static String headLiteral(Head head) {
        return HEAD_LITERALS.computeIfAbsent(head, h -> {
            String best = "";
            for (String w : h.phrase().split(" ")) {
                String piece = Character.isUpperCase(w.charAt(0)) ? w.substring(1) : w;
                if (piece.length() > best.length()) {
                    best = piece;
                }
            }
            return best;
        });
    }

    /** The head as a pattern: words separated by any white space, an optional "(ACRONYM)" before the final preposition, either case of the first letter. */
    private static Pattern headPattern(Head head) {
        return HEAD_PATTERNS.computeIfAbsent(head, h -> {
            String[] words = h.phrase().split(" ");
            StringBuilder re = new StringBuilder("(?U)(?<![\\w/-])");
            int last = h.type() == HeadType.COMPLEMENT ? words.length - 1 : words.length;
            for (int i = 0; i < last; i++) {
                if (i > 0) {
                    re.append("\\s+");
                }
                String w = words[i];
                if (i == 0 && Character.isUpperCase(w.charAt(0))) {
                    re.append("[").append(w.charAt(0)).append(Character.toLowerCase(w.charAt(0))).append("]").append(Pattern.quote(w.substring(1)));
                } else if (Character.isUpperCase(w.charAt(0))) {
                    re.append("[").append(w.charAt(0)).append(Character.toLowerCase(w.charAt(0))).append("]").append(Pattern.quote(w.substring(1)));
                } else {
                    re.append(Pattern.quote(w));
                }
            }
            if (h.type() == HeadType.COMPLEMENT) {
                re.append("(?:\\s*\\((?<acr>[^()\\s]{2,15})\\))?\\s+").append(Pattern.quote(words[words.length - 1])).append("\\s+");
            } else {
                re.append("(?![\\w-])");
            }
            return Pattern.compile(re.toString());
        });
    }

    /** "Working Party on Public-Private Partnerships", "Task Force on digitalisation in energy", "Team of Specialists (ToS) on …". */
    private Named complement(String text, Block block, List<Tok> toks, Head head, Matcher m, boolean lower) {
        int first = Words.indexFrom(toks, m.end());
        if (first >= toks.size()) {
            return null;
        }
        int before = Words.indexFrom(toks, m.start()) - 1;
        if (!lower && before >= 0) {
            Tok b = toks.get(before);
            // "Security Council on ...": the head is the tail of another name; "UNECE Working Party", "Forum's Council" are fine.
            if (b.isWord() && b.isTitleish() && !b.isAcronym() && !possessive(b.text()) && !Words.DETERMINERS.contains(b.text())
                    && !sentenceInitial(toks, before)) {
                return null;
            }
        }
        Tok start = toks.get(first);
        if (MONTHS_AND_DAYS.contains(start.text()) || Character.isDigit(start.text().charAt(0))) {
            return null;
        }
        int last = -1;
        if (start.isTitleish() || (start.is("the") && first + 1 < toks.size() && toks.get(first + 1).isTitleish())) {
            int j = start.is("the") ? first + 1 : first;
            last = j;
            while (j + 1 < toks.size()) {
                Tok t = toks.get(j + 1);
                if (t.isWord() && t.isTitleish()) {
                    last = ++j;
                } else if (Words.CONNECTORS.contains(t.text()) && j + 2 < toks.size() && !Character.isDigit(toks.get(j + 2).text().charAt(0))
                        && (toks.get(j + 2).isTitleish()
                        || (toks.get(j + 2).is("the") && j + 3 < toks.size() && toks.get(j + 3).isTitleish()))) {
                    j++;
                } else {
                    break;
                }
            }
        } else if (start.isWord() && Character.isLowerCase(start.text().charAt(0)) && !COMPLEMENT_STOPS.contains(start.text())) {
            // A lower-case complement: a few words up to a clause boundary.
            int j = first;
            last = first;
            while (j + 1 < toks.size() && j + 1 - first < 8) {
                Tok t = toks.get(j + 1);
                if (!t.isWord() || COMPLEMENT_STOPS.contains(t.text())) {
                    break;
                }
                j++;
                if (!Words.CONNECTORS.contains(t.text()) && !Words.DETERMINERS.contains(t.text())) {
                    last = j;
                }
            }
        }
        if (last < 0) {
            return null;
        }
        int end = toks.get(last).end();
        String headText = Words.clean(text.substring(m.start(), m.end()));
        String acr = m.group("acr");
        String prep = head.phrase().substring(head.phrase().lastIndexOf(' ') + 1);
        String headWords = head.phrase().substring(0, head.phrase().lastIndexOf(' '));
        String complement = Words.clean(text.substring(toks.get(first).start(), end));
        String label = capitalise(headWords) + " " + prep + " " + complement;
        Set<String> aliases = new LinkedHashSet<>();
        if (acr != null) {
            aliases.add(Words.clean(headText + " " + complement));
            aliases.add(acr + " " + prep + " " + complement);
            aliases.add(acr);
        }
        List<String> acronyms = new ArrayList<>();
        if (acr != null) {
            acronyms.add(acr);
        }
        String after = followingAcronym(text, end, block.end());
        int mentionEnd = end;
        if (after != null) {
            aliases.add(after);
            acronyms.add(after);
            mentionEnd = text.indexOf(')', end) + 1; // the definition "(HLG-MOS)" belongs to the mention
        }
        addPrefixAliases(text, toks, Words.indexFrom(toks, m.start()), label, aliases);
        return new Named(new Mention(EntityKind.COMMITTEE, label, aliases, null, m.start(), mentionEnd, name()), acronyms);
    }

    /** "ICTs Group of Governmental Experts (GGE)", "Digital Payments for Trade and Commerce Advisory Committee". */
    private Named titled(String text, List<Tok> toks, Head head, Matcher m) {
        int headIdx = Words.indexFrom(toks, m.start());
        int s = headIdx;
        for (int j = headIdx - 1; j >= 0; j--) {
            Tok t = toks.get(j);
            if (t.isWord() && t.isTitleish() && !t.isAcronym() && !Words.DETERMINERS.contains(t.text()) && !possessive(t.text())
                    && !sentenceInitial(toks, j)) {
                s = j;
            } else if (Words.CONNECTORS.contains(t.text()) && !t.is("the") && j > 0 && toks.get(j - 1).isTitleish()
                    && !toks.get(j - 1).isAcronym() && !Words.DETERMINERS.contains(toks.get(j - 1).text())) {
                continue;
            } else {
                break;
            }
        }
        if (head.type() == HeadType.SUFFIX && s == headIdx) {
            return null; // a bare "Advisory Committee" is no name
        }
        boolean named = false;
        for (int j = s; j < headIdx; j++) {
            if (toks.get(j).isWord() && !Words.CONNECTORS.contains(toks.get(j).text()) && !GENERIC_MODIFIERS.contains(toks.get(j).text())) {
                named = true;
            }
        }
        if (head.type() == HeadType.SUFFIX && !named) {
            return null; // "a Joint Technical Committee", "the new Steering Committee"
        }
        int start = toks.get(s).start();
        String label = Words.clean(text.substring(start, m.end()));
        if (Character.isLowerCase(label.charAt(0))) {
            label = capitalise(label);
        }
        Set<String> aliases = new LinkedHashSet<>();
        if (s != headIdx && head.type() == HeadType.WHOLE) {
            // "ICTs Group of Governmental Experts" is also the "Group of Governmental Experts"; a bare "Advisory Committee" is no name.
            aliases.add(Words.clean(text.substring(m.start(), m.end())));
        }
        List<String> acronyms = new ArrayList<>();
        String after = followingAcronym(text, m.end(), text.length());
        int mentionEnd = m.end();
        if (after != null) {
            aliases.add(after);
            acronyms.add(after);
            mentionEnd = text.indexOf(')', m.end()) + 1;
        }
        addPrefixAliases(text, toks, s, label, aliases);
        return new Named(new Mention(EntityKind.COMMITTEE, label, aliases, null, start, mentionEnd, name()), acronyms);
    }

    /** "UNECE Working Party …" and "UNECE’s World Forum …": the name with its organisation prefix is an alias. */
    private static void addPrefixAliases(String text, List<Tok> toks, int nameIdx, String label, Set<String> aliases) {
        if (nameIdx <= 0) {
            return;
        }
        Tok b = toks.get(nameIdx - 1);
        if (b.is("’s") || b.is("'s")) {
            return;
        }
        String word = b.text();
        if (possessive(word)) {
            word = word.substring(0, word.length() - 2);
        }
        if (word.length() >= 2 && word.codePoints().noneMatch(Character::isLowerCase) && word.codePoints().anyMatch(Character::isLetter)) {
            aliases.add(word + " " + label);
        }
    }

    static boolean possessive(String word) {
        return word.endsWith("’s") || word.endsWith("'s");
    }

    private static boolean sentenceInitial(List<Tok> toks, int idx) {
        return idx == 0 || toks.get(idx - 1).is(".") || toks.get(idx - 1).is(":") || toks.get(idx - 1).is(";");
    }

    /** "(HLG-MOS)" right after a name: the acronym, or null. */
    private static String followingAcronym(String text, int offset, int limit) {
        int i = offset;
        while (i < limit && i < text.length() && Words.isSpace(text.charAt(i))) {
            i++;
        }
        if (i >= text.length() || text.charAt(i) != '(') {
            return null;
        }
        int close = text.indexOf(')', i);
        if (close < 0 || close - i > 20) {
            return null;
        }
        String inner = text.substring(i + 1, close).strip();
        return NamedStandards.isAcronym(inner) ? inner : null;
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }

    /** Adds the gazetteer's acronym and names to a named committee that the gazetteer knows by its long form. */
    private static Mention withKnown(Mention m, StandardsLexicon lex) {
        for (String n : m.names()) {
            KnownCommittee k = lex.committee(n).orElse(null);
            if (k != null) {
                Set<String> more = new LinkedHashSet<>(k.otherNames());
                more.add(k.acronym());
                more.add(k.longForm());
                return new Mention(m.kind(), m.label(), union(m.aliases(), more), m.notation(), m.start(), m.end(), m.rule());
            }
        }
        return m;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new LinkedHashSet<>(a);
        all.addAll(b);
        return all;
    }

    // ---- gazetteer and acronym uses

    private void known(String text, List<Mention> found) {
        for (KnownCommittee k : StandardsLexicon.get().committees()) {
            Set<String> aliases = new LinkedHashSet<>(k.otherNames());
            aliases.add(k.acronym());
            List<String> names = new ArrayList<>(k.otherNames());
            names.add(0, k.longForm());
            boolean spelledOut = false;
            for (String n : names) {
                for (int at : Words.find(text, 0, text.length(), n, false)) {
                    spelledOut = true;
                    if (!taken(found, at, at + n.length())) {
                        found.add(new Mention(EntityKind.COMMITTEE, k.longForm(), aliases, null, at, at + n.length(), name()));
                    }
                }
            }
            if (k.bare() || spelledOut) {
                int length = k.acronym().length();
                for (int at : Words.acronymUses(text, k.acronym())) {
                    if (!taken(found, at, at + length)) {
                        found.add(new Mention(EntityKind.COMMITTEE, k.longForm(), aliases, notationOf(k.acronym()), at, at + length, name()));
                    }
                }
            }
        }
    }

    private static String notationOf(String acronym) {
        return WP.matcher(acronym).matches() ? acronym : null;
    }

    /** Later uses of an acronym defined after a named committee: "HLG-MOS published a white paper". */
    private void acronymUses(String text, List<Mention> found, Map<String, Mention> defined) {
        for (Map.Entry<String, Mention> e : defined.entrySet()) {
            int length = e.getKey().length();
            for (int at : Words.acronymUses(text, e.getKey())) {
                if (!taken(found, at, at + length)) {
                    Mention d = e.getValue();
                    found.add(new Mention(EntityKind.COMMITTEE, d.label(), d.aliases(), d.notation(), at, at + length, name()));
                }
            }
        }
    }

    private static boolean taken(List<Mention> found, int start, int end) {
        return found.stream().anyMatch(m -> m.overlaps(start, end));
    }
}
