package org.stdkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stdkg.cli.Cli;

/**
 * A database that cannot be used (locked by another process, unwritable, its index directory a
 * file) fails with one line naming it and keeps its data; one whose text index disagrees with
 * the data is repaired by the next {@code build}. The two-process case runs the real jar
 * ({@code target/stdkg.jar}, made in the package phase) as two JVMs.
 */
class DatabaseFaultsIT {

    private static final String GRAPH = "http://localhost:3030/graph/document/d1";
    private static final String ENTITY = "http://localhost:3030/id/organisation/x";
    private static final Path SMALL_SEED = Path.of("seeds/000_4c18e10789c3dabd.txt");

    @TempDir
    Path temp;


    @Test
    void aSecondProcessOnAServedDatabaseFailsWithOneLineNamingIt() throws Exception {
        Path db = temp.resolve("db");
        long size = seedDatabase(db, "Alphaville Standards Agency");
        Path jar = Path.of("target/stdkg.jar");
        assertTrue(Files.exists(jar), "run after mvn package");
        Process server = java(jar, temp.resolve("serve.log"), "serve", "--db", db.toString(), "--port", "0");
        try {
            awaitLine(server, temp.resolve("serve.log"), "stdkg serving http://localhost:");
            for (String[] second : List.of(new String[] {"build", "--db", db.toString(), SMALL_SEED.toString()},
                    new String[] {"serve", "--db", db.toString(), "--port", "0"}, new String[] {"check", "--db", db.toString()})) {
                Path log = temp.resolve(second[0] + ".log");
                Process p = java(jar, log, second);
                assertTrue(p.waitFor(120, TimeUnit.SECONDS), second[0] + " finished");
                List<String> lines = Files.readAllLines(log).stream().filter(l -> !l.isBlank()).toList();
                assertNotEquals(0, p.exitValue(), second[0] + " must fail: " + lines);
                assertEquals(1, lines.size(), () -> second[0] + ": one line, not " + lines);
                assertTrue(lines.get(0).startsWith("stdkg " + second[0] + ": " + db), lines.get(0));
                assertTrue(lines.get(0).contains("lock"), lines.get(0));
            }
        } finally {
            server.destroy();
            assertTrue(server.waitFor(60, TimeUnit.SECONDS), "the server stops");
        }
        assertEquals(size, size(db), "the served database is unchanged");
    }

    @Test
    void buildRebuildsATextIndexThatDisagreesWithTheData() throws IOException {
        Path db = temp.resolve("db");
        seedDatabase(db, "Gammaburg Institute");
        try (GraphStore store = open(db)) {
            DatasetGraphs.withoutIndex(store, GRAPH);
            assertFalse(store.check().consistent(), "the index holds a stale entry");
        }
        Cli.Run build = Cli.run("build", "--db", db.toString(), SMALL_SEED.toString());
        assertEquals(0, build.exitCode(), build.err());
        assertTrue(build.err().contains("text index disagreed with the data (0 entries missing, 1 stale): rebuilt"), build.err());
        try (GraphStore store = open(db)) {
            assertTrue(store.check().consistent(), () -> "consistent after the build: " + store.check());
        }
    }

    @Test
    void serveAnswersFirstThenRebuildsATextIndexThatDisagreesWithTheData() throws Exception {
        Path db = temp.resolve("db");
        seedDatabase(db, "Gammaburg Institute");
        try (GraphStore store = open(db)) {
            DatasetGraphs.withoutIndex(store, GRAPH);
            assertFalse(store.check().consistent(), "the index holds a stale entry");
        }
        Path jar = Path.of("target/stdkg.jar");
        assertTrue(Files.exists(jar), "run after mvn package");
        Path log = temp.resolve("serve.log");
        Process server = java(jar, log, "serve", "--db", db.toString(), "--port", "0");
        try {
            awaitLine(server, log, "stdkg serving http://localhost:");
            awaitLine(server, log, "text index disagreed with the data (0 entries missing, 1 stale): rebuilt");
            String text = Files.readString(log);
            assertTrue(text.indexOf("stdkg serving") < text.indexOf("text index disagreed"), "serving before the check: " + text);
        } finally {
            server.destroy();
            assertTrue(server.waitFor(60, TimeUnit.SECONDS), "the server stops");
        }
        try (GraphStore store = open(db)) {
            assertTrue(store.check().consistent(), () -> "consistent after serving: " + store.check());
        }
    }

