package dev.prodready.collect.live;

import dev.prodready.audit.ToolVersion;
import dev.prodready.collect.Collector;
import dev.prodready.collect.FactSink;
import dev.prodready.collect.secret.ServedSecrets;
import dev.prodready.fact.Note;
import dev.prodready.live.LiveFacts;
import dev.prodready.live.ObservatoryAlgorithm;
import dev.prodready.workspace.Workspace;
import dev.prodready.workspace.live.ProbeCapture;
import dev.prodready.workspace.live.ProbeOptions;

import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Probes the workspace's deployed URL, when one was given, and adds what it saw as live facts. Health
 * endpoints declared in the repository (a Next.js route named health, healthz, status or ready) are tried
 * before the usual guesses.
 */
public final class LiveProbeCollector implements Collector {

    private static final Pattern ROUTE = Pattern.compile(
            "^(?:src/)?(app|pages)/(.*?/)?(health|healthz|status|ready|readiness|liveness)(?:/(?:route|page)|/index)?"
                    + "\\.(?:ts|js|tsx|jsx|mjs)$");

    private final ProbeOptions options;
    private final ObservatoryAlgorithm algorithm;
    private final Clock clock;

    public LiveProbeCollector() {
        this(ProbeOptions.defaults(ToolVersion.get()), ObservatoryAlgorithm.V6, Clock.systemUTC());
    }

    public LiveProbeCollector(ProbeOptions options, ObservatoryAlgorithm algorithm, Clock clock) {
        this.options = options;
        this.algorithm = algorithm;
        this.clock = clock;
    }

    @Override
    public String id() {
        return "live-probe";
    }

    @Override
    public void collect(Workspace workspace, FactSink sink) {
        if (workspace.url().isEmpty()) {
            return;
        }
        URI url = workspace.url().get();
        List<String> declared = healthRoutes(workspace.files().stream().map(f -> f.path()).toList());
        ProbeOptions effective = declared.isEmpty() ? options : options.withHealthPaths(merge(declared));
        Optional<ProbeCapture> capture = LiveFacts.collect(url, effective, algorithm, clock, sink);
        if (capture.isPresent()) {
            // The served texts are scanned a second time here (LiveFacts.of reported their findings); they are
            // a few scripts and maps, cheaper than threading value keys through the live facts.
            ServedSecrets.Result served = ServedSecrets.scan(LiveFacts.served(capture.get()));
            List<Note> notes = new ArrayList<>();
            ServedSecrets.escalate(workspace, served.servedKeys(), notes).forEach(sink::add);
            notes.forEach(n -> sink.note(n.path(), n.message()));
        }
    }

    /** URL paths of health routes found in the repository, e.g. app/api/health/route.ts gives /api/health. */
    static List<String> healthRoutes(List<String> paths) {
        Set<String> out = new LinkedHashSet<>();
        for (String p : paths) {
            Matcher m = ROUTE.matcher(p);
            if (m.matches()) {
                // Route groups such as (marketing)/ do not appear in the URL.
                String dir = m.group(2) == null ? "" : m.group(2).replaceAll("\\([^/)]*\\)/", "");
                if (!dir.contains("[")) {
                    out.add("/" + dir + m.group(3));
                }
            }
        }
        return List.copyOf(out);
    }

    private static List<String> merge(List<String> declared) {
        List<String> all = new ArrayList<>(declared);
        for (String d : ProbeOptions.DEFAULT_HEALTH_PATHS) {
            if (!all.contains(d)) {
                all.add(d);
            }
        }
        return all.subList(0, Math.min(4, all.size()));
    }
}
