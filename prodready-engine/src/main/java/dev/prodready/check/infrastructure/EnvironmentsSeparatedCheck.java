package dev.prodready.check.infrastructure;

import dev.prodready.check.Check;
import dev.prodready.check.CheckContext;
import dev.prodready.check.Outcome;
import dev.prodready.check.Searched;
import dev.prodready.fact.ContentMatch;
import dev.prodready.fact.Evidence;
import dev.prodready.fact.Facts;
import dev.prodready.fact.FileSignal;
import dev.prodready.fact.SignalKind;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * env.separated: production is a distinct environment from at least one non-production one, as shown by
 * per-environment IaC folders, tfvars, Pulumi stacks, Helm values, compose files or CI deployment environments.
 */
public final class EnvironmentsSeparatedCheck implements Check {

    private static final Pattern CI_ENV = Pattern.compile("environment:\\s*['\"]?([A-Za-z][\\w.-]*)");
    private static final Pattern NAME = Pattern.compile("name:\\s*['\"]?([A-Za-z][\\w.-]*)");

    @Override
    public String itemId() {
        return "env.separated";
    }

    @Override
    public Outcome evaluate(CheckContext context) {
        Facts facts = context.facts();
        Map<String, Evidence> named = new TreeMap<>();
        for (FileSignal s : Platforms.signals(facts, IacDefinedCheck.IAC)) {
            fromPath(named, s.evidence());
        }
        for (FileSignal s : Platforms.signals(facts, SignalKind.CONTAINER_COMPOSE, SignalKind.ENV_EXAMPLE)) {
            fromPath(named, s.evidence());
        }
        for (ContentMatch m : Matches.of(facts, List.of("env.tfvars-file", "env.pulumi-stack", "env.helm-values"))) {
            fromPath(named, m.evidence());
        }
        for (ContentMatch m : Matches.of(facts, "ci.environment")) {
            Matches.group(m, CI_ENV, 1).ifPresent(n -> fromName(named, n, m.evidence(), "CI deployment environment"));
        }
        List<ContentMatch> names = Matches.of(facts, "ci.name-value");
        for (ContentMatch block : Matches.of(facts, "ci.environment-block")) {
            names.stream().filter(n -> n.evidence().path().equals(block.evidence().path())
                            && n.evidence().line() == block.evidence().line() + 1)
                    .findFirst()
                    .ifPresent(n -> Matches.group(n, NAME, 1)
                            .ifPresent(v -> fromName(named, v, n.evidence(), "CI deployment environment")));
        }

        List<String> prod = named.keySet().stream().filter(n -> Environments.ofName(n).orElseThrow() == Tier.PRODUCTION).toList();
        List<String> other = named.keySet().stream().filter(n -> Environments.ofName(n).orElseThrow() == Tier.NON_PRODUCTION).toList();
        List<Evidence> evidence = new ArrayList<>(named.values());
        if (!prod.isEmpty() && !other.isEmpty()) {
            return Outcome.pass("separate environments: " + String.join(", ", named.keySet()), evidence.stream().limit(5).toList());
        }
        List<ContentMatch> workspaces = Matches.of(facts, "tf.workspace-ref");
        if (!workspaces.isEmpty()) {
            evidence.addAll(Matches.cite(workspaces, 2, m -> "Terraform workspace used to vary the configuration"));
            return Outcome.partial("Terraform workspaces are used, so environments may be separated, but their names "
                    + "are chosen on the command line and not visible here", evidence.stream().limit(5).toList());
        }
        if (!named.isEmpty()) {
            return Outcome.partial("only " + String.join(", ", named.keySet()) + " is named; no "
                    + (prod.isEmpty() ? "production" : "non-production") + " environment is defined beside it",
                    evidence.stream().limit(5).toList());
        }
        List<FileSignal> previewPlatforms = Platforms.signals(facts, SignalKind.PLATFORM_VERCEL, SignalKind.PLATFORM_NETLIFY);
        if (!previewPlatforms.isEmpty()) {
            return Outcome.partial("the platform gives preview and production deployments, but nothing shows "
                            + "separate databases or secrets for them",
                    previewPlatforms.stream().map(s -> s.evidence().withNote(s.kind().id()
                            + ": preview deployments per branch")).toList());
        }
        List<FileSignal> searched = Platforms.signals(facts, concat(IacDefinedCheck.IAC, ciKinds()));
        if (!searched.isEmpty()) {
            return Outcome.fail("no environment (production, staging, dev...) is named in IaC, CI or config files",
                    searched.stream().limit(5).map(s -> s.evidence().withNote("searched; names no environment")).toList());
        }
        return Outcome.unknown("no IaC, CI or platform configuration to show how environments are separated",
                Searched.repository("IaC, CI or per-environment configuration"));
    }

    private static void fromPath(Map<String, Evidence> named, Evidence evidence) {
        Optional<String> name = Environments.nameInPath(evidence.path());
        name.ifPresent(n -> named.putIfAbsent(n, evidence.withNote("configuration for environment '" + n + "'")));
    }

    private static void fromName(Map<String, Evidence> named, String name, Evidence evidence, String what) {
        String n = name.toLowerCase(java.util.Locale.ROOT);
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
