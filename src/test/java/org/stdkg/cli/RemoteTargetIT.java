package org.stdkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.http.DSP;
import org.apache.jena.sparql.exec.http.UpdateExecHTTP;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stdkg.store.FlakyProxy;
import org.stdkg.store.FusekiProcess;
import org.stdkg.store.GraphStore;
import org.stdkg.store.StoreConfiguration;

/**
 * {@code build --target} and {@code push} against a stock Fuseki server running as a process of its
 * own: the remote store gets the graphs a local build has, sending again changes nothing, passing
 * failures are retried, refusals are not, and a target that cannot be reached fails in one line.
 * Failures are staged by a proxy in front of the real server.
 */
class RemoteTargetIT {

    private static final String BASE = "http://localhost:3030/";
    /** Three short documents: the remote store is under test here, not the extraction. */
    private static final String DEV = "src/test/resources/corpus/dev";
    private static final String WTO = "04_wto-profile";
    /** Retries fast: the failure tests must not wait for the default backoff. */
    private static final String[] FAST = {"--target-retries", "4", "--target-backoff", "10"};

    @TempDir
    static Path temp;

    private static FusekiProcess fuseki;
    private static Path localDb;
    private static Map<String, Graph> local;

    @BeforeAll
    static void start() throws IOException, InterruptedException {
        fuseki = FusekiProcess.start(temp.resolve("fuseki.log"));
        localDb = temp.resolve("local");
        Cli.Run build = Cli.run("build", "--db", localDb.toString(), DEV);
        assertEquals(0, build.exitCode(), build.err());
        local = new TreeMap<>();
        try (GraphStore store = GraphStore.open(StoreConfiguration.bundled(localDb, Duration.ofSeconds(10)))) {
            store.forEachGraph((name, graph) -> local.put(name, copy(graph)));
        }
        assertEquals(4, local.size(), "three documents and the ontology: " + local.keySet());
    }

    @AfterAll
    static void stop() {
        if (fuseki != null) {
            fuseki.close();
        }
    }

    @BeforeEach
    void emptyTheRemoteStore() {
        UpdateExecHTTP.service(fuseki.dataset()).update("DROP ALL").execute();
        assertEquals(Map.of(), remote());
    }

    private static Graph copy(Graph graph) {
        Graph copy = GraphFactory.createGraphMem();
        GraphUtil.addInto(copy, graph);
        return copy;
    }

    /** Every named graph of the remote dataset, fetched with the Graph Store Protocol (dataset GET). */
    private static Map<String, Graph> remote() {
        DatasetGraph dataset = DSP.service(fuseki.dataset()).GET();
        assertTrue(dataset.getDefaultGraph().isEmpty(), "nothing in the default graph");
        Map<String, Graph> graphs = new TreeMap<>();
        dataset.listGraphNodes().forEachRemaining((Node g) -> graphs.put(g.getURI(), copy(dataset.getGraph(g))));
        return graphs;
    }

    private static void assertSameGraphs(Map<String, Graph> expected, Map<String, Graph> actual) {
        assertEquals(expected.keySet(), actual.keySet());
        for (String name : expected.keySet()) {
            assertEquals(expected.get(name).size(), actual.get(name).size(), name);
            assertTrue(expected.get(name).isIsomorphicWith(actual.get(name)), name + " differs");
        }
    }

    private static String[] args(String[] options, String... more) {
        String[] all = new String[options.length + more.length];
        System.arraycopy(more, 0, all, 0, more.length);
        System.arraycopy(options, 0, all, more.length, options.length);
        return all;
    }

    @Test
    void buildWithTargetStoresTheGraphsOfALocalBuildAndRebuildingChangesNothing() {
        Cli.Run first = Cli.run("build", "--target", fuseki.dataset(), DEV);
        assertEquals(0, first.exitCode(), first.err());
        Map<String, Graph> once = remote();
        assertSameGraphs(local, once);

        Cli.Run second = Cli.run("build", "--target", fuseki.dataset(), DEV);
        assertEquals(0, second.exitCode(), second.err());
        assertSameGraphs(once, remote());
    }

    @Test
    void pushOfTheDatabaseGivesTheSameGraphs() {
        Cli.Run run = Cli.run("push", "--db", localDb.toString(), "--target", fuseki.dataset());
        assertEquals(0, run.exitCode(), run.err());
        assertSameGraphs(local, remote());
        assertTrue(run.ownLines().get(0).startsWith("pushed 4 graphs, "), run.err());
    }

