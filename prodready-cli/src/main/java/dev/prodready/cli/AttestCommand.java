package dev.prodready.cli;

import dev.prodready.catalogue.Catalogue;
import dev.prodready.catalogue.Item;
import dev.prodready.check.Status;
import dev.prodready.config.Attestation;
import dev.prodready.config.ConfigException;
import dev.prodready.config.ConfigWriter;
import dev.prodready.report.ItemResult;
import dev.prodready.report.Report;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code prodready attest}: records what only a person can confirm in .prodready.yml — one item from options,
 * or, with no ITEM, by asking in the terminal about every attestable item the scan could not decide.
 */
@Command(name = "attest", mixinStandardHelpOptions = true,
        description = {"Record an attestation in .prodready.yml.",
                "With ITEM and --status: records that one answer. Without ITEM: asks, in the terminal, about each",
                "attestable item the scan could not decide (skippable; 'q' stops)."})
public final class AttestCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", paramLabel = "ITEM", description = "Item id, e.g. backup.restore-tested.")
    String item;

    @Option(names = "--status", paramLabel = "STATUS", description = "pass, fail or not_applicable.")
    String status;

    @Option(names = "--by", paramLabel = "NAME", description = "Who attests (name or e-mail).")
    String by;

    @Option(names = "--evidence", paramLabel = "URL", description = "Where the proof is (a link or a document path).")
    String evidence = "";

    @Option(names = "--expires", paramLabel = "DATE", description = "When it must be re-checked (default: 90 days).")
    String expires;

    @Option(names = "--note", paramLabel = "TEXT", description = "A short remark.")
    String note = "";

    @Option(names = "--path", paramLabel = "PATH", description = "The repository (default: .).")
    Path path = Path.of(".");

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Where interactive answers come from; tests replace it. */
    BufferedReader input = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));

    /** Whether to ask questions when no ITEM is given; tests set it. */
    boolean interactive = System.console() != null;

    @Override
    public Integer call() throws IOException {
        if (item == null) {
            if (status != null || by != null) {
                throw usage("--status and --by go with an ITEM");
            }
            if (!interactive) {
                throw usage("give an ITEM with --status and --by, or run in a terminal to be asked");
            }
            return ask();
        }
        Item known = Catalogue.builtIn().item(item)
                .orElseThrow(() -> usage("no item '" + item + "'; 'prodready catalog' lists them"));
        if (status == null || by == null) {
            throw usage("attesting " + known.id() + " needs --status and --by");
        }
        if (!Attestation.STATUSES.contains(status)) {
            throw usage("--status takes pass, fail or not_applicable, not '" + status + "'");
        }
        LocalDate today = LocalDate.now();
        Attestation a = new Attestation(known.id(), status, by.strip(), today, evidence.strip(),
                Optional.of(parseDate(expires, today.plusDays(90), "--expires")), note.strip(), 0);
        write(a);
        spec.commandLine().getOut().println("Recorded " + a.status() + " for " + a.item() + " by " + a.by()
                + ", expires " + a.expires().orElseThrow() + ", in " + path.resolve(".prodready.yml"));
        return ExitCode.OK;
    }

    private int ask() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        Report report = RepositoryAudit.open("prodready attest", path, spec.commandLine().getErr())
                .run("prodready attest", Optional.empty());
        List<ItemResult> open = report.items().stream()
                .filter(r -> r.status() == Status.UNKNOWN && r.item().attestable()).toList();
        if (open.isEmpty()) {
            out.println("Nothing to attest: every attestable item is decided.");
            return ExitCode.OK;
        }
        out.println(open.size() + " item(s) the scan could not decide. Answer p(ass), f(ail), n(ot applicable), "
                + "s(kip) or q(uit).");
        String who = null;
        String area = "";
        int recorded = 0;
        for (ItemResult r : open) {
            Item it = r.item();
            if (!it.area().id().equals(area)) {
                area = it.area().id();
                out.println();
                out.println("== " + it.area().number() + ". " + it.area().title());
            }
            out.println();
            out.println(it.id() + " — " + it.title());
            out.println("  " + it.rationale());
            if (!it.settle().isBlank()) {
                out.println("  Settled by: " + it.settle());
            }
            String answer = prompt(out, "  status [p/f/n/s/q]: ").toLowerCase(Locale.ROOT);
            if (answer.startsWith("q")) {
                break;
            }
            String chosen = answer.startsWith("p") ? "pass" : answer.startsWith("f") ? "fail"
                    : answer.startsWith("n") ? "not_applicable" : null;
            if (chosen == null) {
                continue;
            }
            if (who == null) {
                who = prompt(out, "  by (name or e-mail): ");
                while (who.isBlank()) {
                    who = prompt(out, "  by (required): ");
                }
            }
            String link = prompt(out, "  evidence link (optional): ");
            LocalDate today = LocalDate.now();
            LocalDate until = parseDate(prompt(out, "  expires [" + today.plusDays(90) + "]: "), today.plusDays(90), "expires");
            write(new Attestation(it.id(), chosen, who, today, link, Optional.of(until), "", 0));
            recorded++;
        }
        out.println();
        out.println("Recorded " + recorded + " attestation(s) in " + path.resolve(".prodready.yml"));
        return ExitCode.OK;
    }

    private String prompt(PrintWriter out, String question) throws IOException {
        out.print(question);
        out.flush();
        String line = input.readLine();
        if (line == null) {
            return "q";
        }
        return line.strip();
    }

    private void write(Attestation a) throws IOException {
        try {
            ConfigWriter.record(path, a);
        } catch (ConfigException e) {
            throw new CommandFailure(ExitCode.USAGE, "prodready attest: " + e.getMessage() + " (file left unchanged)");
        }
    }

    private LocalDate parseDate(String text, LocalDate fallback, String what) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw usage(what + " takes a date like 2027-01-31, not '" + text + "'");
        }
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}
