package org.stdkg.extract.recognise;

import java.util.ArrayList;
import java.util.List;

import org.stdkg.extract.AnnotatedDocument;
import org.stdkg.extract.EntityKind;
import org.stdkg.extract.Mention;
import org.stdkg.extract.MentionRecogniser;

/**
 * Events named by owner and edition ("the Forum’s annual meeting", "its eighth session", "Egypt’s first
 * forum …", "A next meeting of ITU-T SG20"); see {@link EventReferences}. Runs after the organisation
 * recogniser, whose mentions name the owners.
 */
public final class EventReferenceRecogniser implements MentionRecogniser {

    @Override
    public List<Mention> recognise(AnnotatedDocument document) {
        List<Mention> out = new ArrayList<>();
        for (EventReferences.Reference r : EventReferences.find(document)) {
            out.add(new Mention(EntityKind.EVENT, r.label(), r.aliases(), null, r.start(), r.end(), name()));
        }
        return out;
    }
}
