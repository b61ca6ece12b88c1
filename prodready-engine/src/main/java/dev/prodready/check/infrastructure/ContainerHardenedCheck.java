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
 * check that the platform or Kubernetes runs). Each container of a Kubernetes workload (manifest or rendered Helm
 * template) is held to the same three: a non-root securityContext (not privileged, no privilege escalation), a pinned
 * image, a readiness or liveness probe (not asked of Jobs). Pass when everything holds all three, fail when nothing
 * holds any, partial between; not applicable without a Dockerfile or pod spec.
 */
public final class ContainerHardenedCheck implements Check {

    private static final Set<String> ROOT_USERS = Set.of("root", "0", "root:root", "0:0", "root:0", "0:root");
    /** A full version: three numeric parts (1.25.3, 20.11.1-alpine, 21.0.2_13-jre). */
    private static final Pattern EXACT_TAG = Pattern.compile("v?\\d+\\.\\d+\\.\\d+.*");
    /** A git commit a CI build tagged its image with (3f2a1bc, sha-3f2a1bc4...). */
    private static final Pattern COMMIT_TAG = Pattern.compile("(sha-|git-)?(?=[0-9a-f]*\\d)[0-9a-f]{7,40}");
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
        List<Workload> workloads = Workload.of(iac).stream().filter(w -> !w.containers().isEmpty()).toList();
        if (finals.isEmpty() && workloads.isEmpty()) {
            return Outcome.notApplicable("no Dockerfile or Kubernetes workload in the repository, so no container image"
                    + " to harden", dev.prodready.check.Searched.repository("Dockerfile, Containerfile or Kubernetes pod spec"));
        }
        Optional<Evidence> probe = platformProbe(context.facts());
        List<Property> properties = new ArrayList<>();
        for (IacBlock stage : finals) {
            properties.addAll(List.of(user(stage), base(stage), health(stage, probe)));
        }
        int containers = 0;
        for (Workload w : workloads) {
            for (IacValue.Mapping c : w.containers()) {
                containers++;
                properties.add(podUser(w, c));
                properties.add(image(w, c));
                if (w.serves()) {
                    properties.add(probes(w, c));
                }
            }
        }
        List<Evidence> evidence = properties.stream().map(Property::evidence).toList();
        long held = properties.stream().filter(p -> p.state() == State.HELD).count();
        long missing = properties.stream().filter(p -> p.state() == State.MISSING).count();
        long undetermined = properties.size() - held - missing;
        String scope = scope(finals.size(), containers);
        boolean one = finals.size() + containers == 1;
        String image = containers == 0 ? "base image" : "image";
        if (missing == 0 && undetermined == 0) {
            return Outcome.pass(scope + (one ? " runs" : " run") + " as a non-root user, on a pinned " + image
                    + ", with a health check", evidence);
        }
        if (held == 0 && undetermined == 0) {
            return Outcome.fail(scope + (one ? " runs" : " run") + " as root, on a floating " + image
                    + ", without any health check", evidence);
        }
        if (held == 0) {
            return Outcome.unknown("could not tell how " + scope + (one ? " is" : " are") + " hardened: the " + image
                    + " comes from a build argument" + (containers == 0 ? "" : " or value") + " the scan cannot resolve",
                    evidence);
        }
        return Outcome.partial(scope + (one ? " holds " : " hold ") + held + " of " + properties.size()
                + " hardening properties (non-root user, pinned " + image + ", health check)", evidence);
    }

    private static String scope(int dockerfiles, int containers) {
        String images = dockerfiles == 0 ? "" : dockerfiles == 1 ? "the Dockerfile's final stage"
                : "the " + dockerfiles + " Dockerfiles' final stages";
        String pods = containers == 0 ? "" : containers == 1 ? "the Kubernetes container"
                : "the " + containers + " Kubernetes containers";
        return images.isEmpty() ? pods : pods.isEmpty() ? images : images + " and " + pods;
    }

    // ---- Kubernetes pod specs ---------------------------------------------------------------------------------------

    /**
     * Non-root in Kubernetes: runAsNonRoot or a non-zero runAsUser (the container's securityContext over the pod's),
     * and neither privileged nor allowed to escalate. Nothing set leaves the user to the image, root unless it says
     * otherwise, and nothing in the cluster stops a root image.
     */
    private static Property podUser(Workload w, IacValue.Mapping c) {
        IacBlock o = w.object();
        String who = o.label() + " container " + c.text("name");
        Optional<IacValue> privileged = setting(w, c, "privileged", false);
        if (privileged.filter(v -> isTrue(v)).isPresent()) {
            return new Property(State.MISSING, o.at(privileged.get(), who + " is privileged: root with the host's "
                    + "devices and kernel capabilities"));
        }
        Optional<IacValue> escalation = setting(w, c, "allowPrivilegeEscalation", false);
        if (escalation.filter(v -> isTrue(v)).isPresent()) {
            return new Property(State.MISSING, o.at(escalation.get(), who + " sets allowPrivilegeEscalation: true, so "
                    + "its process can regain root"));
        }
        Optional<IacValue> user = setting(w, c, "runAsUser", true);
        Optional<IacValue> nonRoot = setting(w, c, "runAsNonRoot", true);
        if (user.filter(v -> v instanceof IacValue.Scalar s && s.number().orElse(-1L) == 0L).isPresent()) {
            return new Property(State.MISSING, o.at(user.get(), who + " sets runAsUser: 0 and runs as root"));
        }
        String extras = extras(w, c);
        if (nonRoot.filter(v -> isTrue(v)).isPresent()) {
            return new Property(State.HELD, o.at(nonRoot.get(), who + " must run as non-root (runAsNonRoot: true)" + extras));
        }
        if (user.filter(v -> v instanceof IacValue.Scalar s && s.number().orElse(0L) > 0).isPresent()) {
            return new Property(State.HELD, o.at(user.get(), who + " runs as user " + user.get().text() + extras));
        }
        if (user.filter(v -> v instanceof IacValue.Expression).or(() -> nonRoot.filter(v -> v instanceof IacValue.Expression))
                .isPresent()) {
            IacValue v = user.orElseGet(nonRoot::get);
            return new Property(State.UNDETERMINED, o.at(v, who + "'s user is set from a value the scan cannot resolve"));
        }
        return new Property(State.MISSING, o.at(c.get("name").orElse(c), who + " sets neither runAsNonRoot nor runAsUser,"
                + " so it runs as the image's user, root unless the image says otherwise" + extras));
    }

    /** Read-only root filesystem and resource limits: not part of this item, reported beside the user. */
    private static String extras(Workload w, IacValue.Mapping c) {
        List<String> out = new ArrayList<>();
        if (setting(w, c, "readOnlyRootFilesystem", false).filter(v -> isTrue(v)).isEmpty()) {
            out.add("root filesystem writable");
        }
        if (c.path("resources.limits").filter(v -> !(v instanceof IacValue.Scalar)).isEmpty()) {
            out.add("no resource limits");
        }
        return out.isEmpty() ? "; read-only root filesystem, resource limits set" : "; also: " + String.join(", ", out);
    }

    /** A securityContext setting of the container, else (for settings a pod may carry) of the pod. */
    private static Optional<IacValue> setting(Workload w, IacValue.Mapping c, String key, boolean podLevel) {
        Optional<IacValue> own = c.path("securityContext." + key);
        if (own.isPresent() || !podLevel) {
            return own;
        }
        return w.podSpec().path("securityContext." + key);
    }

    private static boolean isTrue(IacValue v) {
        return v instanceof IacValue.Scalar s && s.bool().orElse(false);
    }

    private static Property image(Workload w, IacValue.Mapping c) {
        IacBlock o = w.object();
        Optional<IacValue> image = c.get("image");
        if (image.isEmpty() || !(image.get() instanceof IacValue.Scalar s) || s.text().contains("$")) {
            return new Property(State.UNDETERMINED, image.map(v -> o.at(v, o.label() + " container " + c.text("name")
                    + "'s image is set from a value the scan cannot resolve")).orElse(o.evidence(o.label()
                    + " container " + c.text("name") + " names no image")));
        }
        return pinned(s.text(), o.at(s, "image " + s.text()), true);
    }

    private static Property probes(Workload w, IacValue.Mapping c) {
        IacBlock o = w.object();
        for (String k : List.of("readinessProbe", "livenessProbe", "startupProbe")) {
            Optional<IacValue> p = c.get(k);
            if (p.isPresent()) {
                return new Property(State.HELD, o.at(p.get(), k + " of " + o.label() + " container " + c.text("name")
                        + " checks its health"));
            }
        }
        return new Property(State.MISSING, o.at(c.get("name").orElse(c), o.label() + " container " + c.text("name")
                + " has no readiness or liveness probe: traffic keeps reaching it when it hangs"));
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
        return pinned(ref, at, false);
    }

    /**
     * An image pinned by digest or an exact version tag; a deployed image (not a base) may also be tagged with the
     * commit it was built from, which no later push reuses.
     */
    private static Property pinned(String ref, Evidence at, boolean deployed) {
        String subject = deployed ? "image " + ref : "base image";
        int atSign = ref.indexOf('@');
        if (atSign >= 0) {
            return new Property(State.HELD, at.withNote(subject + " pinned by digest"));
        }
        int colon = ref.lastIndexOf(':');
        String tag = colon > ref.lastIndexOf('/') ? ref.substring(colon + 1) : "";
        if (tag.isEmpty() || tag.equals("latest")) {
            return new Property(State.MISSING, at.withNote((deployed ? "image " : "base image ") + ref
                    + (tag.isEmpty() ? " has no tag (latest)" : "") + ": " + (deployed ? "runs" : "rebuilt on")
                    + " whatever was pushed last"));
        }
        if (EXACT_TAG.matcher(tag).matches()) {
            return new Property(State.HELD, at.withNote(subject + " pinned to the exact version tag " + tag
                    + " (a digest would also stop the tag being re-pushed)"));
        }
        if (deployed && COMMIT_TAG.matcher(tag).matches()) {
            return new Property(State.HELD, at.withNote(subject + " tagged with the commit " + tag + " it was built from"));
        }
        return new Property(State.MISSING, at.withNote((deployed ? "image " + ref + ": tag " : "base image tag ") + tag
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
