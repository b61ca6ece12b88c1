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

class CrossRegionBackupCheckTest {

    private static final String REPLICATED = """
            resource "aws_db_instance" "main" {
              backup_retention_period = 7
            }
            resource "aws_db_instance_automated_backups_replication" "dr" {
              source_db_instance_arn = aws_db_instance.main.arn
              provider               = aws.dr
            }
            """;
    private static final String COPY_PLAN = """
            resource "aws_dynamodb_table" "orders" {
              hash_key = "id"
            }
            resource "aws_backup_plan" "daily" {
              rule {
                rule_name = "daily"
                copy_action {
                  destination_vault_arn = aws_backup_vault.dr.arn
                }
              }
            }
            """;
    private static final String AZURE = """
            resource "azurerm_postgresql_flexible_server" "main" {
              geo_redundant_backup_enabled = true
            }
            """;
    private static final String CLOUD_SQL_REGIONAL = """
            resource "google_sql_database_instance" "main" {
              settings {
                backup_configuration {
                  enabled  = true
                  location = "europe-west1"
                }
              }
            }
            """;

    static Stream<Case> cases() {
        return Stream.of(
                Case.of("RDS backup replication passes", facts(Scan.file("db.tf", REPLICATED)), PASS, "db.tf:4"),
                Case.of("RDS without replication fails (3.rf4)", facts(Scan.file("db.tf",
                        AutomatedBackupsCheckTest.rds("  backup_retention_period = 7\n"))), FAIL, "db.tf:1"),
                Case.of("RDS with backups off fails at the retention line", facts(Scan.file("db.tf",
                        AutomatedBackupsCheckTest.rds("  backup_retention_period = 0\n"))), FAIL, "db.tf:3"),
                Case.of("AWS Backup copy action passes", facts(Scan.file("backup.tf", COPY_PLAN)), PASS, "backup.tf:7"),
                Case.of("Azure geo-redundant backup passes", facts(Scan.file("pg.tf", AZURE)), PASS, "pg.tf:2"),
                Case.of("Azure default fails", facts(Scan.file("pg.tf",
                        "resource \"azurerm_postgresql_flexible_server\" \"main\" {\n}\n")), FAIL, "pg.tf:1"),
                Case.of("Cloud SQL backups pinned to one region fail", facts(Scan.file("sql.tf", CLOUD_SQL_REGIONAL)),
                        FAIL, "sql.tf:5"),
                Case.of("supabase is unknown", facts(dep("@supabase/supabase-js", "package.json", 15)), UNKNOWN, "package.json:15"),
                Case.of("nothing is unknown", List.of(), UNKNOWN));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void judges(Case c) {
        c.verify(new CrossRegionBackupCheck());
    }
}
