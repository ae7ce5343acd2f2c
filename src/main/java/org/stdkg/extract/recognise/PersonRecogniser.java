package org.stdkg.extract.recognise;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.stdkg.extract.AnnotatedDocument;
import org.stdkg.extract.EntityKind;
import org.stdkg.extract.Mention;
import org.stdkg.extract.MentionRecogniser;

/**
 * Persons named in quote attributions and contact lines: after a job title ("ISO President Sung Hwan Cho",
 * "Secretary-General António Guterres"), after a verb of saying or "contact" when an apposition or the clause
 * end follows ("said Seizo Onoe, Director of …", "contact Beth Bacon, telecommunications policy specialist"),
 * before "said", or before its job title in apposition ("Bilel Jamoussi, Deputy Director of …"). A name is two to four
 * capitalised words (hyphenated ones too: "Doreen Bogdan-Martin") that name no organisation or place.
 */
public final class PersonRecogniser implements MentionRecogniser {

    // The patterns of inline checks, compiled once instead of at every call.
    private static final Pattern P1 = Pattern.compile("\\s+");

    private static final ActorLexicon LEX = ActorLexicon.get();

    /** Two to four capitalised words (initials and particles allowed inside). */
    static final String NAME = "\\p{Lu}[\\p{Ll}\\p{M}'’]+(?:-\\p{Lu}?[\\p{Ll}\\p{M}'’]+)*(?:\\s+(?:\\p{Lu}\\.|\\p{Lu}[\\p{Ll}\\p{M}'’]+(?:-\\p{Lu}?[\\p{Ll}\\p{M}'’]+)*"
            + "|(?:de|van|von|da|del|der|bin|al)(?=\\s+\\p{Lu}))){1,3}";

    /** The job titles as a regex group, longest first. */
    static final String TITLES = ActorLexicon.group(LEX.jobTitles());

    private static final Pattern AFTER_TITLE = Pattern.compile("\\b" + TITLES + "\\s+(?<name>" + NAME + ")(?![\\p{L}])");
    private static final Pattern AFTER_CUE = Pattern.compile(
            "\\b(?:said|says|added|stated|noted|explained|according to|contact|Contact)\\s+(?<name>" + NAME + ")(?=\\s*[,.;:]|\\s+(?:at|of|from)\\b|\\s*$)");
    private static final Pattern BEFORE_SAID = Pattern.compile("(?<![\\p{L}])(?<name>" + NAME + ")\\s+(?:said|says|added|stated)\\b");
    /** "Bilel Jamoussi, Deputy Director of …", "opened by Chris Baryomunsi, Minister of …": a name with its job title in apposition. */
    private static final Pattern BEFORE_TITLE = Pattern.compile("(?<![\\p{L}\\p{M}'’-])(?<name>" + NAME + "),\\s+(?:the\\s+)?" + TITLES + "\\b");

    /** What a name is made of: letters, marks, apostrophes, hyphens, initials' full stops, white space. */
    private static final IntPredicate NAME_CHAR = c -> Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK
            || Character.getType(c) == Character.COMBINING_SPACING_MARK || Character.getType(c) == Character.ENCLOSING_MARK
            || Character.isSurrogate((char) c) || "'’-.".indexOf(c) >= 0 || LiteralScan.isSpace(c);
    private static final String[] SAYS = {"said", "says", "added", "stated"};
    private static final String[] TITLE_WORDS = LEX.jobTitles().toArray(String[]::new);

    /** The patterns in order of precedence, each tried only around the words it needs (see LiteralScan); package-visible for tests. */
    static final List<LiteralScan> SCANS = List.of(
            LiteralScan.startingWith(AFTER_TITLE, TITLE_WORDS),
            LiteralScan.startingWith(AFTER_CUE, "said", "says", "added", "stated", "noted", "explained", "according to", "contact", "Contact"),
            LiteralScan.of(BEFORE_SAID, NAME_CHAR, SAYS),
            LiteralScan.of(BEFORE_TITLE, c -> NAME_CHAR.test(c) || c == ',', TITLE_WORDS));

    private static final Set<String> NOT_NAME_WORDS = Set.of("the", "this", "that", "these", "our", "its", "their", "we", "it",
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
            "international", "national", "global", "standards", "standard", "statement", "summit", "report", "group", "committee");

    @Override
    public List<Mention> recognise(AnnotatedDocument document) {
        String text = document.text();
        List<Mention> out = new ArrayList<>();
        for (LiteralScan scan : SCANS) {
            LiteralScan.Finder f = scan.finder(text);
            while (f.find()) {
                Matcher m = f.matcher();
                int start = m.start("name");
                int end = m.end("name");
                String name = m.group("name");
                if (!plausible(name) || !document.isFree(start, end) || out.stream().anyMatch(x -> x.overlaps(start, end))) {
                    continue;
                }
                out.add(Mention.of(EntityKind.PERSON, name, start, end, name()));
            }
        }
        return out;
    }

    /** A name whose words name no organisation, place, month or kind of thing. */
    static boolean plausible(String name) {
        if (name.contains("\n")) {
            return false;
        }
        for (String w : P1.split(name)) {
            if (NOT_NAME_WORDS.contains(w.toLowerCase(Locale.ROOT)) || LEX.orgHeads().containsKey(w)
                    || LEX.eventHeads().containsKey(w) || LEX.place(w).isPresent()) {
                return false;
            }
        }
        return LEX.organisation(name).isEmpty() && LEX.place(name).isEmpty();
    }
}
