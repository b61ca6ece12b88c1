package dev.prodready.check.infrastructure;

import dev.prodready.check.Check;
import dev.prodready.check.CheckContext;
import dev.prodready.check.Outcome;
import dev.prodready.check.Searched;
import dev.prodready.fact.DocKind;
import dev.prodready.fact.DocumentSignal;
import dev.prodready.fact.Evidence;
import dev.prodready.fact.Facts;
import dev.prodready.fact.SignalKind;

import java.util.ArrayList;
import java.util.List;

/**
 * deploy.rollback: a documented, tested way back to the previous release. The scan can see the document and
 * the mechanism; that it was tested is only ever attested, so evidence alone reaches partial at best.
 */
public final class RollbackCheck implements Check {

    @Override
    public String itemId() {
        return "deploy.rollback";
    }

    @Override
    public Outcome evaluate(CheckContext context) {
        Facts facts = context.facts();
        List<DocumentSignal> docs = facts.all(DocumentSignal.class, s -> s.kind() == DocKind.ROLLBACK);
        List<Evidence> mechanism = mechanisms(facts);
        if (!docs.isEmpty()) {
            List<Evidence> evidence = new ArrayList<>(docs.stream().limit(3)
                    .map(d -> d.evidence().withNote("rollback procedure")).toList());
            evidence.addAll(mechanism.stream().limit(2).toList());
            return Outcome.partial("rollback procedure documented; that it has been rehearsed cannot be seen, attest "
                    + "the last rollback drill", evidence);
        }
        DeploySurvey deploy = DeploySurvey.of(facts);
        if (deploy.onlyByHand()) {
            List<Evidence> evidence = new ArrayList<>(deploy.handEvidence());
            evidence.addAll(Searched.documents(facts, "rollback").stream().limit(2).toList());
            return Outcome.fail("deploys overwrite files on a server by hand and no rollback procedure is written "
                    + "down, so the previous version is gone once a deploy starts", evidence);
        }
        if (!mechanism.isEmpty()) {
            return Outcome.partial("the platform can return to an earlier release, but no written procedure says "
                    + "who does it and how", mechanism.stream().limit(4).toList());
        }
        return Outcome.unknown("no rollback procedure in the repository's documents and no rollback mechanism "
                + "visible; if one exists elsewhere, attest it", Searched.documents(facts, "rollback"));
    }

    /** Platforms and deployment resources that keep earlier releases to go back to. */
    static List<Evidence> mechanisms(Facts facts) {
        List<Evidence> out = new ArrayList<>();
        Platforms.signals(facts, SignalKind.PLATFORM_VERCEL, SignalKind.PLATFORM_NETLIFY, SignalKind.PLATFORM_HEROKU,
                        SignalKind.PLATFORM_RENDER, SignalKind.PLATFORM_RAILWAY, SignalKind.PLATFORM_APP_ENGINE,
                        SignalKind.IAC_HELM)
                .forEach(s -> out.add(s.evidence().withNote(s.kind().id() + ": earlier releases can be restored")));
        Platforms.firebaseHosting(facts).ifPresent(e -> out.add(e.withNote("Firebase Hosting keeps earlier releases")));
        Matches.of(facts, "k8s.kind").stream().filter(m -> m.text().contains("Deployment")).findFirst()
                .ifPresent(m -> out.add(m.evidence().withNote("Kubernetes Deployment: rollout history allows undo")));
        Matches.of(facts, "tf.rollback-enabled").stream().findFirst()
                .ifPresent(m -> out.add(m.evidence().withNote("automatic rollback on failed deployment")));
        return out;
    }
}
