package dev.prodready.report;

import dev.prodready.catalogue.Effort;
import dev.prodready.check.Status;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Orders the work in the seed's four phases: within a phase, items behind a red flag first, then by
 * severity, then by id so that the same repository always gives the same plan.
 */
public final class Planner {

    static final List<String> PHASE_TITLES = List.of(
            "Critical security", "Operations foundation", "Production hardening", "Compliance and growth");

    private Planner() {
    }

    /**
     * Keeps the given order but moves an item behind the items it names in {@code after} (backups before
     * restore tests, authentication before roles): a stable topological sort, cycles broken by the order.
     */
    static List<ItemResult> prerequisitesFirst(List<ItemResult> ordered) {
        java.util.Map<String, ItemResult> byId = new java.util.LinkedHashMap<>();
        ordered.forEach(r -> byId.put(r.item().id(), r));
        List<ItemResult> out = new ArrayList<>();
        java.util.Set<String> placed = new java.util.HashSet<>();
        java.util.Set<String> visiting = new java.util.HashSet<>();
        for (ItemResult r : ordered) {
            place(r, byId, placed, visiting, out);
        }
        return out;
    }

    private static void place(ItemResult r, java.util.Map<String, ItemResult> byId, java.util.Set<String> placed,
                              java.util.Set<String> visiting, List<ItemResult> out) {
        String id = r.item().id();
        if (placed.contains(id) || !visiting.add(id)) {
            return;
        }
        for (String before : r.item().after()) {
            ItemResult prerequisite = byId.get(before);
            if (prerequisite != null) {
                place(prerequisite, byId, placed, visiting, out);
            }
        }
        visiting.remove(id);
        if (placed.add(id)) {
            out.add(r);
        }
    }

    public static Plan plan(List<ItemResult> results, Set<String> raisedItemIds) {
        Comparator<ItemResult> order = Comparator
                .comparing((ItemResult r) -> !raisedItemIds.contains(r.item().id()))
                .thenComparing(r -> r.item().severity())
                .thenComparing(r -> r.item().id());
        List<PlanPhase> phases = new ArrayList<>();
        for (int phase = 1; phase <= 4; phase++) {
            final int p = phase;
            List<ItemResult> inPhase = prerequisitesFirst(
                    results.stream().filter(r -> r.item().phase() == p).sorted(order).toList());
            List<String> fix = new ArrayList<>();
            List<String> verify = new ArrayList<>();
            Effort effort = Effort.NONE;
            for (ItemResult r : inPhase) {
                if (r.status() == Status.FAIL || r.status() == Status.PARTIAL) {
                    fix.add(r.item().id());
                    effort = effort.plus(r.item().effort());
                } else if (r.status() == Status.UNKNOWN) {
                    verify.add(r.item().id());
                }
            }
            phases.add(new PlanPhase(phase, PHASE_TITLES.get(phase - 1), fix, effort, verify));
        }
        return new Plan(phases);
    }
}
