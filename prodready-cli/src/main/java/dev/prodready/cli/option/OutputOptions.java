package dev.prodready.cli.option;

import picocli.CommandLine.Option;

import java.util.ArrayList;
import java.util.List;

/** {@code -o FORMAT=FILE} (repeatable), {@code --verbose}, {@code --no-color}. */
public final class OutputOptions {

    /** One requested output: a format and the file it goes to ("-" for stdout). */
    public record Output(String format, String file) {
    }

    @Option(names = {"-o", "--output"}, paramLabel = "FORMAT=FILE",
            description = "Also write the report as FORMAT (console, json) to FILE; repeatable. FILE '-' is stdout.")
    List<String> outputs = new ArrayList<>();

    @Option(names = {"-v", "--verbose"}, description = "Show every item with its evidence.")
    public boolean verbose;

    @Option(names = "--no-color", description = "No ANSI colour (also when NO_COLOR is set or stdout is not a terminal).")
    public boolean noColor;

    /** The parsed outputs; throws IllegalArgumentException naming the bad value. */
    public List<Output> parsed() {
        List<Output> result = new ArrayList<>();
        for (String spec : outputs) {
            int eq = spec.indexOf('=');
            if (eq <= 0 || eq == spec.length() - 1) {
                throw new IllegalArgumentException("-o expects FORMAT=FILE, got '" + spec + "'");
            }
            result.add(new Output(spec.substring(0, eq), spec.substring(eq + 1)));
        }
        return result;
    }

    public boolean color() {
        return !noColor && System.getenv("NO_COLOR") == null && System.console() != null;
    }
}
