package dev.prodready.check.data;

import dev.prodready.check.infrastructure.Case;
import dev.prodready.check.infrastructure.Scan;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

import static dev.prodready.check.Status.FAIL;
import static dev.prodready.check.Status.PASS;
import static dev.prodready.check.Status.UNKNOWN;
import static dev.prodready.check.infrastructure.FactKit.dep;
import static dev.prodready.check.infrastructure.FactKit.facts;

class PointInTimeRecoveryCheckTest {

    private static final String DYNAMO_PITR = """
            resource "aws_dynamodb_table" "orders" {
              hash_key = "id"
              point_in_time_recovery { enabled = true }
              server_side_encryption { enabled = false }
            }
            """;
    private static final String CLOUD_SQL_PITR = """
            resource "google_sql_database_instance" "main" {
              settings {
                backup_configuration {
                  enabled                        = true
                  point_in_time_recovery_enabled = true
                }
              }
            }
            """;

    static Stream<Case> cases() {
        return Stream.of(
                Case.of("RDS with retention passes", facts(Scan.file("db.tf",
                        AutomatedBackupsCheckTest.rds("  backup_retention_period = 7\n"))), PASS, "db.tf:3"),
                Case.of("RDS with retention 0 fails", facts(Scan.file("db.tf",
                        AutomatedBackupsCheckTest.rds("  backup_retention_period = 0\n"))), FAIL, "db.tf:3"),
                Case.of("DynamoDB one-line PITR block passes", facts(Scan.file("t.tf", DYNAMO_PITR)), PASS, "t.tf:3"),
                Case.of("DynamoDB without PITR fails", facts(Scan.file("t.tf",
                        "resource \"aws_dynamodb_table\" \"orders\" {\n  hash_key = \"id\"\n}\n")), FAIL, "t.tf:1"),
                Case.of("Cloud SQL with PITR passes", facts(Scan.file("sql.tf", CLOUD_SQL_PITR)), PASS, "sql.tf:5"),
                Case.of("WAL archiving passes", facts(Scan.file("postgres/postgresql.conf",
                        "archive_mode = on\narchive_command = 'wal-g wal-push %p'\n")), PASS, "postgres/postgresql.conf:1"),
                Case.of("supabase is unknown (paid add-on)", facts(dep("@supabase/supabase-js", "package.json", 15)),
                        UNKNOWN, "package.json:15"),
                Case.of("nothing is unknown", List.of(), UNKNOWN));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void judges(Case c) {
        c.verify(new PointInTimeRecoveryCheck());
    }
}
