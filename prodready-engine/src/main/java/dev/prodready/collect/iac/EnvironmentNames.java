package dev.prodready.collect.iac;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

/** Whether a file path names the production environment ("envs/prod.tfvars", "production/terraform.tfvars"). */
final class EnvironmentNames {

    private static final Set<String> PRODUCTION = Set.of("prod", "production", "prd", "live");

    private EnvironmentNames() {
    }

    static boolean production(String path) {
        return Arrays.stream(path.toLowerCase(Locale.ROOT).split("[/._-]+")).anyMatch(PRODUCTION::contains);
    }
}
