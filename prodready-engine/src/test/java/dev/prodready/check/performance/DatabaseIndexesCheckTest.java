package dev.prodready.check.performance;

import dev.prodready.check.monitoring.Case;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static dev.prodready.check.Status.FAIL;
import static dev.prodready.check.Status.PASS;
import static dev.prodready.check.Status.UNKNOWN;
import static dev.prodready.check.monitoring.Given.repo;
import static dev.prodready.check.performance.PerformancePatterns.*;
import static dev.prodready.fact.SignalKind.DB_SCHEMA;

class DatabaseIndexesCheckTest {

    static Stream<Case> cases() {
        return Stream.of(
                Case.of(repo("Prisma model with @@index")
                                .match(PERF_TABLE_DEFINITION, "prisma/schema.prisma", 10)
                                .match(PERF_DB_INDEX, "prisma/schema.prisma", 30),
                        PASS, "prisma/schema.prisma:30"),
                Case.of(repo("tables without any index")
                                .match(PERF_TABLE_DEFINITION, "supabase/migrations/001_init.sql", 1)
                                .match(PERF_TABLE_DEFINITION, "supabase/migrations/001_init.sql", 9),
                        FAIL, "supabase/migrations/001_init.sql:1", "supabase/migrations/001_init.sql:9"),
                Case.of(repo("index only in a test fixture")
                                .match(PERF_TABLE_DEFINITION, "db/schema.sql", 1)
                                .match(PERF_DB_INDEX, "tests/fixtures/schema.sql", 4),
                        FAIL, "db/schema.sql:1"),
                Case.of(repo("schema file with nothing recognised").signal(DB_SCHEMA, "prisma/schema.prisma"),
                        UNKNOWN, "prisma/schema.prisma"),
                Case.of(repo("no schema in the repository"), UNKNOWN));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void judges(Case c) {
        c.verify(new DatabaseIndexesCheck());
    }
}
