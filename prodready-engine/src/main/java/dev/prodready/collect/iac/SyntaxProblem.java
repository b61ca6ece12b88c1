package dev.prodready.collect.iac;

/** A file that could not be read as its format; {@code line} is 1-based, 0 when unknown. */
public final class SyntaxProblem extends Exception {

    private final int line;

    public SyntaxProblem(String message, int line) {
        super(message);
        this.line = line;
    }

    public int line() {
        return line;
    }

    /** "not valid YAML at line 7: mapping values are not allowed here" */
    public String describe(String format) {
        return "not valid " + format + (line > 0 ? " at line " + line : "") + ": " + getMessage();
    }
}
