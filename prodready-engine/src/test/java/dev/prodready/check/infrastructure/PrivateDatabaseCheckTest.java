package dev.prodready.check.infrastructure;

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

class PrivateDatabaseCheckTest {

    private static final String PUBLIC_DB = """
            resource "aws_db_instance" "main" {
              engine              = "postgres"
              instance_class      = "db.t4g.micro"
              publicly_accessible = true
            }
            """;
    private static final String PRIVATE_DB = """
            resource "aws_db_subnet_group" "private" {
              subnet_ids = module.vpc.private_subnets
            }

            resource "aws_db_instance" "main" {
              engine               = "postgres"
              db_subnet_group_name = aws_db_subnet_group.private.name
            }
            """;
    private static final String DEFAULT_VPC_DB = """
            resource "aws_db_instance" "main" {
              engine = "postgres"
            }
            """;
    private static final String OPEN_PORT = """
            resource "aws_security_group" "db" {
              name = "db"
              ingress {
                from_port   = 5432
                to_port     = 5432
                protocol    = "tcp"
                cidr_blocks = ["0.0.0.0/0"]
              }
              egress {
                from_port   = 0
                to_port     = 0
                protocol    = "-1"
                cidr_blocks = ["0.0.0.0/0"]
              }
            }
            """;
    private static final String CFN = """
            Resources:
              Database:
                Type: AWS::RDS::DBInstance
                Properties:
                  Engine: postgres
                  PubliclyAccessible: true
            """;

    static Stream<Case> cases() {
        return Stream.of(
                Case.of("publicly accessible RDS fails (2.rf4)", facts(Scan.file("infra/db.tf", PUBLIC_DB)),
                        FAIL, "infra/db.tf:4"),
                Case.of("the same, reading match-only texts", facts(Scan.file("infra/db.tf", PUBLIC_DB, Snippets.Text.MATCH)),
                        FAIL, "infra/db.tf:4"),
                Case.of("security group opening 5432 to the world fails", facts(Scan.file("infra/db.tf", PRIVATE_DB),
                        Scan.file("infra/sg.tf", OPEN_PORT)), FAIL, "infra/sg.tf:7"),
                Case.of("CloudFormation PubliclyAccessible fails", facts(Scan.file("template.yaml", CFN)),
                        FAIL, "template.yaml:6"),
                Case.of("production compose publishing 5432 fails", facts(Scan.file("docker-compose.prod.yml",
                        "services:\n  db:\n    image: postgres:16\n    ports:\n      - \"5432:5432\"\n")),
                        FAIL, "docker-compose.prod.yml:5"),
                Case.of("development compose publishing 5432 is not judged", facts(Scan.file("docker-compose.yml",
                        "services:\n  db:\n    ports:\n      - \"5432:5432\"\n")), UNKNOWN),
                Case.of("private subnet group passes", facts(Scan.file("infra/db.tf", PRIVATE_DB)), PASS, "infra/db.tf:7"),
                Case.of("not public but in the default VPC is partial", facts(Scan.file("infra/db.tf", DEFAULT_VPC_DB)),
                        PARTIAL, "infra/db.tf:1"),
                Case.of("supabase without IaC is unknown with the project cited",
                        facts(dep("@supabase/supabase-js", "package.json", 9)), UNKNOWN, "package.json:9"),
                Case.of("nothing is unknown", List.of(), UNKNOWN));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void judges(Case c) {
        c.verify(new PrivateDatabaseCheck());
    }
}
