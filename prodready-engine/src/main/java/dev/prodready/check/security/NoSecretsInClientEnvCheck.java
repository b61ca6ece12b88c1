package dev.prodready.check.security;

import dev.prodready.check.CheckContext;
import dev.prodready.fact.Evidence;

import java.util.List;

/**
 * secrets.no-secrets-in-client-env: the secrets engine's findings for this item, plus secret-type variable names
 * (secret key, service role, private key, AI provider keys) given a browser-exposed prefix anywhere in code, env
 * templates or CI build steps: the bundler publishes such a value whatever the .env file says.
 */
public final class NoSecretsInClientEnvCheck extends SecretFindingsCheck {

    public NoSecretsInClientEnvCheck() {
        super("secrets.no-secrets-in-client-env", "tree");
    }

    @Override
    String lookedFor() {
        return "secret values under browser-exposed variable names";
    }

    @Override
    List<Evidence> otherFailures(CheckContext context) {
        return ClientEnvNames.all(context.facts()).stream().limit(10)
                .map(e -> Matches.cite(e.match(), e.name() + " is a secret-type name with a browser-exposed prefix"))
                .toList();
    }

    @Override
    String otherFailuresDescription() {
        return "secret-type variables carry a prefix that ships them to the browser";
    }
}
