package dev.prodready.check.infrastructure;

import dev.prodready.check.Check;
import dev.prodready.check.CheckContext;
import dev.prodready.check.Outcome;
import dev.prodready.check.Searched;
import dev.prodready.fact.ContentMatch;
import dev.prodready.fact.Evidence;
import dev.prodready.fact.Facts;
import dev.prodready.fact.FileSignal;
import dev.prodready.fact.IacFile;
import dev.prodready.fact.IacResource;
import dev.prodready.fact.PipelineJob;
import dev.prodready.fact.SignalKind;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * env.separated: production is a distinct environment from at least one non-production one, as shown by
 * deployment environments of pipeline jobs, per-environment IaC folders and tfvars, Pulumi stacks, Helm values,
 * compose and platform files, or Kubernetes namespaces.
 */
public final class EnvironmentsSeparatedCheck implements Check {

    @Override
    public String itemId() {
        return "env.separated";
    }

    @Override
    public Outcome evaluate(CheckContext context) {
        Facts facts = context.facts();
        Map<String, Evidence> named = new TreeMap<>();
        for (PipelineJob job : facts.all(PipelineJob.class)) {
            if (!job.environment().isEmpty()) {
                fromName(named, job.environment(), job.environmentEvidence(""), job.platform() + " job '" + job.id()
                        + "' deploys to environment");
            }
        }
        for (IacFile f : facts.all(IacFile.class)) {
            fromPath(named, f.evidence());
        }
        for (IacResource r : facts.all(IacResource.class, r -> r.format().equals("kubernetes"))) {
            String ns = r.body().text("metadata.namespace");
            if (!ns.isEmpty()) {
                fromName(named, ns, r.evidence(), "Kubernetes namespace");
            }
        }
        for (FileSignal s : Platforms.signals(facts, IacDefinedCheck.IAC)) {
            fromPath(named, s.evidence());
        }
        for (FileSignal s : Platforms.signals(facts, SignalKind.CONTAINER_COMPOSE, SignalKind.ENV_EXAMPLE)) {
            fromPath(named, s.evidence());
        }
        for (ContentMatch m : Matches.of(facts, List.of("env.tfvars-file", "env.pulumi-stack", "env.helm-values"))) {
            fromPath(named, m.evidence());
        }

        List<String> prod = named.keySet().stream().filter(n -> Environments.ofName(n).orElseThrow() == Tier.PRODUCTION).toList();
        List<String> other = named.keySet().stream().filter(n -> Environments.ofName(n).orElseThrow() == Tier.NON_PRODUCTION).toList();
        List<Evidence> evidence = new ArrayList<>(named.values());
        if (!prod.isEmpty() && !other.isEmpty()) {
            return Outcome.pass("separate environments: " + String.join(", ", named.keySet()), evidence.stream().limit(5).toList());
        }
        List<Evidence> workspaces = workspaces(facts);
        if (!workspaces.isEmpty()) {
            evidence.addAll(workspaces);
            return Outcome.partial("Terraform workspaces are used, so environments may be separated, but their names "
                    + "are chosen on the command line and not visible here", evidence.stream().limit(5).toList());
        }
        if (!named.isEmpty()) {
            return Outcome.partial("only " + String.join(", ", named.keySet()) + " is named; no "
                    + (prod.isEmpty() ? "production" : "non-production") + " environment is defined beside it",
                    evidence.stream().limit(5).toList());
        }
        List<Evidence> previewPlatforms = Platforms.configured(facts, SignalKind.PLATFORM_VERCEL, SignalKind.PLATFORM_NETLIFY);
        if (!previewPlatforms.isEmpty()) {
            return Outcome.partial("the platform gives preview and production deployments, but nothing shows "
                            + "separate databases or secrets for them",
                    previewPlatforms.stream().map(e -> e.withNote(Platforms.kindOf(e)
                            + ": preview deployments per branch")).toList());
        }
        Map<String, Evidence> byPath = new java.util.LinkedHashMap<>();
        Pipelines.of(facts).files().forEach(f -> byPath.putIfAbsent(f.path(), f.evidence()));
        facts.all(IacFile.class).forEach(f -> byPath.putIfAbsent(f.path(), f.evidence()));
        Platforms.signals(facts, concat(IacDefinedCheck.IAC, ciKinds()))
                .forEach(s -> byPath.putIfAbsent(s.evidence().path(), s.evidence()));
        List<Evidence> searched = new ArrayList<>(byPath.values());
        if (!searched.isEmpty()) {
            return Outcome.fail("no environment (production, staging, dev...) is named in IaC, CI or config files",
                    searched.stream().limit(5).map(e -> e.withNote("searched; names no environment")).toList());
        }
        return Outcome.unknown("no IaC, CI or platform configuration to show how environments are separated",
                Searched.repository("IaC, CI or per-environment configuration"));
    }

    /** References to terraform.workspace, parsed or matched by line. */
    private static List<Evidence> workspaces(Facts facts) {
        List<Evidence> out = new ArrayList<>();
        for (IacResource r : facts.all(IacResource.class, r -> r.format().equals("terraform"))) {
            IacBlock b = IacBlock.of(r);
            Optional<dev.prodready.fact.IacValue> ref = b.find(v -> v instanceof dev.prodready.fact.IacValue.Expression e
                    && e.expression().contains("terraform.workspace"));
            if (ref.isPresent()) {
                out.add(b.at(ref.get(), "Terraform workspace used to vary the configuration"));
                break;
            }
        }
        if (out.isEmpty()) {
            out.addAll(Matches.cite(Matches.of(facts, "tf.workspace-ref"), 2,
                    m -> "Terraform workspace used to vary the configuration"));
        }
        return out;
    }

    private static void fromPath(Map<String, Evidence> named, Evidence evidence) {
        Optional<String> name = Environments.nameInPath(evidence.path());
        name.ifPresent(n -> named.putIfAbsent(n, evidence.withNote("configuration for environment '" + n + "'")));
    }

    private static void fromName(Map<String, Evidence> named, String name, Evidence evidence, String what) {
        String n = name.toLowerCase(Locale.ROOT).strip();
        if (n.contains("/")) {
            n = n.substring(0, n.indexOf('/'));
        }
        if (Environments.ofName(n).isPresent()) {
            named.putIfAbsent(n, evidence.withNote(what + " '" + n + "'"));
        }
    }

    static SignalKind[] ciKinds() {
        return new SignalKind[] {SignalKind.CI_GITHUB_ACTIONS, SignalKind.CI_GITLAB, SignalKind.CI_CIRCLECI,
                SignalKind.CI_BITBUCKET, SignalKind.CI_AZURE, SignalKind.CI_JENKINS};
    }

    private static SignalKind[] concat(SignalKind[] a, SignalKind[] b) {
        SignalKind[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
