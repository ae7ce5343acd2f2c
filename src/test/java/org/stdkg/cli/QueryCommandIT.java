package org.stdkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stdkg.query.SeedStore;
import org.stdkg.store.GraphStore;
import org.stdkg.store.StoreConfiguration;

import picocli.CommandLine;

/** {@code stdkg query} against a database built from the seeds. */
class QueryCommandIT {

    @TempDir
    static Path dir;

    static Path db;

    @BeforeAll
    static void build() {
        db = dir.resolve("db");
        try (GraphStore store = GraphStore.open(StoreConfiguration.bundled(db, Duration.ofSeconds(10)))) {
            SeedStore.build(store, SeedStore.realExtraction());
        }
    }

    /** Exit code, stdout, stderr. */
    record Run(int code, String out, String err) {
    }

    static synchronized Run run(String... args) {
        CommandLine cli = Stdkg.commandLine();
        StringWriter err = new StringWriter();
        cli.setErr(new PrintWriter(err, true));
        PrintStream saved = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            int code = cli.execute(args);
            return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString());
        } finally {
            System.setOut(saved);
        }
    }

    @Test
    void cannedQueryAsTextTable() {
        Run r = run("query", "standards", "--db", db.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("| notation"), r.out());
        assertTrue(r.out().contains("\"ISO/IEC 42001\""), r.out());
    }

    @Test
    void cannedQueryWithParamsAsCsvTsvJson() {
        Run csv = run("query", "standards-mentioning", "--param", "word=trustworthiness", "--format", "csv", "--db", db.toString());
        assertEquals(0, csv.code(), csv.err());
        assertTrue(csv.out().startsWith("standard,notation,bestScore,sentence,document"), csv.out());
        assertTrue(csv.out().contains("ISO/IEC TR 24028"));
        Run tsv = run("query", "documents", "-f", "tsv", "--db", db.toString());
        assertTrue(tsv.out().startsWith("?doc\t?name"), tsv.out());
        Run json = run("query", "entity", "-p", "entity=ISO/IEC 42001", "-f", "json", "--db", db.toString());
        assertTrue(json.out().contains("\"bindings\""), json.out());
        assertTrue(json.out().contains("http://localhost:3030/id/standard/iso-iec-42001"), json.out());
    }

    @Test
    void rqFileRuns() throws Exception {
        Path file = dir.resolve("count.rq");
        Files.writeString(file, "# title: Count\n# param: cls (iri) default=https://w3id.org/stdkg/ontology#Standard \u2014 a class\n"
                + "SELECT (COUNT(?s) AS ?n) WHERE { ?s a ?cls }\n");
        Run r = run("query", file.toString(), "--format", "csv", "--db", db.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(Integer.parseInt(r.out().lines().skip(1).findFirst().orElseThrow().strip()) >= 9, r.out());
        Path ask = dir.resolve("ask.rq");
        Files.writeString(ask, "ASK { ?s ?p ?o }\n");
        assertEquals("yes", run("query", ask.toString(), "--db", db.toString()).out().strip());
    }

    @Test
    void unknownNameListsKnownOnesWithExitCode2() {
        Run r = run("query", "no-such-query", "--db", db.toString());
        assertEquals(2, r.code());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().startsWith("stdkg query: unknown query 'no-such-query'; known queries: "), r.err());
        assertTrue(r.err().contains("standards-by-committee"));
    }

    @Test
    void badParametersAreOneLineErrorsNamingThem() {
        Run unknown = run("query", "events", "--param", "frm=2023", "--db", db.toString());
        assertEquals(2, unknown.code());
        assertTrue(unknown.err().contains("'frm'"), unknown.err());
        Run date = run("query", "events", "--param", "from=last year", "--db", db.toString());
        assertEquals(2, date.code());
        assertTrue(date.err().contains("'from'"), date.err());
        Run malformed = run("query", "events", "--param", "from", "--db", db.toString());
        assertEquals(2, malformed.code());
        Run format = run("query", "events", "--format", "xml", "--db", db.toString());
        assertEquals(2, format.code());
    }

    @Test
    void malformedFileAndMissingDatabase() throws Exception {
        Path bad = dir.resolve("bad.rq");
        Files.writeString(bad, "SELECT * WHERE { ?s ?p }");
        Run r = run("query", bad.toString(), "--db", db.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("line 1"), r.err());
        Run none = run("query", "standards", "--db", dir.resolve("nowhere").toString());
        assertEquals(1, none.code());
        assertTrue(none.err().contains("no database at"), none.err());
    }

    @Test
    void runawayFileQueryIsCutAtTheTimeout() throws Exception {
        Path runaway = dir.resolve("runaway.rq");
        Files.writeString(runaway, "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }\n");
        Run r = run("query", runaway.toString(), "--timeout", "1", "--db", db.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().startsWith("stdkg query: query timed out after 1 s"), r.err());
    }

    @Test
    void injectionAttemptsAreBoundAsValuesOrRefusedAndChangeNothing() throws Exception {
        Path count = dir.resolve("count-all.rq");
        Files.writeString(count, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }\n");
        String before = run("query", count.toString(), "--format", "csv", "--db", db.toString()).out();
        for (String value : java.util.List.of("\"} ; DROP ALL #", "x\" } UNION { ?s ?p ?o } #",
                "zq> } ; INSERT DATA { <a:b> <a:c> <a:d> } #", "http://localhost:3030/id/zq> } UNION { ?s ?p ?o } #")) {
            for (String param : new String[] {"standards-by-committee:committee", "entity:entity", "document-entities:document"}) {
                String[] qp = param.split(":");
                Run r = run("query", qp[0], "--param", qp[1] + "=" + value, "--format", "csv", "--db", db.toString());
                assertEquals(0, r.code(), () -> param + " " + value + ": " + r.err());
                assertEquals(1, r.out().strip().lines().count(), () -> param + " " + value + ": only the header, got " + r.out());
            }
        }
        Run huge = run("query", "standards-by-committee", "--param", "committee=" + "x".repeat(100_000), "--db", db.toString());
        assertEquals(2, huge.code());
        assertEquals("stdkg query: parameter 'committee' is longer than 1000 characters", huge.err().strip());
        Path iri = dir.resolve("by-class.rq");
        Files.writeString(iri, "# title: By class\n# param: cls (iri) default=https://w3id.org/stdkg/ontology#Standard \u2014 a class\n"
                + "SELECT ?s WHERE { ?s a ?cls }\n");
        Run space = run("query", iri.toString(), "--param", "cls=http://example.org/has space> } #", "--db", db.toString());
        assertEquals(2, space.code());
        assertEquals(1, space.err().lines().count(), space.err());
        assertTrue(space.err().contains("'cls'") && space.err().contains("U+0020"), space.err());
        assertEquals(before, run("query", count.toString(), "--format", "csv", "--db", db.toString()).out(), "the data is unchanged");
    }

    @Test
    void listShowsTheCatalogue() {
        Run r = run("query", "--list");
        assertEquals(0, r.code());
        assertTrue(r.out().contains("standards-by-committee \u2014 Standards by committee"), r.out());
        assertTrue(r.out().contains("--param committee="), r.out());
    }
}
