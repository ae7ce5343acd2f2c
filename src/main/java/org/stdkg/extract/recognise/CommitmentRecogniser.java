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
 * Commitments: the actions that organisations pledge (see {@link Pledges}). Each bullet of a pledge
 * list is one commitment; a single-sentence pledge is one commitment.
 *
 * <p>News items restate their one pledge several times: "International standardization bodies have
 * pledged to cooperate on …", "IEC, ISO and ITU … issued a joint commitment to advance …", "this
 * joint statement reflects our commitment to …". When a document has exactly one pledge whose
 * makers are named, the pledges with unnamed makers and the restatements are the same commitment:
 * they share its label, and their wordings become its aliases. Restatements alone make no
 * commitment ("the Forum's commitment to …" describes a purpose).
 *
 * <p>A mention covers only the first word of the pledged action, so that names inside the action
 * remain free for the organisation and standard recognisers; the label is the whole action.
 */
public final class CommitmentRecogniser implements MentionRecogniser {

    // The patterns of inline checks, compiled once instead of at every call.
    private static final Pattern P1 = Pattern.compile("\\s+");

    private static final Pattern PARENTHESIS = Pattern.compile("\\s*\\([^)]*\\)");
    private static final Pattern LEADING_ADVERB = Pattern.compile("^\\p{L}+ly\\s+");

    @Override
    public List<Mention> recognise(AnnotatedDocument document) {
        String text = document.text();
        List<Pledges.Pledge> pledges = Pledges.find(document);
        Set<String> nonOrganisation = Pledges.nonOrganisationAcronyms(document);
        List<Pledges.Pledge> named = new ArrayList<>();
        for (Pledges.Pledge p : pledges) {
            if (p.kind() == Pledges.Kind.PLEDGE && Pledges.namesParties(text, p, nonOrganisation)) {
                named.add(p);
            }
        }
        Pledges.Pledge main = named.size() == 1 ? named.get(0) : null;
        Set<String> mainNames = new LinkedHashSet<>();
        if (main != null) {
            for (Pledges.Pledge p : pledges) {
                if (joinsMain(p, main, named)) {
                    mainNames.addAll(variants(p.text()));
                }
            }
        }
        List<Mention> mentions = new ArrayList<>();
        for (Pledges.Pledge p : pledges) {
            String label;
            Set<String> aliases;
            if (main != null && joinsMain(p, main, named)) {
                label = main.text();
                aliases = new LinkedHashSet<>(mainNames);
            } else if (p.kind() == Pledges.Kind.RESTATEMENT) {
                continue;
            } else {
                label = p.text();
                aliases = variants(p.text());
            }
            aliases.remove(label);
            int[] span = span(document, p);
            if (span != null) {
                mentions.add(new Mention(EntityKind.COMMITMENT, label, aliases, null, span[0], span[1], name()));
            }
        }
        return mentions;
    }

    private static boolean joinsMain(Pledges.Pledge p, Pledges.Pledge main, List<Pledges.Pledge> named) {
        return p == main || p.kind() == Pledges.Kind.RESTATEMENT || (p.kind() == Pledges.Kind.PLEDGE && !named.contains(p));
    }

    /** The first word of the action, or the cue if that word is taken. */
    private static int[] span(AnnotatedDocument document, Pledges.Pledge p) {
        Matcher word = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}-]*").matcher(document.text()).region(p.start(), p.end());
        if (word.lookingAt() && document.isFree(word.start(), word.end())) {
            return new int[] {word.start(), word.end()};
        }
        return document.isFree(p.cueStart(), p.cueEnd()) ? new int[] {p.cueStart(), p.cueEnd()} : null;
    }

    /** The action, without parentheses, up to its first comma, without a leading adverb ("Actively"). */
    static Set<String> variants(String action) {
        Set<String> names = new LinkedHashSet<>();
        names.add(action);
        String bare = PARENTHESIS.matcher(action).replaceAll("").strip();
        names.add(bare);
        int comma = bare.indexOf(',');
        if (comma > 0 && P1.split(bare.substring(0, comma)).length >= 3) {
            names.add(bare.substring(0, comma).strip());
        }
        for (String n : List.copyOf(names)) {
            Matcher adverb = LEADING_ADVERB.matcher(n);
            if (adverb.find()) {
                names.add(n.substring(adverb.end()));
            }
        }
        return names;
    }
}
