package org.stdkg.extract.recognise;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

class ActorLexiconTest {

    /** What {@link ActorLexicon#group} must match like: the plain alternation, longest word first. */
    private static String longestFirst(List<String> words) {
        return words.stream().sorted(Comparator.comparingInt(String::length).reversed()).map(Pattern::quote)
                .collect(Collectors.joining("|", "(?:", ")"));
    }

    private static List<String> matches(String regex, String text) {
        List<String> found = new ArrayList<>();
        Matcher m = Pattern.compile(regex).matcher(text);
        while (m.find()) {
            found.add(m.start() + ":" + m.group());
        }
        return found;
    }

    @Test
    void groupMatchesLikeTheLongestFirstAlternation() {
        List<String> words = List.of("ISO", "ISO/IEC", "ISO/IEC JTC", "IEC", "ITU", "ITU-T", "I", "a+b", "a.b", "Côte d’Ivoire", "C",
                "UN", "UNECE", "UN/CEFACT", "(x)", "x)");
        String text = "ISO/IEC JTC 1, ISO/IEC, ISO/IE, ISO, IEC and ITU-T or ITU-R; UN/CEFACT at UNECE, UN. a+b a.b aab "
                + "Côte d’Ivoire, Côte d, I, (x) x) CI";
        for (String context : List.of("%s", "(?<![\\p{L}\\p{N}/-])%s(?![\\p{L}\\p{N}]|[-/][\\p{L}\\p{N}])", "%s\\s+\\p{Lu}", "%s\\b")) {
            assertEquals(matches(String.format(context, longestFirst(words)), text),
                    matches(String.format(context, ActorLexicon.group(words)), text), context);
        }
    }

    @Test
    void groupOfTheGazetteersMatchesLikeTheLongestFirstAlternation() {
        ActorLexicon lex = ActorLexicon.get();
        List<String> names = new ArrayList<>();
        lex.organisations().forEach(o -> names.addAll(o.names()));
        String text = String.join(", ", names) + ". " + String.join(" and ", lex.jobTitles());
        names.addAll(lex.jobTitles());
        assertEquals(matches(longestFirst(names) + "(?![\\p{L}\\p{N}])", text),
                matches(ActorLexicon.group(names) + "(?![\\p{L}\\p{N}])", text));
    }
}
