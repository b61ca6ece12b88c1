package dev.prodready.render;

import dev.prodready.check.Status;
import dev.prodready.fact.Evidence;
import dev.prodready.fact.Finding;
import dev.prodready.report.AreaSummary;
import dev.prodready.report.ItemResult;
import dev.prodready.report.PlanPhase;
import dev.prodready.report.RedFlagResult;
import dev.prodready.report.Report;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Markdown for a pull-request comment or a wiki page: summary table, raised red flags, phase 1 gaps, and the
 * rest folded in {@code <details>} blocks. Never longer than {@link #LIMIT} characters: what does not fit is
 * cut at a section boundary with a line saying so.
 */
public final class MarkdownRenderer implements Renderer {

    /** GitHub rejects comments over 65,536 characters; stay well under. */
    public static final int LIMIT = 60_000;

    @Override
    public String format() {
        return "markdown";
    }

    @Override
    public void render(Report report, Writer out) throws IOException {
        Map<String, ItemResult> byId = report.items().stream()
                .collect(Collectors.toMap(r -> r.item().id(), Function.identity()));
        StringBuilder head = new StringBuilder();
        summary(report, head);
        redFlags(report, head);
        phaseOne(report, byId, head);
        String rest = rest(report, byId);
        String trailer = "\n<sub>prodready " + report.toolVersion() + " · " + report.items().size()
                + " items · JSON report has every item with its evidence</sub>\n";
        String text = head + rest;
        if (text.length() + trailer.length() > LIMIT) {
            String cutLine = "\n> Report truncated to stay under " + LIMIT + " characters; the JSON or HTML report has "
                    + "everything.\n";
            int room = LIMIT - trailer.length() - cutLine.length();
            int cut = text.lastIndexOf("\n\n", room);
            text = text.substring(0, Math.max(0, cut < 0 ? room : cut)) + closeOpenDetails(text.substring(0, Math.max(0,
                    cut < 0 ? room : cut))) + cutLine;
        }
        out.write(text);
        out.write(trailer);
        out.flush();
    }

    private static void summary(Report report, StringBuilder md) {
        var s = report.summary();
        md.append("## prodready: readiness ").append(s.score()).append("/100\n\n");
        md.append("`").append(escape(report.target().path())).append("`");
        report.target().commit().ifPresent(c -> md.append(" at `").append(c, 0, Math.min(12, c.length())).append("`"));
        md.append(" · verified by evidence ").append(pct(s.verifiedShare())).append("% · attested ")
                .append(pct(s.attestedShare())).append("% · unknown ").append(pct(s.unknownShare())).append("%\n\n");
        md.append("| Area | Score | Pass | Partial | Fail | Unknown | N/A |\n|---|---:|---:|---:|---:|---:|---:|\n");
        for (AreaSummary a : s.areas()) {
            md.append("| ").append(a.area().number()).append(". ").append(escape(a.area().title())).append(" | ")
                    .append(a.score()).append(" | ").append(a.count(Status.PASS)).append(" | ").append(a.count(Status.PARTIAL))
                    .append(" | ").append(a.count(Status.FAIL)).append(" | ").append(a.count(Status.UNKNOWN)).append(" | ")
                    .append(a.count(Status.NOT_APPLICABLE)).append(" |\n");
        }
        md.append('\n');
    }

    private static void redFlags(Report report, StringBuilder md) {
        List<RedFlagResult> raised = report.raisedRedFlags();
        md.append("### Red flags: ").append(raised.size()).append(" raised\n\n");
        if (raised.isEmpty()) {
            md.append("None raised by evidence.\n\n");
            return;
        }
        for (RedFlagResult f : raised) {
            md.append("- :triangular_flag_on_post: **").append(escape(f.flag().title())).append("** (`")
                    .append(f.flag().seedRef()).append("`)");
            f.evidence().stream().limit(3).forEach(e -> md.append(" · ").append(location(e)));
            md.append('\n');
        }
        md.append('\n');
    }

    private static void phaseOne(Report report, Map<String, ItemResult> byId, StringBuilder md) {
        PlanPhase p = report.plan().phases().get(0);
        md.append("### Phase 1 — ").append(p.title()).append(": ").append(p.itemIds().size()).append(" gaps (")
                .append(p.effortHours().min()).append("-").append(p.effortHours().max()).append(" h)\n\n");
        for (String id : p.itemIds()) {
            ItemResult r = byId.get(id);
            md.append("- **").append(r.status().id().toUpperCase(java.util.Locale.ROOT)).append("** `").append(id)
                    .append("` ").append(escape(r.item().title())).append(" — ").append(escape(r.outcome().message()));
            r.outcome().evidence().stream().limit(2).forEach(e -> md.append(" · ").append(location(e)));
            md.append("\n  - Fix: ").append(escape(firstSentence(r.item().remediationFor(report.stack().remediationStack()))))
                    .append('\n');
        }
        md.append('\n');
    }

    private static String rest(Report report, Map<String, ItemResult> byId) {
        StringBuilder md = new StringBuilder();
        for (PlanPhase p : report.plan().phases().subList(1, report.plan().phases().size())) {
            md.append("<details><summary>Phase ").append(p.phase()).append(" — ").append(p.title()).append(": ")
                    .append(p.itemIds().size()).append(" gaps (").append(p.effortHours().min()).append("-")
                    .append(p.effortHours().max()).append(" h), ").append(p.toVerify().size())
                    .append(" to verify</summary>\n\n");
            for (String id : p.itemIds()) {
                ItemResult r = byId.get(id);
                md.append("- `").append(id).append("` ").append(escape(r.item().title())).append(" — ")
                        .append(escape(r.outcome().message()));
                r.outcome().evidence().stream().limit(1).forEach(e -> md.append(" · ").append(location(e)));
                md.append('\n');
            }
            md.append("\n</details>\n\n");
        }
        List<Finding> findings = report.findings();
        if (!findings.isEmpty()) {
            md.append("<details><summary>Findings: ").append(findings.size()).append("</summary>\n\n");
            for (Finding f : findings) {
                md.append("- ").append(f.severity().id()).append(" `").append(f.ruleId()).append("` ")
                        .append(location(f.evidence())).append(" ").append(escape(f.message()));
                if (f.redacted() != null) {
                    md.append(" `").append(f.redacted()).append('`');
                }
                md.append('\n');
            }
            md.append("\n</details>\n\n");
        }
        List<ItemResult> unknown = report.items().stream().filter(r -> r.status() == Status.UNKNOWN).toList();
        if (!unknown.isEmpty()) {
            md.append("<details><summary>Not decidable from the repository: ").append(unknown.size())
                    .append(" (attest them)</summary>\n\n");
            unknown.forEach(r -> md.append("- `").append(r.item().id()).append("` ").append(escape(r.outcome().message()))
                    .append('\n'));
            md.append("\n</details>\n\n");
        }
        if (!report.notes().isEmpty()) {
            md.append("<details><summary>Not read or not judged: ").append(report.notes().size()).append("</summary>\n\n");
            report.notes().forEach(n -> md.append("- ").append(n.path().isEmpty() ? "" : "`" + escape(n.path()) + "` ")
                    .append(escape(n.message())).append('\n'));
            md.append("\n</details>\n\n");
        }
        return md.toString();
    }

    private static String closeOpenDetails(String text) {
        int open = count(text, "<details>");
        int closed = count(text, "</details>");
        return "\n\n</details>\n".repeat(Math.max(0, open - closed));
    }

    private static int count(String text, String token) {
        int n = 0;
        for (int i = text.indexOf(token); i >= 0; i = text.indexOf(token, i + token.length())) {
            n++;
        }
        return n;
    }

    private static String location(Evidence e) {
        return "`" + escape(e.location()) + "`";
    }

    private static String firstSentence(String text) {
        String flat = text.strip().replaceAll("\\s+", " ");
        int end = flat.indexOf(". ");
        return end > 0 ? flat.substring(0, end + 1) : flat;
    }

    /** Neutralises Markdown and HTML in text that came from the scanned repository. */
    static String escape(String text) {
        return text.replace("\\", "\\\\").replace("<", "&lt;").replace(">", "&gt;").replace("|", "\\|")
                .replace("`", "'").replace("\n", " ");
    }

    private static int pct(double share) {
        return (int) Math.round(share * 100);
    }
}
