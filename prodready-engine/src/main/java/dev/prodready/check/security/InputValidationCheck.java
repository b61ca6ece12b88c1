package dev.prodready.check.security;

import dev.prodready.check.Check;
import dev.prodready.check.CheckContext;
import dev.prodready.check.Outcome;
import dev.prodready.fact.Capability;
import dev.prodready.fact.CapabilityFact;
import dev.prodready.fact.ContentMatch;
import dev.prodready.fact.Evidence;
import dev.prodready.fact.Facts;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * appsec.input-validation: every server file that reads request data (body, query, form data, @RequestBody) should
 * also validate it with a schema (zod, joi, yup, express-validator, pydantic, DRF serializers, Bean Validation).
 * All such files pass, some partial, none fail (partial when a validation library is declared, since it may be
 * applied elsewhere). Validation in browser code does not count; signed webhooks and health checks are left out.
 */
public final class InputValidationCheck implements Check {

    private static final List<String> VALIDATION = List.of(SecurityPatterns.VALIDATION_SCHEMA_JS,
            SecurityPatterns.VALIDATION_SCHEMA_PY, SecurityPatterns.VALIDATION_SCHEMA_JAVA);

    @Override
    public String itemId() {
        return "appsec.input-validation";
    }

    @Override
    public Outcome evaluate(CheckContext context) {
        Facts facts = context.facts();
        Set<String> clientModules = CodePaths.clientModules(facts);
        Set<String> signed = Handlers.filesWith(facts, SecurityPatterns.AUTHN_WEBHOOK_SIGNATURE);
        Map<String, List<ContentMatch>> inputs = Matches.byPath(Matches.notInTests(
                Matches.of(facts, SecurityPatterns.VALIDATION_REQUEST_INPUT)).stream()
                .filter(m -> CodePaths.isServer(Matches.path(m), clientModules))
                .filter(m -> !signed.contains(Matches.path(m)) && !CodePaths.isHealthCheck(Matches.path(m)))
                .toList());
        List<ContentMatch> serverValidation = Matches.notInTests(Matches.of(facts, VALIDATION)).stream()
                .filter(m -> CodePaths.isServer(Matches.path(m), clientModules)).toList();
        Set<String> validatedFiles = Matches.paths(serverValidation);
        List<CapabilityFact> libraries = Providers.with(facts, Capability.VALIDATION);

        if (!inputs.isEmpty()) {
            List<Evidence> validated = inputs.entrySet().stream().filter(e -> validatedFiles.contains(e.getKey()))
                    .map(e -> Matches.cite(e.getValue().get(0), "reads request data and validates it with a schema"))
                    .toList();
            List<Evidence> raw = inputs.entrySet().stream().filter(e -> !validatedFiles.contains(e.getKey()))
                    .map(e -> Matches.cite(e.getValue().get(0), "reads request data with no schema validation in this file"))
                    .toList();
            if (raw.isEmpty()) {
                return Outcome.pass("all " + inputs.size() + " server files that read request data validate it",
                        Matches.first(validated, 6));
            }
            if (validated.isEmpty() && libraries.isEmpty()) {
                return Outcome.fail("none of the " + inputs.size() + " server files that read request data validates"
                        + " it: " + Matches.where(raw), Matches.first(raw, 8));
            }
            return Outcome.partial(raw.size() + " of " + inputs.size() + " server files read request data without a"
                    + " schema check in the same file: " + Matches.where(raw),
                    Matches.concat(Matches.first(raw, 6), validated.isEmpty()
                            ? Providers.cite(libraries, "validation library declared") : Matches.first(validated, 2), 8));
        }
        if (!serverValidation.isEmpty()) {
            return Outcome.pass("requests are parsed through schemas on the server: " + Matches.at(serverValidation),
                    Matches.cite(serverValidation, "schema validation on the server"));
        }
        if (!libraries.isEmpty()) {
            return Outcome.unknown("a validation library is declared, but no server code reading request data was"
                    + " recognised", Providers.cite(libraries, "validation library"));
        }
        return Outcome.unknown("no server code reading request data was recognised");
    }
}