    @Test
    void pushOfAnExportedFileGivesTheSameGraphsAndPushingAgainChangesNothing() {
        Path file = temp.resolve("export.nq");
        Cli.Run export = Cli.run("export", "--db", localDb.toString(), "-o", file.toString());
        assertEquals(0, export.exitCode(), export.err());
        for (int i = 0; i < 2; i++) {
            Cli.Run run = Cli.run("push", "--target", fuseki.dataset(), file.toString());
            assertEquals(0, run.exitCode(), run.err());
            assertSameGraphs(local, remote());
        }
    }

    @Test
    void aGraphThatComesBackLaterInAFileIsAddedToNotReplaced() throws IOException {
        Path file = temp.resolve("split.nq");
        Files.writeString(file, String.join("\n",
                "<http://example.org/a> <http://example.org/p> \"1\" <http://example.org/g1> .",
                "<http://example.org/b> <http://example.org/p> \"2\" <http://example.org/g2> .",
                "<http://example.org/c> <http://example.org/p> \"3\" <http://example.org/g1> .", ""), StandardCharsets.UTF_8);
        for (int i = 0; i < 2; i++) {
            Cli.Run run = Cli.run("push", "--target", fuseki.dataset(), file.toString());
            assertEquals(0, run.exitCode(), run.err());
            Map<String, Graph> remote = remote();
            assertEquals(2, remote.get("http://example.org/g1").size(), "both parts of g1, once each, after push " + (i + 1));
            assertEquals(1, remote.get("http://example.org/g2").size());
        }
    }

    @Test
    void passingFailuresAreRetriedUntilTheGraphIsStored() throws IOException {
        try (FlakyProxy proxy = FlakyProxy.to(fuseki.url()).unavailableFor(3)) {
            Cli.Run run = Cli.run(args(FAST, "push", "--db", localDb.toString(), "--target", proxy.url() + "/ds"));
            assertEquals(0, run.exitCode(), run.err());
            assertEquals(List.of(), run.warnings());
            assertSameGraphs(local, remote());
            List<FlakyProxy.Seen> seen = proxy.seen();
            assertEquals(List.of(503, 503, 503), seen.subList(0, 3).stream().map(FlakyProxy.Seen::status).toList());
            String first = seen.get(0).graph();
            assertEquals(4, seen.stream().filter(s -> s.graph().equals(first)).count(), "three 503s, then stored: " + seen);
            assertEquals(local.size(), seen.stream().filter(s -> s.method().equals("PUT") && s.status() / 100 == 2).count());
        }
    }

    @Test
    void aGraphTheServerRefusesIsNotRetriedAndTheOthersAreStored() throws IOException {
        try (FlakyProxy proxy = FlakyProxy.to(fuseki.url()).refuseGraphsContaining(WTO)) {
            String target = proxy.url() + "/ds";
            Cli.Run run = Cli.run(args(FAST, "push", "--db", localDb.toString(), "--target", target));
            assertEquals(1, run.exitCode(), run.err());
            String graph = BASE + "graph/document/" + WTO;
            assertEquals(List.of("warning: " + target + ": graph <" + graph + "> not stored (HTTP 400 Bad Request: Graph refused by the test)"),
                    run.warnings());
            assertEquals(1, proxy.seen().stream().filter(s -> graph.equals(s.graph())).count(), "a 400 is not retried");
            Map<String, Graph> expected = new TreeMap<>(local);
            expected.remove(graph);
            assertSameGraphs(expected, remote());
            assertEquals("stdkg push: 1 graphs not stored at " + target + " (see the warnings above)",
                    run.ownLines().get(run.ownLines().size() - 1));
            run.assertNoStackTrace();
        }
    }

    @Test
    void aBuildGoesOnPastADocumentGraphTheServerRefuses() throws IOException {
        try (FlakyProxy proxy = FlakyProxy.to(fuseki.url()).refuseGraphsContaining(WTO)) {
            String target = proxy.url() + "/ds";
            Cli.Run run = Cli.run(args(FAST, "build", "--target", target, DEV));
            assertEquals(1, run.exitCode(), run.err());
            String graph = BASE + "graph/document/" + WTO;
            assertEquals(1, run.warnings().size(), run.err());
            assertTrue(run.warnings().get(0).startsWith("warning: " + target + ": graph <" + graph + "> not stored (HTTP 400"), run.err());
            assertTrue(run.ownLines().get(0).endsWith("; 1 of 3 document graphs not stored"), run.err());
            assertEquals("stdkg build: 1 of 3 document graphs not stored at " + target + " (see the warnings above)", run.ownLines().get(1));
            Map<String, Graph> expected = new TreeMap<>(local);
            expected.remove(graph);
            assertSameGraphs(expected, remote());
        }
    }

