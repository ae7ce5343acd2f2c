package org.stdkg.extract.recognise;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.stdkg.extract.AnnotatedDocument;
import org.stdkg.extract.EntityKind;
import org.stdkg.extract.Mention;
import org.stdkg.extract.MentionRecogniser;

/**
 * Standards: identifiers of ISO, IEC, ISO/IEC, IEC/ISO, ISO/IEC/IEEE and IEEE standards with
 * TR/TS/PAS/Guide infixes, parts, years and "series"/"family" ("ISO/IEC TR 24028", "ISO/IEC
 * 19086-1", "ISO/IEC 27000 family of standards"); ITU recommendations ("ITU-T Y.4000",
 * "Recommendation ITU-T X.509"); and named standards that the text marks as such (see
 * {@link NamedStandards}).
 *
 * <p>The notation is the canonical identifier: the body, the document type after a slash for a
 * single body ("ISO/TR 21332") or a space for a joint one ("ISO/IEC TR 24028"), the number and
 * part, and " series" for a series or family. Aliases: the identifier without its type ("ISO/IEC
 * 24028", as gold files name a TR by its number too), with the year, and a series' bare number.
 */
public final class StandardRecogniser implements MentionRecogniser {

    // The patterns of inline checks, compiled once instead of at every call.
    private static final Pattern P1 = Pattern.compile("[-.].*");

    private static final String HYPHEN = "[-\\u2010\\u2011\\u2013]";

    /**
     * ISO/IEC stage codes written in a draft's reference ("ISO/DIS 7603", "ISO/CD TR 23642", "ISO/IEC AWI 5259-5"):
     * not part of the standard's name, but a sure sign that it is still in development (see {@link #stageCode}).
     */
    static final String STAGES = "PWI|NWIP|NP|AWI|WD|CD|CDV|DIS|FDIS|PRF|DTR|DTS|DPAS|PDTR|PDTS";
    private static final Pattern STAGE_IN_REFERENCE = Pattern.compile("(?U)(?:/|\\s)(?:" + STAGES + ")(?:\\s|$)");

    static final Pattern IDENTIFIER = Pattern.compile(
            "(?U)\\b(?<body>ISO/IEC/IEEE|ISO/IEC|IEC/ISO|ISO/IEEE|ISO|IEC|IEEE)(?:\\s?/\\s?|\\s)(?:(?<stage>" + STAGES + ")\\s?)?(?:(?<type>TR|TS|PAS|Guide|IS)\\s?)?"
                    + "(?<number>\\d{1,5}(?:\\.\\d{1,3}[a-z]{0,3})?(?:" + HYPHEN + "\\d{1,3})*)(?![\\d.]\\d)"
                    + "(?::(?<year>\\d{4}))?"
                    + "(?<series>\\s+(?:series|family)(?:\\s+of\\s+(?:standards|International Standards))?)?(?![\\w/])");

    /** "and 27002" after "ISO/IEC 27001": the same body's next standard. */
    private static final Pattern CONTINUATION = Pattern.compile(
            "(?U)\\G(?:\\s*,\\s*|\\s+(?:and|or)\\s+|\\s*/\\s*)(?<number>\\d{3,5}(?:" + HYPHEN + "\\d{1,3})*)(?::(?<year>\\d{4}))?(?![\\w/])");

    static final Pattern ITU = Pattern.compile(
            "(?U)\\b(?<rec>Recommendation\\s+)?(?<body>ITU-[TRD])\\s+(?<rec2>Recommendation\\s+)?(?<series>[A-Z]{1,3})\\.(?<number>\\d{1,4}(?:\\.\\d{1,3})?\\b"
                    // a draft's provisional name: "ITU-T X.sec-zt", "ITU-T Y.ML-IMT2020-E2E": a hyphenated word
                    + "|[A-Za-z\\d]+(?:-[A-Za-z\\d]+)+(?![\\w-]))");

    // Whole-text scans, tried only around their literals (see LiteralScan).
    static final LiteralScan IDENTIFIER_SCAN = LiteralScan.startingWith(IDENTIFIER, "ISO", "IEC", "IEEE");
    /** "ITU-", after an optional "Recommendation ". */
    static final LiteralScan ITU_SCAN = LiteralScan.of(ITU, c -> Character.isLetter(c) || LiteralScan.isSpace(c), "ITU-");
    /** For tests: each scan must find what its pattern finds. */
    static final List<LiteralScan> SCANS = List.of(IDENTIFIER_SCAN, ITU_SCAN);

