package dev.prodready.cli;

import dev.prodready.audit.ToolVersion;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;

/** The top-level command: lists the subcommands and maps errors to exit codes. */
@Command(name = "prodready",
        mixinStandardHelpOptions = true,
        versionProvider = ProdreadyCommand.Version.class,
        description = "Audits an application against the production-readiness checklist.",
        subcommands = {ScanCommand.class, SecretsCommand.class, ProbeCommand.class, PlanCommand.class, AttestCommand.class, CatalogCommand.class, ExplainCommand.class,
                CommandLine.HelpCommand.class})
public final class ProdreadyCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command: try 'prodready scan .'");
    }

    static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new ProdreadyCommand());
        cl.setOut(out);
        cl.setErr(err);
        cl.setParameterExceptionHandler(ProdreadyCommand::usageError);
        cl.setExecutionExceptionHandler((ex, line, parse) -> {
            if (ex instanceof CommandFailure failure) {
                line.getErr().println(failure.getMessage());
                return failure.exitCode();
            }
            line.getErr().println("prodready: internal error: " + ex);
            return ExitCode.CANNOT_SCAN;
        });
        cl.setExitCodeExceptionMapper(ex -> ExitCode.CANNOT_SCAN);
        return cl;
    }

    /** Wrong usage: one line naming the problem and where help is, exit 2. */
    private static int usageError(CommandLine.ParameterException ex, String[] args) {
        PrintWriter err = ex.getCommandLine().getErr();
        String command = ex.getCommandLine().getCommandSpec().qualifiedName();
        err.println(command + ": " + ex.getMessage() + " (see '" + command + " --help')");
        return ExitCode.USAGE;
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[]{"prodready " + ToolVersion.get()};
        }
    }
}
