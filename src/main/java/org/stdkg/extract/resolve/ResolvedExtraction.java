package org.stdkg.extract.resolve;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.stdkg.extract.Entity;
import org.stdkg.extract.ExtractedDocument;
import org.stdkg.extract.Mention;

/**
 * A batch of document extractions with their mentions resolved to entities.
 *
 * @param documents what was extracted from each document
 * @param entities the resolved entities, in order of first mention
 * @param byMention the entity of each mention (by identity)
 */
public record ResolvedExtraction(List<ExtractedDocument> documents, List<Entity> entities, Map<Mention, Entity> byMention) {

    public ResolvedExtraction {
        documents = List.copyOf(documents);
        entities = List.copyOf(entities);
        byMention = Collections.unmodifiableMap(new IdentityHashMap<>(byMention));
    }

    public Entity entityOf(Mention mention) {
        Entity e = byMention.get(mention);
        if (e == null) {
            throw new IllegalArgumentException("mention not resolved: " + mention);
        }
        return e;
    }
}
