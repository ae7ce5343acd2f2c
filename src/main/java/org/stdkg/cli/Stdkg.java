package org.stdkg.cli;

import java.io.PrintWriter;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code stdkg} command line: one class per subcommand, one exception handler that turns any
 * failure into a one-line reason on stderr and an exit code.
 */
@Command(name = "stdkg", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Builds and serves a knowledge graph of standards bodies and digital-policy actors from texts.",
        subcommands = {ExtractCommand.class, BuildCommand.class, ServeCommand.class, QueryCommand.class, LoadCommand.class, ExportCommand.class,
                MergeCommand.class, PushCommand.class,
                CheckCommand.class, ReindexCommand.class, EvalCommand.class,
                CommandLine.HelpCommand.class})
public final class Stdkg implements Runnable {

    /** Success. */
    public static final int OK = 0;
    /** Nothing could be done with the input (no document extracted, database unusable, …). */
    public static final int FAILED = 1;
    /** The command line itself is wrong. */
    public static final int USAGE = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
    }

    public static void main(String[] args) {
        LibraryDiagnostics.install();
        System.exit(commandLine().execute(args));
    }

    /** The configured command line, also used by tests. */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new Stdkg());
        cli.setExecutionExceptionHandler(Stdkg::onFailure);
        return cli;
    }

    /** A failure inside a command: one line, no stack trace (set {@code STDKG_DEBUG=1} for one). */
    private static int onFailure(Exception e, CommandLine cli, CommandLine.ParseResult parsed) {
        PrintWriter err = cli.getErr();
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("");
        err.println("stdkg " + cli.getCommandName() + ": " + message);
        if (System.getenv("STDKG_DEBUG") != null) {
            e.printStackTrace(err);
        }
        err.flush();
        return e instanceof UserException u ? u.exitCode() : FAILED;
    }
}
