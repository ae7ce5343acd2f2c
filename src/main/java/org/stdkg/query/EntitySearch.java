package org.stdkg.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.text.DatasetGraphText;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.queryparser.classic.QueryParserBase;

/**
 * Entity search over the text index's {@code name} field (labels, aliases, notations): the user's
 * words are analysed exactly as the index analyses names (tokens, lower case, accents folded), all
 * of them are required, and the last one also matches as a prefix unless the input ends with a
 * space, so a search box can complete "ISO/IEC 420" to ISO/IEC 42001. Hits are grouped by entity
 * (best score first) and carry the matched name with the offsets of the matching tokens.
 *
 * <p>The Lucene query is built from analysed, escaped tokens only and is bound to the SPARQL query
 * as a literal: user input never reaches either syntax unescaped.
 */
public final class EntitySearch {

    /** Results per search, by default and at most. */
    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;

    private static final String KG = "https://w3id.org/stdkg/ontology#";

    /** The text index hits, then the entity's class and label; the ontology's own terms are not entities. */
    private static final String SPARQL = """
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX text: <http://jena.apache.org/text#>
            PREFIX kg:   <https://w3id.org/stdkg/ontology#>
            SELECT ?e ?score ?name ?class ?label WHERE {
              (?e ?score ?name) text:query (?lucene ?hits) .
              ?e a ?class .
              FILTER(STRSTARTS(STR(?class), STR(kg:)) && ?class != kg:SourceDocument && !STRSTARTS(STR(?e), STR(kg:)))
              OPTIONAL { ?e rdfs:label ?label }
            }
            """;

    private final Dataset dataset;
    private final QueryRunner runner;
    private final Analyzer analyzer;

    public EntitySearch(Dataset dataset, Duration timeout) {
        this.dataset = Objects.requireNonNull(dataset, "dataset");
        this.runner = new QueryRunner(dataset, timeout);
        this.analyzer = analyzer(dataset.asDatasetGraph());
    }

    /**
     * One entity found.
     *
     * @param iri the entity
     * @param label its rdfs:label
     * @param kind the local name of its class ("Standard")
     * @param score the best Lucene score among its names
     * @param snippet the name that matched best
     * @param highlights [start, end) character ranges of the matching tokens in the snippet
     */
    public record Hit(String iri, String label, String kind, float score, String snippet, List<int[]> highlights) {

        public Hit {
            highlights = List.copyOf(highlights);
        }
    }

    /**
     * Searches. Blank input finds nothing.
     *
     * @param input what the user typed
     * @param limit how many entities at most (clamped to 1..{@value #MAX_LIMIT})
     */
    public List<Hit> search(String input, int limit) {
        int n = Math.max(1, Math.min(MAX_LIMIT, limit));
        Terms terms = terms(input);
        if (terms.tokens().isEmpty()) {
            return List.of();
        }
        String lucene = luceneQuery(terms);
        Map<Var, Node> bindings = Map.of(
                Var.alloc("lucene"), NodeFactory.createLiteralString(lucene),
                // Several names (and the same name in several documents) per entity: fetch enough to fill the page.
                Var.alloc("hits"), NodeFactory.createLiteralDT(Integer.toString(n * 20), org.apache.jena.datatypes.xsd.XSDDatatype.XSDinteger));
        Query query = QueryTransformOps.replaceVars(QueryFactory.create(SPARQL), bindings);
        ResultSet rows = runner.run(query).rows();
        Map<String, Hit> best = new LinkedHashMap<>();
        while (rows.hasNext()) {
            QuerySolution row = rows.next();
            String iri = row.getResource("e").getURI();
            float score = row.getLiteral("score").getFloat();
            String name = row.contains("name") ? row.get("name").asNode().getLiteralLexicalForm() : "";
            Hit old = best.get(iri);
            if (old == null || score > old.score()) {
                String kind = row.getResource("class").getURI().substring(KG.length());
                String label = row.contains("label") ? row.getLiteral("label").getLexicalForm() : name;
                best.put(iri, new Hit(iri, label, kind, score, name, highlights(name, terms)));
            }
        }
        return best.values().stream()
                .sorted((a, b) -> a.score() != b.score() ? Float.compare(b.score(), a.score())
                        : a.snippet().length() != b.snippet().length() ? Integer.compare(a.snippet().length(), b.snippet().length())
                        : a.label().compareTo(b.label()))
                .limit(n)
                .toList();
    }

    /** The analysed tokens of the input, and whether the last one is a prefix being typed. */
    record Terms(List<String> tokens, boolean lastIsPrefix) {
    }

    Terms terms(String input) {
        List<String> tokens = tokens(input).stream().map(t -> t.term).toList();
        boolean prefix = !input.isEmpty() && !Character.isWhitespace(input.charAt(input.length() - 1));
        return new Terms(tokens, prefix);
    }

    /**
     * Every token required; the last also as a prefix when it is being typed, with the exact token
     * boosted so that "ISO 9001" ranks above "ISO 90012".
     */
    static String luceneQuery(Terms terms) {
        StringBuilder q = new StringBuilder();
        List<String> tokens = terms.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            String t = QueryParserBase.escape(tokens.get(i));
            if (q.length() > 0) {
                q.append(' ');
            }
            if (i == tokens.size() - 1 && terms.lastIsPrefix()) {
                q.append("+(").append(t).append("^2 ").append(t).append("*)");
            } else {
                q.append('+').append(t);
            }
        }
        return q.toString();
    }

    private List<int[]> highlights(String name, Terms terms) {
        List<int[]> ranges = new ArrayList<>();
        String last = terms.tokens().get(terms.tokens().size() - 1);
        for (Token t : tokens(name)) {
            boolean match = terms.tokens().contains(t.term) || terms.lastIsPrefix() && t.term.startsWith(last);
            if (match) {
                ranges.add(new int[] {t.start, t.end});
            }
        }
        return ranges;
    }

    private record Token(String term, int start, int end) {
    }

    private List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("name", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                tokens.add(new Token(term.toString(), offset.startOffset(), offset.endOffset()));
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tokens;
    }

    /** The analyzer the text index uses for queries, so search tokens are the index's tokens. */
    private static Analyzer analyzer(DatasetGraph dsg) {
        DatasetGraph d = dsg;
        while (!(d instanceof DatasetGraphText) && d instanceof DatasetGraphWrapper w) {
            d = w.getWrapped();
        }
        if (!(d instanceof DatasetGraphText text)) {
            throw new QueryException("the dataset has no text index");
        }
        TextIndex index = text.getTextIndex();
        if (!(index instanceof TextIndexLucene lucene)) {
            throw new QueryException("the text index is not a Lucene index");
        }
        return lucene.getQueryAnalyzer() != null ? lucene.getQueryAnalyzer() : lucene.getAnalyzer();
    }

    Dataset dataset() {
        return dataset;
    }
}
