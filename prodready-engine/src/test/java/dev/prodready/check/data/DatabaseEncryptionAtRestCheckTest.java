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
import static dev.prodready.check.infrastructure.FactKit.signal;
import static dev.prodready.fact.SignalKind.PLATFORM_SUPABASE;

class DatabaseEncryptionAtRestCheckTest {

    private static final String CFN = """
            Resources:
              Db:
                Type: AWS::RDS::DBInstance
                Properties:
                  StorageEncrypted: true
            """;

    static Stream<Case> cases() {
        return Stream.of(
                Case.of("storage_encrypted = true passes", facts(Scan.file("db.tf",
                        AutomatedBackupsCheckTest.rds("  storage_encrypted = true\n"))), PASS, "db.tf:3"),
                Case.of("unset storage_encrypted fails (RDS default is off)", facts(Scan.file("db.tf",
                        AutomatedBackupsCheckTest.rds(""))), FAIL, "db.tf:1"),
                Case.of("storage_encrypted = false fails", facts(Scan.file("db.tf",
                        AutomatedBackupsCheckTest.rds("  storage_encrypted = false\n"))), FAIL, "db.tf:3"),
                Case.of("CloudFormation StorageEncrypted passes", facts(Scan.file("stack.yaml", CFN)), PASS, "stack.yaml:5"),
                Case.of("Cloud SQL is encrypted by the provider", facts(Scan.file("sql.tf",
                        "resource \"google_sql_database_instance\" \"main\" {\n}\n")), PASS, "sql.tf:1"),
                Case.of("supabase is covered by the platform", facts(signal(PLATFORM_SUPABASE, "supabase/config.toml")),
                        PASS, "supabase/config.toml"),
                Case.of("firebase is covered by the platform", facts(dep("firebase", "package.json", 18)), PASS, "package.json:18"),
                Case.of("nothing is unknown", List.of(), UNKNOWN));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void judges(Case c) {
        c.verify(new DatabaseEncryptionAtRestCheck());
    }
}
