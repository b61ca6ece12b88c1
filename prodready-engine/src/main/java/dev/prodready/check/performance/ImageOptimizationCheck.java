package dev.prodready.check.performance;

import dev.prodready.check.Check;
import dev.prodready.check.CheckContext;
import dev.prodready.check.Outcome;
import dev.prodready.check.monitoring.Clues;
import dev.prodready.fact.Capability;
import dev.prodready.fact.Facts;
import dev.prodready.live.LiveVerdicts;

import static dev.prodready.check.performance.PerformancePatterns.PERF_IMAGE_OPTIMIZED;
import static dev.prodready.check.performance.PerformancePatterns.PERF_IMAGE_RAW_TAG;

/** perf.images: optimised image components and tooling, against raw img tags without lazy loading. */
public final class ImageOptimizationCheck implements Check {

    @Override
    public String itemId() {
        return "perf.images";
    }

    @Override
    public Outcome evaluate(CheckContext context) {
        return LiveVerdicts.combine(repository(context), LiveVerdicts.judge(itemId(), context.facts()),
                LiveVerdicts.Combination.EITHER_SHOWS);
    }

    /** The verdict from the repository alone; the live probe's, when a URL was given, is combined with it. */
    private Outcome repository(CheckContext context) {
        Facts facts = context.facts();
        Clues optimised = Clues.capabilities(facts, Capability.IMAGE_OPTIMIZATION)
                .and(Clues.matches(facts, "optimised or lazily loaded image", PERF_IMAGE_OPTIMIZED).outsideTests());
        Clues raw = Clues.matches(facts, "plain img tag without lazy loading", PERF_IMAGE_RAW_TAG).outsideTests();
        if (optimised.found() && raw.isEmpty()) {
            return optimised.pass("images go through optimisation or lazy loading");
        }
        if (optimised.found()) {
            return raw.and(optimised).partial(raw.count() + " plain img tag(s) bypass the image optimisation in use");
        }
        if (raw.found()) {
            return raw.fail(raw.count() + " plain img tag(s) with no lazy loading, and no image optimisation in use");
        }
        return Outcome.unknown("no image tags or image tooling were found in the source (CSS backgrounds are not"
                + " read); `prodready scan --url` can check the images actually served");
    }
}
