package org.stdkg.extract.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.stdkg.extract.Entity;
import org.stdkg.extract.ExtractedDocument;
import org.stdkg.extract.EntityKind;
import org.stdkg.extract.Fact;
import org.stdkg.extract.Mention;
import org.stdkg.extract.Names;
import org.stdkg.extract.Value;

/**
 * Merges mentions into entities across a batch of documents: two mentions of the same class
 * denote the same entity when any of their names have the same {@link Names#key} (acronym and long
 * form of one acronym definition, "JTC1/SC42" and "JTC 1/SC 42"). Merging is transitive
 * (union–find).
 *
 * <p>The preferred label of an entity is its notation when it has one, else the most frequent of
 * its mentions' labels that is not an acronym, the longest on a tie; the choice depends only on the
 * names, so the same batch gives the same labels and IRIs every time. Nor does anything depend on
 * the order of the documents (clusters are connected components, the choices are counts and
 * orders of names), which is what lets {@code stdkg merge} combine shards extracted apart into
 * the graph of one run.
 */
public final class EntityResolver {

    /** Keys shorter than this are too weak to merge on ("UN" still merges: two characters). */
    static final int MIN_KEY_LENGTH = 2;

    private EntityResolver() {
    }

    /** Resolves the mentions of every document, those in facts included. */
    public static ResolvedExtraction resolve(List<ExtractedDocument> documents) {
        List<Occurrence> occurrences = new ArrayList<>();
        for (ExtractedDocument d : documents) {
            String slug = d.slug();
            d.mentions().forEach(m -> occurrences.add(new Occurrence(m, slug)));
            for (Fact f : d.facts()) {
                occurrences.add(new Occurrence(f.subject(), slug));
                if (f.object() instanceof Value.Entity e) {
                    occurrences.add(new Occurrence(e.mention(), slug));
                }
            }
        }
        int[] parent = new int[occurrences.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        Map<EntityKind, Map<String, Integer>> firstByKey = new HashMap<>();
        for (int i = 0; i < occurrences.size(); i++) {
            Mention m = occurrences.get(i).mention();
            Map<String, Integer> keys = firstByKey.computeIfAbsent(m.kind(), k -> new HashMap<>());
            for (String name : m.names()) {
                String key = Names.key(name);
                if (key.length() < MIN_KEY_LENGTH) {
                    continue;
                }
                Integer first = keys.putIfAbsent(key, i);
                if (first != null) {
                    union(parent, first, i);
                }
            }
        }
        Map<Integer, List<Occurrence>> clusters = new LinkedHashMap<>();
        for (int i = 0; i < occurrences.size(); i++) {
            clusters.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(occurrences.get(i));
        }
        IdentityHashMap<Mention, Entity> byMention = new IdentityHashMap<>();
        List<Entity> entities = new ArrayList<>();
        for (List<Occurrence> cluster : clusters.values()) {
            Entity entity = entityOf(cluster);
            entities.add(entity);
            cluster.forEach(o -> byMention.put(o.mention(), entity));
        }
        return new ResolvedExtraction(documents, entities, byMention);
    }

    private static Entity entityOf(List<Occurrence> cluster) {
        EntityKind kind = cluster.get(0).mention().kind();
        Map<String, Integer> notations = new HashMap<>();
        Map<String, Integer> labels = new HashMap<>();
        Set<String> names = new LinkedHashSet<>();
        Set<String> documents = new TreeSet<>();
        for (Occurrence o : cluster) {
            Mention m = o.mention();
            if (m.notation() != null) {
                notations.merge(m.notation(), 1, Integer::sum);
            }
            labels.merge(m.label(), 1, Integer::sum);
            names.addAll(m.names());
            documents.add(o.document());
        }
        String notation = notations.isEmpty() ? null : best(notations, Comparator.comparing((String n) -> 0));
        String label = notation != null ? notation
                : best(labels, Comparator.comparing((String n) -> Names.isAcronym(n) ? 0 : 1));
        // Names that differ only in case or punctuation from the label add nothing.
        Set<String> altLabels = new TreeSet<>();
        Set<String> seen = new java.util.HashSet<>();
        seen.add(label);
        for (String name : names) {
            if (seen.add(name)) {
                altLabels.add(name);
            }
        }
        return new Entity(kind, label, altLabels, notation, documents);
    }

    /** The best name: by the given preference, then frequency, then length, then alphabetically. */
    private static String best(Map<String, Integer> counts, Comparator<String> preference) {
        Comparator<String> order = preference
                .thenComparing(counts::get)
                .thenComparing(String::length)
                .thenComparing(Comparator.<String>reverseOrder());
        return counts.keySet().stream().max(order).orElseThrow();
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int a, int b) {
        int ra = find(parent, a);
        int rb = find(parent, b);
        if (ra != rb) {
            // The smaller index stays the root, so clusters keep the order of first mention.
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }

    private record Occurrence(Mention mention, String document) {
    }
}
