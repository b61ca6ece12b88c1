package dev.prodready.cli;

import dev.prodready.catalogue.Catalogue;
import dev.prodready.catalogue.Detection;
import dev.prodready.catalogue.Item;
import dev.prodready.catalogue.RedFlag;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/** Shows one item: what it means, why it matters, how it is detected, how to fix it per stack. */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = "Explain one catalogue item (by id, e.g. auth.mfa, or seed reference, e.g. 1.1.2).")
public final class ExplainCommand implements Callable<Integer> {

    @Parameters(paramLabel = "ITEM", description = "Item id, seed reference or red flag (1.rf2).")
    String query;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Catalogue catalogue = Catalogue.builtIn();
        PrintWriter out = spec.commandLine().getOut();
        List<Item> items = catalogue.item(query).map(List::of).orElseGet(() -> catalogue.coveringSeedRef(query));
        if (items.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "no item or seed reference '" + query + "'; 'prodready catalog' lists them");
        }
        catalogue.redFlags().stream().filter(f -> f.seedRef().equals(query)).findFirst()
                .ifPresent(f -> describe(f, out));
        for (Item item : items) {
            describe(item, out);
        }
        out.flush();
        return ExitCode.OK;
    }

    private static void describe(RedFlag flag, PrintWriter out) {
        out.println("RED FLAG " + flag.seedRef() + ": " + flag.title());
        out.println("  " + flag.explanation());
        out.println("  raised when any of these fail: " + String.join(", ", flag.raisedBy()));
        out.println();
    }

    private static void describe(Item item, PrintWriter out) {
        out.println(item.id() + " — " + item.title());
        out.println("  area " + item.area().title() + ", phase " + item.phase() + ", severity " + item.severity().id()
                + ", effort " + item.effort().min() + "-" + item.effort().max() + " h");
        out.println("  seed: " + String.join(", ", item.seedRefs())
                + (item.redFlags().isEmpty() ? "" : "   red flags: " + String.join(", ", item.redFlags())));
        out.println("  detected from: " + item.detection().stream().map(Detection::id).collect(Collectors.joining(", "))
                + (item.appliesWhen().isBlank() ? "" : "   applies when: " + item.appliesWhen()));
        out.println();
        out.println("  Why: " + item.rationale());
        if (!item.settle().isBlank()) {
            out.println("  Settled by: " + item.settle());
        }
        out.println();
        out.println("  How to fix:");
        for (Map.Entry<String, String> e : item.remediation().entrySet().stream()
                .sorted(Map.Entry.comparingByKey((a, b) -> a.equals("generic") ? -1 : b.equals("generic") ? 1 : a.compareTo(b)))
                .toList()) {
            out.println("    [" + e.getKey() + "] " + e.getValue().strip());
        }
        if (!item.references().isEmpty()) {
            out.println("  References: " + String.join(", ", item.references()));
        }
        out.println();
    }
}
