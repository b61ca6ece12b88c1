package dev.prodready.render.plan;

import dev.prodready.report.ItemResult;
import dev.prodready.report.PlanPhase;
import dev.prodready.report.Report;
import dev.prodready.report.Schedule;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The plan in the terminal: each phase with dates and effort, then its items in order. */
public final class PlanConsoleRenderer implements PlanRenderer {

    @Override
    public String format() {
        return "console";
    }

    @Override
    public void render(Report report, Schedule schedule, Writer writer) throws IOException {
        PrintWriter out = new PrintWriter(writer);
        Map<String, ItemResult> byId = report.items().stream()
                .collect(Collectors.toMap(r -> r.item().id(), Function.identity()));
        out.println("Remediation plan for " + report.target().path() + ": " + schedule.people() + " person(s), from "
                + schedule.start() + ", " + Schedule.FOCUS_HOURS_PER_DAY + " focused hours a working day");
        out.println();
        for (int i = 0; i < report.plan().phases().size(); i++) {
            PlanPhase p = report.plan().phases().get(i);
            Schedule.Slot slot = schedule.slots().get(i);
            out.println("Phase " + p.phase() + " — " + p.title() + ": " + p.itemIds().size() + " items, "
                    + p.effortHours().min() + "-" + p.effortHours().max() + " h, "
                    + (slot.workingDaysWorst() == 0 ? "nothing to do" : slot.start() + " to " + slot.endBest()
                    + (slot.endBest().equals(slot.endWorst()) ? "" : " (at worst " + slot.endWorst() + ")")));
            for (String id : p.itemIds()) {
                ItemResult r = byId.get(id);
                out.printf("  %-8s %-7s %-40s %3d-%-3d h  %s%n", r.item().severity().id(), r.status().id(), id,
                        r.item().effort().min(), r.item().effort().max(), r.item().title());
            }
            if (!p.toVerify().isEmpty()) {
                out.println("  then verify or attest: " + String.join(", ", p.toVerify()));
            }
            out.println();
        }
        out.flush();
    }
}
