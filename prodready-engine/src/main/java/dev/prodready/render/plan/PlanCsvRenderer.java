package dev.prodready.render.plan;

import dev.prodready.report.Report;
import dev.prodready.report.Schedule;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** The plan as CSV (RFC 4180), one row per item, for spreadsheets. */
public final class PlanCsvRenderer implements PlanRenderer {

    @Override
    public String format() {
        return "csv";
    }

    @Override
    public void render(Report report, Schedule schedule, Writer out) throws IOException {
        out.write(line(List.of("order", "phase", "phase_title", "item", "title", "status", "severity", "effort_min_h",
                "effort_max_h", "phase_start", "phase_end_worst", "seed_refs", "fix")));
        for (PlanRows.Row row : PlanRows.of(report, schedule).rows()) {
            var item = row.result().item();
            out.write(line(List.of(String.valueOf(row.order()), String.valueOf(row.phase().phase()), row.phase().title(),
                    item.id(), item.title(), row.result().status().id(), item.severity().id(),
                    String.valueOf(item.effort().min()), String.valueOf(item.effort().max()), row.slot().start().toString(),
                    row.slot().endWorst().toString(), String.join(" ", item.seedRefs()), row.fix())));
        }
        out.flush();
    }

    private static String line(List<String> cells) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                b.append(',');
            }
            String c = cells.get(i);
            // Leading =,+,-,@ would run as a formula in spreadsheets: prefix a quote.
            if (!c.isEmpty() && "=+-@".indexOf(c.charAt(0)) >= 0 && !c.matches("-?\\d+")) {
                c = "'" + c;
            }
            if (c.contains(",") || c.contains("\"") || c.contains("\n") || c.contains("\r")) {
                c = '"' + c.replace("\"", "\"\"") + '"';
            }
            b.append(c);
        }
        return b.append("\r\n").toString();
    }
}
