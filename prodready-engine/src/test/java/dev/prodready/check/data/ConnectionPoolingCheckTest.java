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
import static dev.prodready.check.infrastructure.FactKit.manifest;
import static dev.prodready.fact.Capability.DB_DRIVER;
import static dev.prodready.fact.Capability.ORM;

class ConnectionPoolingCheckTest {

    static Stream<Case> cases() {
        return Stream.of(
                Case.of("supabase pooler URL in the env example passes", facts(manifest("package.json"),
                                cap(ORM, "prisma", "package.json", 20),
                                Snippets.file(".env.example", "DATABASE_URL=\"postgresql://postgres.ref:[PASSWORD]@aws-0-eu-west-1.pooler.supabase.com:6543/postgres?pgbouncer=true\"\n")),
                        PASS, ".env.example:1"),
                Case.of("pg Pool in code passes", facts(cap(DB_DRIVER, "pg", "package.json", 11),
                        Snippets.file("src/db.ts", "import pg from 'pg'\nexport const pool = new pg.Pool({ max: 10 })\n")),
                        PASS, "src/db.ts:2"),
                Case.of("pgbouncer service passes", facts(Snippets.file("docker-compose.yml",
                        "services:\n  pooler:\n    image: edoburu/pgbouncer:1.22.1\n")), PASS, "docker-compose.yml:3"),
                Case.of("ORM alone is partial", facts(manifest("package.json"), cap(ORM, "prisma", "package.json", 20)),
                        PARTIAL, "package.json:20"),
                Case.of("bare driver fails", facts(manifest("requirements.txt"), cap(DB_DRIVER, "psycopg2", "requirements.txt", 3)),
                        FAIL, "requirements.txt:3"),
                Case.of("supabase-js only is not applicable", facts(manifest("package.json"),
                        dep("@supabase/supabase-js", "package.json", 15)), NOT_APPLICABLE, "package.json:15"),
                Case.of("no manifest is unknown", List.of(), UNKNOWN));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void judges(Case c) {
        c.verify(new ConnectionPoolingCheck());
    }
}