    @Test
    void aBuildAgainstAnEndpointThatIsDownFailsInOneLineBeforeExtracting() throws IOException {
        String target = "http://localhost:" + FusekiProcess.freePort() + "/ds";
        Cli.Run run = Cli.run(args(FAST, "build", "--target", target, DEV));
        assertEquals(1, run.exitCode(), run.err());
        assertEquals(List.of("stdkg build: " + target + ": graph <" + BASE + "graph/ontology> not stored (connection refused, 5 attempts)"),
                run.errLines());
    }

    @Test
    void anUnknownHostFailsInOneLine() {
        String target = "http://no-such-host.invalid/ds";
        Cli.Run run = Cli.run("build", "--target", target, "--target-retries", "0", DEV);
        assertEquals(1, run.exitCode(), run.err());
        assertEquals(List.of("stdkg build: " + target + ": graph <" + BASE + "graph/ontology> not stored (unknown host)"), run.errLines());
    }

    @Test
    void anEndpointThatGoesDownEndsThePushAfterThreeGraphsInARow() throws IOException {
        try (FlakyProxy proxy = FlakyProxy.to(fuseki.url()).unavailableFor(1_000)) {
            String target = proxy.url() + "/ds";
            Cli.Run run = Cli.run("push", "--db", localDb.toString(), "--target", target, "--target-retries", "1", "--target-backoff", "10");
            assertEquals(1, run.exitCode(), run.err());
            assertEquals(2, run.warnings().size(), run.err());
            assertTrue(run.warnings().stream().allMatch(w -> w.startsWith("warning: " + target + ": graph <")
                    && w.endsWith("not stored (HTTP 503 Service Unavailable: Try again later, 2 attempts)")), run.err());
            assertEquals(1, run.ownLines().size(), run.err());
            assertTrue(run.ownLines().get(0).endsWith("; giving up after 3 graphs in a row failed"), run.err());
            assertEquals(6, proxy.seen().size(), "three graphs, two attempts each, and no more");
            run.assertNoStackTrace();
        }
    }

    @Test
    void basicAuthenticationIsSentAndItsAbsenceIsARefusal() throws IOException {
        String credentials = "stdkg:s3cret-pass";
        String header = "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
        try (FlakyProxy proxy = FlakyProxy.to(fuseki.url()).requireAuthorization(header)) {
            String target = proxy.url() + "/ds";
            Cli.Run without = Cli.run(args(FAST, "push", "--db", localDb.toString(), "--target", target));
            assertEquals(1, without.exitCode(), without.err());
            assertEquals(local.size(), without.warnings().size(), "every graph refused, each once: " + without.err());
            assertTrue(without.warnings().get(0).contains("HTTP 401"), without.err());
            assertEquals(local.size(), proxy.seen().size(), "a 401 is not retried");
            assertEquals(Map.of(), remote());

            Cli.Run with = Cli.run(args(FAST, "push", "--db", localDb.toString(), "--target", target, "--target-auth", credentials));
            assertEquals(0, with.exitCode(), with.err());
            assertSameGraphs(local, remote());
            assertFalse(with.err().contains("s3cret"), "the password is never printed");
        }
    }

    @Test
    void aTargetThatIsNotAnHttpUrlIsAUsageError() {
        Cli.Run run = Cli.run("push", "--db", localDb.toString(), "--target", "ftp://example.org/ds");
        assertEquals(2, run.exitCode(), run.err());
        assertEquals(List.of("stdkg push: --target: ftp://example.org/ds: not an http or https URL"), run.errLines());
    }

    @Test
    void pushingADatabaseThatIsNotThereCreatesNothing() {
        Path missing = temp.resolve("no-such-db");
        Cli.Run run = Cli.run("push", "--db", missing.toString(), "--target", fuseki.dataset());
        assertEquals(1, run.exitCode(), run.err());
        assertEquals(List.of("stdkg push: " + missing + ": no database (build one, or give --db DIR or files)"), run.errLines());
        assertFalse(Files.exists(missing));
    }

    @Test
    void dbAndTargetTogetherAreAUsageError() {
        Cli.Run run = Cli.run("build", "--db", temp.resolve("unused").toString(), "--target", fuseki.dataset(), DEV);
        assertEquals(2, run.exitCode(), run.err());
        assertEquals(1, run.errLines().size(), run.err());
        assertFalse(Files.exists(temp.resolve("unused")));
    }
}
