package dev.prodready.check.data;

import dev.prodready.check.infrastructure.Case;
import dev.prodready.check.infrastructure.Scan;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

import static dev.prodready.check.Status.PASS;
import static dev.prodready.check.Status.UNKNOWN;
import static dev.prodready.check.infrastructure.FactKit.facts;

class ReadReplicasCheckTest {

    private static final String REPLICA = """
            resource "aws_db_instance" "main" {
              engine = "postgres"
            }
            resource "aws_db_instance" "reader" {
              replicate_source_db = aws_db_instance.main.identifier
            }
            """;
    private static final String AURORA = """
            resource "aws_rds_cluster" "main" {
              engine = "aurora-postgresql"
            }
            resource "aws_rds_cluster_instance" "members" {
              count              = 3
              cluster_identifier = aws_rds_cluster.main.id
            }
            """;

    static Stream<Case> cases() {
        return Stream.of(
                Case.of("replicate_source_db passes", facts(Scan.file("db.tf", REPLICA)), PASS, "db.tf:4"),
                Case.of("aurora with three instances passes", facts(Scan.file("db.tf", AURORA)), PASS, "db.tf:4"),
                Case.of("single instance stays unknown, citing it", facts(Scan.file("db.tf",
                        AutomatedBackupsCheckTest.rds(""))), UNKNOWN, "db.tf:1"),
                Case.of("nothing is unknown", List.of(), UNKNOWN));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void judges(Case c) {
        c.verify(new ReadReplicasCheck());
    }
}
