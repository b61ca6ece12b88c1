package dev.prodready.check.security;

import dev.prodready.check.Check;
import dev.prodready.check.CheckContext;
import dev.prodready.check.Outcome;
import dev.prodready.fact.ContentMatch;
import dev.prodready.fact.Evidence;
import dev.prodready.fact.Facts;
import dev.prodready.fact.FileSignal;
import dev.prodready.fact.SignalKind;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * authz.least-privilege: wildcard or admin grants in IAM and Kubernetes roles, privileged containers, write-all CI
 * tokens and containers that end as root fail; a Dockerfile that never leaves root is partial. Scoped CI
 * permissions and non-root containers are partial at best: who holds production and admin access is a question
 * only a person can answer (attest). Nothing in the repository to judge is unknown.
 */
public final class LeastPrivilegeCheck implements Check {

    private static final Pattern USER = Pattern.compile("^\\s*USER\\s+(\\S+)");
    private static final Set<String> ROOT = Set.of("root", "0", "0:0", "root:root");

    @Override
    public String itemId() {
        return "authz.least-privilege";
    }

    @Override
    public Outcome evaluate(CheckContext context) {
        Facts facts = context.facts();
        List<Evidence> broad = new ArrayList<>();
        broad.addAll(Matches.cite(Matches.notInTests(Matches.of(facts, SecurityPatterns.IAM_WILDCARD_GRANT)),
                "wildcard or administrator grant"));
        broad.addAll(Matches.cite(Matches.notInTests(Matches.of(facts, SecurityPatterns.IAM_PRIVILEGED_CONTAINER)),
                "privileged container or root user"));
        broad.addAll(Matches.cite(Matches.of(facts, SecurityPatterns.IAM_CI_WRITE_ALL), "CI token with write access to everything"));
        List<Evidence> weak = new ArrayList<>();
        List<Evidence> scoped = new ArrayList<>(Matches.cite(Matches.of(facts, SecurityPatterns.IAM_CI_SCOPED_PERMISSIONS),
                "CI token permissions declared"));

        Map<String, List<ContentMatch>> users = Matches.byPath(Matches.of(facts, SecurityPatterns.IAM_CONTAINER_USER));
        for (Map.Entry<String, List<ContentMatch>> e : users.entrySet()) {
            ContentMatch last = e.getValue().stream().max(Comparator.comparingInt(Matches::line)).orElseThrow();
            Optional<String> user = user(last.text());
            if (user.isPresent() && ROOT.contains(user.get())) {
                broad.add(Matches.cite(last, "container runs as root"));
            } else if (user.isPresent()) {
                scoped.add(Matches.cite(last, "container runs as a non-root user"));
            }
        }
        facts.all(FileSignal.class, s -> s.kind() == SignalKind.CONTAINER_DOCKERFILE).stream()
                .filter(s -> s.evidence().path() != null && !users.containsKey(s.evidence().path())
                        && !CodePaths.isTest(s.evidence().path()))
                .forEach(s -> weak.add(s.evidence().withNote("no USER line: the container runs as root")));

        if (!broad.isEmpty()) {
            return Outcome.fail("broader privileges than needed: " + Matches.where(broad), Matches.concat(broad, weak, 10));
        }
        if (!weak.isEmpty()) {
            return Outcome.partial("containers run as root: " + Matches.where(weak) + "; who holds production and admin"
                    + " access still needs attesting", Matches.concat(weak, scoped, 8));
        }
        if (!scoped.isEmpty()) {
            return Outcome.partial("no wildcard grants; " + Matches.where(scoped) + " are scoped, but who holds"
                    + " production and admin access is for a person to attest", Matches.first(scoped, 6));
        }
        return Outcome.unknown(context.item().settle().isBlank()
                ? "nothing in the repository shows how access is granted" : context.item().settle());
    }

    private static Optional<String> user(String text) {
        Matcher m = USER.matcher(text);
        return m.find() ? Optional.of(m.group(1).toLowerCase(Locale.ROOT)) : Optional.empty();
    }
}
