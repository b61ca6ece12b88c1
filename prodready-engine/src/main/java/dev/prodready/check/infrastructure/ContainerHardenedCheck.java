package dev.prodready.check.infrastructure;

import dev.prodready.check.Check;
import dev.prodready.check.CheckContext;
import dev.prodready.check.Outcome;
import dev.prodready.fact.Evidence;
import dev.prodready.fact.IacValue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * container.hardened: the image each Dockerfile ships (its final stage) runs as a non-root user, builds on a base
 * image pinned by digest or an exact version tag, and has a health check (a HEALTHCHECK, or a probe or health
 * check that the platform or Kubernetes runs). Pass when every final stage holds all three, fail when none holds
 * any, partial between; not applicable without a Dockerfile.
 */
public final class ContainerHardenedCheck implements Check {

    private static final Set<String> ROOT_USERS = Set.of("root", "0", "root:root", "0:0", "root:0", "0:root");
    /** A full version: three numeric parts (1.25.3, 20.11.1-alpine, 21.0.2_13-jre). */
    private static final Pattern EXACT_TAG = Pattern.compile("v?\\d+\\.\\d+\\.\\d+.*");
    /** Keys under which platforms and orchestrators declare a health check or probe. */
    private static final Set<String> PROBE_KEYS = Set.of("livenessProbe", "readinessProbe", "startupProbe",
            "healthcheck", "healthCheck", "health_check", "healthCheckPath", "healthcheckPath", "health_check_path");

    private enum State { HELD, MISSING, UNDETERMINED }

    private record Property(State state, Evidence evidence) {
    }

    @Override
    public String itemId() {
        return "container.hardened";
    }

    @Override
    public Outcome evaluate(CheckContext context) {
        IacModel iac = IacModel.of(context.facts());
        List<IacBlock> finals = iac.blocks("dockerfile", "stage").stream()
                .filter(b -> b.bool("final").orElse(false))
                .toList();
        if (finals.isEmpty()) {
            return Outcome.notApplicable("no Dockerfile in the repository, so no container image to harden",
                    dev.prodready.check.Searched.repository("Dockerfile or Containerfile"));
        }
        Optional<Evidence> probe = platformProbe(context.facts());
        List<Evidence> evidence = new ArrayList<>();
        int held = 0;
        int missing = 0;
        int undetermined = 0;
        for (IacBlock stage : finals) {
            for (Property p : List.of(user(stage), base(stage), health(stage, probe))) {
                evidence.add(p.evidence());
                switch (p.state()) {
                    case HELD -> held++;
                    case MISSING -> missing++;
                    case UNDETERMINED -> undetermined++;
                }
            }
        }
        String scope = finals.size() == 1 ? "the Dockerfile's final stage" : "the " + finals.size()
                + " Dockerfiles' final stages";
        if (missing == 0 && undetermined == 0) {
            return Outcome.pass(scope + " runs as a non-root user, on a pinned base image, with a health check",
                    evidence);
        }
        if (held == 0 && undetermined == 0) {
            return Outcome.fail(scope + " runs as root, on a floating base image, without any health check",
                    evidence);
        }
        if (held == 0) {
            return Outcome.unknown("could not tell how " + scope + " is hardened: the base image comes from a build"
                    + " argument the scan cannot resolve", evidence);
        }
        return Outcome.partial(scope + " holds " + held + " of " + (held + missing + undetermined)
                + " hardening properties (non-root user, pinned base image, health check)", evidence);
    }

    private static Property user(IacBlock stage) {
        Optional<IacValue> user = stage.value("user");
        if (user.isPresent()) {
            String name = stage.text("user").strip().toLowerCase(Locale.ROOT);
            if (ROOT_USERS.contains(name)) {
                return new Property(State.MISSING, stage.at(user.get(), "USER " + name + ": the container runs as root"));
            }
            return new Property(State.HELD, stage.at(user.get(), "runs as USER " + stage.text("user")));
        }
        String base = stage.text("base").toLowerCase(Locale.ROOT);
        if (base.contains("distroless") && base.contains("nonroot") || base.startsWith("cgr.dev/chainguard/")) {
            return new Property(State.HELD, stage.at("base", "no USER, but the base image " + stage.text("base")
                    + " runs as a non-root user by default"));
        }
        return new Property(State.MISSING, stage.evidence("final stage " + stage.name()
                + " sets no USER, so the container runs as root"));
    }

