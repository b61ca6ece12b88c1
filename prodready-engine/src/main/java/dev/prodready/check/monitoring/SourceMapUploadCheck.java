package dev.prodready.check.monitoring;

import dev.prodready.check.Check;
import dev.prodready.check.CheckContext;
import dev.prodready.check.Outcome;
import dev.prodready.check.Searched;
import dev.prodready.fact.ActionKind;
import dev.prodready.fact.Capability;
import dev.prodready.fact.Evidence;
import dev.prodready.fact.Facts;
import dev.prodready.live.LiveVerdicts;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static dev.prodready.check.monitoring.MonitoringPatterns.ERRORS_SOURCE_MAP_UPLOAD;
import static dev.prodready.check.monitoring.MonitoringPatterns.ERRORS_SOURCE_MAP_UPLOAD_DISABLED;

/** errors.source-maps: a build plugin or CI step that uploads source maps to the error tracker. */
public final class SourceMapUploadCheck implements Check {

    /** Framework SDKs that can upload maps, but only once their build wrapper or plugin is configured. */
    private static final Set<String> FRAMEWORK_SDKS = Set.of("@sentry/nextjs", "@sentry/sveltekit", "@sentry/nuxt",
            "@sentry/astro", "@sentry/remix", "@sentry/react-router", "@sentry/solidstart");

    @Override
    public String itemId() {
        return "errors.source-maps";
    }

    @Override
    public Outcome evaluate(CheckContext context) {
        return LiveVerdicts.combine(repository(context), LiveVerdicts.judge(itemId(), context.facts()),
                LiveVerdicts.Combination.BOTH_REQUIRED);
    }

    /** The verdict from the repository alone; the live probe's, when a URL was given, is combined with it. */
    private Outcome repository(CheckContext context) {
        Facts facts = context.facts();
        Clues declared = Clues.capabilities(facts, Capability.SOURCE_MAP_UPLOAD);
        Clues viaFramework = declared.where(e -> FRAMEWORK_SDKS.stream().anyMatch(sdk -> e.note().startsWith(sdk + " ")));
        Clues uploaders = declared.where(e -> !viaFramework.evidence().contains(e))
                .and(ParsedClues.pipelineSteps(facts, "source maps uploaded in CI", ActionKind.SOURCE_MAP_UPLOAD))
                .and(Clues.matches(facts, "source maps uploaded here", ERRORS_SOURCE_MAP_UPLOAD));
        Clues disabled = Clues.matches(facts, "source-map upload switched off", ERRORS_SOURCE_MAP_UPLOAD_DISABLED);
        if (uploaders.found() && disabled.found()) {
            return disabled.and(uploaders).partial("a source-map upload is configured but switched off");
        }
        if (uploaders.found()) {
            return uploaders.pass("source maps are uploaded to the error tracker");
        }
        if (viaFramework.found()) {
            return viaFramework.partial("the framework SDK can upload source maps, but its build wrapper or plugin"
                    + " (e.g. withSentryConfig) was not found");
        }
        Clues tracker = ErrorTrackingCheck.anyTracker(facts);
        if (tracker.found()) {
            List<Evidence> evidence = new ArrayList<>(tracker.shown());
            evidence.addAll(Searched.repository("source-map upload (build plugin or CI step)"));
            return Outcome.fail("an error tracker is in use (" + tracker.where() + ") but nothing uploads source maps,"
                    + " so browser stack traces stay minified", evidence);
        }
        return Clues.absent(facts, "no error tracker to receive source maps and no upload step",
                "error tracker or source-map upload");
    }
}
