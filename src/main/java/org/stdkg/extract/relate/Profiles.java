package org.stdkg.extract.relate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.stdkg.document.Block;
import org.stdkg.extract.AnnotatedDocument;
import org.stdkg.extract.EntityKind;
import org.stdkg.extract.Mention;

/**
 * Actor profiles: the genre's digests and directory pages give each organisation a section headed
 * by its name ("World Economic Forum", "United Nations Economic Commission for Europe"), whose
 * first paragraph introduces it ("The World Economic Forum (WEF) is …", "Acronym: UNIDIR"). Inside
 * such a section "the Forum", "its" and unattributed committees refer to that actor.
 */
public final class Profiles {

    // The patterns of inline checks, compiled once instead of at every call.
    private static final Pattern P1 = Pattern.compile("\\s+");
    private static final Pattern P2 = Pattern.compile("\\p{Lu}[\\p{L}-]*");

    /** Last words of organisation names; "the Forum" inside the section of the World Economic Forum means it. */
    static final Set<String> ORG_HEADS = Set.of("Forum", "Commission", "Organization", "Organisation", "Union", "Institute", "Agency",
            "Association", "Council", "Bureau", "Foundation", "Alliance", "Consortium", "Authority", "Bank", "Federation", "Centre",
            "Center", "Programme", "Office", "Conference", "Research", "Partnership", "Fund", "Network");

    private static final Set<String> CONNECTORS = Set.of("of", "for", "and", "the", "on", "in", "&");

    private static final Pattern ACRONYM_FIELD = Pattern.compile("^Acronym:\\s*(\\S+)");

    /**
     * The organisation a profile section is about.
     *
     * @param name its name, the heading text
     * @param acronym its acronym, or null
     * @param start offset of the heading
     * @param end offset where the next profile starts, or the end of the text
     */
    public record Actor(String name, String acronym, int start, int end) {

        /** The last word of the name: "Forum" for "World Economic Forum". */
        public String head() {
            return name.substring(name.lastIndexOf(' ') + 1);
        }

        public boolean contains(int offset) {
            return offset >= start && offset < end;
        }

        /** An organisation mention of the actor at the given offsets. */
        public Mention mention(int from, int to, String rule) {
            return new Mention(EntityKind.ORGANISATION, name, acronym == null ? Set.of() : Set.of(acronym), null, from, to, rule);
        }
    }

    private Profiles() {
    }

    /** The profile sections of a document, in order. */
    public static List<Actor> actors(AnnotatedDocument document) {
        List<Block> blocks = document.document().blocks();
        List<int[]> heads = new ArrayList<>();
        List<String[]> names = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (!b.isHeading() || !titleCaseName(b.text())) {
                continue;
            }
            String acronym = introduced(b.text(), blocks, i);
            if (acronym == null) {
                continue;
            }
            heads.add(new int[] {b.start()});
            names.add(new String[] {b.text().strip(), acronym.isEmpty() ? null : acronym});
        }
        List<Actor> actors = new ArrayList<>();
        for (int i = 0; i < heads.size(); i++) {
            int end = i + 1 < heads.size() ? heads.get(i + 1)[0] : document.text().length();
            actors.add(new Actor(names.get(i)[0], names.get(i)[1], heads.get(i)[0], end));
        }
        return actors;
    }

    /** The actor whose section contains an offset. */
    public static Optional<Actor> at(List<Actor> actors, int offset) {
        return actors.stream().filter(a -> a.contains(offset)).findFirst();
    }

    /** "World Economic Forum": two to ten words, capitalised apart from connectors, no digits or punctuation. */
    static boolean titleCaseName(String text) {
        String[] words = P1.split(text.strip());
        if (words.length < 2 || words.length > 10) {
            return false;
        }
        for (String w : words) {
            if (CONNECTORS.contains(w)) {
                continue;
            }
            if (!P2.matcher(w).matches()) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the blocks after a heading introduce it as an organisation: an "Acronym:" field, or a
     * paragraph that names it or its initials. Returns the acronym ("" when none is found), or null.
     */
    static String introduced(String name, List<Block> blocks, int index) {
        String initials = initials(name);
        for (int j = index + 1; j < blocks.size() && j <= index + 4; j++) {
            Block b = blocks.get(j);
            Matcher field = ACRONYM_FIELD.matcher(b.text());
            if (field.find()) {
                return field.group(1);
            }
            if (b.isHeading()) {
                continue;
            }
            String text = b.text();
            Matcher defined = Pattern.compile(Pattern.quote(name) + "\\s*\\((\\p{Lu}[\\p{Lu}\\p{Ll}/-]{1,12})\\)").matcher(text);
            if (defined.find()) {
                return defined.group(1);
            }
            Matcher isThe = Pattern.compile("\\b(\\p{Lu}{2,10}) is the " + Pattern.quote(name)).matcher(text);
            if (isThe.find()) {
                return isThe.group(1);
            }
            boolean orgName = java.util.Arrays.stream(P1.split(name)).anyMatch(ORG_HEADS::contains);
            if (orgName && initials.length() >= 2 && Pattern.compile("\\b" + Pattern.quote(initials) + "\\b").matcher(text).find()) {
                return initials;
            }
            if (orgName && text.contains(name)) {
                return "";
            }
            return null;
        }
        return null;
    }

    /** Initials of the capitalised words: "United Nations Economic Commission for Europe" → "UNECE". */
    static String initials(String name) {
        StringBuilder sb = new StringBuilder();
        for (String w : P1.split(name)) {
            if (!CONNECTORS.contains(w) && !w.isEmpty()) {
                sb.append(w.charAt(0));
            }
        }
        return sb.toString();
    }
}
