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
import static dev.prodready.fact.Capability.APM;
import static dev.prodready.fact.SignalKind.PLATFORM_SUPABASE;

class SlowQueryMonitoringCheckTest {

    static Stream<Case> cases() {
        return Stream.of(
                Case.of(repo("Performance Insights on").match(APM_SLOW_QUERY_SETTING, "infra/rds.tf", 14),
                        PASS, "infra/rds.tf:14"),
                Case.of(repo("RDS instance without slow-query settings").match(APM_MANAGED_DATABASE, "infra/rds.tf", 1),
                        FAIL, "infra/rds.tf:1"),
                Case.of(repo("APM agent, database outside the repository").capability(APM, "dd-trace", "package.json", 8),
                        PARTIAL, "package.json:8"),
                Case.of(repo("Supabase project").signal(PLATFORM_SUPABASE, "supabase/config.toml"),
                        UNKNOWN, "supabase/config.toml"),
                Case.of(repo("nothing to read"), UNKNOWN));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void judges(Case c) {
        c.verify(new SlowQueryMonitoringCheck());
    }
}
