package org.stdkg.store;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A stock Fuseki server (Fuseki main, {@code FusekiMainCmd}) in a JVM of its own, on a free port,
 * with one in-memory dataset {@code /ds} open to updates: a remote store as any other, not the
 * embedded server of stdkg. Close it to stop the process.
 */
public final class FusekiProcess implements AutoCloseable {

    private final Process process;
    private final Path log;
    private final int port;

    private FusekiProcess(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
    }

    /** Starts the server and waits until it answers (at most a minute); its output goes to {@code log}. */
    public static FusekiProcess start(Path log) throws IOException, InterruptedException {
        int port = freePort();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = List.of(java, "-Xmx256m",
                // Fuseki would set up log4j2, which is not on stdkg's classpath (slf4j-simple is): say it is done elsewhere.
                "-Dlog4j.configurationFile=none",
                "-cp", System.getProperty("java.class.path"),
                "org.apache.jena.fuseki.main.cmds.FusekiMainCmd", "--port=" + port, "--ping", "--mem", "--update", "/ds");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        FusekiProcess fuseki = new FusekiProcess(process, log, port);
        try {
            fuseki.awaitPing(Duration.ofMinutes(1));
        } catch (IOException | InterruptedException | RuntimeException e) {
            fuseki.close();
            throw e;
        }
        return fuseki;
    }

    /** A port nothing listens on, for now. */
    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private void awaitPing(Duration timeout) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest ping = HttpRequest.newBuilder(URI.create(url() + "/$/ping")).timeout(Duration.ofSeconds(5)).build();
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Fuseki exited with " + process.exitValue() + ": " + Files.readString(log));
            }
            try {
                if (http.send(ping, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // Not listening yet.
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("Fuseki did not answer within " + timeout + ": " + Files.readString(log));
    }

    /** The server, {@code http://localhost:PORT}. */
    public String url() {
        return "http://localhost:" + port;
    }

    /** The dataset, which is its own Graph Store Protocol, query and update endpoint. */
    public String dataset() {
        return url() + "/ds";
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
