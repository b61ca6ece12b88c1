package dev.prodready.check.performance;

import dev.prodready.check.Check;
import dev.prodready.check.CheckContext;
import dev.prodready.check.Outcome;
import dev.prodready.check.infrastructure.Platforms;
import dev.prodready.check.monitoring.Clues;
import dev.prodready.fact.Facts;
import dev.prodready.fact.IacFile;
import dev.prodready.fact.SignalKind;

import static dev.prodready.check.performance.PerformancePatterns.SCALE_AUTOSCALING_CONFIG;
import static dev.prodready.check.performance.PerformancePatterns.SCALE_FIXED_REPLICAS;

/** scale.autoscaling: autoscaling configured, a platform that scales per request, or a fixed size (fail). */
public final class AutoscalingCheck implements Check {

    @Override
    public String itemId() {
        return "scale.autoscaling";
    }

    @Override
    public Outcome evaluate(CheckContext context) {
        Facts facts = context.facts();
        Clues autoscaling = ParsedCapacity.autoscaling(facts)
                .and(Clues.matches(facts, "autoscaling configured", SCALE_AUTOSCALING_CONFIG));
        if (autoscaling.found()) {
            return autoscaling.pass("capacity scales automatically");
        }
        Clues perRequest = ParsedCapacity.elastic(facts)
                .and(new Clues(Platforms.configured(facts, SignalKind.PLATFORM_VERCEL, SignalKind.PLATFORM_NETLIFY,
                        SignalKind.IAC_SERVERLESS, SignalKind.PLATFORM_APP_ENGINE).stream()
                        .map(e -> e.withNote(Platforms.kindOf(e) + ": the platform runs an instance per request")).toList()));
        if (perRequest.found()) {
            return perRequest.pass("the app runs on a platform that adds instances per request");
        }
        Clues fixed = ParsedCapacity.fixed(facts).and(Clues.matches(facts, "fixed instance count", SCALE_FIXED_REPLICAS)
                .where(e -> facts.all(IacFile.class).stream().noneMatch(f -> f.parsed() && f.path().equals(e.path()))));
        if (fixed.found()) {
            return fixed.fail("a fixed number of instances is set and nothing scales it; if steady traffic makes that"
                    + " enough, attest it");
        }
        Clues deployment = Clues.signals(facts, SignalKind.PLATFORM_FLY, SignalKind.PLATFORM_RENDER,
                SignalKind.PLATFORM_RAILWAY, SignalKind.PLATFORM_HEROKU, SignalKind.IAC_KUBERNETES,
                SignalKind.IAC_HELM, SignalKind.IAC_TERRAFORM, SignalKind.IAC_CLOUDFORMATION, SignalKind.IAC_CDK,
                SignalKind.IAC_PULUMI, SignalKind.CONTAINER_COMPOSE);
        return deployment.unknown(deployment.found()
                ? "the deployment is described here, but no autoscaling setting was found; some platforms keep it in"
                + " their dashboard, so attest it (or that a fixed size is enough)"
                : "the repository does not show where the app runs, so its scaling cannot be judged; attest it");
    }
}
