package dev.prodready.check.data;

import dev.prodready.check.infrastructure.Case;
import dev.prodready.check.infrastructure.Scan;
import dev.prodready.check.infrastructure.Snippets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

import static dev.prodready.check.Status.FAIL;
import static dev.prodready.check.Status.PARTIAL;
import static dev.prodready.check.Status.PASS;
import static dev.prodready.check.Status.UNKNOWN;
import static dev.prodready.check.infrastructure.FactKit.dep;
import static dev.prodready.check.infrastructure.FactKit.facts;

class AutomatedBackupsCheckTest {

    static String rds(String body) {
        return "resource \"aws_db_instance\" \"main\" {\n  engine = \"postgres\"\n" + body + "}\n";
    }

    private static final String CLOUD_SQL_ON = """
            resource "google_sql_database_instance" "main" {
              settings {
                tier = "db-f1-micro"
                backup_configuration {
                  enabled = true
                }
              }
            }
            """;
    private static final String CLOUD_SQL_NONE = """
            resource "google_sql_database_instance" "main" {
              settings {
                tier = "db-f1-micro"
              }
            }
            """;
    private static final String NIGHTLY_DUMP = """
            on:
              schedule:
                - cron: '0 3 * * *'
            jobs:
              backup:
                steps:
                  - run: pg_dump "$DATABASE_URL" --format=custom > backup.dump
            """;

    static Stream<Case> cases() {
        return Stream.of(
                Case.of("retention 0 fails (3.rf1)", facts(Scan.file("db.tf", rds("  backup_retention_period = 0\n"))),
                        FAIL, "db.tf:3"),
                Case.of("retention 14 passes", facts(Scan.file("db.tf", rds("  backup_retention_period = 14\n  deletion_protection = true\n"))),
                        PASS, "db.tf:3"),
                Case.of("retention 14 passes with match-only texts", facts(Scan.file("db.tf",
                        rds("  backup_retention_period = 14\n"), Snippets.Text.MATCH)), PASS, "db.tf:3"),
                Case.of("AWS default retention passes", facts(Scan.file("db.tf", rds(""))), PASS, "db.tf:1"),
                Case.of("no final snapshot is left to db.deletion-protection: backups still pass", facts(Scan.file("db.tf",
                        rds("  backup_retention_period = 7\n  skip_final_snapshot = true\n"))), PASS, "db.tf:3"),
                Case.of("retention from a variable is unknown", facts(Scan.file("db.tf",
                        rds("  backup_retention_period = var.retention\n"))), UNKNOWN, "db.tf:1"),
                Case.of("retention 0 covered by an AWS Backup plan passes", facts(Scan.file("db.tf",
                        rds("  backup_retention_period = 0\n") + "resource \"aws_backup_plan\" \"daily\" {\n  name = \"daily\"\n}\n")),
                        PASS, "db.tf:5"),
                Case.of("Cloud SQL with backups on passes", facts(Scan.file("sql.tf", CLOUD_SQL_ON)), PASS, "sql.tf:5"),
                Case.of("Cloud SQL without backup_configuration fails", facts(Scan.file("sql.tf", CLOUD_SQL_NONE)),
                        FAIL, "sql.tf:1"),
                Case.of("DynamoDB without PITR or plan fails", facts(Scan.file("table.tf",
                        "resource \"aws_dynamodb_table\" \"orders\" {\n  hash_key = \"id\"\n}\n")), FAIL, "table.tf:1"),
                Case.of("scheduled pg_dump passes", facts(Scan.file(".github/workflows/backup.yml", NIGHTLY_DUMP)),
                        PASS, ".github/workflows/backup.yml:7"),
                Case.of("unscheduled backup script is partial", facts(Scan.file("scripts/backup.sh",
                        "pg_dump \"$DATABASE_URL\" > backup.sql\n")), PARTIAL, "scripts/backup.sh:1"),
                Case.of("supabase without IaC is unknown, never a guessed pass", facts(dep("@supabase/supabase-js",
                        "package.json", 15)), UNKNOWN, "package.json:15"),
                Case.of("nothing is unknown", List.of(), UNKNOWN));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void judges(Case c) {
        c.verify(new AutomatedBackupsCheck());
    }
}
