package dev.prodready.cli;

import picocli.CommandLine;

/** Entry point of the {@code prodready} command. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns the exit code, without exiting (for tests). */
    public static int run(String... args) {
        return ProdreadyCommand.commandLine().execute(args);
    }
}
