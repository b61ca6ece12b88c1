package dev.prodready.render.plan;

import dev.prodready.report.ItemResult;
import dev.prodready.report.PlanPhase;
import dev.prodready.report.Report;
import dev.prodready.report.Schedule;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The plan flattened into rows (one per item to fix), shared by the tabular plan formats. */
record PlanRows(List<Row> rows) {

    record Row(int order, PlanPhase phase, Schedule.Slot slot, ItemResult result, String fix) {
    }

    static PlanRows of(Report report, Schedule schedule) {
        Map<String, ItemResult> byId = report.items().stream()
                .collect(Collectors.toMap(r -> r.item().id(), Function.identity()));
        List<Row> rows = new ArrayList<>();
        int order = 0;
        for (int i = 0; i < report.plan().phases().size(); i++) {
            PlanPhase p = report.plan().phases().get(i);
            for (String id : p.itemIds()) {
                ItemResult r = byId.get(id);
                rows.add(new Row(++order, p, schedule.slots().get(i), r,
                        r.item().remediationFor(report.stack().remediationStack()).strip().replaceAll("\\s+", " ")));
            }
        }
        return new PlanRows(rows);
    }
}
