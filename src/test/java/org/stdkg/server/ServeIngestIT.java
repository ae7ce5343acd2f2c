package org.stdkg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stdkg.build.BackgroundBuild;
import org.stdkg.build.GraphBuilder;
import org.stdkg.document.DocumentReader;
import org.stdkg.extract.CorpusExtractor;
import org.stdkg.extract.Extractor;
import org.stdkg.rdf.ExtractionGraphs;
import org.stdkg.rdf.Iris;
import org.stdkg.store.GraphStore;
import org.stdkg.store.StoreConfiguration;

/**
 * A served database that ingests new documents ({@code serve --ingest}) keeps answering, and its
 * readers see each document's old graph or its new one, never half of one: batches that replace
 * the same documents by texts of other sizes are built into the running server while a client
 * counts every document graph's triples over and over through {@code /sparql} and searches.
 */
class ServeIngestIT {

    private static final String BASE = "http://localhost:3030/";
    private static final String PREFIX = BASE + "graph/document/ingest-";

    @TempDir
    Path temp;

    @Test
    void readersSeeEachDocumentWholeWhileTheServerIngests() throws Exception {
        String seed = Files.readString(Path.of("seeds/000_4c18e10789c3dabd.txt"), StandardCharsets.UTF_8);
        String half = seed.substring(0, seed.indexOf('\n', seed.length() / 2) + 1);
        Path first = Files.createDirectories(temp.resolve("first"));
        Files.writeString(first.resolve("first.txt"), half);
        List<Path> batches = new ArrayList<>();
        for (int b = 0; b < 3; b++) {
            Path dir = Files.createDirectories(temp.resolve("b" + b));
            Files.writeString(dir.resolve("ingest-a.txt"), b % 2 == 0 ? seed : half);
            Files.writeString(dir.resolve("ingest-b.txt"), b % 2 == 0 ? half : seed);
            batches.add(dir);
        }
        CorpusExtractor corpus = new CorpusExtractor(Extractor.create().build(), DocumentReader.create(), 2, Duration.ofMinutes(2));
        Map<String, Set<Long>> allowed = new HashMap<>();
        Map<String, Long> last = new HashMap<>();
        for (Path batch : batches) {
            DatasetGraph dsg = ExtractionGraphs.create(Iris.of(BASE)).toDataset(corpus.extract(List.of(batch), p -> { }, () -> { }).resolved());
            dsg.listGraphNodes().forEachRemaining(g -> {
                long n = dsg.getGraph(g).size();
                allowed.computeIfAbsent(g.getURI(), k -> new HashSet<>()).add(n);
                last.put(g.getURI(), n);
            });
        }
        assertEquals(2, last.size(), "two documents per batch");
        assertTrue(last.keySet().stream().allMatch(g -> g.startsWith(PREFIX)), () -> "document graphs under " + PREFIX + ": " + last.keySet());
        assertTrue(allowed.values().stream().allMatch(s -> s.size() == 2), "each document changes size between batches: " + allowed);

        try (TestServer server = TestServer.start(temp, BASE, List.of(first))) {
            GraphStore store = GraphStore.wrap(server.server.dataset(),
                    StoreConfiguration.bundled(temp.resolve("db"), Duration.ofSeconds(10)));
            List<String> messages = java.util.Collections.synchronizedList(new ArrayList<>());
            Thread ingest = BackgroundBuild.start(new GraphBuilder(corpus, Iris.of(BASE)), store, batches, messages::add);

            List<String> violations = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            int snapshots = 0;
            String countQuery = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } FILTER(STRSTARTS(STR(?g), \"" + PREFIX
                    + "\")) } GROUP BY ?g";
            String path = "/sparql?query=" + URLEncoder.encode(countQuery, StandardCharsets.UTF_8);
            Map<String, Long> counts = Map.of();
            while (ingest.isAlive() || snapshots == 0) {
                HttpResponse<byte[]> r = server.getBytes(path, "Accept", "application/sparql-results+json");
                assertEquals(200, r.statusCode(), "a snapshot query failed while ingesting");
                counts = counts(r.body());
                snapshots++;
                for (Map.Entry<String, Long> c : counts.entrySet()) {
                    if (!allowed.getOrDefault(c.getKey(), Set.of()).contains(c.getValue())) {
                        violations.add(c.getKey() + " had " + c.getValue() + " triples, a size it has in no batch " + allowed.get(c.getKey()));
                    }
                    seen.add(c.getKey());
                }
                for (String g : seen) {
                    if (!counts.containsKey(g)) {
                        violations.add(g + " vanished");
                    }
                }
                assertEquals(200, server.get("/search?q=summit").statusCode(), "search failed while ingesting");
            }
            ingest.join();
            HttpResponse<byte[]> r = server.getBytes(path, "Accept", "application/sparql-results+json");
            counts = counts(r.body());
            assertEquals(List.of(), violations, snapshots + " snapshots");
            assertEquals(3, messages.stream().filter(m -> m.startsWith("ingested ")).count(), () -> "every batch ingested: " + messages);
            assertEquals(last, counts, "every document ends with its last batch's graph");
            assertTrue(store.check().consistent(), () -> "the text index agrees with the data: " + store.check());
            assertTrue(snapshots > 1, "the client read while the server ingested: " + snapshots + " snapshots");
        }
    }

    private static Map<String, Long> counts(byte[] json) {
        ResultSet rs = ResultSetFactory.fromJSON(new ByteArrayInputStream(json));
        Map<String, Long> counts = new HashMap<>();
        rs.forEachRemaining(s -> counts.put(s.getResource("g").getURI(), s.getLiteral("n").getLong()));
        return counts;
    }
}
