package dev.prodready.report;

import dev.prodready.catalogue.Area;
import dev.prodready.catalogue.Detection;
import dev.prodready.catalogue.Effort;
import dev.prodready.catalogue.Item;
import dev.prodready.catalogue.Severity;
import dev.prodready.check.Outcome;
import dev.prodready.check.Status;
import dev.prodready.fact.Evidence;

import java.util.List;
import java.util.Map;

/** Builds catalogue items and results in code for report tests. */
final class TestItems {

    static final Area SECURITY = new Area("security", 1, "Security");
    static final Area DATA = new Area("data", 3, "Data");

    private TestItems() {
    }

    static Item item(String id, Area area, Severity severity, int phase, int minHours, int maxHours) {
        return new Item(id, area, List.of("1.1.1"), "Title of " + id, "why", phase, severity,
                new Effort(minHours, maxHours), List.of(Detection.REPO), "", List.of(),
                Map.of("generic", "Do the thing. Then more."), List.of(), "");
    }

    static ItemResult result(Item item, Status status) {
        Outcome outcome = switch (status) {
            case UNKNOWN -> Outcome.unknown("cannot tell");
            case ATTESTED -> new Outcome(Status.ATTESTED, "attested by ops", List.of());
            default -> new Outcome(status, status.id() + " because", List.of(Evidence.at("a.txt", 3, "seen")));
        };
        return new ItemResult(item, outcome);
    }
}
