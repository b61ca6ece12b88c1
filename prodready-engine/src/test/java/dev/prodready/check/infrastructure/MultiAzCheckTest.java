package dev.prodready.check.infrastructure;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

import static dev.prodready.check.Status.FAIL;
import static dev.prodready.check.Status.PARTIAL;
import static dev.prodready.check.Status.PASS;
import static dev.prodready.check.Status.UNKNOWN;
import static dev.prodready.check.infrastructure.FactKit.facts;

class MultiAzCheckTest {

    private static final String MULTI_AZ_DB = """
            resource "aws_db_instance" "main" {
              engine   = "postgres"
              multi_az = true
            }
            """;
    private static final String SINGLE_DB = """
            resource "aws_db_instance" "main" {
              engine = "postgres"
            }
            """;
    private static final String ASG_TWO_SUBNETS = """
            resource "aws_autoscaling_group" "web" {
              min_size            = 2
              max_size            = 6
              vpc_zone_identifier = [aws_subnet.a.id, aws_subnet.b.id]
            }
            """;
    private static final String AURORA = """
            resource "aws_rds_cluster" "main" {
              engine = "aurora-postgresql"
            }

            resource "aws_rds_cluster_instance" "node" {
              count              = 2
              cluster_identifier = aws_rds_cluster.main.id
            }
            """;
    private static final String CLOUD_SQL = """
            resource "google_sql_database_instance" "main" {
              settings {
                availability_type = "REGIONAL"
              }
            }
            """;
    private static final String VARIABLE = """
            resource "aws_db_instance" "main" {
              multi_az = var.ha
            }
            """;
    private static final String K8S = """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: web
            spec:
              replicas: 3
              template:
                spec:
                  containers:
                    - name: web
                      image: web:1.0.0
            """;
    private static final String K8S_SPREAD = K8S + """
                  topologySpreadConstraints:
                    - maxSkew: 1
                      topologyKey: topology.kubernetes.io/zone
                      whenUnsatisfiable: DoNotSchedule
            """;
    private static final String CFN = """
            Resources:
              Db:
                Type: AWS::RDS::DBInstance
                Properties:
                  Engine: postgres
                  MultiAZ: true
              Fn:
                Type: AWS::Lambda::Function
                Properties:
                  Runtime: nodejs20.x
            """;

    static Stream<Case> cases() {
        return Stream.of(
                Case.of("Multi-AZ RDS and an ASG over two subnets pass", facts(Scan.files("infra/db.tf", MULTI_AZ_DB,
                        "infra/asg.tf", ASG_TWO_SUBNETS)), PASS, "infra/db.tf:3", "infra/asg.tf:4"),
                Case.of("single-AZ RDS alone fails", facts(Scan.file("infra/db.tf", SINGLE_DB)), FAIL, "infra/db.tf:1"),
                Case.of("single-AZ RDS behind spread compute is partial", facts(Scan.files("infra/db.tf", SINGLE_DB,
                        "infra/asg.tf", ASG_TWO_SUBNETS)), PARTIAL, "infra/db.tf:1"),
                Case.of("Aurora with two instances passes", facts(Scan.file("infra/db.tf", AURORA)), PASS, "infra/db.tf:5"),
                Case.of("Cloud SQL REGIONAL passes", facts(Scan.file("db.tf", CLOUD_SQL)), PASS, "db.tf:3"),
                Case.of("multi_az from a variable without default is unknown", facts(Scan.file("db.tf", VARIABLE)),
                        UNKNOWN, "db.tf:2"),
                Case.of("replicas without a zone rule are partial", facts(Scan.file("k8s/web.yaml", K8S)), PARTIAL,
                        "k8s/web.yaml:6"),
                Case.of("replicas spread over zones pass", facts(Scan.file("k8s/web.yaml", K8S_SPREAD)), PASS,
                        "k8s/web.yaml:14"),
                Case.of("CloudFormation MultiAZ with Lambda passes", facts(Scan.file("template.yaml", CFN)), PASS,
                        "template.yaml:6"),
                Case.of("nothing is unknown", List.of(), UNKNOWN));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void judges(Case c) {
        c.verify(new MultiAzCheck());
    }
}
