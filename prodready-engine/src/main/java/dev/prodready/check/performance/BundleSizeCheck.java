package dev.prodready.check.performance;

import dev.prodready.check.Check;
import dev.prodready.check.CheckContext;
import dev.prodready.check.Outcome;
import dev.prodready.live.LiveVerdicts;

/** perf.bundle-size: the shipped size exists only on the deployed site; the repository cannot tell. */
public final class BundleSizeCheck implements Check {

    @Override
    public String itemId() {
        return "perf.bundle-size";
    }

    @Override
    public Outcome evaluate(CheckContext context) {
        return LiveVerdicts.combine(repository(context), LiveVerdicts.judge(itemId(), context.facts()),
                LiveVerdicts.Combination.LIVE_DECIDES);
    }

    /** The verdict from the repository alone; the live probe's, when a URL was given, is combined with it. */
    private Outcome repository(CheckContext context) {
        return Outcome.unknown("the JavaScript a page downloads can only be measured on the deployed site, and this"
                + " scan took no live measurement: run `prodready scan --url https://your-app` (perf.bundle-optimization"
                + " judges the source)");
    }
}
