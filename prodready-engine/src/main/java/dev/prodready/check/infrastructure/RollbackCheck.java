package dev.prodready.check.infrastructure;

import dev.prodready.check.Check;
import dev.prodready.check.CheckContext;
import dev.prodready.check.Outcome;
import dev.prodready.check.Searched;
import dev.prodready.fact.ActionKind;
import dev.prodready.fact.DocKind;
import dev.prodready.fact.DocumentSignal;
import dev.prodready.fact.Evidence;
import dev.prodready.fact.Facts;
import dev.prodready.fact.PipelineAction;
import dev.prodready.fact.PipelineTrigger;
import dev.prodready.fact.ReleaseTag;
import dev.prodready.fact.SignalKind;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * deploy.rollback: a documented, tested way back to the previous release. The scan can see the document and
 * the mechanism (a rollback command or a redeploy-a-version pipeline, a platform that keeps releases); that it
 * was rehearsed is only ever attested, so evidence alone reaches partial at best.
 */
public final class RollbackCheck implements Check {

    private static final Pattern VERSION_INPUT = Pattern.compile(
            "(?i)(version|ref|tag|sha|commit|image|release|revision|deployment|rollback)");

    @Override
    public String itemId() {
        return "deploy.rollback";
    }

    @Override
    public Outcome evaluate(CheckContext context) {
        Facts facts = context.facts();
        List<DocumentSignal> docs = facts.all(DocumentSignal.class, s -> s.kind() == DocKind.ROLLBACK);
        List<Evidence> mechanism = mechanisms(facts);
        List<Evidence> tags = releaseTags(facts);
        if (!docs.isEmpty()) {
            List<Evidence> evidence = new ArrayList<>(docs.stream().limit(3)
                    .map(d -> d.evidence().withNote("rollback procedure")).toList());
            evidence.addAll(mechanism.stream().limit(2).toList());
            evidence.addAll(tags.stream().limit(2).toList());
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
            List<Evidence> evidence = new ArrayList<>(mechanism.stream().limit(4).toList());
            evidence.addAll(tags.stream().limit(2).toList());
            return Outcome.partial("there is a way back to an earlier release, but no written procedure says "
                    + "who uses it and how", evidence);
        }
        if (!tags.isEmpty()) {
            return Outcome.partial("release tags name the earlier versions to go back to, but nothing in the "
                    + "repository deploys a chosen version and no procedure is written down, so a rollback "
                    + "would be improvised", tags.stream().limit(3).toList());
        }
        return Outcome.unknown("no rollback procedure in the repository's documents and no rollback mechanism "
                + "visible; if one exists elsewhere, attest it", Searched.documents(facts, "rollback"));
    }

    /** Rollback commands, redeploy-a-version pipelines, and platforms and resources that keep earlier releases. */
    static List<Evidence> mechanisms(Facts facts) {
        List<Evidence> out = new ArrayList<>();
        Pipelines pipelines = Pipelines.of(facts);
        pipelines.actions(ActionKind.ROLLBACK).stream().limit(2)
                .forEach(a -> out.add(a.evidence().withNote("rollback step in the pipeline: " + a.tool())));
        List<PipelineAction> deploys = pipelines.actions(ActionKind.DEPLOY, ActionKind.INFRA_APPLY);
        Set<String> deployingFiles = new java.util.HashSet<>();
        deploys.forEach(a -> deployingFiles.add(a.file()));
        for (PipelineTrigger t : pipelines.triggers()) {
            if (!deployingFiles.contains(t.file())) {
                continue;
            }
            List<String> inputs = t.inputs().stream().filter(i -> VERSION_INPUT.matcher(i).find()).toList();
            if (t.event().equals("manual") && !inputs.isEmpty()) {
                out.add(t.evidence().withNote("a deploy pipeline started by hand takes '" + inputs.get(0)
                        + "', so an earlier version can be redeployed"));
            } else if (t.event().equals("tag") && (t.job().isEmpty() || deploys.stream()
                    .anyMatch(a -> a.file().equals(t.file()) && a.job().equals(t.job())))) {
                out.add(t.evidence().withNote("releases are deployed from tags, so an earlier tag can be redeployed"));
            }
        }
        Platforms.configured(facts, SignalKind.PLATFORM_VERCEL, SignalKind.PLATFORM_NETLIFY, SignalKind.PLATFORM_HEROKU,
                        SignalKind.PLATFORM_RENDER, SignalKind.PLATFORM_RAILWAY, SignalKind.PLATFORM_APP_ENGINE,
                        SignalKind.IAC_HELM)
                .forEach(e -> out.add(e.withNote(Platforms.kindOf(e) + ": earlier releases can be restored")));
        Platforms.firebaseHosting(facts).ifPresent(e -> out.add(e.withNote("Firebase Hosting keeps earlier releases")));
        IacModel iac = IacModel.of(facts);
        iac.resources(Set.of("Deployment")).stream().filter(b -> b.format().equals("kubernetes")).findFirst()
                .ifPresent(b -> out.add(b.evidence(b.label() + ": rollout history allows undo")));
        for (IacBlock ecs : iac.resources(Set.of("aws_ecs_service"))) {
            ecs.blocks("deployment_circuit_breaker").stream().filter(b -> b.bool("rollback").orElse(false)).findFirst()
                    .ifPresent(b -> out.add(b.at("rollback", ecs.label() + ": automatic rollback on failed deployment")));
        }
        return dedupe(out);
    }

    /** The newest release tags, as rollback points: each names a commit that can be redeployed. */
    static List<Evidence> releaseTags(Facts facts) {
        return facts.all(ReleaseTag.class).stream()
                .sorted(Comparator.comparing(ReleaseTag::when, Comparator.nullsFirst(Comparator.<Instant>naturalOrder()))
                        .reversed())
                .map(t -> t.evidence().withNote("release tag " + t.name() + ": a rollback point to redeploy"))
                .toList();
    }

    private static List<Evidence> dedupe(List<Evidence> evidence) {
        Set<String> seen = new java.util.HashSet<>();
        return evidence.stream().filter(e -> seen.add(e.location().toLowerCase(Locale.ROOT))).toList();
    }
}
