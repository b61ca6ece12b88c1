package dev.prodready.audit;

import dev.prodready.catalogue.Catalogue;
import dev.prodready.collect.secret.SecretScanOptions;
import dev.prodready.collect.secret.SecretScanResult;
import dev.prodready.collect.secret.SecretScanner;
import dev.prodready.config.Config;
import dev.prodready.fact.Finding;
import dev.prodready.fact.Note;
import dev.prodready.fact.ScanCoverage;
import dev.prodready.report.Plan;
import dev.prodready.report.PlanPhase;
import dev.prodready.report.Report;
import dev.prodready.report.Scoring;
import dev.prodready.report.Target;
import dev.prodready.stack.StackProfile;
import dev.prodready.workspace.Workspace;
import dev.prodready.workspace.WorkspaceException;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@code prodready secrets}: the secrets engine alone, with the repository's suppressions applied, as a
 * report with findings only (so every report format and {@code --baseline} work on it as on a scan).
 */
public final class SecretsAudit {

    /** The report, and what the engine covered (for the console summary). */
    public record Result(Report report, List<ScanCoverage> coverage) {
    }

    private SecretsAudit() {
    }

    /**
     * @throws IllegalArgumentException when {@code options.sinceRev()} names no commit of the repository
     */
    public static Result run(Path root, String displayPath, SecretScanOptions options, Config config, Clock clock)
            throws WorkspaceException {
        AuditRequest request = AuditRequest.of(root).withConfig(config);
        Workspace workspace = Workspace.open(root, request.options(), java.util.Optional.empty());
        SecretScanResult scan = SecretScanner.scan(workspace, options);
        ConfigOverlay overlay = new ConfigOverlay(config, LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC));
        List<Finding> findings = overlay.filter(scan.findings());
        List<Note> notes = Stream.of(workspace.notes(), scan.notes(), overlay.notes()).flatMap(List::stream)
                .distinct().sorted().toList();
        List<PlanPhase> phases = new ArrayList<>();
        for (int p = 1; p <= 4; p++) {
            phases.add(new PlanPhase(p, "", List.of(), dev.prodready.catalogue.Effort.NONE, List.of()));
        }
        Report report = new Report(ToolVersion.get(),
                new Target(displayPath, workspace.history().info().map(i -> i.head()), java.util.Optional.empty()),
                clock.instant(), StackProfile.empty(), Scoring.summarise(Catalogue.builtIn().areas(), List.of()),
                List.of(), List.of(), findings, new Plan(phases), notes);
        return new Result(report, scan.coverage());
    }
}
