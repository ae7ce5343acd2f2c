package org.stdkg.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.jena.sparql.core.DatasetGraph;
import org.stdkg.document.DocumentReader;
import org.stdkg.extract.CorpusExtractor;
import org.stdkg.extract.Extractor;
import org.stdkg.rdf.ExtractionGraphs;
import org.stdkg.rdf.Iris;

/**
 * Prepares what {@code bench/load.sh} has the server ingest while it is under load: batch
 * directories {@code b01 … bNN}, each holding the same document names ({@code ingest-01.txt …}),
 * whose contents alternate between the seed texts (each cut after at most {@code --max-chars}) from batch to batch, so that every ingested
 * batch replaces each document's graph by one of another size. Extracts every batch as the
 * server's build will ({@link CorpusExtractor}, then {@link ExtractionGraphs}) and writes
 * {@code expected.tsv}: for each document graph, the triple counts it has in the batches
 * (what a reader may see), and the count it has in the last batch (what it ends with).
 *
 * <pre>
 * java -cp … org.stdkg.bench.IngestPlan --seeds seeds --out DIR [--batches 6] [--docs 4] [--max-chars 12000] [--base http://localhost:3030/]
 * </pre>
 */
public final class IngestPlan {

    private IngestPlan() {
    }

    public static void main(String[] args) throws IOException {
        Path seeds = Path.of("seeds");
        Path out = null;
        int batches = 6;
        int docs = 4;
        int maxChars = 12_000;
        String base = Iris.DEFAULT_BASE;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--seeds" -> seeds = Path.of(args[i + 1]);
                case "--out" -> out = Path.of(args[i + 1]);
                case "--batches" -> batches = Integer.parseInt(args[i + 1]);
                case "--docs" -> docs = Integer.parseInt(args[i + 1]);
                case "--base" -> base = args[i + 1];
                case "--max-chars" -> maxChars = Integer.parseInt(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (out == null) {
            System.err.println("usage: IngestPlan --seeds DIR --out DIR [--batches N] [--docs N] [--base IRI]");
            System.exit(2);
        }
        List<Path> found;
        try (Stream<Path> s = Files.list(seeds)) {
            found = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        // Each seed cut at a line break after at most maxChars: a batch the server extracts in seconds, not minutes.
        List<String> texts = new ArrayList<>();
        for (Path p : found) {
            String text = Files.readString(p, StandardCharsets.UTF_8);
            if (text.length() > maxChars) {
                int cut = text.lastIndexOf('\n', maxChars);
                text = text.substring(0, cut > 0 ? cut + 1 : maxChars);
            }
            texts.add(text);
        }
        if (texts.isEmpty()) {
            throw new IllegalArgumentException(seeds + ": no .txt seed");
        }
        Iris iris = Iris.of(base);
        CorpusExtractor corpus = new CorpusExtractor(Extractor.create().build(), DocumentReader.create(),
                Runtime.getRuntime().availableProcessors(), Duration.ofMinutes(5));
        Map<String, Set<Long>> allowed = new LinkedHashMap<>();
        Map<String, Long> last = new LinkedHashMap<>();
        List<String> batchLines = new ArrayList<>();
        for (int b = 1; b <= batches; b++) {
            Path dir = out.resolve(String.format("b%02d", b));
            Files.createDirectories(dir);
            for (int d = 1; d <= docs; d++) {
                Files.writeString(dir.resolve(String.format("ingest-%02d.txt", d)), texts.get((b + d) % texts.size()), StandardCharsets.UTF_8);
            }
            CorpusExtractor.Result result = corpus.extract(List.of(dir), p -> System.err.println("warning: " + p), () -> { });
            DatasetGraph dsg = ExtractionGraphs.create(iris).toDataset(result.resolved());
            long total = 0;
            last.clear();
            for (var it = dsg.listGraphNodes(); it.hasNext();) {
                String g = it.next().getURI();
                long n = dsg.getGraph(org.apache.jena.graph.NodeFactory.createURI(g)).size();
                allowed.computeIfAbsent(g, k -> new LinkedHashSet<>()).add(n);
                last.put(g, n);
                total += n;
            }
            batchLines.add(dir + ": " + result.documents() + " documents, " + total + " triples");
        }
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out.resolve("expected.tsv"), StandardCharsets.UTF_8))) {
            w.println("# graph\ttriple counts in the batches\tcount in the last batch");
            allowed.forEach((g, counts) -> w.println(g + "\t" + String.join(",", counts.stream().map(String::valueOf).toList()) + "\t"
                    + last.getOrDefault(g, 0L)));
        }
        batchLines.forEach(System.err::println);
    }
}
