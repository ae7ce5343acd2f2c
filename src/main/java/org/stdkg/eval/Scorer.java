package org.stdkg.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.IntFunction;
import java.util.stream.Collectors;

/**
 * Scores extracted entities and facts against gold files, exactly as CONTRACT.md section 4 describes.
 *
 * <ul>
 * <li>Gold: entities of one class whose normalised names overlap are one entity, and relation lines whose subject
 * and object overlap are one fact, so a fact listed in several gold files (or twice in one) counts once.</li>
 * <li>Relation facts count only when their subject has the relation's subject class
 * ({@link Relation#subjectClasses()}), on both sides. A gold subject's class is that of the gold entities its
 * names overlap; a gold subject that no gold entity line names is kept, since the relation itself says what it
 * is.</li>
 * <li>Matching is a maximum bipartite matching per line kind: each gold fact is matched by at most one extracted
 * fact, so a duplicate extracted entity or fact is a false positive, and no greedy choice can cost a match that a
 * one-to-one assignment would have found.</li>
 * </ul>
 */
public final class Scorer {

    private Scorer() {
    }

    /**
     * Scores the extraction against the union of the gold files.
     *
     * @param gold the parsed gold files; facts repeated across them count once
     * @param extracted the extraction output
     * @return one row per entity class and relation, and the micro-averaged totals
     */
    public static Score score(Collection<GoldFile> gold, ExtractedGraph extracted) {
        Objects.requireNonNull(gold, "gold");
        Objects.requireNonNull(extracted, "extracted");
        List<GoldEntity> goldEntities = gold.stream().flatMap(f -> f.entities().stream()).toList();
        List<GoldFact> goldFacts = gold.stream().flatMap(f -> f.facts().stream()).toList();
        return score(goldEntities, goldFacts, extracted);
    }

    /**
     * Scores the extraction against gold entities and facts gathered by the caller.
     *
     * @param goldEntities gold entity lines, possibly from several files
     * @param goldFacts gold relation lines, possibly from several files
     * @param extracted the extraction output
     */
    public static Score score(List<GoldEntity> goldEntities, List<GoldFact> goldFacts, ExtractedGraph extracted) {
        List<MergedEntity> mergedEntities = mergeEntities(goldEntities);
        Map<String, Set<EntityClass>> goldClassesByName = new HashMap<>();
        for (MergedEntity e : mergedEntities) {
            for (String n : e.norm) {
                goldClassesByName.computeIfAbsent(n, k -> EnumSet.noneOf(EntityClass.class)).add(e.cls);
            }
        }

        List<KindScore> entityRows = new ArrayList<>();
        for (EntityClass c : EntityClass.values()) {
            entityRows.add(scoreEntities(c, mergedEntities, extracted.entities()));
        }
        List<KindScore> relationRows = new ArrayList<>();
        for (Relation r : Relation.values()) {
            relationRows.add(scoreRelation(r, goldFacts, goldClassesByName, extracted.facts()));
        }
        Counts entityTotal = Counts.sum(entityRows.stream().filter(KindScore::scored).map(KindScore::counts).toList());
        Counts relationTotal = Counts.sum(relationRows.stream().map(KindScore::counts).toList());
        return new Score(entityRows, relationRows, entityTotal, relationTotal);
    }

    // ---- entities

    private static KindScore scoreEntities(EntityClass c, List<MergedEntity> merged, List<ExtractedEntity> all) {
        List<MergedEntity> gold = merged.stream().filter(e -> e.cls == c).toList();
        List<ExtractedEntity> ext = all.stream().filter(e -> e.entityClass() == c).toList();
        List<Set<String>> extNorm = ext.stream().map(e -> Names.normaliseAll(e.names())).toList();
        int[] goldOfExtracted = match(gold.size(), ext.size(), (g, e) -> Names.overlap(gold.get(g).norm, extNorm.get(e)));
        return row(c.localName(), c.scored(), gold.size(), goldOfExtracted,
                g -> describe(gold.get(g).names, gold.get(g).where),
                e -> describeExtracted(ext.get(e)), List.of());
    }

    /** A gold entity after merging the lines that name it; {@code where} is its first line. */
    private static final class MergedEntity {
        final EntityClass cls;
        final List<String> names;
        final Set<String> norm;
        final String where;

        MergedEntity(EntityClass cls, List<String> names, Set<String> norm, String where) {
            this.cls = cls;
            this.names = names;
            this.norm = norm;
            this.where = where;
        }
    }

