package dev.prodready.check.data;

import dev.prodready.check.infrastructure.Case;
import dev.prodready.check.infrastructure.Scan;
import org.junit.jupiter.api.Test;
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
import static org.assertj.core.api.Assertions.assertThat;

class DeletionProtectionCheckTest {

    static String rds(String name, String body) {
        return "resource \"aws_db_instance\" \"" + name + "\" {\n  engine = \"postgres\"\n" + body + "}\n";
    }

    private static final String CFN = """
            Resources:
              Database:
                Type: AWS::RDS::DBInstance
                %s
                Properties:
                  Engine: postgres
                  %s
            """;
    private static final String CDK = """
            import { RemovalPolicy, Stack } from 'aws-cdk-lib';
            import * as rds from 'aws-cdk-lib/aws-rds';
            import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';

            export class DataStack extends Stack {
              constructor(scope, id) {
                super(scope, id);
                new rds.DatabaseInstance(this, 'Db', {
                  engine: rds.DatabaseInstanceEngine.POSTGRES,
                  removalPolicy: RemovalPolicy.%s,
                });
                new dynamodb.Table(this, 'Orders', {
                  partitionKey: { name: 'id', type: dynamodb.AttributeType.STRING },
                });
              }
            }
            """;
    private static final String PULUMI_TS = """
            import * as aws from "@pulumi/aws";

            const db = new aws.rds.Instance("db", {
                engine: "postgres",
                skipFinalSnapshot: true,
            }, { protect: %s });
            """;
    private static final String PULUMI_PY = """
            import pulumi
            import pulumi_aws as aws

            db = aws.rds.Instance(
                "db",
                engine="postgres",
                skip_final_snapshot=True,
                opts=pulumi.ResourceOptions(protect=True),
            )
            """;
    private static final String PULUMI_YAML = """
            name: shop
            runtime: yaml
            resources:
              db:
                type: aws:rds:Instance
                properties:
                  engine: postgres
                  skipFinalSnapshot: true
                options:
                  protect: true
            """;
    private static final String AZURE = """
            resource "azurerm_resource_group" "main" {
              name     = "shop"
              location = "westeurope"
            }

            resource "azurerm_postgresql_flexible_server" "db" {
              name                = "shop-db"
              resource_group_name = azurerm_resource_group.main.name
            }
            """;
    private static final String AZURE_LOCK = AZURE + """

            resource "azurerm_management_lock" "no_delete" {
              name       = "keep"
              scope      = azurerm_resource_group.main.id
              lock_level = "CanNotDelete"
            }
            """;

