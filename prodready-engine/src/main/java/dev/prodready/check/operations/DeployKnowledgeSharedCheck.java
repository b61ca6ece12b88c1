package dev.prodready.check.operations;

import dev.prodready.check.Check;
import dev.prodready.check.CheckContext;
import dev.prodready.check.Outcome;
import dev.prodready.fact.DocKind;
import dev.prodready.fact.DocumentSignal;
import dev.prodready.fact.Evidence;
import dev.prodready.fact.GitFact;

import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * ops.deploy-knowledge-shared: decided from git history. A written deployment process passes outright; otherwise
 * two or more people (bots aside) having changed deployment files passes and exactly one fails.
 */
public final class DeployKnowledgeSharedCheck implements Check {

    private static final Set<DocKind> RUNBOOK = Set.of(DocKind.DEPLOYMENT_PROCESS, DocKind.DEPLOYMENT_CHECKLIST);
    private static final Comparator<GitFact> NEWEST_FIRST = Comparator.comparing(GitFact::when,
            Comparator.nullsLast(Comparator.reverseOrder()));

    @Override
    public String itemId() {
        return "ops.deploy-knowledge-shared";
    }

    @Override
    public Outcome evaluate(CheckContext context) {
        List<DocumentSignal> runbooks = context.facts().all(DocumentSignal.class, s -> RUNBOOK.contains(s.kind()));
        if (!runbooks.isEmpty()) {
            List<Evidence> evidence = runbooks.stream().limit(3)
                    .map(s -> s.evidence().withNote("deployment process written down")).toList();
            return Outcome.pass("the deployment process is written down: " + Locations.of(evidence), evidence);
        }
        List<GitFact> changes = context.facts().all(GitFact.class, f -> DeploymentPaths.isDeployment(f.path()));
        Map<String, List<GitFact>> byAuthor = changes.stream()
                .filter(f -> !isBot(f.authorEmail()))
                .sorted(NEWEST_FIRST)
                .collect(Collectors.groupingBy(f -> person(f.authorEmail()), LinkedHashMap::new, Collectors.toList()));
        if (byAuthor.isEmpty()) {
            return Outcome.unknown(changes.isEmpty()
                    ? "no git history of CI, infrastructure or deployment files was available to see who changes them"
                    : "only automated accounts (bots) changed the deployment files, so who knows the process is unclear");
        }
        if (byAuthor.size() == 1) {
            Map.Entry<String, List<GitFact>> only = byAuthor.entrySet().iterator().next();
            List<GitFact> commits = only.getValue();
            List<Evidence> evidence = commits.stream().limit(5).map(f -> cite(f, only.getKey())).toList();
            return Outcome.fail("all " + commits.size() + " change(s) to deployment files were made by one person ("
                    + only.getKey() + ") and no deployment runbook exists", evidence);
        }
        List<Evidence> evidence = byAuthor.entrySet().stream().limit(5)
                .map(e -> cite(e.getValue().get(0), e.getKey())).toList();
        return Outcome.pass(byAuthor.size() + " people have changed deployment files: "
                + byAuthor.keySet().stream().limit(4).collect(Collectors.joining(", "))
                + (byAuthor.size() > 4 ? ", ..." : ""), evidence);
    }

    private static Evidence cite(GitFact f, String author) {
        String when = f.when() == null ? "" : " on " + f.when().atZone(ZoneOffset.UTC).toLocalDate();
        String note = "changed by " + author + when;
        return f.commit() != null ? Evidence.inCommit(f.commit(), f.path(), 0, note) : f.evidence().withNote(note);
    }

    /** One person, however GitHub spells their no-reply address. */
    static String person(String email) {
        String e = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        return e.replaceFirst("^\\d+\\+(.+@users\\.noreply\\.github\\.com)$", "$1");
    }

    static boolean isBot(String email) {
        String e = email == null ? "" : email.toLowerCase(Locale.ROOT);
        return e.isBlank() || e.contains("[bot]") || e.equals("bot@renovateapp.com") || e.equals("noreply@github.com")
                || e.equals("action@github.com") || e.startsWith("github-actions@");
    }
}
