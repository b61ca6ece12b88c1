package dev.prodready.render.plan;

import dev.prodready.report.Report;
import dev.prodready.report.Schedule;

import java.io.IOException;
import java.io.Writer;

/** Formats the phased remediation plan with its dates. */
public interface PlanRenderer {

    String format();

    void render(Report report, Schedule schedule, Writer out) throws IOException;
}