    private static List<MergedEntity> mergeEntities(List<GoldEntity> lines) {
        List<MergedEntity> out = new ArrayList<>();
        for (EntityClass c : EntityClass.values()) {
            List<GoldEntity> ofClass = lines.stream().filter(e -> e.entityClass() == c).toList();
            UnionFind uf = new UnionFind(ofClass.size());
            Map<String, Integer> firstWithName = new HashMap<>();
            for (int i = 0; i < ofClass.size(); i++) {
                for (String n : Names.normaliseAll(ofClass.get(i).names())) {
                    Integer j = firstWithName.putIfAbsent(n, i);
                    if (j != null) {
                        uf.union(j, i);
                    }
                }
            }
            for (List<Integer> group : uf.groups()) {
                LinkedHashSet<String> names = new LinkedHashSet<>();
                group.forEach(i -> names.addAll(ofClass.get(i).names()));
                GoldEntity first = ofClass.get(group.get(0));
                out.add(new MergedEntity(c, List.copyOf(names), Names.normaliseAll(names),
                        first.source() + ":" + first.line()));
            }
        }
        return out;
    }

    // ---- relations

    /** A gold fact after merging the lines that state it; object values are normalised by the relation's kind. */
    private static final class MergedFact {
        final List<String> subject;
        final Set<String> subjectNorm;
        final List<String> object;
        final Set<String> objectNorm;
        final String where;

        MergedFact(List<String> subject, List<String> object, Relation r, String where) {
            this.subject = subject;
            this.subjectNorm = Names.normaliseAll(subject);
            this.object = object;
            this.objectNorm = normaliseValues(r, object);
            this.where = where;
        }
    }

    private static Set<String> normaliseValues(Relation r, Collection<String> values) {
        if (r.valueKind() == Relation.ValueKind.DATE) {
            return values.stream().map(Names::normaliseDate).filter(s -> !s.isEmpty())
                    .collect(Collectors.toCollection(LinkedHashSet::new));
        }
        return Names.normaliseAll(values);
    }

    private static KindScore scoreRelation(Relation r, List<GoldFact> allGold,
            Map<String, Set<EntityClass>> goldClassesByName, List<ExtractedFact> allExtracted) {
        List<String> ignored = new ArrayList<>();

        List<MergedFact> gold = new ArrayList<>();
        for (MergedFact f : mergeFacts(r, allGold.stream().filter(f -> f.relation() == r).toList())) {
            Set<EntityClass> classes = EnumSet.noneOf(EntityClass.class);
            f.subjectNorm.forEach(n -> classes.addAll(goldClassesByName.getOrDefault(n, Set.of())));
            if (!classes.isEmpty() && Collections.disjoint(classes, r.subjectClasses())) {
                ignored.add("gold " + describe(f.subject.get(0), f.object, f.where) + " (subject is "
                        + classNames(classes) + ")");
            } else {
                gold.add(f);
            }
        }

        List<ExtractedFact> ext = new ArrayList<>();
        for (ExtractedFact f : allExtracted) {
            if (f.relation() != r) {
                continue;
            }
            if (Collections.disjoint(f.subjectClasses(), r.subjectClasses())) {
                ignored.add("extracted " + describeExtracted(f) + " (subject is "
                        + (f.subjectClasses().isEmpty() ? "untyped" : classNames(f.subjectClasses())) + ")");
            } else {
                ext.add(f);
            }
        }

        List<Set<String>> extSubject = ext.stream().map(f -> Names.normaliseAll(f.subjectNames())).toList();
        List<Set<String>> extObject = ext.stream().map(f -> normaliseValues(r, f.objectValues())).toList();
        int[] goldOfExtracted = match(gold.size(), ext.size(), (g, e) -> {
            MergedFact gf = gold.get(g);
            return Names.overlap(gf.subjectNorm, extSubject.get(e)) && objectMatches(r, gf, ext.get(e), extObject.get(e));
        });
        return row(r.localName(), true, gold.size(), goldOfExtracted,
                g -> describe(gold.get(g).subject.get(0), gold.get(g).object, gold.get(g).where),
                e -> describeExtracted(ext.get(e)), ignored);
    }

    private static boolean objectMatches(Relation r, MergedFact gold, ExtractedFact ext, Set<String> extNorm) {
        if (r.valueKind() == Relation.ValueKind.TEXT) {
            for (String g : gold.object) {
                for (String e : ext.objectValues()) {
                    if (Names.textMatches(g, e)) {
                        return true;
                    }
                }
            }
            return false;
        }
        // Entities: shared name; dates and status: equal after normalisation (the sets hold the normalised values).
        return Names.overlap(gold.objectNorm, extNorm);
    }

    /** Merges relation lines whose subject and object overlap; the merged fact accepts every name of either. */
    private static List<MergedFact> mergeFacts(Relation r, List<GoldFact> lines) {
        List<Set<String>> subj = lines.stream().map(f -> Names.normaliseAll(f.subject())).toList();
        List<Set<String>> obj = lines.stream().map(f -> normaliseValues(r, f.object())).toList();
        UnionFind uf = new UnionFind(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            for (int j = 0; j < i; j++) {
                if (Names.overlap(subj.get(i), subj.get(j)) && Names.overlap(obj.get(i), obj.get(j))) {
                    uf.union(j, i);
                }
            }
        }
        List<MergedFact> out = new ArrayList<>();
        for (List<Integer> group : uf.groups()) {
            LinkedHashSet<String> subject = new LinkedHashSet<>();
            LinkedHashSet<String> object = new LinkedHashSet<>();
            for (int i : group) {
                subject.addAll(lines.get(i).subject());
                object.addAll(lines.get(i).object());
            }
            GoldFact first = lines.get(group.get(0));
            out.add(new MergedFact(List.copyOf(subject), List.copyOf(object), r, first.source() + ":" + first.line()));
        }
        return out;
    }

