package dev.prodready.cli;

import dev.prodready.render.plan.PlanConsoleRenderer;
import dev.prodready.render.plan.PlanCsvRenderer;
import dev.prodready.render.plan.PlanHtmlRenderer;
import dev.prodready.render.plan.PlanIssuesRenderer;
import dev.prodready.render.plan.PlanMarkdownRenderer;
import dev.prodready.render.plan.PlanRenderer;
import dev.prodready.report.Report;
import dev.prodready.report.Schedule;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code prodready plan [PATH]}: the phased remediation plan with effort and dates. */
@Command(name = "plan", mixinStandardHelpOptions = true,
        description = "Print the phased remediation plan for the repository at PATH, with effort and dates.")
public final class PlanCommand implements Callable<Integer> {

    private static final Map<String, PlanRenderer> FORMATS = Map.of(
            "console", new PlanConsoleRenderer(), "markdown", new PlanMarkdownRenderer(),
            "csv", new PlanCsvRenderer(), "issues", new PlanIssuesRenderer(), "html", new PlanHtmlRenderer());

    @Parameters(index = "0", arity = "0..1", paramLabel = "PATH", description = "Repository (default: .).")
    Path path = Path.of(".");

    @Option(names = "--start", paramLabel = "DATE", description = "First day of work, e.g. 2026-12-01 (default: today).")
    String start;

    @Option(names = "--people", paramLabel = "N", defaultValue = "1", description = "People working on it (default: 1).")
    int people;

    @Option(names = {"-o", "--output"}, paramLabel = "FORMAT=FILE",
            description = "Write the plan as FORMAT (console, markdown, html, csv, issues) to FILE; repeatable.")
    List<String> outputs = new ArrayList<>();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        LocalDate from;
        try {
            from = start == null ? LocalDate.now() : LocalDate.parse(start);
        } catch (DateTimeParseException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--start takes a date like 2026-12-01, not '" + start + "'");
        }
        if (people < 1 || people > 1000) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--people takes 1 to 1000, not " + people);
        }
        List<String[]> targets = new ArrayList<>();
        for (String o : outputs) {
            int eq = o.indexOf('=');
            if (eq <= 0 || eq == o.length() - 1 || !FORMATS.containsKey(o.substring(0, eq))) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "-o takes FORMAT=FILE with FORMAT one of console, markdown, html, csv, issues; got '" + o + "'");
            }
            targets.add(new String[]{o.substring(0, eq), o.substring(eq + 1)});
        }
        Report report = RepositoryAudit.open("prodready plan", path, spec.commandLine().getErr())
                .run("prodready plan", Optional.empty());
        Schedule schedule = Schedule.of(report.plan(), from, people);
        Writer stdout = spec.commandLine().getOut();
        if (targets.stream().noneMatch(t -> t[0].equals("console"))) {
            FORMATS.get("console").render(report, schedule, stdout);
        }
        for (String[] t : targets) {
            if (t[1].equals("-")) {
                FORMATS.get(t[0]).render(report, schedule, stdout);
            } else {
                Path file = Path.of(t[1]);
                ReportFiles.write(file, w -> FORMATS.get(t[0]).render(report, schedule, w));
                stdout.write("Plan as " + t[0] + ": " + file + "\n");
            }
        }
        stdout.flush();
        return ExitCode.OK;
    }
}
