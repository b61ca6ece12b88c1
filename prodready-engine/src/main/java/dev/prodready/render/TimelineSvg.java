package dev.prodready.render;

import dev.prodready.report.Plan;
import dev.prodready.report.PlanPhase;
import dev.prodready.report.Schedule;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/** The phase timeline (a small Gantt chart) as inline SVG: best case dark, worst case light. */
public final class TimelineSvg {

    private TimelineSvg() {
    }

    public static String of(Plan plan, Schedule schedule) {
        LocalDate start = schedule.slots().isEmpty() ? schedule.start() : schedule.slots().get(0).start();
        LocalDate end = schedule.slots().stream().map(Schedule.Slot::endWorst).max(LocalDate::compareTo).orElse(start);
        long span = Math.max(1, ChronoUnit.DAYS.between(start, end) + 1);
        int width = 860;
        int label = 230;
        int rowH = 30;
        StringBuilder h = new StringBuilder("<svg id=\"timeline-chart\" role=\"img\" aria-label=\"phase timeline\" "
                + "width=\"100%\" viewBox=\"0 0 " + width + " " + (plan.phases().size() * rowH + 24) + "\">");
        double scale = (width - label - 10) / (double) span;
        for (int i = 0; i < plan.phases().size(); i++) {
            PlanPhase p = plan.phases().get(i);
            Schedule.Slot slot = schedule.slots().get(i);
            int y = i * rowH;
            double x0 = label + ChronoUnit.DAYS.between(start, slot.start()) * scale;
            double xBest = label + (ChronoUnit.DAYS.between(start, slot.endBest()) + 1) * scale;
            double xWorst = label + (ChronoUnit.DAYS.between(start, slot.endWorst()) + 1) * scale;
            h.append("<text x=\"0\" y=\"").append(y + 19).append("\" font-size=\"13\" fill=\"#1d2330\">")
                    .append(HtmlRenderer.esc("Phase " + p.phase() + " · " + p.itemIds().size() + " items · "
                            + p.effortHours().min() + "-" + p.effortHours().max() + " h")).append("</text>");
            if (slot.workingDaysWorst() > 0) {
                h.append(bar(x0, xWorst, y, "#f1d9a6", slot.start() + " to " + slot.endWorst() + " at worst"))
                        .append(bar(x0, xBest, y, "#c98a00", slot.start() + " to " + slot.endBest() + " at best"));
            }
        }
        int axisY = plan.phases().size() * rowH + 16;
        h.append("<text x=\"").append(label).append("\" y=\"").append(axisY).append("\" font-size=\"11\" fill=\"#5b6475\">")
                .append(start).append("</text><text x=\"").append(width - 80).append("\" y=\"").append(axisY)
                .append("\" font-size=\"11\" fill=\"#5b6475\">").append(end).append("</text></svg>");
        return h.toString();
    }

    private static String bar(double x0, double x1, int y, String color, String title) {
        return "<rect x=\"" + fmt(x0) + "\" y=\"" + (y + 6) + "\" width=\"" + fmt(Math.max(2, x1 - x0))
                + "\" height=\"18\" fill=\"" + color + "\" rx=\"3\"><title>" + HtmlRenderer.esc(title) + "</title></rect>";
    }

    private static String fmt(double d) {
        return String.format(Locale.ROOT, "%.1f", d);
    }
}
