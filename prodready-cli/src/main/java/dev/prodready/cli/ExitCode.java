package dev.prodready.cli;

/** The exit codes users and CI rely on (DESIGN.md). */
public final class ExitCode {
    public static final int OK = 0;
    public static final int GATE_FAILED = 1;
    public static final int USAGE = 2;
    public static final int CANNOT_SCAN = 3;

    private ExitCode() {
    }
}