    @Override
    public List<Mention> recognise(AnnotatedDocument document) {
        String text = document.text();
        List<Mention> mentions = new ArrayList<>();
        LiteralScan.Finder ids = IDENTIFIER_SCAN.finder(text);
        while (ids.find()) {
            Matcher m = ids.matcher();
            String body = m.group("body");
            String type = m.group("type");
            String number = m.group("number").replaceAll(HYPHEN, "-");
            if (!plausible(body, type, number, text, m.end())) {
                continue;
            }
            Mention id = identifier(body, type, number, m.group("year"), m.group("series"), m.start(), m.end());
            if (m.group("stage") != null) {
                // "ISO/CD TR 23642" is also written so: the reference with its stage code is an alias.
                Set<String> aliases = new LinkedHashSet<>(id.aliases());
                aliases.add(Words.clean(m.group()));
                id = new Mention(id.kind(), id.label(), aliases, id.notation(), id.start(), id.end(), id.rule());
            }
            mentions.add(id);
            if (m.group("series") == null) {
                Matcher c = CONTINUATION.matcher(text).region(m.end(), text.length());
                while (c.find() && c.group("number").length() >= 3) {
                    mentions.add(identifier(body, type, c.group("number").replaceAll(HYPHEN, "-"), c.group("year"), null,
                            c.start("number"), c.end()));
                    c.region(c.end(), text.length());
                }
            }
        }
        LiteralScan.Finder itus = ITU_SCAN.finder(text);
        while (itus.find()) {
            Matcher i = itus.matcher();
            String notation = i.group("body") + " " + i.group("series") + "." + i.group("number");
            Set<String> aliases = new LinkedHashSet<>();
            aliases.add("Recommendation " + notation);
            aliases.add(i.group("body") + " Recommendation " + i.group("series") + "." + i.group("number"));
            mentions.add(new Mention(EntityKind.STANDARD, notation, aliases, notation, i.start(), i.end(), name()));
        }
        mentions.addAll(NamedStandards.find(document, mentions, name()));
        return mentions;
    }

    /** Whether a standard's reference, as written in the text, carries a draft stage code ("ISO/DIS 7603"). */
    public static boolean stageCode(String surface) {
        return STAGE_IN_REFERENCE.matcher(surface).find();
    }

    /** A standard's mention from the parts of its identifier. */
    static Mention identifier(String body, String type, String number, String year, String series, int start, int end) {
        String typed = body + (type == null ? "" : (body.contains("/") ? " " : "/") + type) + " " + number;
        boolean isSeries = series != null;
        String notation = typed + (isSeries ? " series" : "");
        Set<String> aliases = new LinkedHashSet<>();
        aliases.add(body + " " + number + (isSeries ? " series" : ""));
        if (isSeries) {
            aliases.add(typed);
            aliases.add(body + " " + number);
            aliases.add(typed + " family");
            String surface = Words.clean(series);
            if (!surface.equals("series")) {
                aliases.add(typed + " " + surface);
            }
        }
        if (year != null) {
            aliases.add(typed + ":" + year);
        }
        if (body.equals("IEC/ISO")) {
            aliases.add("ISO/IEC" + typed.substring(body.length()));
        }
        aliases.remove(notation);
        return new Mention(EntityKind.STANDARD, notation, aliases, notation, start, end, StandardRecogniser.class.getSimpleName());
    }

    /** Rejects numbers that are no standard numbers: "IEEE 2024 conference", a year after a body name, short bare numbers. */
    private static boolean plausible(String body, String type, String number, String text, int end) {
        String base = P1.matcher(number).replaceAll("");
        if (type == null && base.length() < 3) {
            return false;
        }
        if (base.length() == 4 && number.equals(base)) {
            int n = Integer.parseInt(base);
            if (n >= 1950 && n <= 2100) {
                // "ISO 2024 Annual Meeting", "IEC 2025 General Meeting": a year, not a standard.
                String after = text.substring(end, Math.min(text.length(), end + 40)).strip();
                if (!after.isEmpty() && Character.isUpperCase(after.charAt(0))) {
                    return false;
                }
            }
        }
        return true;
    }
}
