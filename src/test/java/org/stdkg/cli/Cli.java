package org.stdkg.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Runs the command line in-process with stdout and stderr captured, those of picocli and of the JVM. */
public final class Cli {

    private Cli() {
    }

    /** What one run printed and returned. */
    public record Run(int exitCode, String out, String err) {

        public List<String> errLines() {
            return err.lines().filter(l -> !l.isBlank()).toList();
        }

        public List<String> warnings() {
            return errLines().stream().filter(l -> l.startsWith("warning: ")).toList();
        }

        /** The lines that are neither warnings nor logging: summaries and the one-line failure. */
        public List<String> ownLines() {
            return errLines().stream().filter(l -> !l.startsWith("warning: ") && !l.startsWith("[")).toList();
        }

        public void assertNoStackTrace() {
            assertFalse(err.contains("\tat "), err);
            assertFalse(err.contains("Exception in thread"), err);
        }
    }

    public static Run run(String... args) {
        StringWriter err = new StringWriter();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream jvmErr = new ByteArrayOutputStream();
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        int code;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(jvmErr, true, StandardCharsets.UTF_8));
            code = Stdkg.commandLine().setErr(new PrintWriter(err, true)).setOut(new PrintWriter(System.out, true)).execute(args);
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
        return new Run(code, out.toString(StandardCharsets.UTF_8), err + jvmErr.toString(StandardCharsets.UTF_8));
    }
}