    // ---- shared

    private static KindScore row(String kind, boolean scored, int goldCount, int[] goldOfExtracted,
            IntFunction<String> describeGold, IntFunction<String> describeExt,
            List<String> ignored) {
        boolean[] goldMatched = new boolean[goldCount];
        List<String> extras = new ArrayList<>();
        int tp = 0;
        for (int e = 0; e < goldOfExtracted.length; e++) {
            if (goldOfExtracted[e] >= 0) {
                goldMatched[goldOfExtracted[e]] = true;
                tp++;
            } else {
                extras.add(describeExt.apply(e));
            }
        }
        List<String> misses = new ArrayList<>();
        for (int g = 0; g < goldCount; g++) {
            if (!goldMatched[g]) {
                misses.add(describeGold.apply(g));
            }
        }
        return new KindScore(kind, scored, new Counts(goldCount, goldOfExtracted.length, tp), misses, extras, ignored);
    }

    /**
     * Maximum bipartite matching (Kuhn's augmenting paths). The graphs are at most a few hundred nodes a side, so
     * the simple O(V·E) algorithm is ample.
     *
     * @return for each extracted index, the gold index it is matched to, or -1
     */
    static int[] match(int goldCount, int extractedCount, BiPredicate<Integer, Integer> matches) {
        List<int[]> adjacency = new ArrayList<>(goldCount);
        for (int g = 0; g < goldCount; g++) {
            int[] row = new int[extractedCount];
            int n = 0;
            for (int e = 0; e < extractedCount; e++) {
                if (matches.test(g, e)) {
                    row[n++] = e;
                }
            }
            adjacency.add(Arrays.copyOf(row, n));
        }
        int[] goldOfExtracted = new int[extractedCount];
        Arrays.fill(goldOfExtracted, -1);
        for (int g = 0; g < goldCount; g++) {
            augment(g, adjacency, goldOfExtracted, new boolean[extractedCount]);
        }
        return goldOfExtracted;
    }

    private static boolean augment(int g, List<int[]> adjacency, int[] goldOfExtracted, boolean[] visited) {
        for (int e : adjacency.get(g)) {
            if (!visited[e]) {
                visited[e] = true;
                if (goldOfExtracted[e] < 0 || augment(goldOfExtracted[e], adjacency, goldOfExtracted, visited)) {
                    goldOfExtracted[e] = g;
                    return true;
                }
            }
        }
        return false;
    }

    private static String describe(List<String> names, String where) {
        return String.join("|", names) + "  [" + where + "]";
    }

    private static String describe(String subject, List<String> object, String where) {
        return subject + " -> " + String.join("|", object) + "  [" + where + "]";
    }

    private static String describeExtracted(ExtractedEntity e) {
        return (e.names().isEmpty() ? "(no name)" : String.join("|", e.names())) + "  <" + e.id() + ">";
    }

    private static String describeExtracted(ExtractedFact f) {
        String subject = f.subjectNames().isEmpty() ? "(no name)" : f.subjectNames().get(0);
        String object = f.objectValues().isEmpty() ? "<" + f.object() + ">" : String.join("|", f.objectValues());
        return subject + " -> " + object + "  <" + f.subject() + ">";
    }

    private static String classNames(Set<EntityClass> classes) {
        return classes.stream().map(EntityClass::localName).collect(Collectors.joining("/"));
    }

    /** Disjoint sets over indices; groups come out ordered by their first member so output follows file order. */
    private static final class UnionFind {
        private final int[] parent;

        UnionFind(int n) {
            parent = new int[n];
            for (int i = 0; i < n; i++) {
                parent[i] = i;
            }
        }

        int find(int i) {
            while (parent[i] != i) {
                parent[i] = parent[parent[i]];
                i = parent[i];
            }
            return i;
        }

        void union(int a, int b) {
            int ra = find(a);
            int rb = find(b);
            if (ra != rb) {
                parent[Math.max(ra, rb)] = Math.min(ra, rb); // the smaller index stays root: first line wins
            }
        }

        List<List<Integer>> groups() {
            Map<Integer, List<Integer>> byRoot = new LinkedHashMap<>();
            for (int i = 0; i < parent.length; i++) {
                byRoot.computeIfAbsent(find(i), k -> new ArrayList<>()).add(i);
            }
            return new ArrayList<>(byRoot.values());
        }
    }
}
