package dev.prodready.check.data;

import dev.prodready.check.infrastructure.Case;
import dev.prodready.check.infrastructure.Scan;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;

import static dev.prodready.check.Status.FAIL;
import static dev.prodready.check.Status.PARTIAL;
import static dev.prodready.check.Status.PASS;
import static dev.prodready.check.Status.UNKNOWN;
import static dev.prodready.check.infrastructure.FactKit.doc;
import static dev.prodready.check.infrastructure.FactKit.document;
import static dev.prodready.check.infrastructure.FactKit.facts;
import static dev.prodready.fact.DocKind.BACKUP_POLICY;
import static dev.prodready.fact.DocKind.BACKUP_RESTORE_TEST;

class RestoreTestedCheckTest {

    private static final Clock TODAY = Clock.fixed(Instant.parse("2026-10-01T12:00:00Z"), ZoneOffset.UTC);
    private static final String DRILL = """
            on:
              schedule:
                - cron: '0 5 * * 1'
            jobs:
              restore:
                steps:
                  - run: pg_restore --clean --dbname "$SCRATCH_URL" latest.dump
            """;

    static Stream<Case> cases() {
        return Stream.of(
                Case.of("restore test 17 days ago passes", facts(doc(BACKUP_RESTORE_TEST, "2026-09-14", "docs/backups.md", 22)),
                        PASS, "docs/backups.md:22"),
                Case.of("latest of several dates counts", facts(doc(BACKUP_RESTORE_TEST, "2025-01-10", "docs/backups.md", 20),
                        doc(BACKUP_RESTORE_TEST, "2026-08-01", "docs/backups.md", 24)), PASS, "docs/backups.md:24"),
                Case.of("restore test older than a quarter is partial", facts(doc(BACKUP_RESTORE_TEST, "2026-03-02",
                        "docs/backups.md", 22)), PARTIAL, "docs/backups.md:22"),
                Case.of("undated restore test is partial", facts(doc(BACKUP_RESTORE_TEST, "", "docs/backups.md", 22)),
                        PARTIAL, "docs/backups.md:22"),
                Case.of("scheduled restore drill passes", facts(Scan.file(".github/workflows/restore.yml", DRILL)),
                        PASS, ".github/workflows/restore.yml:7"),
                Case.of("backup policy without any restore test fails (3.rf2)", facts(doc(BACKUP_POLICY, "",
                        "docs/backups.md", 3)), FAIL, "docs/backups.md:3"),
                Case.of("no backup documents is unknown", facts(document("README.md")), UNKNOWN, "README.md"),
                Case.of("nothing is unknown", List.of(), UNKNOWN));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void judges(Case c) {
        c.verify(new RestoreTestedCheck(), TODAY);
    }
}
