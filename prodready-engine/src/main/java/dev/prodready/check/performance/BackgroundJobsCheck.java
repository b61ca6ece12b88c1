package dev.prodready.check.performance;

import dev.prodready.check.Check;
import dev.prodready.check.CheckContext;
import dev.prodready.check.Outcome;
import dev.prodready.check.monitoring.Clues;
import dev.prodready.fact.Capability;
import dev.prodready.fact.Evidence;
import dev.prodready.fact.Facts;
import dev.prodready.stack.Presence;
import dev.prodready.stack.Trait;
import dev.prodready.stack.TraitState;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static dev.prodready.check.performance.PerformancePatterns.JOBS_PROCFILE_WORKER;
import static dev.prodready.check.performance.PerformancePatterns.JOBS_RETRY_CONFIG;
import static dev.prodready.check.performance.PerformancePatterns.JOBS_SCHEDULE;
import static dev.prodready.check.performance.PerformancePatterns.JOBS_WORKER_DEFINITION;

/** jobs.configured: background jobs with retry, back-off, time-limit or dead-letter settings. */
public final class BackgroundJobsCheck implements Check {

    /** Hosted job services that retry failed steps by default. */
    private static final Set<String> RETRYING_SERVICES = Set.of("inngest", "@trigger.dev/sdk", "@upstash/qstash",
            "@upstash/workflow");

    @Override
    public String itemId() {
        return "jobs.configured";
    }

    @Override
    public Outcome evaluate(CheckContext context) {
        Facts facts = context.facts();
        Clues jobs = QueueCheck.queues(facts)
                .and(Clues.capabilities(facts, Capability.SCHEDULER))
                .and(Clues.matches(facts, "background job defined", JOBS_WORKER_DEFINITION, JOBS_PROCFILE_WORKER,
                        JOBS_SCHEDULE).outsideTests());
        Clues retries = Clues.matches(facts, "retry, time-limit or dead-letter setting", JOBS_RETRY_CONFIG)
                .outsideTests();
        Clues retryingService = jobs.where(e -> RETRYING_SERVICES.contains(e.note().split(" ")[0]));
        if (jobs.found() && retries.found()) {
            return retries.and(jobs).pass("background jobs have retry or failure settings");
        }
        if (retryingService.found()) {
            return retryingService.pass("the hosted job service retries failed runs by default (no explicit settings"
                    + " found)");
        }
        if (jobs.found()) {
            return jobs.partial("background jobs exist, but no retry, back-off, time-limit or dead-letter setting was"
                    + " found, so the library defaults decide what happens to a failing job");
        }
        TraitState work = context.stack().trait(Trait.BACKGROUND_WORK);
        if (work.presence() == Presence.PRESENT && !work.evidence().isEmpty()) {
            List<Evidence> evidence = new ArrayList<>(work.evidence().stream().limit(Clues.SHOWN).toList());
            evidence.addAll(Clues.searched(facts, "job system"));
            return Outcome.fail("the app does work outside requests (" + work.reason() + ") but no job system,"
                    + " worker or schedule was found", evidence);
        }
        return Outcome.unknown("no background jobs were found, and nothing shows the app needs them");
    }
}