    private static Property base(IacBlock stage) {
        String ref = stage.text("base");
        Evidence at = stage.at("base", "base image " + ref);
        if (ref.equalsIgnoreCase("scratch")) {
            return new Property(State.HELD, at.withNote("builds FROM scratch: no base image that can change"));
        }
        if (ref.contains("$")) {
            return new Property(State.UNDETERMINED, at.withNote("base image " + ref
                    + " comes from a build argument the scan cannot resolve"));
        }
        int atSign = ref.indexOf('@');
        if (atSign >= 0) {
            return new Property(State.HELD, at.withNote("base image pinned by digest"));
        }
        int colon = ref.lastIndexOf(':');
        String tag = colon > ref.lastIndexOf('/') ? ref.substring(colon + 1) : "";
        if (tag.isEmpty() || tag.equals("latest")) {
            return new Property(State.MISSING, at.withNote("base image " + ref
                    + (tag.isEmpty() ? " has no tag (latest)" : "") + ": rebuilt on whatever was pushed last"));
        }
        if (EXACT_TAG.matcher(tag).matches()) {
            return new Property(State.HELD, at.withNote("base image pinned to the exact version tag " + tag
                    + " (a digest would also stop the tag being re-pushed)"));
        }
        return new Property(State.MISSING, at.withNote("base image tag " + tag
                + " is not an exact version and moves with new releases"));
    }

    private static Property health(IacBlock stage, Optional<Evidence> probe) {
        Optional<IacValue> check = stage.value("healthcheck");
        if (check.isPresent() && !stage.text("healthcheck").strip().equalsIgnoreCase("NONE")) {
            return new Property(State.HELD, stage.at(check.get(), "HEALTHCHECK in the image"));
        }
        if (probe.isPresent()) {
            return new Property(State.HELD, probe.get());
        }
        return new Property(State.MISSING, check.map(v -> stage.at(v, "HEALTHCHECK NONE turns health checks off"))
                .orElse(stage.evidence("final stage " + stage.name() + " has no HEALTHCHECK, and no Kubernetes probe"
                        + " or platform health check was found")));
    }

    /** A Kubernetes probe, compose healthcheck or platform health check path, anywhere in the parsed files. */
    private static Optional<Evidence> platformProbe(dev.prodready.fact.Facts facts) {
        for (IacBlock b : facts.all(dev.prodready.fact.IacResource.class).stream().map(IacBlock::of).toList()) {
            if (b.format().equals("dockerfile")) {
                continue;
            }
            Optional<String> key = probeKey(b.body(), 0);
            if (key.isPresent()) {
                String k = key.get();
                Optional<IacValue> v = b.find(x -> x instanceof IacValue.Mapping m && m.entries().containsKey(k))
                        .map(x -> ((IacValue.Mapping) x).entries().get(k));
                return Optional.of(v.map(x -> b.at(x, k + " in " + b.label() + " checks the container's health"))
                        .orElse(b.evidence(k + " in " + b.label())));
            }
            if (b.format().equals("fly") && b.find(x -> x instanceof IacValue.Mapping m
                    && (m.entries().containsKey("checks") || m.entries().containsKey("http_checks"))).isPresent()) {
                return Optional.of(b.evidence("fly.toml health checks for the machine"));
            }
        }
        return Optional.empty();
    }

    private static Optional<String> probeKey(IacValue v, int depth) {
        if (depth > 12) {
            return Optional.empty();
        }
        if (v instanceof IacValue.Mapping m) {
            for (var e : m.entries().entrySet()) {
                if (PROBE_KEYS.contains(e.getKey())) {
                    return Optional.of(e.getKey());
                }
                Optional<String> inner = probeKey(e.getValue(), depth + 1);
                if (inner.isPresent()) {
                    return inner;
                }
            }
        } else if (v instanceof IacValue.Sequence s) {
            for (IacValue i : s.items()) {
                Optional<String> inner = probeKey(i, depth + 1);
                if (inner.isPresent()) {
                    return inner;
                }
            }
        }
        return Optional.empty();
    }
}
