package dev.prodready.check.performance;

import dev.prodready.check.Check;
import dev.prodready.check.CheckContext;
import dev.prodready.check.Outcome;
import dev.prodready.check.monitoring.Clues;
import dev.prodready.check.monitoring.MonitoringPatterns;
import dev.prodready.fact.Capability;
import dev.prodready.fact.Dependency;
import dev.prodready.fact.Ecosystem;
import dev.prodready.fact.Facts;
import dev.prodready.fact.SignalKind;

import java.util.Set;

import static dev.prodready.check.performance.PerformancePatterns.PERF_BUNDLE_ANALYZER_CONFIG;
import static dev.prodready.check.performance.PerformancePatterns.PERF_CODE_SPLITTING;
import static dev.prodready.check.performance.PerformancePatterns.PERF_HEAVY_IMPORT;

/** perf.bundle-optimization: code splitting and a look at the bundle, minus whole-library imports. */
public final class BundleOptimizationCheck implements Check {

    /** Frameworks that split the bundle per route on their own. */
    private static final Set<String> ROUTE_SPLITTING = Set.of("next", "nuxt", "@sveltejs/kit", "@remix-run/react",
            "astro", "gatsby", "@tanstack/react-start", "@angular/router");

    @Override
    public String itemId() {
        return "perf.bundle-optimization";
    }

    @Override
    public Outcome evaluate(CheckContext context) {
        Facts facts = context.facts();
        Clues splitting = Clues.matches(facts, "code loaded lazily", PERF_CODE_SPLITTING).outsideTests()
                .and(new Clues(facts.all(Dependency.class, d -> d.ecosystem() == Ecosystem.NPM
                                && ROUTE_SPLITTING.contains(d.name())).stream()
                        .map(d -> d.evidence().withNote(d.name() + " splits the bundle per route")).toList()));
        Clues analysis = Clues.capabilities(facts, Capability.BUNDLE_ANALYSIS, Capability.PERFORMANCE_BUDGET)
                .and(Clues.matches(facts, "bundle analysed", PERF_BUNDLE_ANALYZER_CONFIG))
                .and(Clues.matches(facts, "bundle budget", MonitoringPatterns.PERF_BUDGET_CONFIG))
                .and(Clues.signals(facts, SignalKind.PERF_BUDGET));
        Clues heavy = Clues.matches(facts, "whole-library import defeating tree shaking", PERF_HEAVY_IMPORT)
                .outsideTests();
        if (splitting.found() && analysis.found()) {
            return heavy.found()
                    ? heavy.and(splitting).and(analysis).partial("code is split and the bundle analysed, but "
                    + heavy.count() + " whole-library import(s) (moment, lodash) still weigh it down")
                    : splitting.and(analysis).pass("code is split and the bundle is analysed or budgeted");
        }
        if (splitting.found()) {
            return splitting.and(heavy).partial("code is split, but nothing analyses or limits the bundle size");
        }
        if (analysis.found()) {
            return analysis.and(heavy).partial("the bundle is analysed or budgeted, but no code splitting was found");
        }
        if (heavy.found()) {
            return heavy.fail("whole-library imports, no code splitting and no bundle analysis");
        }
        return Clues.absent(facts, "no code splitting and no bundle analysis or budget", "bundle optimisation");
    }
}
