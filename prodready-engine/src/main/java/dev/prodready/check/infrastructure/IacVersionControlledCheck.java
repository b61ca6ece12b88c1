package dev.prodready.check.infrastructure;

import dev.prodready.check.Check;
import dev.prodready.check.CheckContext;
import dev.prodready.check.Outcome;
import dev.prodready.check.Searched;
import dev.prodready.fact.ContentMatch;
import dev.prodready.fact.Evidence;
import dev.prodready.fact.Facts;
import dev.prodready.fact.FileSignal;
import dev.prodready.fact.GitFact;
import dev.prodready.fact.SignalKind;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * iac.version-controlled: infrastructure files are committed (git history shows their changes), Terraform
 * state lives in a remote backend rather than in the repository or on a laptop.
 */
public final class IacVersionControlledCheck implements Check {

    @Override
    public String itemId() {
        return "iac.version-controlled";
    }

    @Override
    public Outcome evaluate(CheckContext context) {
        Facts facts = context.facts();
        List<FileSignal> iac = Platforms.signals(facts, IacDefinedCheck.IAC);
        if (iac.isEmpty()) {
            List<FileSignal> platform = Platforms.signals(facts, IacDefinedCheck.PLATFORM_ONLY);
            if (!platform.isEmpty()) {
                return Outcome.partial("only platform configuration is versioned; changes made in the providers' "
                                + "dashboards leave no trace in git",
                        platform.stream().limit(3).map(s -> s.evidence().withNote(s.kind().id())).toList());
            }
            return Outcome.fail("no infrastructure code, so infrastructure changes are not tracked anywhere",
                    Searched.repository("infrastructure code whose history git could track"));
        }
        List<ContentMatch> state = Matches.of(facts, "tf.state-committed");
        if (!state.isEmpty()) {
            return Outcome.partial("Terraform state is committed: it holds resource secrets in plain text and "
                            + "conflicts between people; keep it in a remote backend",
                    Matches.cite(state, 3, m -> "Terraform state file in the repository"));
        }
        Set<String> iacPaths = iac.stream().map(s -> s.evidence().path()).collect(Collectors.toSet());
        List<GitFact> commits = facts.all(GitFact.class, g -> g.path() != null && (iacPaths.contains(g.path())
                || isIacFile(g.path()))).stream().sorted(Comparator.comparing(GitFact::when, Comparator.nullsFirst(Comparator.<java.time.Instant>naturalOrder())).reversed()).toList();
        boolean terraform = iac.stream().anyMatch(s -> s.kind() == SignalKind.IAC_TERRAFORM);
        List<ContentMatch> backend = Matches.of(facts, "tf.backend");
        if (commits.isEmpty()) {
            boolean historyRead = !facts.all(GitFact.class).isEmpty();
            return Outcome.partial(historyRead
                            ? "infrastructure files exist but no commit touches them yet: commit them"
                            : "infrastructure files exist; git history was not available to confirm they are tracked",
                    iac.stream().limit(3).map(s -> s.evidence().withNote(s.kind().id())).toList());
        }
        List<Evidence> evidence = new ArrayList<>();
        commits.stream().limit(3).forEach(g -> evidence.add(g.evidence().withNote("infrastructure change "
                + g.commit().substring(0, Math.min(8, g.commit().length())) + " on " + g.when())));
        if (terraform && backend.isEmpty()) {
            iac.stream().filter(s -> s.kind() == SignalKind.IAC_TERRAFORM).findFirst()
                    .ifPresent(s -> evidence.add(s.evidence().withNote("no remote backend block: state stays local")));
            return Outcome.partial("infrastructure code is in git, but Terraform keeps its state locally, so "
                    + "what was applied, when and by whom is not recorded", evidence);
        }
        backend.stream().findFirst().ifPresent(b -> evidence.add(b.evidence().withNote("remote Terraform state backend")));
        return Outcome.pass("infrastructure code is tracked in git (" + commits.size() + " commits touch it)", evidence);
    }

    private static boolean isIacFile(String path) {
        return path.endsWith(".tf") || path.endsWith(".tofu") || path.endsWith(".tfvars")
                || path.matches("(.*/)?Pulumi(\\.[\\w-]+)?\\.ya?ml") || path.endsWith("serverless.yml")
                || path.endsWith("Chart.yaml") || path.endsWith("cdk.json");
    }
}
