package dev.prodready.audit;

import dev.prodready.check.Outcome;
import dev.prodready.check.Status;
import dev.prodready.config.Attestation;
import dev.prodready.config.Config;
import dev.prodready.config.Suppression;
import dev.prodready.fact.Evidence;
import dev.prodready.fact.Finding;
import dev.prodready.fact.Note;
import dev.prodready.report.ItemResult;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Applies .prodready.yml to the checks' verdicts: attestations settle what the scan could not, suppressions
 * accept a risk on purpose, and expired entries stop counting with a note. Scan evidence is never overwritten
 * silently: a disagreeing attestation is shown beside the evidence.
 */
final class ConfigOverlay {

    private final Config config;
    private final LocalDate today;
    private final List<Note> notes = new ArrayList<>();

    ConfigOverlay(Config config, LocalDate today) {
        this.config = config;
        this.today = today;
        config.warnings().forEach(w -> notes.add(new Note(Config.FILE_NAME, w)));
    }

    List<Note> notes() {
        return notes;
    }

    ItemResult apply(ItemResult result) {
        String id = result.item().id();
        Optional<Suppression> suppression = config.suppressions().stream()
                .filter(s -> s.item().filter(id::equals).isPresent() && s.rule().isEmpty()).findFirst();
        if (suppression.isPresent()) {
            Suppression s = suppression.get();
            if (s.expiredOn(today)) {
                notes.add(new Note(Config.FILE_NAME, "suppression of " + id + " (line " + s.line() + ") expired on "
                        + s.expires().orElseThrow() + "; the item counts again"));
            } else {
                return new ItemResult(result.item(), new Outcome(Status.NOT_APPLICABLE, "suppressed"
                        + (s.owner().isEmpty() ? "" : " by " + s.owner()) + s.expires().map(d -> " until " + d).orElse("")
                        + ": " + s.reason() + " (scan said " + result.status().id() + ": " + result.outcome().message() + ")",
                        List.of(Evidence.at(Config.FILE_NAME, s.line(), "suppression"))));
            }
        }
        Optional<Attestation> attestation = config.attestations().stream().filter(a -> a.item().equals(id)).findFirst();
        if (attestation.isEmpty()) {
            return result;
        }
        Attestation a = attestation.get();
        Evidence where = Evidence.at(Config.FILE_NAME, a.line(), "attested by " + a.by() + " on " + a.date()
                + (a.evidence().isEmpty() ? "" : ", evidence " + a.evidence()));
        if (a.expiredOn(today)) {
            notes.add(new Note(Config.FILE_NAME, "attestation of " + id + " by " + a.by() + " expired on "
                    + a.expires().orElseThrow() + "; the item is judged by the scan alone"));
            if (result.status() == Status.UNKNOWN) {
                return new ItemResult(result.item(), Outcome.unknown(result.outcome().message()
                        + "; the attestation by " + a.by() + " expired on " + a.expires().orElseThrow(), List.of(where)));
            }
            return result;
        }
        if (result.status().decidedByEvidence()) {
            List<Evidence> both = new ArrayList<>(result.outcome().evidence());
            both.add(where);
            String agree = attestedStatus(a) == result.status() ? "agrees" : "disagrees";
            return new ItemResult(result.item(), new Outcome(result.status(), result.outcome().message()
                    + "; attestation by " + a.by() + " (" + a.status() + ") " + agree + " with the scan", both));
        }
        Status status = attestedStatus(a);
        String message = "attested " + a.status() + " by " + a.by() + " on " + a.date()
                + (a.note().isEmpty() ? "" : ": " + a.note()) + (result.status() == Status.UNKNOWN ? "" : " (scan: "
                + result.outcome().message() + ")");
        return new ItemResult(result.item(), new Outcome(status, message, List.of(where)));
    }

    private static Status attestedStatus(Attestation a) {
        return switch (a.status()) {
            case "pass" -> Status.ATTESTED;
            case "fail" -> Status.FAIL;
            default -> Status.NOT_APPLICABLE;
        };
    }

    /** Findings with active suppressions removed; expired ones noted. */
    List<Finding> filter(List<Finding> findings) {
        List<Finding> kept = new ArrayList<>();
        int suppressed = 0;
        for (Finding f : findings) {
            Optional<Suppression> s = config.suppressions().stream()
                    .filter(x -> x.rule().isPresent() || x.pathGlob().isPresent())
                    .filter(x -> x.covers(f.ruleId(), f.itemId(), f.evidence().path())).findFirst();
            if (s.isPresent() && !s.get().expiredOn(today)) {
                suppressed++;
                continue;
            }
            if (s.isPresent()) {
                notes.add(new Note(Config.FILE_NAME, "suppression at line " + s.get().line() + " expired on "
                        + s.get().expires().orElseThrow() + "; its findings are reported again"));
            }
            kept.add(f);
        }
        if (suppressed > 0) {
            notes.add(new Note(Config.FILE_NAME, suppressed + " finding(s) suppressed by configuration"));
        }
        return kept;
    }
}
