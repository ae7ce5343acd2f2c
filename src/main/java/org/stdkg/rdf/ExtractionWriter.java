package org.stdkg.rdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.jena.atlas.io.IO;
import org.apache.jena.atlas.io.StringWriterI;
import org.apache.jena.atlas.lib.CharSpace;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.out.NodeFormatter;
import org.apache.jena.riot.out.NodeFormatterNT;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.riot.writer.WriterStreamRDFPlain;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.stdkg.extract.ExtractedDocument;
import org.stdkg.extract.resolve.ResolvedExtraction;

/**
 * Writes a resolved batch as RDF one document graph at a time: the same quads as
 * {@link ExtractionGraphs#toDataset}, without holding the whole batch as one in-memory dataset.
 *
 * <p>Why: the transactional in-memory dataset costs about 1 KB of heap per quad, and a 20 MB corpus
 * yields millions of quads, so building it first made {@code stdkg extract} need gigabytes. Each
 * document's graph is built in a small plain dataset, written and dropped. Every quad lies in a
 * named graph, so the concatenated N-Quads (or TriG blocks) are one valid document.
 *
 * <p>N-Quads can be made on several threads: each document's lines are built and formatted on a worker and written
 * in document order, so the output is the same bytes whatever the number of threads. Building and formatting the
 * quads is most of the writing; on one thread it would be the part of {@code stdkg extract} that does not get faster
 * with more cores.
 */
public final class ExtractionWriter {

    private ExtractionWriter() {
    }

    /**
     * Writes every document's graph of the batch to {@code out} (left open) in the given language.
     *
     * @return the number of quads written
     */
    public static long write(ResolvedExtraction resolved, Iris iris, OutputStream out, Lang lang) {
        return write(resolved, iris, out, lang, 1);
    }

    /**
     * Writes every document's graph of the batch to {@code out} (left open) in the given language, N-Quads on up to
     * {@code threads} threads (the same bytes as on one).
     *
     * @return the number of quads written
     */
    public static long write(ResolvedExtraction resolved, Iris iris, OutputStream out, Lang lang, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, not " + threads);
        }
        ExtractionGraphs graphs = ExtractionGraphs.create(iris);
        if (lang.equals(Lang.NQUADS)) {
            return threads == 1 || resolved.documents().size() < 2 ? writeNQuads(resolved, graphs, out)
                    : writeNQuadsInParallel(resolved, graphs, out, threads);
        }
        long quads = 0;
        for (ExtractedDocument d : resolved.documents()) {
            DatasetGraph one = DatasetGraphFactory.createGeneral();
            graphs.write(resolved, d, one);
            RDFDataMgr.write(out, one, lang);
            quads += one.stream().count();
        }
        return quads;
    }

    /**
     * N-Quads, a line per quad, need no dataset: each document's distinct quads are streamed to the writer in the order
     * they are made (an indexed dataset per document cost more than the rest of the writing).
     */
    private static long writeNQuads(ResolvedExtraction resolved, ExtractionGraphs graphs, OutputStream out) {
        StreamRDF stream = new NQuadsStream(out);
        stream.start();
        long quads = 0;
        for (ExtractedDocument d : resolved.documents()) {
            Set<Quad> one = new LinkedHashSet<>();
            graphs.write(resolved, d, one::add);
            one.forEach(stream::quad);
            quads += one.size();
        }
        stream.finish();
        return quads;
    }

    /** One document's N-Quads lines, UTF-8, and how many there are. */
    private record Lines(byte[] bytes, int quads) {
    }

    /**
     * N-Quads on several threads: a window of documents is in the works at any time (bounded memory), each formatted
     * to bytes on a worker, and their bytes are written in document order.
     */
    private static long writeNQuadsInParallel(ResolvedExtraction resolved, ExtractionGraphs graphs, OutputStream out, int threads) {
        List<ExtractedDocument> documents = resolved.documents();
        int window = 4 * threads;
        ExecutorService workers = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "stdkg-rdf-writer");
            t.setDaemon(true);
            return t;
        });
        // Each worker keeps its own formatted-node cache across the documents it formats.
        ThreadLocal<Map<Node, String>> caches = ThreadLocal.withInitial(HashMap::new);
        try {
            Deque<Future<Lines>> pending = new ArrayDeque<>();
            long quads = 0;
            int next = 0;
            while (next < documents.size() || !pending.isEmpty()) {
                while (next < documents.size() && pending.size() < window) {
                    ExtractedDocument d = documents.get(next++);
                    pending.add(workers.submit(() -> lines(resolved, graphs, d, caches.get())));
                }
                Lines lines = await(pending.removeFirst());
                out.write(lines.bytes());
                quads += lines.quads();
            }
            out.flush();
            return quads;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            workers.shutdownNow();
        }
    }

    private static Lines lines(ResolvedExtraction resolved, ExtractionGraphs graphs, ExtractedDocument d, Map<Node, String> cache) {
        Set<Quad> one = new LinkedHashSet<>();
        graphs.write(resolved, d, one::add);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(one.size() * 160);
        StreamRDF stream = new NQuadsStream(bytes, cache);
        stream.start();
        one.forEach(stream::quad);
        stream.finish();
        return new Lines(bytes.toByteArray(), one.size());
    }

    private static Lines await(Future<Lines> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("writing the RDF was interrupted");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /**
     * Jena's N-Quads stream writer ({@link StreamRDFWriter}'s for {@code Lang.NQUADS}), with each distinct node formatted
     * once by Jena's N-Triples node formatter: graph, predicate, class and annotation IRIs recur on many lines, and the
     * formatter escapes character by character.
     */
    private static final class NQuadsStream extends WriterStreamRDFPlain {
        /** Bounds the cache (long sentence literals are nodes too); it is emptied when full. */
        private static final int MAX_CACHED = 50_000;
        private final NodeFormatter formatter = new NodeFormatterNT(CharSpace.UTF8);
        private final Map<Node, String> formatted;

        NQuadsStream(OutputStream out) {
            this(out, new HashMap<>());
        }

        /** A writer that shares its cache of formatted nodes with earlier writers of the same thread. */
        NQuadsStream(OutputStream out, Map<Node, String> formatted) {
            super(IO.wrapUTF8(out), CharSpace.UTF8);
            this.formatted = formatted;
        }

        @Override
        protected void format(Node n) {
            if (n.isURI() && isPlain(n.getURI())) {
                // What the formatter writes for an IRI of plain printable ASCII, without its character-by-character escaping
                // or a place in the cache (most IRIs of a batch, the evidence annotations', occur on a handful of lines).
                out.print('<');
                out.print(n.getURI());
                out.print('>');
                return;
            }
            String s = formatted.get(n);
            if (s == null) {
                StringWriterI buffer = new StringWriterI();
                formatter.format(buffer, n);
                s = buffer.toString();
                if (formatted.size() >= MAX_CACHED) {
                    formatted.clear();
                }
                formatted.put(n, s);
            }
            out.print(s);
        }

        /** Printable ASCII and none of the characters that N-Triples escapes in an IRI. */
        static boolean isPlain(String iri) {
            for (int i = 0; i < iri.length(); i++) {
                char c = iri.charAt(i);
                if (c <= ' ' || c >= 0x7F) {
                    return false;
                }
                switch (c) {
                    case '<', '>', '"', '{', '}', '|', '^', '`', '\\':
                        return false;
                    default:
                }
            }
            return true;
        }
    }
}
