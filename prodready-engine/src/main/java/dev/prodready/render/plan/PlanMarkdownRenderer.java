package dev.prodready.render.plan;

import dev.prodready.report.PlanPhase;
import dev.prodready.report.Report;
import dev.prodready.report.Schedule;

import java.io.IOException;
import java.io.Writer;

/** The plan as Markdown: a table of phases with dates, then a checklist per phase. */
public final class PlanMarkdownRenderer implements PlanRenderer {

    @Override
    public String format() {
        return "markdown";
    }

    @Override
    public void render(Report report, Schedule schedule, Writer out) throws IOException {
        StringBuilder md = new StringBuilder();
        md.append("# Remediation plan: ").append(esc(report.target().path())).append("\n\n");
        md.append(schedule.people()).append(" person(s) from ").append(schedule.start()).append(", ")
                .append(Schedule.FOCUS_HOURS_PER_DAY).append(" focused hours a working day.\n\n");
        md.append("| Phase | Items | Effort (h) | Start | End (best) | End (worst) |\n|---|---:|---:|---|---|---|\n");
        for (int i = 0; i < report.plan().phases().size(); i++) {
            PlanPhase p = report.plan().phases().get(i);
            Schedule.Slot s = schedule.slots().get(i);
            md.append("| ").append(p.phase()).append(". ").append(p.title()).append(" | ").append(p.itemIds().size())
                    .append(" | ").append(p.effortHours().min()).append("-").append(p.effortHours().max()).append(" | ")
                    .append(s.start()).append(" | ").append(s.endBest()).append(" | ").append(s.endWorst()).append(" |\n");
        }
        md.append('\n');
        PlanRows rows = PlanRows.of(report, schedule);
        int phase = 0;
        for (PlanRows.Row row : rows.rows()) {
            if (row.phase().phase() != phase) {
                phase = row.phase().phase();
                md.append("\n## Phase ").append(phase).append(" — ").append(row.phase().title()).append("\n\n");
            }
            md.append("- [ ] **").append(esc(row.result().item().title())).append("** (`").append(row.result().item().id())
                    .append("`, ").append(row.result().item().severity().id()).append(", ")
                    .append(row.result().item().effort().min()).append("-").append(row.result().item().effort().max())
                    .append(" h) — ").append(esc(row.fix())).append('\n');
        }
        out.write(md.toString());
        out.flush();
    }

    private static String esc(String s) {
        return s.replace("<", "&lt;").replace(">", "&gt;").replace("|", "\\|");
    }
}
