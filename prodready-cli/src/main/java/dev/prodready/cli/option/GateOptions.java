package dev.prodready.cli.option;

import dev.prodready.config.Settings;
import dev.prodready.report.Gate;
import picocli.CommandLine.Option;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/** {@code --fail-on} and {@code --min-score}: when a scan should fail CI. */
public final class GateOptions {

    @Option(names = "--fail-on", paramLabel = "WHAT", split = ",",
            description = "Exit 1 when any of: red-flag, critical, high, phase1.")
    List<String> failOn = new ArrayList<>();

    @Option(names = "--min-score", paramLabel = "N", description = "Exit 1 when the overall score is below N (0-100).")
    Integer minScore;

    /** Whether the command line set any gate option (then configuration settings do not apply). */
    public boolean given() {
        return !failOn.isEmpty() || minScore != null;
    }

    /** The default gate from .prodready.yml settings (already validated by the loader). */
    public Gate fromSettings(Settings settings) {
        return new Gate(settings.failOn().stream().map(f -> Gate.Condition.parse(f).orElseThrow()).toList(),
                settings.minScore());
    }

    /** The gate; throws IllegalArgumentException naming a bad value. */
    public Gate gate() {
        List<Gate.Condition> conditions = new ArrayList<>();
        for (String f : failOn) {
            conditions.add(Gate.Condition.parse(f).orElseThrow(() -> new IllegalArgumentException(
                    "--fail-on takes red-flag, critical, high or phase1, not '" + f + "'")));
        }
        if (minScore != null && (minScore < 0 || minScore > 100)) {
            throw new IllegalArgumentException("--min-score takes 0 to 100, not " + minScore);
        }
        return new Gate(conditions, minScore == null ? OptionalInt.empty() : OptionalInt.of(minScore));
    }
}
