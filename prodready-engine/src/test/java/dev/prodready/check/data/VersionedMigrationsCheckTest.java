package dev.prodready.check.data;

import dev.prodready.check.infrastructure.Case;
import dev.prodready.check.infrastructure.Snippets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

import static dev.prodready.check.Status.FAIL;
import static dev.prodready.check.Status.NOT_APPLICABLE;
import static dev.prodready.check.Status.PARTIAL;
import static dev.prodready.check.Status.PASS;
import static dev.prodready.check.Status.UNKNOWN;
import static dev.prodready.check.infrastructure.FactKit.cap;
import static dev.prodready.check.infrastructure.FactKit.dep;
import static dev.prodready.check.infrastructure.FactKit.facts;
import static dev.prodready.check.infrastructure.FactKit.signal;
import static dev.prodready.fact.Capability.ORM;
import static dev.prodready.fact.SignalKind.DB_MIGRATIONS;
import static dev.prodready.fact.SignalKind.DB_SCHEMA;
import static dev.prodready.fact.SignalKind.DB_SUPABASE_MIGRATIONS;

class VersionedMigrationsCheckTest {

    static Stream<Case> cases() {
        return Stream.of(
                Case.of("prisma migrations pass", facts(signal(DB_MIGRATIONS, "prisma/migrations")), PASS, "prisma/migrations"),
                Case.of("supabase migrations pass", facts(signal(DB_SUPABASE_MIGRATIONS, "supabase/migrations/20260101_init.sql")),
                        PASS, "supabase/migrations/20260101_init.sql"),
                Case.of("migrations plus db push is partial", facts(signal(DB_MIGRATIONS, "prisma/migrations"),
                                Snippets.file("package.json", "{\n  \"scripts\": {\n    \"build\": \"prisma db push && next build\"\n  }\n}\n")),
                        PARTIAL, "prisma/migrations", "package.json:3"),
                Case.of("schema without migrations fails", facts(signal(DB_SCHEMA, "prisma/schema.prisma"),
                        cap(ORM, "prisma", "package.json", 20)), FAIL, "prisma/schema.prisma", "package.json:20"),
                Case.of("supabase without migrations fails", facts(dep("@supabase/supabase-js", "package.json", 15)),
                        FAIL, "package.json:15"),
                Case.of("firestore is not applicable", facts(dep("firebase", "package.json", 18)), NOT_APPLICABLE, "package.json:18"),
                Case.of("nothing is unknown", List.of(), UNKNOWN));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void judges(Case c) {
        c.verify(new VersionedMigrationsCheck());
    }
}
