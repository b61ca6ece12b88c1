package dev.prodready.fact;

/**
 * An infrastructure or platform configuration file that was read, whether or not it held anything, so that an
 * absence can cite what was searched. {@code problem} says why it was only partly read ("" when it parsed).
 */
public record IacFile(String format, String path, int blocks, String problem, Evidence evidence) implements Fact {

    public boolean parsed() {
        return problem.isEmpty();
    }
}
