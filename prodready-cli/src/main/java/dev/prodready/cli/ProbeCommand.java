package dev.prodready.cli;

import dev.prodready.audit.ToolVersion;
import dev.prodready.catalogue.Catalogue;
import dev.prodready.cli.option.GateOptions;
import dev.prodready.cli.option.LiveOptions;
import dev.prodready.cli.option.OutputOptions;
import dev.prodready.fact.LiveSignal;
import dev.prodready.fact.LiveSignalKind;
import dev.prodready.live.ObservatoryAlgorithm;
import dev.prodready.live.ProbeAudit;
import dev.prodready.live.ProbeConsole;
import dev.prodready.render.RenderOptions;
import dev.prodready.render.Renderer;
import dev.prodready.render.Renderers;
import dev.prodready.report.Gate;
import dev.prodready.workspace.live.ProbeOptions;
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
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code prodready probe URL}: audit a deployed site alone. */
@Command(name = "probe", mixinStandardHelpOptions = true,
        description = {"Audit a deployed URL alone: HTTPS and TLS, security headers graded like MDN HTTP Observatory,"
                + " cookies, CORS, exposed files, page weight and latency.",
                "Talks only to the URL's origin and its http/https twin, with a fixed request budget; sends nothing"
                        + " but GET, HEAD and OPTIONS."})
public final class ProbeCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "URL", description = "The deployed application, e.g. https://example.com/.")
    String url;

    @Mixin
    LiveOptions live;

    @Mixin
    OutputOptions output;

    @Mixin
    GateOptions gateOptions;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        URI target;
        ProbeOptions options;
        Gate gate;
        List<OutputOptions.Output> outputs;
        ObservatoryAlgorithm grading;
        try {
            target = parseUrl(url);
            gate = gateOptions.gate();
            outputs = output.parsed();
            for (OutputOptions.Output o : outputs) {
                if (!Renderers.FORMATS.contains(o.format())) {
                    throw new IllegalArgumentException("unknown format '" + o.format() + "'; formats: "
                            + String.join(", ", Renderers.FORMATS));
                }
            }
            grading = live.algorithm();
            options = live.probeOptions();
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        PrintWriter err = spec.commandLine().getErr();
        if (System.console() != null) {
            err.println("probing " + target + " (at most " + options.requestBudget() + " requests)...");
        }
        ProbeAudit.Result result = ProbeAudit.run(target, options, grading, Clock.systemUTC(), Catalogue.builtIn());
        boolean unreachable = result.facts().any(LiveSignal.class, s -> s.kind() == LiveSignalKind.HTTPS_UNAVAILABLE)
                && result.facts().any(LiveSignal.class, s -> s.kind() == LiveSignalKind.HTTP_UNAVAILABLE);
        try {
            Writer stdout = spec.commandLine().getOut();
            boolean consoleToFile = outputs.stream().anyMatch(o -> o.format().equals("console") && !o.file().equals("-"));
            if (!consoleToFile) {
                new ProbeConsole(output.color(), output.verbose).render(result, stdout);
            }
            for (OutputOptions.Output o : outputs) {
                if (o.format().equals("console")) {
                    if (!o.file().equals("-")) {
                        ReportFiles.write(Path.of(o.file()), w -> new ProbeConsole(false, output.verbose).render(result, w));
                    }
                    continue;
                }
                Renderer renderer = Renderers.forFormat(o.format(), new RenderOptions(false, 100, output.verbose))
                        .orElseThrow();
                if (o.file().equals("-")) {
                    renderer.render(result.report(), stdout);
                } else {
                    ReportFiles.write(Path.of(o.file()), w -> renderer.render(result.report(), w));
                    if (!consoleToFile) {
                        stdout.write("Full " + o.format() + " report: " + o.file() + "\n");
                    }
                }
            }
            stdout.flush();
        } catch (IOException e) {
            err.println("prodready probe: cannot write report: " + e.getMessage());
            return ExitCode.CANNOT_SCAN;
        }
        if (unreachable) {
            err.println("prodready probe: " + target + " answered neither over HTTPS nor over HTTP");
            return ExitCode.CANNOT_SCAN;
        }
        Optional<String> failed = gate.verdict(result.report());
        if (failed.isPresent()) {
            err.println("prodready: gate failed: " + failed.get());
            return ExitCode.GATE_FAILED;
        }
        return ExitCode.OK;
    }

    static URI parseUrl(String text) {
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
            if (!scheme.equals("https") && !scheme.equals("http") || uri.getHost() == null) {
                throw new IllegalArgumentException("URL needs http(s) and a host, got '" + text + "'");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a valid URL: " + text);
        }
    }
}
