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

import static dev.prodready.check.performance.PerformancePatterns.SCALE_QUEUE_INFRA;

/** scale.queue: a queue or job system; missing one fails only when the app is known to do background work. */
public final class QueueCheck implements Check {

    @Override
    public String itemId() {
        return "scale.queue";
    }

    @Override
    public Outcome evaluate(CheckContext context) {
        Facts facts = context.facts();
        Clues queues = queues(facts);
        if (queues.found()) {
            return queues.pass("work can be queued");
        }
        TraitState work = context.stack().trait(Trait.BACKGROUND_WORK);
        if (work.presence() == Presence.PRESENT && !work.evidence().isEmpty()) {
            List<Evidence> evidence = new ArrayList<>(work.evidence().stream().limit(Clues.SHOWN).toList());
            evidence.addAll(Clues.searched(facts, "queue or job system"));
            return Outcome.fail("the app does work outside requests (" + work.reason() + ") but no queue or job system"
                    + " was found", evidence);
        }
        return Outcome.unknown("no queue or job system was found, and nothing shows the app has work to move out of"
                + " its requests; if it has (emails, webhooks, uploads, AI calls), it needs one");
    }

    /** Queue and job-system packages, and queue resources in infrastructure code. */
    static Clues queues(Facts facts) {
        return Clues.capabilities(facts, Capability.QUEUE, Capability.BACKGROUND_JOBS)
                .and(ParsedCapacity.queues(facts))
                .and(Clues.matches(facts, "queue in infrastructure", SCALE_QUEUE_INFRA));
    }
}