    static Stream<Case> cases() {
        return Stream.of(
                Case.of("deletion_protection on passes", facts(Scan.file("db.tf",
                        rds("main", "  deletion_protection = true\n"))), PASS, "db.tf:3"),
                Case.of("skip_final_snapshot without protection fails", facts(Scan.file("db.tf",
                        rds("main", "  skip_final_snapshot = true\n"))), FAIL, "db.tf:3"),
                Case.of("kept automated backups are half a guard", facts(Scan.file("db.tf",
                        rds("main", "  skip_final_snapshot = true\n  delete_automated_backups = false\n"))),
                        PARTIAL, "db.tf:4"),
                Case.of("a final snapshot without protection is partial", facts(Scan.file("db.tf",
                        rds("main", "  final_snapshot_identifier = \"main-final\"\n"))), PARTIAL, "db.tf:3"),
                Case.of("prevent_destroy guards a database without the flag", facts(Scan.file("db.tf",
                        rds("main", "  skip_final_snapshot = true\n  lifecycle {\n    prevent_destroy = true\n  }\n"))),
                        PASS, "db.tf:5"),
                Case.of("protection from a variable is unknown", facts(Scan.file("db.tf",
                        rds("main", "  deletion_protection = var.protect\n"))), UNKNOWN, "db.tf:3"),
                Case.of("one protected, one bare is partial", facts(Scan.file("db.tf",
                        rds("main", "  deletion_protection = true\n") + rds("audit", "  skip_final_snapshot = true\n"))),
                        PARTIAL, "db.tf:3", "db.tf:7"),
                Case.of("a read replica needs no guard of its own", facts(Scan.file("db.tf",
                        rds("main", "  deletion_protection = true\n") + rds("replica",
                                "  replicate_source_db = aws_db_instance.main.identifier\n  skip_final_snapshot = true\n"))),
                        PASS, "db.tf:3"),
                Case.of("staging copies are not judged", facts(Scan.files(
                        "infra/envs/prod/db.tf", rds("main", "  deletion_protection = true\n"),
                        "infra/envs/staging/db.tf", rds("main", "  skip_final_snapshot = true\n"))),
                        PASS, "infra/envs/prod/db.tf:3"),
                Case.of("only a staging database is unknown", facts(Scan.file("infra/envs/staging/db.tf",
                        rds("main", "  skip_final_snapshot = true\n"))), UNKNOWN, "infra/envs/staging/db.tf:1"),
                Case.of("CloudFormation DeletionProtection passes", facts(Scan.file("template.yaml",
                        CFN.formatted("DeletionPolicy: Snapshot", "DeletionProtection: true"))), PASS, "template.yaml:7"),
                Case.of("CloudFormation DeletionPolicy Delete fails", facts(Scan.file("template.yaml",
                        CFN.formatted("DeletionPolicy: Delete", "MultiAZ: true"))), FAIL, "template.yaml:4"),
                Case.of("CloudFormation Retain guards the database", facts(Scan.file("template.yaml",
                        CFN.formatted("DeletionPolicy: Retain", "MultiAZ: true"))), PASS, "template.yaml:4"),
                Case.of("CloudFormation default Snapshot policy is partial", facts(Scan.file("template.yaml",
                        CFN.formatted("Metadata: {}", "MultiAZ: true"))), PARTIAL, "template.yaml:2"),
                Case.of("Cloud SQL defaults to deletion protection", facts(Scan.file("sql.tf", """
                        resource "google_sql_database_instance" "main" {
                          database_version = "POSTGRES_16"
                        }
                        """)), PASS, "sql.tf:1"),
                Case.of("Cloud SQL with deletion_protection false fails", facts(Scan.file("sql.tf", """
                        resource "google_sql_database_instance" "main" {
                          database_version    = "POSTGRES_16"
                          deletion_protection = false
                        }
                        """)), FAIL, "sql.tf:3"),
                Case.of("DynamoDB deletion_protection_enabled passes", facts(Scan.file("table.tf", """
                        resource "aws_dynamodb_table" "orders" {
                          hash_key                    = "id"
                          deletion_protection_enabled = true
                        }
                        """)), PASS, "table.tf:3"),
                Case.of("DynamoDB with point-in-time recovery only is partial", facts(Scan.file("table.tf", """
                        resource "aws_dynamodb_table" "orders" {
                          hash_key = "id"
                          point_in_time_recovery {
                            enabled = true
                          }
                        }
                        """)), PARTIAL, "table.tf:4"),
                Case.of("bare DynamoDB table fails", facts(Scan.file("table.tf",
                        "resource \"aws_dynamodb_table\" \"orders\" {\n  hash_key = \"id\"\n}\n")), FAIL, "table.tf:1"),
                Case.of("Azure server without a lock fails", facts(Scan.file("db.tf", AZURE)), FAIL, "db.tf:6"),
                Case.of("Azure lock on the resource group passes", facts(Scan.file("db.tf", AZURE_LOCK)), PASS,
                        "db.tf:14"),
                Case.of("Firestore abandoned on destroy by default passes", facts(Scan.file("fs.tf", """
                        resource "google_firestore_database" "main" {
                          name        = "(default)"
                          location_id = "eur3"
                          type        = "FIRESTORE_NATIVE"
                        }
                        """)), PASS, "fs.tf:1"),
                Case.of("CDK SNAPSHOT on RDS and the Table's RETAIN default are partial", facts(Scan.files(
                        "cdk.json", "{\"app\": \"node bin/app.js\"}", "lib/data-stack.ts", CDK.formatted("SNAPSHOT"))),
                        PARTIAL, "lib/data-stack.ts:10", "lib/data-stack.ts:12"),
                Case.of("CDK DESTROY on RDS beside a retained table is partial", facts(Scan.files(
                        "cdk.json", "{\"app\": \"node bin/app.js\"}", "lib/data-stack.ts", CDK.formatted("DESTROY"))),
                        PARTIAL, "lib/data-stack.ts:10", "lib/data-stack.ts:12"),
                Case.of("Pulumi protect option guards the database", facts(Scan.files(
                        "infra/Pulumi.yaml", "name: shop\nruntime: nodejs\n", "infra/index.ts", PULUMI_TS.formatted("true"))),
                        PASS, "infra/index.ts:6"),
                Case.of("Pulumi without protect and no final snapshot fails", facts(Scan.files(
                        "infra/Pulumi.yaml", "name: shop\nruntime: nodejs\n", "infra/index.ts", PULUMI_TS.formatted("false"))),
                        FAIL, "infra/index.ts:5"),
                Case.of("Pulumi Python ResourceOptions(protect=True) guards it", facts(Scan.files(
                        "infra/Pulumi.yaml", "name: shop\nruntime: python\n", "infra/__main__.py", PULUMI_PY)),
                        PASS, "infra/__main__.py:8"),
                Case.of("Pulumi YAML options.protect guards it", facts(Scan.file("Pulumi.yaml", PULUMI_YAML)),
                        PASS, "Pulumi.yaml:10"),
                Case.of("Supabase without IaC is unknown, never a guessed pass", facts(dep("@supabase/supabase-js",
                        "package.json", 15)), UNKNOWN, "package.json:15"),
                Case.of("PlanetScale without IaC is unknown", facts(dep("@planetscale/database", "package.json", 9)),
                        UNKNOWN, "package.json:9"),
                Case.of("nothing is unknown", List.of(), UNKNOWN));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void judges(Case c) {
        c.verify(new DeletionProtectionCheck());
    }

    @Test
    void failureSaysWhatADestroyWouldTake() {
        var outcome = Case.of("bare", facts(Scan.file("db.tf", rds("main", "  skip_final_snapshot = true\n"))), FAIL,
                "db.tf:3").verify(new DeletionProtectionCheck());
        assertThat(outcome.evidence().get(0).note()).contains("aws_db_instance.main").contains("skip_final_snapshot");
    }
}
