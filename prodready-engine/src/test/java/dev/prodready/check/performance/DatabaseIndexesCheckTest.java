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
                Case.of(repo("no schema in the repository"), UNKNOWN),
                Case.of(repo("parsed: a foreign key without an index").add(java.util.List.of(
                                key("prisma/schema.prisma", 15, false), key("prisma/schema.prisma", 17, true)))
                                .match(PERF_DB_INDEX, "prisma/schema.prisma", 19),
                        dev.prodready.check.Status.PARTIAL, "prisma/schema.prisma:15"),
                Case.of(repo("parsed: every foreign key indexed").add(java.util.List.of(key("prisma/schema.prisma", 17, true))),
                        PASS, "prisma/schema.prisma:17"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void judges(Case c) {
        c.verify(new DatabaseIndexesCheck());
    }

    static dev.prodready.fact.ForeignKeyFact key(String path, int line, boolean indexed) {
        return new dev.prodready.fact.ForeignKeyFact("Project", "ownerId", "prisma", indexed,
                indexed ? "perf.fk-indexed" : "perf.fk-unindexed", "perf.db-indexes",
                dev.prodready.fact.Evidence.at(path, line, indexed ? "indexed" : "no index"));
    }
}
