package dev.prodready.check.infrastructure;

import dev.prodready.check.Check;
import dev.prodready.check.data.AutomatedBackupsCheck;
import dev.prodready.check.data.DatabaseEncryptionAtRestCheck;
import dev.prodready.check.data.DeletionProtectionCheck;
import dev.prodready.check.monitoring.CriticalAlertsCheck;
import dev.prodready.check.monitoring.LogRetentionCheck;
import dev.prodready.check.monitoring.PerformanceAlertsCheck;
import dev.prodready.check.performance.AutoscalingCheck;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static dev.prodready.check.Status.FAIL;
import static dev.prodready.check.Status.PARTIAL;
import static dev.prodready.check.Status.PASS;
import static dev.prodready.check.Status.UNKNOWN;
import static dev.prodready.check.infrastructure.FactKit.facts;

/** Infrastructure semantics the parsed facts make decidable: resolved variables, registry modules, manifests. */
class ParsedIacChecksTest {

    private static final String DB_FROM_VAR = """
            variable "public" {
              default = false
            }

            resource "aws_db_instance" "main" {
              engine               = "postgres"
              publicly_accessible  = var.public
              db_subnet_group_name = "private"
              storage_encrypted    = var.encrypted
            }
            """;

    static Stream<Arguments> cases() {
        return Stream.of(
                row(new PrivateDatabaseCheck(), Case.of("the production tfvars make the database public", facts(Scan.files(
                        "infra/main.tf", DB_FROM_VAR, "infra/envs/prod.tfvars", "public = true\n",
                        "infra/envs/dev.tfvars", "public = false\n")), FAIL, "infra/main.tf:7")),
                row(new PrivateDatabaseCheck(), Case.of("the default keeps it private", facts(Scan.file("infra/main.tf", DB_FROM_VAR)),
                        PASS, "infra/main.tf:8")),
                row(new PrivateDatabaseCheck(), Case.of("a value the scan cannot resolve is unknown", facts(Scan.file("infra/main.tf",
                        "resource \"aws_db_instance\" \"m\" {\n  publicly_accessible = module.cfg.public\n}\n")),
                        UNKNOWN, "infra/main.tf:2")),
                row(new PrivateDatabaseCheck(), Case.of("the community RDS module with publicly_accessible fails", facts(Scan.file(
                        "db.tf", "module \"db\" {\n  source = \"terraform-aws-modules/rds/aws\"\n  publicly_accessible = true\n}\n")),
                        FAIL, "db.tf:3")),
                row(new PrivateDatabaseCheck(), Case.of("Postgres on a public Kubernetes LoadBalancer fails (2.rf4)", facts(Scan.file(
                        "k8s/db.yaml", "apiVersion: v1\nkind: Service\nmetadata:\n  name: pg\nspec:\n  type: LoadBalancer\n"
                                + "  ports:\n    - port: 5432\n")), FAIL, "k8s/db.yaml:8")),
                row(new PrivateDatabaseCheck(), Case.of("an internal LoadBalancer is not public", facts(Scan.file(
                        "k8s/db.yaml", "apiVersion: v1\nkind: Service\nmetadata:\n  name: pg\n  annotations:\n"
                                + "    networking.gke.io/load-balancer-type: Internal\nspec:\n  type: LoadBalancer\n"
                                + "  ports:\n    - port: 5432\n")), UNKNOWN)),
                row(new LeastPrivilegeNetworkRulesCheck(), Case.of("sources from an unresolved variable are partial", facts(Scan.file(
                        "sg.tf", "resource \"aws_security_group\" \"app\" {\n  ingress {\n    from_port   = 22\n    to_port     = 22\n"
                                + "    cidr_blocks = var.admin_cidrs\n  }\n}\n")), PARTIAL, "sg.tf:2")),
                row(new DatabaseEncryptionAtRestCheck(), Case.of("the RDS module encrypts by default", facts(Scan.file("db.tf",
                        "module \"db\" {\n  source = \"terraform-aws-modules/rds/aws\"\n}\n")), PASS, "db.tf:1")),
                row(new DatabaseEncryptionAtRestCheck(), Case.of("encryption from an unresolved variable is unknown", facts(
                        Scan.file("infra/main.tf", DB_FROM_VAR)), UNKNOWN, "infra/main.tf:5")),
                row(new DeletionProtectionCheck(), Case.of("CloudFormation DeletionPolicy Delete without protection fails",
                        facts(Scan.file("t.yaml", "AWSTemplateFormatVersion: '2010-09-09'\nResources:\n  Db:\n"
                                + "    Type: AWS::RDS::DBInstance\n    DeletionPolicy: Delete\n    Properties:\n"
                                + "      BackupRetentionPeriod: 7\n")), FAIL, "t.yaml:5")),
                row(new AutomatedBackupsCheck(), Case.of("CloudFormation DeletionPolicy Delete leaves backups themselves passing",
                        facts(Scan.file("t.yaml", "AWSTemplateFormatVersion: '2010-09-09'\nResources:\n  Db:\n"
                                + "    Type: AWS::RDS::DBInstance\n    DeletionPolicy: Delete\n    Properties:\n"
                                + "      BackupRetentionPeriod: 7\n")), PASS, "t.yaml:7")),
                row(new LogRetentionCheck(), Case.of("one log group without retention makes it partial", facts(Scan.file("logs.tf",
                        "resource \"aws_cloudwatch_log_group\" \"a\" {\n  retention_in_days = 30\n}\n"
                                + "resource \"aws_cloudwatch_log_group\" \"b\" {\n  name = \"b\"\n}\n")),
                        PARTIAL, "logs.tf:2", "logs.tf:4")),
                row(new LogRetentionCheck(), Case.of("serverless functions without logRetentionInDays fail", facts(Scan.file(
                        "serverless.yml", "service: api\nprovider:\n  name: aws\nfunctions:\n  api:\n    handler: h.api\n")),
                        FAIL, "serverless.yml:1")),
                row(new AutoscalingCheck(), Case.of("an HPA passes", facts(Scan.file("k8s/hpa.yaml",
                        "apiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata:\n  name: web\nspec:\n"
                                + "  scaleTargetRef: {kind: Deployment, name: web}\n")), PASS, "k8s/hpa.yaml:2")),
                row(new AutoscalingCheck(), Case.of("replicas no autoscaler targets fail", facts(Scan.file("k8s/web.yaml",
                        "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  replicas: 2\n")),
                        FAIL, "k8s/web.yaml:6")),
                row(new CriticalAlertsCheck(), Case.of("Prometheus alerts routed by Alertmanager pass", facts(Scan.files(
                        "monitoring/rules.yml", "groups:\n  - name: app\n    rules:\n      - alert: Down\n        expr: up == 0\n",
                        "monitoring/alertmanager.yml", "route:\n  receiver: ops\nreceivers:\n  - name: ops\n"
                                + "    slack_configs:\n      - channel: '#ops'\n")),
                        PASS, "monitoring/rules.yml:4", "monitoring/alertmanager.yml:3")),
                row(new CriticalAlertsCheck(), Case.of("an alarm nobody receives is partial", facts(Scan.file("alarms.tf",
                        "resource \"aws_cloudwatch_metric_alarm\" \"cpu\" {\n  metric_name = \"CPUUtilization\"\n}\n")),
                        PARTIAL, "alarms.tf:1")),
                row(new PerformanceAlertsCheck(), Case.of("a latency condition counts, its description does not", facts(Scan.files(
                        "a.tf", "resource \"aws_cloudwatch_metric_alarm\" \"p95\" {\n  metric_name = \"TargetResponseTime\"\n}\n",
                        "b.tf", "resource \"aws_cloudwatch_metric_alarm\" \"c\" {\n  metric_name = \"CPUUtilization\"\n"
                                + "  alarm_description = \"slow latency somewhere\"\n}\n")),
                        PASS, "a.tf:1")));
    }

    private static Arguments row(Check check, Case c) {
        return Arguments.of(check.itemId() + ": " + c.name(), check, c);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void judges(String name, Check check, Case c) {
        c.verify(check);
    }
}
