package dev.prodready.check.monitoring;

import dev.prodready.check.Check;
import dev.prodready.check.CheckContext;
import dev.prodready.check.Outcome;
import dev.prodready.fact.Facts;
import dev.prodready.fact.SignalKind;

import static dev.prodready.check.monitoring.MonitoringPatterns.APM_MANAGED_DATABASE;
import static dev.prodready.check.monitoring.MonitoringPatterns.APM_SLOW_QUERY_SETTING;

/** apm.slow-queries: slow-query logging or query statistics, judged from infrastructure code. */
public final class SlowQueryMonitoringCheck implements Check {

    @Override
    public String itemId() {
        return "apm.slow-queries";
    }

    @Override
    public Outcome evaluate(CheckContext context) {
        Facts facts = context.facts();
        Clues settings = ParsedClues.slowQuerySettings(facts)
                .and(Clues.matches(facts, "slow-query logging or query statistics", APM_SLOW_QUERY_SETTING));
        if (settings.found()) {
            return settings.pass("slow queries are recorded");
        }
        Clues databases = Clues.matches(facts, "database defined without slow-query settings", APM_MANAGED_DATABASE);
        if (databases.found()) {
            return databases.fail("databases are defined in infrastructure code without slow-query logging or query"
                    + " statistics");
        }
        Clues tracing = ApmSetupCheck.tracing(facts);
        if (tracing.found()) {
            return tracing.partial("APM traces show slow database calls per request, but no database-side slow-query"
                    + " log or query statistics are configured in code");
        }
        Clues supabase = Clues.signals(facts, SignalKind.PLATFORM_SUPABASE);
        if (supabase.found()) {
            return supabase.unknown("Supabase keeps query statistics (pg_stat_statements) for you; attest that someone"
                    + " reviews its query performance report");
        }
        return Outcome.unknown("the database is not defined in this repository's infrastructure code, so its"
                + " slow-query settings cannot be seen; attest where slow queries are reviewed");
    }
}
