package dev.prodready.check.monitoring;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static dev.prodready.check.Status.FAIL;
import static dev.prodready.check.Status.PARTIAL;
import static dev.prodready.check.Status.PASS;
import static dev.prodready.check.Status.UNKNOWN;
import static dev.prodready.check.monitoring.Given.repo;
import static dev.prodready.check.monitoring.MonitoringPatterns.*;
import static dev.prodready.fact.Capability.AUTH_PROVIDER;

class SecurityEventLoggingCheckTest {

    static Stream<Case> cases() {
        return Stream.of(
                Case.of(repo("failed logins logged and an audit table")
                                .match(LOGGING_AUTH_FAILURE, "src/auth.ts", 20)
                                .match(LOGGING_AUDIT_TRAIL, "supabase/migrations/001_audit.sql", 4),
                        PASS, "src/auth.ts:20", "supabase/migrations/001_audit.sql:4"),
                Case.of(repo("failed logins only").match(LOGGING_AUTH_FAILURE, "src/auth.ts", 20),
                        PARTIAL, "src/auth.ts:20"),
                Case.of(repo("role changes only").match(LOGGING_ACCESS_CHANGE, "src/admin.ts", 9),
                        PARTIAL, "src/admin.ts:9"),
                Case.of(repo("hosted identity provider only")
                                .capability(AUTH_PROVIDER, "@supabase/supabase-js", "package.json", 14),
                        PARTIAL, "package.json:14"),
                Case.of(repo("hosted identity provider and role changes logged")
                                .capability(AUTH_PROVIDER, "@clerk/nextjs", "package.json", 14)
                                .match(LOGGING_ACCESS_CHANGE, "src/admin.ts", 9),
                        PASS, "package.json:14", "src/admin.ts:9"),
                Case.of(repo("self-hosted auth library, nothing logged")
                                .capability(AUTH_PROVIDER, "next-auth", "package.json", 14),
                        FAIL, "package.json", "."),
                Case.of(repo("auth failures logged only in tests").manifest("package.json")
                                .match(LOGGING_AUTH_FAILURE, "test/auth.spec.ts", 20),
                        FAIL, "package.json", "."),
                Case.of(repo("nothing to read"), UNKNOWN));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void judges(Case c) {
        c.verify(new SecurityEventLoggingCheck());
    }
}