    @Test
    void aDatabaseWhoseIndexDirectoryIsAFileFailsWithOneLineAndKeepsItsData() throws IOException {
        Path db = temp.resolve("db");
        long size = seedDatabase(db, "Deltaport Standards Office");
        Path index = db.resolve("text-index");
        deleteTree(index);
        Files.writeString(index, "not a directory");
        Cli.Run load = Cli.run("load", "--db", db.toString(), nquads("Epsilon Institute").toString());
        assertEquals(1, load.exitCode(), load.err());
        assertEquals(1, load.errLines().size(), load.err());
        assertTrue(load.errLines().get(0).startsWith("stdkg load: " + db + ": cannot open database ("), load.err());
        Files.delete(index);
        Cli.Run reindex = Cli.run("reindex", "--db", db.toString());
        assertEquals(0, reindex.exitCode(), reindex.err());
        assertEquals(size, size(db), "the data is as it was");
    }

    @Test
    void anUnwritableDatabaseFailsWithOneLineAndKeepsItsData() throws IOException {
        Path db = temp.resolve("db");
        long size = seedDatabase(db, "Zetaville Agency");
        List<Path> dirs;
        try (Stream<Path> s = Files.walk(db)) {
            dirs = s.filter(Files::isDirectory).toList();
        }
        for (Path d : dirs) {
            Files.setPosixFilePermissions(d, PosixFilePermissions.fromString("r-xr-xr-x"));
        }
        try {
            Path probe = db.resolve("text-index").resolve("probe");
            boolean writable;
            try {
                Files.createFile(probe);
                Files.delete(probe);
                writable = true;
            } catch (IOException e) {
                writable = false;
            }
            Assumptions.assumeFalse(writable, "running as root: file permissions do not stop writes here; "
                    + "bench/faults.sh tests an unwritable database on a read-only mount instead");
            Cli.Run load = Cli.run("load", "--db", db.toString(), nquads("Etaburg Council").toString());
            assertEquals(1, load.exitCode(), load.err());
            assertEquals(1, load.errLines().size(), load.err());
            assertTrue(load.errLines().get(0).startsWith("stdkg load: " + db + ": "), load.err());
            assertTrue(load.errLines().get(0).contains("permission denied"), load.err());
        } finally {
            for (Path d : dirs) {
                Files.setPosixFilePermissions(d, PosixFilePermissions.fromString("rwxr-xr-x"));
            }
        }
        assertEquals(size, size(db), "the data is as it was");
    }

    // ---------------------------------------------------------------- helpers

    private static GraphStore open(Path db) {
        return GraphStore.open(StoreConfiguration.bundled(db, Duration.ofSeconds(10)));
    }

    /** A database with one document graph of one labelled entity; its size in quads. */
    private static long seedDatabase(Path db, String label) {
        try (GraphStore store = open(db)) {
            Graph g = GraphFactory.createDefaultGraph();
            g.add(Triple.create(NodeFactory.createURI(ENTITY), RDFS.label.asNode(), NodeFactory.createLiteralString(label)));
            store.replaceGraph(GRAPH, g);
            return store.size();
        }
    }

    private static long size(Path db) {
        try (GraphStore store = open(db)) {
            return store.size();
        }
    }

    private Path nquads(String label) throws IOException {
        Path file = temp.resolve("more.nq");
        Files.writeString(file, "<http://localhost:3030/id/organisation/y> <" + RDFS.label.getURI() + "> \"" + label
                + "\" <http://localhost:3030/graph/document/d2> .\n");
        return file;
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }


    private static Process java(Path jar, Path log, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"), "-Xmx256m", "-jar",
                jar.toString()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    private static void awaitLine(Process p, Path log, String text) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            if (Files.readString(log).contains(text)) {
                return;
            }
            if (!p.isAlive()) {
                throw new AssertionError("the server exited: " + Files.readString(log));
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no '" + text + "' within 120 s: " + Files.readString(log));
    }
}
