package dev.prodready.report;

import dev.prodready.catalogue.Severity;
import dev.prodready.check.Status;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A CI gate over a report: fails on a raised red flag, a failed item of a given severity or phase, or a
 * score below a minimum. {@link #verdict} gives the one-line reason when it fails.
 */
public record Gate(List<Condition> failOn, OptionalInt minScore) {

    /** What makes the gate fail. */
    public enum Condition {
        RED_FLAG, CRITICAL, HIGH, PHASE1;

        public static Optional<Condition> parse(String text) {
            return switch (text.toLowerCase(Locale.ROOT)) {
                case "red-flag" -> Optional.of(RED_FLAG);
                case "critical" -> Optional.of(CRITICAL);
                case "high" -> Optional.of(HIGH);
                case "phase1" -> Optional.of(PHASE1);
                default -> Optional.empty();
            };
        }
    }

    public Gate {
        failOn = List.copyOf(failOn);
    }

    public static Gate none() {
        return new Gate(List.of(), OptionalInt.empty());
    }

    /** Empty when the gate passes, else why it failed. */
    public Optional<String> verdict(Report report) {
        for (Condition c : failOn) {
            Optional<String> why = switch (c) {
                case RED_FLAG -> {
                    List<RedFlagResult> raised = report.raisedRedFlags();
                    yield raised.isEmpty() ? Optional.empty() : Optional.of(raised.size() + " red flag(s) raised: "
                            + raised.get(0).flag().seedRef() + " " + raised.get(0).flag().title());
                }
                case CRITICAL -> failedAtLeast(report, Severity.CRITICAL);
                case HIGH -> failedAtLeast(report, Severity.HIGH);
                case PHASE1 -> {
                    long n = report.items().stream().filter(r -> r.item().phase() == 1 && r.status() == Status.FAIL)
                            .filter(r -> planned(report, r)).count();
                    yield n == 0 ? Optional.empty() : Optional.of(n + " phase-1 item(s) failed");
                }
            };
            if (why.isPresent()) {
                return why;
            }
        }
        if (minScore.isPresent() && report.summary().score() < minScore.getAsInt()) {
            return Optional.of("score " + report.summary().score() + " is below the minimum " + minScore.getAsInt());
        }
        return Optional.empty();
    }

    /** Failures still to fix in the plan (with a baseline, only the new ones are). */
    private static boolean planned(Report report, ItemResult r) {
        return report.plan().phases().stream().anyMatch(p -> p.itemIds().contains(r.item().id()));
    }

    private static Optional<String> failedAtLeast(Report report, Severity floor) {
        List<ItemResult> failed = report.items().stream()
                .filter(r -> r.status() == Status.FAIL && r.item().severity().compareTo(floor) <= 0)
                .filter(r -> planned(report, r)).toList();
        return failed.isEmpty() ? Optional.empty() : Optional.of(failed.size() + " item(s) of severity "
                + floor.id() + " or worse failed, first " + failed.get(0).item().id());
    }
}
