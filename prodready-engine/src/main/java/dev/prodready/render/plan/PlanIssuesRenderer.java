package dev.prodready.render.plan;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.prodready.report.Report;
import dev.prodready.report.Schedule;

import java.io.IOException;
import java.io.Writer;

/**
 * The plan as a JSON list of issues a team can import into its tracker (title, body in Markdown, labels,
 * estimate, due date), one per item to fix, in plan order.
 */
public final class PlanIssuesRenderer implements PlanRenderer {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Override
    public String format() {
        return "issues";
    }

    @Override
    public void render(Report report, Schedule schedule, Writer out) throws IOException {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("schema", "prodready-plan-issues/1");
        root.put("target", report.target().path());
        ArrayNode issues = root.putArray("issues");
        for (PlanRows.Row row : PlanRows.of(report, schedule).rows()) {
            var item = row.result().item();
            ObjectNode issue = issues.addObject();
            issue.put("key", "prodready-" + item.id());
            issue.put("title", "[Phase " + row.phase().phase() + "] " + item.title());
            StringBuilder body = new StringBuilder();
            body.append(item.rationale()).append("\n\n**Found:** ").append(row.result().outcome().message()).append('\n');
            row.result().outcome().evidence().stream().limit(5)
                    .forEach(e -> body.append("- `").append(e.location()).append('`')
                            .append(e.note() == null ? "" : " " + e.note()).append('\n'));
            body.append("\n**How to fix:** ").append(row.fix()).append('\n');
            if (!item.references().isEmpty()) {
                body.append("\nReferences: ").append(String.join(", ", item.references())).append('\n');
            }
            body.append("\n_Checklist ").append(String.join(", ", item.seedRefs())).append(", item `").append(item.id())
                    .append("`; re-run `prodready scan` to verify._\n");
            issue.put("body", body.toString());
            ArrayNode labels = issue.putArray("labels");
            labels.add("prodready").add("phase-" + row.phase().phase()).add("severity-" + item.severity().id())
                    .add("area-" + item.area().id());
            if (!item.redFlags().isEmpty()) {
                labels.add("red-flag");
            }
            issue.put("estimateHoursMin", item.effort().min());
            issue.put("estimateHoursMax", item.effort().max());
            issue.put("due", row.slot().endWorst().toString());
        }
        MAPPER.writerWithDefaultPrettyPrinter().writeValue(new java.io.FilterWriter(out) {
            @Override
            public void close() throws IOException {
                flush();
            }
        }, root);
        out.write("\n");
        out.flush();
    }
}
