package dev.prodready.check.infrastructure;

import dev.prodready.check.Check;
import dev.prodready.check.CheckContext;
import dev.prodready.check.Outcome;
import dev.prodready.check.Searched;
import dev.prodready.fact.Evidence;
import dev.prodready.fact.Facts;
import dev.prodready.fact.FileSignal;
import dev.prodready.fact.GitFact;
import dev.prodready.fact.IacFile;
import dev.prodready.fact.SignalKind;
import dev.prodready.fact.UntrackedFile;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
        Map<String, Evidence> iac = new LinkedHashMap<>();
        IacDefinedCheck.parsedIac(facts).forEach(f -> iac.putIfAbsent(f.path(), f.evidence().withNote(f.format())));
        IacDefinedCheck.signals(facts).forEach(s -> iac.putIfAbsent(s.evidence().path(), s.evidence().withNote(s.kind().id())));
        if (iac.isEmpty()) {
            List<Evidence> platform = new ArrayList<>();
            facts.all(IacFile.class, f -> IacDefinedCheck.PLATFORM_FORMATS.contains(f.format()))
                    .forEach(f -> platform.add(f.evidence().withNote(f.format())));
            Platforms.signals(facts, IacDefinedCheck.PLATFORM_ONLY).stream()
                    .filter(s -> platform.stream().noneMatch(p -> p.path().equals(s.evidence().path())))
                    .forEach(s -> platform.add(s.evidence().withNote(s.kind().id())));
            if (!platform.isEmpty()) {
                return Outcome.partial("only platform configuration is versioned; changes made in the providers' "
                        + "dashboards leave no trace in git", platform.stream().limit(3).toList());
            }
            return Outcome.fail("no infrastructure code, so infrastructure changes are not tracked anywhere",
                    Searched.repository("infrastructure code whose history git could track"));
        }
        List<Evidence> state = new ArrayList<>(facts.all(IacFile.class, f -> f.format().equals("terraform-state")).stream()
                .map(f -> f.evidence().withNote("Terraform state file in the repository")).toList());
        Matches.of(facts, "tf.state-committed").stream()
                .filter(m -> state.stream().noneMatch(e -> e.path().equals(m.evidence().path())))
                .forEach(m -> state.add(m.evidence().withNote("Terraform state file in the repository")));
        if (!state.isEmpty()) {
            return Outcome.partial("Terraform state is committed: it holds resource secrets in plain text and "
                    + "conflicts between people; keep it in a remote backend", state.stream().limit(3).toList());
        }
        List<GitFact> commits = facts.all(GitFact.class, g -> g.path() != null && (iac.containsKey(g.path())
                || isIacFile(g.path()))).stream()
                .sorted(Comparator.comparing(GitFact::when, Comparator.nullsFirst(Comparator.<Instant>naturalOrder())).reversed())
                .toList();
        boolean terraform = !facts.all(IacFile.class, f -> f.format().equals("terraform")).isEmpty()
                || facts.any(FileSignal.class, s -> s.kind() == SignalKind.IAC_TERRAFORM);
        List<IacBlock> backends = IacModel.of(facts).blocks("terraform", "backend").stream()
                .filter(b -> !b.type().equals("local")).toList();
        List<Evidence> untracked = facts.all(UntrackedFile.class, u -> iac.containsKey(u.path()) || isIacFile(u.path()))
                .stream().map(u -> u.evidence().withNote("infrastructure file not committed to git")).toList();
        if (!untracked.isEmpty()) {
            List<Evidence> evidence = new ArrayList<>(untracked.stream().limit(3).toList());
            commits.stream().limit(2).forEach(g -> evidence.add(g.evidence().withNote("infrastructure change "
                    + g.commit().substring(0, Math.min(8, g.commit().length())) + " on " + g.when())));
            String which = untracked.size() + " infrastructure file" + (untracked.size() == 1 ? " is" : "s are")
                    + " on disk but not in git";
            return commits.isEmpty()
                    ? Outcome.fail(which + " and no commit touches infrastructure code, so its changes are not "
                            + "tracked at all", evidence)
                    : Outcome.partial(which + " (others are committed): what is applied may differ from what "
                            + "the history shows", evidence);
        }
        if (commits.isEmpty()) {
            boolean historyRead = !facts.all(GitFact.class).isEmpty();
            return Outcome.partial(historyRead
                            ? "infrastructure files exist but no commit touches them yet: commit them"
                            : "infrastructure files exist; git history was not available to confirm they are tracked",
                    iac.values().stream().limit(3).toList());
        }
        List<Evidence> evidence = new ArrayList<>();
        commits.stream().limit(3).forEach(g -> evidence.add(g.evidence().withNote("infrastructure change "
                + g.commit().substring(0, Math.min(8, g.commit().length())) + " on " + g.when())));
        if (terraform && backends.isEmpty()) {
            iac.values().stream().filter(e -> e.path().endsWith(".tf") || e.path().endsWith(".tofu")).findFirst()
                    .ifPresent(e -> evidence.add(e.withNote("no remote backend block: state stays local")));
            return Outcome.partial("infrastructure code is in git, but Terraform keeps its state locally, so "
                    + "what was applied, when and by whom is not recorded", evidence);
        }
        backends.stream().findFirst().ifPresent(b -> evidence.add(b.evidence("remote Terraform state backend " + b.type())));
        return Outcome.pass("infrastructure code is tracked in git (" + commits.size() + " commits touch it)", evidence);
    }

    private static boolean isIacFile(String path) {
        return path.endsWith(".tf") || path.endsWith(".tofu") || path.endsWith(".tfvars")
                || path.matches("(.*/)?Pulumi(\\.[\\w-]+)?\\.ya?ml") || path.endsWith("serverless.yml")
                || path.endsWith("Chart.yaml") || path.endsWith("cdk.json");
    }
}
