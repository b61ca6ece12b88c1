package dev.prodready.cli;

import dev.prodready.catalogue.Area;
import dev.prodready.catalogue.Catalogue;
import dev.prodready.catalogue.Item;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/** Lists the catalogue: every item with its phase, severity and seed references. */
@Command(name = "catalog", mixinStandardHelpOptions = true,
        description = "List every catalogue item, area by area.")
public final class CatalogCommand implements Callable<Integer> {

    @Option(names = "--area", paramLabel = "AREA", description = "Only this area (e.g. security).")
    String area;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Catalogue catalogue = Catalogue.builtIn();
        PrintWriter out = spec.commandLine().getOut();
        if (area != null && catalogue.areas().stream().noneMatch(a -> a.id().equals(area))) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "no area '" + area + "'; areas: "
                    + String.join(", ", catalogue.areas().stream().map(Area::id).toList()));
        }
        for (Area a : catalogue.areas()) {
            if (area != null && !a.id().equals(area)) {
                continue;
            }
            out.println(a.number() + ". " + a.title() + " (" + a.id() + ")");
            for (Item item : catalogue.items(a)) {
                out.printf("  %-38s P%d %-8s %-14s %s%n", item.id(), item.phase(), item.severity().id(),
                        String.join(",", item.seedRefs()), item.title());
            }
            out.println();
        }
        out.println(catalogue.items().size() + " items, " + catalogue.redFlags().size() + " red flags");
        out.flush();
        return ExitCode.OK;
    }
}
