package org.stdkg.extract.recognise;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The cue words of {@code commitment-cues.tsv}, compiled once into the patterns that find pledges,
 * the statements that state them and the occasions they are made at.
 */
public final class CommitmentCues {

    private static final String RESOURCE = "/org/stdkg/extract/commitment-cues.tsv";

    /** "(have) pledged to": group 'to' ends at the start of the pledged action. */
    public final Pattern pledge;
    /** "committed (themselves) to", with the word before it in group 'before'. */
    public final Pattern commit;
    /** "issued a joint commitment to". */
    public final Pattern make;
    /** "our (joint) commitment to": a restatement. */
    public final Pattern own;
    /** A stating verb followed later in the sentence by a commitment noun. */
    public final Pattern stating;
    /** "the/this (joint) statement" before a stating verb. */
    public final Pattern documentReference;
    /** The unnamed makers of a pledge ("supporters", "signatories"), lower case. */
    public final Set<String> partyNouns;
    /** "endorsed", "signed", "joined": an organisation joins a statement. */
    public final Pattern endorse;
    /** "at their latest global conference". */
    public final Pattern occasion;
    public final Set<String> states;
    public final Set<String> eventHeads;
    /**
     * Words of which a sentence holds at least one when {@link #pledge}, {@link #commit}, {@link #make} or {@link #own}
     * can match in it (each pattern requires one of its cue words): a string search spares the four patterns most
     * sentences.
     */
    private final List<String> pledgeWords;

    private CommitmentCues(List<String[]> rows) {
        Map<String, Set<String>> byType = new LinkedHashMap<>();
        for (String[] row : rows) {
            byType.computeIfAbsent(row[0], k -> new LinkedHashSet<>()).add(row[1]);
        }
        String pledges = alternation(byType.get("pledge"));
        String commits = alternation(byType.get("commit"));
        String makes = alternation(byType.get("make"));
        String nouns = alternation(byType.get("noun"));
        String owns = alternation(byType.get("own"));
        this.pledge = Pattern.compile("\\b(?:" + pledges + ")\\s+to\\b");
        this.commit = Pattern.compile("\\b(?<before>[\\p{L}]+)\\s+(?:" + commits + ")\\s+(?:themselves\\s+|itself\\s+)?to\\b");
        this.make = Pattern.compile("\\b(?:" + makes + ")\\s+(?:a|an|the|their|its|our)?\\s*(?:[\\p{L}-]+\\s+){0,2}?(?:" + nouns
                + ")\\s+to\\b");
        this.own = Pattern.compile("\\b(?:" + capitalisedToo(byType.get("own")) + ")\\s+(?:joint\\s+|shared\\s+)?(?:commitment|pledge)\\s+to\\b");
        this.stating = Pattern.compile("\\b(?:" + alternation(byType.get("stating")) + ")\\b.*?\\b(?:" + nouns + ")\\b");
        this.documentReference = Pattern.compile("\\b(?:[Tt]he|[Tt]his|[Tt]hat|[Oo]ur|[Ii]ts|[Tt]heir)\\s+(?:joint\\s+|new\\s+)?(?<noun>"
                + capitalisedToo(byType.get("document")) + ")\\b");
        this.partyNouns = Set.copyOf(byType.getOrDefault("party", Set.of()));
        this.endorse = Pattern.compile("\\b(?:" + alternation(byType.getOrDefault("endorse", Set.of("endorsed"))) + ")\\b");
        this.occasion = Pattern.compile("\\bat\\s+(?:their|its|the|this|our)\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:"
                + alternation(byType.get("occasion")) + ")\\b");
        Set<String> words = new LinkedHashSet<>();
        for (String type : List.of("pledge", "commit", "noun")) {
            byType.get(type).forEach(w -> words.add(w.split(" ")[0]));
        }
        words.add("commitment");
        words.add("pledge");
        // A word that contains another ("pledged", "pledge") adds no sentence.
        this.pledgeWords = words.stream().filter(w -> words.stream().noneMatch(v -> !v.equals(w) && w.contains(v))).toList();
        this.states = Set.copyOf(byType.get("state"));
        this.eventHeads = Set.copyOf(byType.get("eventhead"));
        if (owns.isEmpty()) {
            throw new IllegalStateException(RESOURCE + ": no 'own' entries");
        }
    }

    /** Whether a sentence holds a cue word without which no pledge pattern matches it. */
    public boolean mayPledge(String sentence) {
        for (String w : pledgeWords) {
            if (sentence.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static String alternation(Set<String> words) {
        return words.stream().sorted((a, b) -> b.length() - a.length()).map(w -> Pattern.quote(w).replace(" ", "\\E\\s+\\Q"))
                .collect(Collectors.joining("|"));
    }

    private static String capitalisedToo(Set<String> words) {
        Set<String> both = new LinkedHashSet<>(words);
        words.forEach(w -> both.add(Character.toUpperCase(w.charAt(0)) + w.substring(1)));
        return alternation(both);
    }

    private static final class Holder {
        static final CommitmentCues INSTANCE = new CommitmentCues(PublicationCues.readTsv(RESOURCE));
    }

    public static CommitmentCues get() {
        return Holder.INSTANCE;
    }
}
