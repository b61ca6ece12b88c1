package dev.prodready.render.plan;

import dev.prodready.render.HtmlRenderer;
import dev.prodready.render.TimelineSvg;
import dev.prodready.report.PlanPhase;
import dev.prodready.report.Report;
import dev.prodready.report.Schedule;

import java.io.IOException;
import java.io.Writer;

/** The plan as one self-contained HTML page: the timeline, then each phase's items with effort and fix. */
public final class PlanHtmlRenderer implements PlanRenderer {

    private static final String CSS = "body{font:14px/1.45 system-ui,sans-serif;color:#1d2330;max-width:1100px;margin:0 auto;"
            + "padding:24px}h1{font-size:22px}h2{font-size:17px;border-bottom:1px solid #d9dde5;margin-top:28px}"
            + "table{border-collapse:collapse;width:100%}td,th{text-align:left;padding:6px 8px;border-bottom:1px solid #d9dde5;"
            + "vertical-align:top}th{background:#f6f7f9}code{font:12px ui-monospace,monospace}.muted{color:#5b6475}"
            + "@media print{tr{break-inside:avoid}}";

    @Override
    public String format() {
        return "html";
    }

    @Override
    public void render(Report report, Schedule schedule, Writer out) throws IOException {
        StringBuilder h = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n")
                .append("<title>Remediation plan: ").append(HtmlRenderer.esc(report.target().path())).append("</title><style>")
                .append(CSS).append("</style></head><body>\n<h1>Remediation plan: ")
                .append(HtmlRenderer.esc(report.target().path())).append("</h1>\n<p class=\"muted\">")
                .append(schedule.people()).append(" person(s) from ").append(schedule.start()).append(", ")
                .append(Schedule.FOCUS_HOURS_PER_DAY).append(" focused hours a working day.</p>\n")
                .append(TimelineSvg.of(report.plan(), schedule)).append('\n');
        PlanRows rows = PlanRows.of(report, schedule);
        for (int i = 0; i < report.plan().phases().size(); i++) {
            PlanPhase p = report.plan().phases().get(i);
            Schedule.Slot slot = schedule.slots().get(i);
            h.append("<h2>Phase ").append(p.phase()).append(" — ").append(HtmlRenderer.esc(p.title())).append("</h2>\n<p>")
                    .append(p.itemIds().size()).append(" items, ").append(p.effortHours().min()).append("-")
                    .append(p.effortHours().max()).append(" h")
                    .append(slot.workingDaysWorst() == 0 ? "" : ", " + slot.start() + " to " + slot.endWorst())
                    .append("</p>\n");
            if (p.itemIds().isEmpty()) {
                continue;
            }
            h.append("<table><thead><tr><th>#</th><th>Item</th><th>Severity</th><th>Effort</th><th>Fix</th></tr></thead><tbody>\n");
            for (PlanRows.Row row : rows.rows()) {
                if (row.phase().phase() != p.phase()) {
                    continue;
                }
                var item = row.result().item();
                h.append("<tr><td>").append(row.order()).append("</td><td><b>").append(HtmlRenderer.esc(item.title()))
                        .append("</b><br><code>").append(HtmlRenderer.esc(item.id())).append("</code> <span class=\"muted\">")
                        .append(row.result().status().id()).append("</span></td><td>").append(item.severity().id())
                        .append("</td><td>").append(item.effort().min()).append("-").append(item.effort().max())
                        .append(" h</td><td>").append(HtmlRenderer.esc(row.fix())).append("</td></tr>\n");
            }
            h.append("</tbody></table>\n");
        }
        h.append("</body></html>\n");
        out.write(h.toString());
        out.flush();
    }
}
