package org.stdkg.extract.recognise;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
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
}
