package dev.prodready.cli;

import dev.prodready.cli.option.GateOptions;
import dev.prodready.cli.option.LiveOptions;
import dev.prodready.cli.option.OutputOptions;
import dev.prodready.render.RenderOptions;
import dev.prodready.render.Renderer;
import dev.prodready.render.Renderers;
import dev.prodready.report.Baseline;
import dev.prodready.report.Gate;
import dev.prodready.report.Report;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code prodready scan [PATH]}: the main job. */
@Command(name = "scan", mixinStandardHelpOptions = true,
        description = "Audit the repository at PATH against the production-readiness checklist.")
public final class ScanCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", paramLabel = "PATH", description = "Repository to scan (default: .).")
    Path path = Path.of(".");

    @Option(names = "--url", paramLabel = "URL", description = "Also probe the deployed application at URL.")
    String url;

    @Option(names = "--baseline", paramLabel = "FILE",
            description = "An earlier JSON report: report and gate only what is new since then.")
    Path baseline;

    @Mixin
    OutputOptions output;

    @Mixin
    LiveOptions live;

    @Mixin
    GateOptions gateOptions;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Gate gate;
        List<OutputOptions.Output> outputs;
        Optional<URI> target;
        dev.prodready.workspace.live.ProbeOptions probeOptions;
        dev.prodready.live.ObservatoryAlgorithm algorithm;
        try {
            gate = gateOptions.gate();
            outputs = output.parsed();
            for (OutputOptions.Output o : outputs) {
                if (!Renderers.FORMATS.contains(o.format())) {
                    throw new IllegalArgumentException("unknown format '" + o.format() + "'; formats: "
                            + String.join(", ", Renderers.FORMATS));
                }
            }
            target = parseUrl(url);
            probeOptions = live.probeOptions();
            algorithm = live.algorithm();
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        PrintWriter err = spec.commandLine().getErr();
        RepositoryAudit audit = RepositoryAudit.open("prodready scan", path, err);
        if (!gateOptions.given()) {
            gate = gateOptions.fromSettings(audit.config().settings());
        }
        Optional<Baseline> base = Optional.empty();
        if (baseline != null) {
            try {
                base = Optional.of(Baseline.read(baseline));
            } catch (IOException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--baseline: " + e.getMessage());
            }
        }
        Report full = audit.run("prodready scan", target, probeOptions, algorithm);
        Report report = base.map(b -> b.apply(full)).orElse(full);
        RenderOptions options = new RenderOptions(output.color(), terminalWidth(), output.verbose);
        try {
            Writer stdout = spec.commandLine().getOut();
            boolean consoleToFile = outputs.stream().anyMatch(o -> o.format().equals("console") && !o.file().equals("-"));
            if (!consoleToFile) {
                Renderers.forFormat("console", options).orElseThrow().render(report, stdout);
            }
            for (OutputOptions.Output o : outputs) {
                Renderer renderer = Renderers.forFormat(o.format(), o.format().equals("console")
                        ? new RenderOptions(false, 100, output.verbose) : options).orElseThrow();
                if (o.file().equals("-")) {
                    renderer.render(report, stdout);
                } else {
                    write(renderer, report, Path.of(o.file()));
                    if (!consoleToFile) {
                        stdout.write("Full " + o.format() + " report: " + o.file() + "\n");
                    }
                }
            }
            if (outputs.isEmpty()) {
                stdout.write("Full report: add -o json=prodready-report.json (or markdown, sarif, html, junit)\n");
            }
            stdout.flush();
        } catch (IOException e) {
            err.println("prodready scan: cannot write report: " + e.getMessage());
            return ExitCode.CANNOT_SCAN;
        }
        Optional<String> failed = gate.verdict(report);
        if (failed.isPresent()) {
            err.println("prodready: gate failed: " + failed.get());
            return ExitCode.GATE_FAILED;
        }
        return ExitCode.OK;
    }

    private static void write(Renderer renderer, Report report, Path file) throws IOException {
        ReportFiles.write(file, w -> renderer.render(report, w));
    }

    private static Optional<URI> parseUrl(String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(text);
            if (!"https".equals(uri.getScheme()) && !"http".equals(uri.getScheme()) || uri.getHost() == null) {
                throw new IllegalArgumentException("--url needs an http(s) URL with a host, got '" + text + "'");
            }
            return Optional.of(uri);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("--url is not a valid URL: " + text);
        }
    }

    private static int terminalWidth() {
        String columns = System.getenv("COLUMNS");
        try {
            return columns == null ? 100 : Math.max(60, Integer.parseInt(columns.strip()));
        } catch (NumberFormatException e) {
            return 100;
        }
    }
}
