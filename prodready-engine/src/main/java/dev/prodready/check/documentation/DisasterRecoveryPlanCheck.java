package dev.prodready.check.documentation;

import dev.prodready.check.DocumentLanguage;
import dev.prodready.check.Check;
import dev.prodready.check.CheckContext;
import dev.prodready.check.Outcome;
import dev.prodready.check.Searched;
import dev.prodready.fact.DocKind;
import dev.prodready.fact.DocumentSignal;
import dev.prodready.fact.Evidence;
import dev.prodready.fact.Facts;
import dev.prodready.fact.GitFact;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * docs.disaster-recovery: a plan that states RTO and RPO as values passes. Objectives without figures, a missing
 * plan next to stated objectives, or a latest restore test more than 90 days older than the newest commit seen
 * make it partial. Nothing at all fails.
 */
public final class DisasterRecoveryPlanCheck implements Check {

    static final int STALE_AFTER_DAYS = 90;

    @Override
    public String itemId() {
        return "docs.disaster-recovery";
    }

    @Override
    public Outcome evaluate(CheckContext context) {
        Facts facts = context.facts();
        List<DocumentSignal> plans = signals(facts, DocKind.DR_PLAN);
        List<DocumentSignal> rto = signals(facts, DocKind.RTO);
        List<DocumentSignal> rpo = signals(facts, DocKind.RPO);
        if (plans.isEmpty() && rto.isEmpty() && rpo.isEmpty()) {
            Optional<Outcome> foreign = DocumentLanguage.cannotTellAbsence(facts, "a disaster recovery plan");
            if (foreign.isPresent()) {
                return foreign.get();
            }
            return Outcome.fail("no disaster recovery plan and no recovery objectives (RTO, RPO) in the documents",
                    Searched.documents(facts, "disaster recovery plan, RTO, RPO"));
        }
        List<String> gaps = new ArrayList<>();
        List<Evidence> evidence = new ArrayList<>();
        plans.stream().limit(2).forEach(s -> evidence.add(s.evidence().withNote("disaster recovery plan")));
        if (plans.isEmpty()) {
            gaps.add("recovery objectives are stated but there is no disaster recovery plan");
        }
        String rtoValue = objective("RTO", rto, gaps, evidence);
        String rpoValue = objective("RPO", rpo, gaps, evidence);
        restoreTest(facts, gaps, evidence);
        if (gaps.isEmpty()) {
            return Outcome.pass("disaster recovery plan with RTO " + rtoValue + " and RPO " + rpoValue + ": "
                    + Locations.of(evidence), evidence);
        }
        return Outcome.partial(String.join("; ", gaps), evidence);
    }

    /** Records the stated value (or the gap) of one objective and returns the value, "" if none. */
    private static String objective(String name, List<DocumentSignal> signals, List<String> gaps, List<Evidence> evidence) {
        if (signals.isEmpty()) {
            gaps.add("no " + name + " is stated");
            return "";
        }
        Optional<DocumentSignal> withValue = signals.stream().filter(s -> !s.value().isBlank()).findFirst();
        if (withValue.isEmpty()) {
            DocumentSignal heading = signals.get(0);
            gaps.add("the " + name + " at " + heading.evidence().location() + " gives no value");
            evidence.add(heading.evidence().withNote(name + " mentioned without a value"));
            return "";
        }
        String value = withValue.get().value().strip();
        evidence.add(withValue.get().evidence().withNote(name + ": " + value));
        return value;
    }

    /** A restore test is stale when more than 90 days older than the newest commit seen; with no history, unjudged. */
    private static void restoreTest(Facts facts, List<String> gaps, List<Evidence> evidence) {
        Optional<DocumentSignal> latest = signals(facts, DocKind.BACKUP_RESTORE_TEST).stream()
                .filter(s -> date(s.value()).isPresent())
                .max(Comparator.comparing(s -> date(s.value()).orElseThrow()));
        if (latest.isEmpty()) {
            return;
        }
        LocalDate tested = date(latest.get().value()).orElseThrow();
        Optional<LocalDate> newestCommit = facts.all(GitFact.class).stream().map(GitFact::when).filter(Objects::nonNull)
                .max(Comparator.naturalOrder()).map(DisasterRecoveryPlanCheck::day);
        if (newestCommit.isPresent()) {
            long age = ChronoUnit.DAYS.between(tested, newestCommit.get());
            if (age > STALE_AFTER_DAYS) {
                gaps.add("the latest recorded restore test (" + tested + ") is " + age + " days older than the newest"
                        + " commit (" + newestCommit.get() + "), so it is stale");
                evidence.add(latest.get().evidence().withNote("restore test " + tested + ", stale"));
                return;
            }
        }
        evidence.add(latest.get().evidence().withNote("restore test " + tested));
    }

    private static List<DocumentSignal> signals(Facts facts, DocKind kind) {
        return facts.all(DocumentSignal.class, s -> s.kind() == kind);
    }

    private static Optional<LocalDate> date(String value) {
        String v = value == null ? "" : value.strip();
        if (v.length() < 10) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(v.substring(0, 10)));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static LocalDate day(Instant instant) {
        return instant.atZone(ZoneOffset.UTC).toLocalDate();
    }
}
