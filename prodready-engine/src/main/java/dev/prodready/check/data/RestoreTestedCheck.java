package dev.prodready.check.data;

import dev.prodready.check.Check;
import dev.prodready.check.CheckContext;
import dev.prodready.check.Outcome;
import dev.prodready.check.Searched;
import dev.prodready.fact.DocKind;
import dev.prodready.fact.DocumentSignal;
import dev.prodready.fact.Evidence;
import dev.prodready.fact.Facts;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * backup.restore-tested: a restore from backup has actually been carried out, and recently: at least once a
 * quarter, recorded with its date (or run by a scheduled restore drill).
 */
public final class RestoreTestedCheck implements Check {

    /** A quarter, with a few days of slack. */
    static final long MAX_AGE_DAYS = 92;

    @Override
    public String itemId() {
        return "backup.restore-tested";
    }

    @Override
    public Outcome evaluate(CheckContext context) {
        Facts facts = context.facts();
        List<Evidence> drills = BackupJobs.scheduled(facts, BackupJobs.RESTORE);
        if (!drills.isEmpty()) {
            return Outcome.pass("a scheduled job restores a backup, so restores are tested continually",
                    drills.stream().limit(3).toList());
        }
        List<DocumentSignal> records = facts.all(DocumentSignal.class, s -> s.kind() == DocKind.BACKUP_RESTORE_TEST);
        if (!records.isEmpty()) {
            Optional<Dated> latest = records.stream().map(Dated::of).flatMap(Optional::stream)
                    .max(Comparator.comparing(Dated::date));
            if (latest.isEmpty()) {
                return Outcome.partial("restore tests are described, but no date is recorded, so their cadence "
                        + "cannot be checked", records.stream().limit(3).map(s -> s.evidence()
                        .withNote("restore test without a date")).toList());
            }
            LocalDate today = context.today();
            long age = Math.max(0, ChronoUnit.DAYS.between(latest.get().date(), today));
            Evidence where = latest.get().signal().evidence();
            if (age <= MAX_AGE_DAYS) {
                return Outcome.pass("last recorded restore test on " + latest.get().date() + " (" + age + " days ago)",
                        List.of(where.withNote("restore test on " + latest.get().date())));
            }
            return Outcome.partial("the last recorded restore test, on " + latest.get().date() + ", is " + age
                    + " days old; quarterly testing means at most " + MAX_AGE_DAYS + " days",
                    List.of(where.withNote("stale restore test: " + latest.get().date())));
        }
        List<DocumentSignal> backupDocs = facts.all(DocumentSignal.class,
                s -> s.kind() == DocKind.BACKUP_POLICY || s.kind() == DocKind.DR_PLAN);
        if (!backupDocs.isEmpty()) {
            List<Evidence> evidence = new ArrayList<>(backupDocs.stream().limit(3)
                    .map(s -> s.evidence().withNote(s.kind().id() + " without any recorded restore test")).toList());
            return Outcome.fail("the backup and recovery documents record no restore test; nobody knows the "
                    + "backups can be restored", evidence);
        }
        List<Evidence> scripts = BackupJobs.unscheduled(facts, BackupJobs.RESTORE);
        if (!scripts.isEmpty()) {
            return Outcome.unknown("a restore script exists, but nothing records that it was run; record the date of "
                    + "each restore test", scripts.stream().limit(2).toList());
        }
        return Outcome.unknown("no record of a restore test in the repository; record each test (with its date) or "
                + "attest it", Searched.documents(facts, "backup-restore-test"));
    }

    private record Dated(LocalDate date, DocumentSignal signal) {
        static Optional<Dated> of(DocumentSignal s) {
            try {
                String v = s.value().strip();
                return v.length() >= 10 ? Optional.of(new Dated(LocalDate.parse(v.substring(0, 10)), s)) : Optional.empty();
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        }
    }
}
