package dev.prodready.check.performance;

import dev.prodready.check.Check;
import dev.prodready.check.CheckContext;
import dev.prodready.check.Outcome;
import dev.prodready.check.monitoring.Clues;
import dev.prodready.fact.DocKind;
import dev.prodready.live.LiveVerdicts;

/** perf.api-latency: a property of the running system; the repository can only point at reports of it. */
public final class ApiLatencyCheck implements Check {

    @Override
    public String itemId() {
        return "perf.api-latency";
    }

    @Override
    public Outcome evaluate(CheckContext context) {
        return LiveVerdicts.combine(repository(context), LiveVerdicts.judge(itemId(), context.facts()),
                LiveVerdicts.Combination.LIVE_DECIDES);
    }

    /** The verdict from the repository alone; the live probe's, when a URL was given, is combined with it. */
    private Outcome repository(CheckContext context) {
        Clues reports = Clues.documents(context.facts(), DocKind.LOAD_TEST_RESULTS);
        return reports.unknown("response times can only be measured on the running app, and this scan took no live"
                + " measurement: run `prodready scan --url https://your-app`, or attest the p95 from APM"
                + (reports.found() ? "; the load-test report cited here may hold the figures" : ""));
    }
}
