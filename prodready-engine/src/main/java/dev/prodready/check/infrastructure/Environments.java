package dev.prodready.check.infrastructure;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Reads environment names from CI settings and from path segments ("envs/prod", "Pulumi.staging.yaml"). */
public final class Environments {

    private static final Set<String> PRODUCTION = Set.of("prod", "production", "prd");
    private static final Set<String> NON_PRODUCTION = Set.of("staging", "stage", "stg", "dev", "develop",
            "development", "qa", "uat", "preview", "sandbox", "nonprod", "test", "testing", "review");
    // In paths, "test" mostly names test fixtures rather than an environment.
    private static final Set<String> NOT_IN_PATHS = Set.of("test", "testing");

    private Environments() {
    }

    /** "production", "Staging", or a GitLab dynamic name such as "review/$CI_COMMIT_REF_SLUG" (its first part). */
    public static Optional<Tier> ofName(String name) {
        String n = name.toLowerCase(Locale.ROOT).strip();
        if (n.contains("/")) {
            n = n.substring(0, n.indexOf('/'));
        }
        if (PRODUCTION.contains(n)) {
            return Optional.of(Tier.PRODUCTION);
        }
        if (NON_PRODUCTION.contains(n)) {
            return Optional.of(Tier.NON_PRODUCTION);
        }
        return Optional.empty();
    }

    /** The environment a path names, if exactly one tier is named by its segments. */
    public static Optional<String> nameInPath(String path) {
        Set<String> names = Arrays.stream(path.toLowerCase(Locale.ROOT).split("[/._-]+"))
                .filter(t -> !NOT_IN_PATHS.contains(t))
                .filter(t -> ofName(t).isPresent())
                .collect(Collectors.toSet());
        Set<Tier> tiers = names.stream().map(t -> ofName(t).orElseThrow()).collect(Collectors.toSet());
        if (tiers.size() != 1) {
            return Optional.empty();
        }
        return names.stream().sorted().findFirst();
    }

    public static Optional<Tier> tierOfPath(String path) {
        return nameInPath(path).flatMap(Environments::ofName);
    }
}
