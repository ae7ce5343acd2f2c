package org.stdkg.extract.recognise;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class WordsTest {

    private static List<Integer> byPattern(String text, String acronym) {
        List<Integer> found = new ArrayList<>();
        Matcher m = Pattern.compile("(?<![\\w/.-])" + Pattern.quote(acronym) + "(?![\\w/-]|\\.\\w)").matcher(text);
        while (m.find()) {
            found.add(m.start());
        }
        return found;
    }

    @Test
    void acronymUsesAreWhatTheWholeWordPatternFinds() {
        String text = "HLG-MOS met. HLG-MOS, HLG-MOSS, xHLG-MOS, HLG-MOS/1, UN/HLG-MOS, HLG-MOS.2 and HLG-MOS. (HLG-MOS) WP.29 WP.290 "
                + "WP.29/1 aaa aa a";
        for (String acronym : List.of("HLG-MOS", "WP.29", "aa", "a", "absent", "")) {
            assertEquals(byPattern(text, acronym), Words.acronymUses(text, acronym), acronym);
        }
        assertEquals(List.of(0, 13, 79), Words.acronymUses(text, "HLG-MOS").subList(0, 3));
    }

    /** Texts that exercise the token scanners: the seeds, tricky signs, and random strings over a nasty alphabet. */
    static List<String> scannerTexts() throws IOException {
        List<String> texts = new ArrayList<>();
        try (Stream<Path> seeds = Files.list(Path.of("seeds"))) {
            for (Path p : seeds.sorted().toList()) {
                texts.add(Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        texts.add("WP.29. UN/CEFACT's Buy-Ship-Pay, A&B 'x' \u2019s \u2010a- -b 360° C++ x+ \u00a0 \u2028 \u0085 \u00b2 \u216b "
                + "\ud835\udc00bc \ud83d\ude00 a.\ud835\udc00 \u2003z\u3000y. end.");
        String alphabet = "aZ9 .-/&'\u2019\u2010\u2011°+()\u00a0\t\n\u2028\u0085\u00b2\u216b\ud835\udc00\ud83d\ude00é,";
        Random random = new Random(7);
        for (int n = 0; n < 2_000; n++) {
            StringBuilder b = new StringBuilder();
            for (int i = random.nextInt(30); i > 0; i--) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            texts.add(b.toString());
        }
        return texts;
    }

    private static String describe(String text, int[] region) {
        StringBuilder b = new StringBuilder("region " + region[0] + "-" + region[1] + " of ");
        text.chars().limit(200).forEach(c -> b.append(c < 128 && c >= 32 ? String.valueOf((char) c) : String.format("\\u%04x", c)));
        return b.toString();
    }

    private static List<String> byPattern(String pattern, String text, int from, int to) {
        List<String> found = new ArrayList<>();
        Matcher m = Pattern.compile(pattern).matcher(text).region(from, to);
        while (m.find()) {
            found.add(m.start() + ":" + m.end() + ":" + m.group());
        }
        return found;
    }

    @Test
    void tokenScannerFindsWhatTheTokenPatternFinds() throws IOException {
        for (String text : scannerTexts()) {
            for (int[] region : new int[][] {{0, text.length()}, {text.length() / 3, text.length() * 2 / 3}}) {
                List<String> scanned = Words.tokens(text, region[0], region[1]).stream()
                        .map(t -> t.start() + ":" + t.end() + ":" + t.text()).toList();
                assertEquals(byPattern(Words.TOKEN_PATTERN, text, region[0], region[1]), scanned, () -> describe(text, region));
            }
        }
    }

    @Test
    void titleTokenScannerFindsWhatTheTitleTokenPatternFinds() throws IOException {
        for (String text : scannerTexts()) {
            for (int[] region : new int[][] {{0, text.length()}, {text.length() / 3, text.length() * 2 / 3}}) {
                List<String> scanned = TitleText.tokens(text, region[0], region[1]).stream()
                        .map(t -> t.start() + ":" + t.end() + ":" + t.text()).toList();
                assertEquals(byPattern(TitleText.TOKEN_PATTERN, text, region[0], region[1]), scanned, () -> describe(text, region));
            }
        }
    }

    @Test
    void containsIgnoreCaseIsContainsOnTheCaseFoldedText() throws IOException {
        List<List<String>> wordLists = List.of(List.of("standard", "iso"), List.of("s", "ſ"), List.of("week"), List.of("x+", "a-"),
                List.of(""), List.of());
        for (String text : scannerTexts()) {
            for (List<String> words : wordLists) {
                StringBuilder folded = new StringBuilder();
                text.chars().forEach(c -> folded.append(Character.toLowerCase(Character.toUpperCase((char) c))));
                boolean expected = words.stream().anyMatch(w -> folded.toString().contains(w));
                assertEquals(expected, Words.containsIgnoreCase(text, words), () -> words + " in " + text);
            }
        }
    }

    @Test
    void acronymUsesAreWhatTheWholeWordPatternFindsInAnyText() throws IOException {
        for (String text : scannerTexts()) {
            for (String acronym : List.of("a", "Z9", "ISO", "WP.29", "a-", ".", "UN/CEFACT", "9")) {
                assertEquals(byPattern(text, acronym), Words.acronymUses(text, acronym), () -> acronym + " in " + text);
            }
        }
    }
}
