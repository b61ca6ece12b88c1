package dev.prodready.check.security;

import dev.prodready.check.CheckContext;
import dev.prodready.check.Outcome;
import dev.prodready.check.Searched;
import dev.prodready.check.Status;
import dev.prodready.fact.Evidence;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * supabase.service-role-not-in-client: the secrets engine's findings for this item, the service-role key named
 * under a browser-exposed prefix, or referenced from code that runs in the browser. Not applicable when nothing
 * shows that the application uses Supabase. The code analysis adds parsed browser modules that read the key.
 */
public final class ServiceRoleNotInClientCheck extends SecretFindingsCheck {

    public ServiceRoleNotInClientCheck() {
        super("supabase.service-role-not-in-client", "tree");
    }

    @Override
    String lookedFor() {
        return "Supabase service-role key in browser code or public variables";
    }

    @Override
    List<Evidence> otherFailures(CheckContext context) {
        List<Evidence> found = new ArrayList<>(ParsedCode.cite(ParsedCode.unsafe(context.facts(),
                dev.prodready.fact.WebSettingFact.class, w -> w.setting().equals("service-role")), 5));
        ClientEnvNames.all(context.facts()).stream()
                .filter(e -> e.name().toUpperCase(Locale.ROOT).contains("SERVICE_ROLE"))
                .filter(e -> found.stream().noneMatch(f -> f.path().equals(Matches.path(e.match())) && f.line() == Matches.line(e.match())))
                .forEach(e -> found.add(Matches.cite(e.match(), e.name() + " exposes the service-role key to browsers")));
        Set<String> clientModules = CodePaths.clientModules(context.facts());
        Matches.of(context.facts(), SecurityPatterns.SERVICE_ROLE_REFERENCE).stream()
                .filter(m -> !CodePaths.isTest(Matches.path(m)) && !CodePaths.isServer(Matches.path(m), clientModules))
                .filter(m -> found.stream().noneMatch(f -> f.path().equals(Matches.path(m)) && f.line() == Matches.line(m)))
                .forEach(m -> found.add(Matches.cite(m, "service-role key referenced in browser code")));
        return found.stream().limit(10).toList();
    }

    @Override
    String otherFailuresDescription() {
        return "the service-role key is reachable from browser code";
    }

    @Override
    public Outcome evaluate(CheckContext context) {
        Outcome outcome = super.evaluate(context);
        if (outcome.status() == Status.FAIL || !Providers.supabase(context.facts()).isEmpty()) {
            return outcome;
        }
        List<Evidence> searched = Searched.manifests(context.facts(), "Supabase package");
        if (!searched.isEmpty()) {
            return Outcome.notApplicable("nothing shows that the application uses Supabase", searched);
        }
        return outcome;
    }
}
