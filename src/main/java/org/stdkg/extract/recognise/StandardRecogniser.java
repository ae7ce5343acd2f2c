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
 * Standard identifiers: ISO, IEC, ISO/IEC with TR/TS/PAS infixes, parts and years, and
 * "series"/"family". The notation is the identifier with normalised spacing; the identifier
 * without its document-type infix and without "series" are aliases.
 */
public final class StandardRecogniser implements MentionRecogniser {

    private static final Pattern IDENTIFIER = Pattern.compile(
            "\\b(?<body>ISO/IEC/IEEE|ISO/IEC|IEC/ISO|ISO|IEC)(?:[ /](?<type>TR|TS|PAS|Guide))?\\s?(?<number>\\d{3,5}(?:-\\d{1,3})*)"
                    + "(?::(?<year>\\d{4}))?(?<series>\\s+(?:series|family))?\\b");

    @Override
    public List<Mention> recognise(AnnotatedDocument document) {
        List<Mention> mentions = new ArrayList<>();
        Matcher m = IDENTIFIER.matcher(document.text());
        while (m.find()) {
            String body = m.group("body");
            String type = m.group("type");
            String number = m.group("number");
            boolean series = m.group("series") != null;
            String typed = body + (type == null ? "" : (body.contains("/") ? " " : "/") + type) + " " + number;
            String notation = typed + (series ? " series" : "");
            Set<String> aliases = new LinkedHashSet<>();
            aliases.add(body + " " + number);
            if (series) {
                aliases.add(typed);
            }
            aliases.remove(notation);
            mentions.add(new Mention(EntityKind.STANDARD, notation, aliases, notation, m.start(), m.end(), name()));
        }
        return mentions;
    }
}
