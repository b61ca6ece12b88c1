package dev.prodready.cli;

import dev.prodready.audit.SecretsAudit;
import dev.prodready.cli.option.OutputOptions;
import dev.prodready.collect.secret.SecretScanOptions;
import dev.prodready.catalogue.Severity;
import dev.prodready.fact.Finding;
import dev.prodready.fact.ScanCoverage;
import dev.prodready.render.RenderOptions;
import dev.prodready.render.Renderer;
import dev.prodready.render.Renderers;
import dev.prodready.report.Baseline;
import dev.prodready.report.Report;
import dev.prodready.workspace.WorkspaceException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;

/** {@code prodready secrets [PATH]}: secret scanning alone, working tree and full history. */
@Command(name = "secrets", mixinStandardHelpOptions = true,
        description = {"Scan the working tree and the whole git history (all refs) for secrets.",
                "Exit 1 when a new secret is found (public-by-design keys, reported as info, do not count)."})
public final class SecretsCommand implements Callable<Integer> {

    private static final Set<String> FORMATS = Set.of("console", "json", "sarif", "markdown");

    @Parameters(index = "0", arity = "0..1", paramLabel = "PATH", description = "Repository (default: .).")
    Path path = Path.of(".");

    @Option(names = "--no-history", description = "Only the working tree.")
    boolean noHistory;

    @Option(names = "--no-tree", description = "Only the git history.")
    boolean noTree;

    @Option(names = "--since", paramLabel = "REV",
            description = "History only after REV (e.g. origin/main), for CI on a pull request.")
    String since;

    @Option(names = "--staged", description = "Only what is staged for the next commit (a pre-commit hook).")
    boolean staged;

    @Option(names = "--baseline", paramLabel = "FILE", description = "An earlier JSON report: report only new findings.")
    Path baseline;

    @Mixin
    OutputOptions output;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        SecretScanOptions options;
        List<OutputOptions.Output> outputs;
        Optional<Baseline> base = Optional.empty();
        try {
            if (staged && (noHistory || noTree || since != null)) {
                throw new IllegalArgumentException("--staged scans only the staged changes; it takes no other scope option");
            }
            options = staged ? SecretScanOptions.stagedOnly()
                    : new SecretScanOptions(!noTree, !noHistory, Optional.ofNullable(since), false);
            outputs = output.parsed();
            for (OutputOptions.Output o : outputs) {
                if (!FORMATS.contains(o.format())) {
                    throw new IllegalArgumentException("secrets writes console, json, sarif or markdown, not '" + o.format() + "'");
                }
            }
            if (baseline != null) {
                base = Optional.of(Baseline.read(baseline));
            }
        } catch (IllegalArgumentException | IOException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        RepositoryAudit repo = RepositoryAudit.open("prodready secrets", path, spec.commandLine().getErr());
        SecretsAudit.Result result;
        try {
            result = SecretsAudit.run(path, path.toString(), options, repo.config(), Clock.systemUTC());
        } catch (WorkspaceException e) {
            throw new CommandFailure(ExitCode.CANNOT_SCAN, "prodready secrets: " + e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        Report report = base.map(b -> b.apply(result.report())).orElse(result.report());
        Writer stdout = spec.commandLine().getOut();
        boolean consoleToFile = outputs.stream().anyMatch(o -> o.format().equals("console") && !o.file().equals("-"));
        if (!consoleToFile) {
            console(report, result.coverage(), new PrintWriter(stdout));
        }
        for (OutputOptions.Output o : outputs) {
            if (o.format().equals("console")) {
                if (!o.file().equals("-")) {
                    ReportFiles.write(Path.of(o.file()), w -> console(report, result.coverage(), new PrintWriter(w)));
                }
                continue;
            }
            Renderer renderer = Renderers.forFormat(o.format(), new RenderOptions(false, 100, false)).orElseThrow();
            if (o.file().equals("-")) {
                renderer.render(report, stdout);
            } else {
                ReportFiles.write(Path.of(o.file()).toAbsolutePath(), w -> renderer.render(report, w));
            }
        }
        stdout.flush();
        long serious = report.findings().stream().filter(f -> f.severity().weight() > Severity.INFO.weight()).count();
        if (serious > 0) {
            spec.commandLine().getErr().println("prodready secrets: " + serious + (base.isPresent() ? " new" : "")
                    + " secret finding(s)");
            return ExitCode.GATE_FAILED;
        }
        return ExitCode.OK;
    }

    private static void console(Report report, List<ScanCoverage> coverage, PrintWriter out) {
        for (ScanCoverage c : coverage) {
            out.println("scanned " + c.scope() + ": " + c.units() + " " + c.unitName()
                    + (c.evidence().note() == null ? "" : " (" + c.evidence().note() + ")"));
        }
        List<Finding> findings = report.findings();
        long publicKeys = findings.stream().filter(f -> f.severity() == Severity.INFO).count();
        out.println((findings.size() - publicKeys) + " secret finding(s)"
                + (publicKeys > 0 ? ", " + publicKeys + " public-by-design key(s) noted" : ""));
        for (Finding f : findings) {
            String where = f.evidence().location();
            out.printf("  %-8s %-36s %s%n", f.severity().id(), f.ruleId(), where);
            out.println("           " + f.message() + (f.redacted() == null || f.redacted().isEmpty() ? "" : "  [" + f.redacted() + "]"));
        }
        if (!report.notes().isEmpty()) {
            out.println("Not read (" + report.notes().size() + "):");
            report.notes().stream().limit(10).forEach(n -> out.println("  " + (n.path().isEmpty() ? "" : n.path() + ": ") + n.message()));
        }
        out.flush();
    }
}
