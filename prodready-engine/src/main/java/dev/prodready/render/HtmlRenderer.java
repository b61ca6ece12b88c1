package dev.prodready.render;

import dev.prodready.check.Status;
import dev.prodready.fact.Evidence;
import dev.prodready.fact.Finding;
import dev.prodready.report.AreaSummary;
import dev.prodready.report.ItemResult;
import dev.prodready.report.PlanPhase;
import dev.prodready.report.RedFlagResult;
import dev.prodready.report.Report;
import dev.prodready.report.Schedule;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

/**
 * One self-contained HTML file: inline CSS, SVG charts and a few lines of script, no network request
 * (a Content-Security-Policy forbids any), readable offline and printable.
 */
public final class HtmlRenderer implements Renderer {

    static final String CSS = """
            :root{--fg:#1d2330;--muted:#5b6475;--line:#d9dde5;--pass:#1f8a4c;--partial:#c98a00;--fail:#c62f2f;--unknown:#7b8494;--na:#a7aebb;--att:#2f6fc6}
            *{box-sizing:border-box}body{font:14px/1.45 system-ui,-apple-system,Segoe UI,Roboto,sans-serif;color:var(--fg);margin:0 auto;max-width:1180px;padding:24px}
            h1{font-size:22px;margin:0 0 4px}h2{font-size:17px;margin:28px 0 10px;border-bottom:1px solid var(--line);padding-bottom:4px}
            .muted{color:var(--muted)}.grid{display:grid;grid-template-columns:220px 1fr;gap:24px;align-items:center}
            .flag{border-left:4px solid var(--fail);background:#fdf1f1;padding:6px 10px;margin:6px 0}
            .flag.clear{border-color:var(--pass);background:#f0f8f3}.flag.undecided{border-color:var(--unknown);background:#f4f5f7}
            table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:6px 8px;border-bottom:1px solid var(--line);vertical-align:top}
            th{font-weight:600;background:#f6f7f9;position:sticky;top:0}
            .st{font-weight:600;font-size:12px;text-transform:uppercase;padding:1px 6px;border-radius:3px;color:#fff;white-space:nowrap}
            .st-pass{background:var(--pass)}.st-partial{background:var(--partial)}.st-fail{background:var(--fail)}
            .st-unknown{background:var(--unknown)}.st-not_applicable{background:var(--na)}.st-attested{background:var(--att)}
            code{font:12px ui-monospace,Menlo,Consolas,monospace;background:#f3f4f6;padding:0 3px;border-radius:3px}
            .ev{font-size:12px;color:var(--muted)}.fix{font-size:13px;margin-top:4px}
            .filters{display:flex;gap:12px;flex-wrap:wrap;margin:8px 0}.filters label{cursor:pointer}
            details summary{cursor:pointer}
            @media print{.filters{display:none}th{position:static}body{padding:0}tr{break-inside:avoid}}
            """;

    private static final String SCRIPT = """
            (function(){
              var boxes=document.querySelectorAll('.filters input');var q=document.getElementById('q');
              function apply(){var on={};boxes.forEach(function(b){on[b.value]=b.checked});var t=(q.value||'').toLowerCase();
                document.querySelectorAll('#items tbody tr').forEach(function(r){
                  var ok=on[r.dataset.status]&&(t===''||r.textContent.toLowerCase().indexOf(t)>=0);r.style.display=ok?'':'none'})}
              boxes.forEach(function(b){b.addEventListener('change',apply)});q.addEventListener('input',apply);apply();
            })();
            """;

    @Override
    public String format() {
        return "html";
    }

    @Override
    public void render(Report report, Writer out) throws IOException {
        StringBuilder h = new StringBuilder(64 * 1024);
        h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; ")
                .append("script-src 'unsafe-inline'; img-src data:\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">\n")
                .append("<title>prodready: ").append(esc(report.target().path())).append("</title>\n<style>").append(CSS)
                .append("</style></head><body>\n");
        header(report, h);
        scores(report, h);
        redFlags(report, h);
        timeline(report, h);
        items(report, h);
        findings(report, h);
        notes(report, h);
        h.append("<script>").append(SCRIPT).append("</script>\n</body></html>\n");
        out.write(h.toString());
        out.flush();
    }

    private static void header(Report report, StringBuilder h) {
        h.append("<h1>Production readiness: ").append(esc(report.target().path())).append("</h1>\n<p class=\"muted\">");
        report.target().commit().ifPresent(c -> h.append("commit <code>").append(esc(c.substring(0, Math.min(12, c.length()))))
                .append("</code> · "));
        h.append("prodready ").append(esc(report.toolVersion())).append(" · ")
                .append(report.generatedAt().truncatedTo(ChronoUnit.SECONDS)).append(" · stack: ")
                .append(esc(String.join(", ", concat(report.stack().frameworks(), report.stack().services()))))
                .append("</p>\n");
    }

    private static void scores(Report report, StringBuilder h) {
        var s = report.summary();
        h.append("<h2>Score</h2>\n<div class=\"grid\">\n").append(gauge(s.score(), s.verifiedShare(), s.attestedShare()))
                .append("\n<div><p>Overall <b>").append(s.score()).append("/100</b> over applicable items. Verified by evidence ")
                .append(pct(s.verifiedShare())).append("%, attested ").append(pct(s.attestedShare())).append("%, unknown ")
                .append(pct(s.unknownShare())).append("%.</p>\n").append(areaBars(s.areas())).append("</div></div>\n");
    }

    /** A ring: the score as an arc, and under it a thin ring split into verified / attested / unknown. */
    private static String gauge(int score, double verified, double attested) {
        double r = 80;
        double c = 2 * Math.PI * r;
        double r2 = 92;
        double c2 = 2 * Math.PI * r2;
        String color = score >= 80 ? "var(--pass)" : score >= 50 ? "var(--partial)" : "var(--fail)";
        return "<svg id=\"score-chart\" role=\"img\" aria-label=\"score " + score + " of 100\" width=\"210\" height=\"210\" viewBox=\"0 0 210 210\">"
                + "<circle cx=\"105\" cy=\"105\" r=\"80\" fill=\"none\" stroke=\"#eceef2\" stroke-width=\"16\"/>"
                + "<circle cx=\"105\" cy=\"105\" r=\"80\" fill=\"none\" stroke=\"" + color + "\" stroke-width=\"16\" stroke-dasharray=\""
                + fmt(c * score / 100) + " " + fmt(c) + "\" transform=\"rotate(-90 105 105)\"/>"
                + "<circle cx=\"105\" cy=\"105\" r=\"92\" fill=\"none\" stroke=\"var(--unknown)\" stroke-width=\"4\"/>"
                + "<circle cx=\"105\" cy=\"105\" r=\"92\" fill=\"none\" stroke=\"var(--att)\" stroke-width=\"4\" stroke-dasharray=\""
                + fmt(c2 * (verified + attested)) + " " + fmt(c2) + "\" transform=\"rotate(-90 105 105)\"/>"
                + "<circle cx=\"105\" cy=\"105\" r=\"92\" fill=\"none\" stroke=\"var(--pass)\" stroke-width=\"4\" stroke-dasharray=\""
                + fmt(c2 * verified) + " " + fmt(c2) + "\" transform=\"rotate(-90 105 105)\"/>"
                + "<text x=\"105\" y=\"115\" text-anchor=\"middle\" font-size=\"40\" font-weight=\"700\" fill=\"#1d2330\">" + score + "</text>"
                + "<text x=\"105\" y=\"138\" text-anchor=\"middle\" font-size=\"12\" fill=\"#5b6475\">of 100</text></svg>";
    }

    private static String areaBars(List<AreaSummary> areas) {
        int rowH = 26;
        int width = 860;
        int label = 260;
        StringBuilder svg = new StringBuilder("<svg id=\"area-chart\" role=\"img\" aria-label=\"scores by area\" width=\"100%\" viewBox=\"0 0 "
                + width + " " + (areas.size() * rowH + 4) + "\">");
        for (int i = 0; i < areas.size(); i++) {
            AreaSummary a = areas.get(i);
            int y = i * rowH + 2;
            int w = (int) Math.round((width - label - 50) * a.score() / 100.0);
            String color = a.score() >= 80 ? "var(--pass)" : a.score() >= 50 ? "var(--partial)" : "var(--fail)";
            svg.append("<text x=\"0\" y=\"").append(y + 16).append("\" font-size=\"13\" fill=\"#1d2330\">")
                    .append(esc(a.area().number() + ". " + a.area().title())).append("</text>")
                    .append("<rect x=\"").append(label).append("\" y=\"").append(y + 4).append("\" width=\"")
                    .append(width - label - 50).append("\" height=\"16\" fill=\"#eceef2\" rx=\"3\"/>")
                    .append("<rect class=\"bar\" x=\"").append(label).append("\" y=\"").append(y + 4).append("\" width=\"").append(w)
                    .append("\" height=\"16\" fill=\"").append(color).append("\" rx=\"3\"/>")
                    .append("<text x=\"").append(width - 40).append("\" y=\"").append(y + 16)
                    .append("\" font-size=\"13\" fill=\"#1d2330\">").append(a.score()).append("</text>");
        }
        return svg.append("</svg>").toString();
    }

    private static void redFlags(Report report, StringBuilder h) {
        List<RedFlagResult> raised = report.raisedRedFlags();
        h.append("<h2 id=\"red-flags\">Red flags: ").append(raised.size()).append(" of ").append(report.redFlags().size())
                .append(" raised</h2>\n");
        for (RedFlagResult f : report.redFlags()) {
            String cls = f.raised() ? "flag" : f.undecided() ? "flag undecided" : "flag clear";
            h.append("<div class=\"").append(cls).append("\"><b>").append(f.raised() ? "Raised" : f.undecided()
                    ? "Cannot tell" : "Clear").append(":</b> ").append(esc(f.flag().title())).append(" <span class=\"muted\">(")
                    .append(esc(f.flag().seedRef())).append(")</span>");
            if (f.raised()) {
                h.append("<div class=\"ev\">");
                f.evidence().stream().limit(3).forEach(e -> h.append(evidence(e)).append("<br>"));
                h.append("</div>");
            }
            h.append("</div>\n");
        }
    }

    private static void timeline(Report report, StringBuilder h) {
        LocalDate start = LocalDate.ofInstant(report.generatedAt(), ZoneOffset.UTC);
        Schedule schedule = Schedule.of(report.plan(), start, 1);
        h.append("<h2>Plan: four phases, one person from ").append(start).append("</h2>\n")
                .append(TimelineSvg.of(report.plan(), schedule)).append('\n');
    }

    private static void items(Report report, StringBuilder h) {
        h.append("<h2>Items</h2>\n<div class=\"filters\">");
        for (Status s : Status.values()) {
            boolean on = s != Status.PASS && s != Status.NOT_APPLICABLE;
            h.append("<label><input type=\"checkbox\" value=\"").append(s.id()).append("\"").append(on ? " checked" : "")
                    .append("> ").append(s.id().replace('_', ' ')).append(" (")
                    .append(report.items().stream().filter(r -> r.status() == s).count()).append(")</label>");
        }
        h.append("<input id=\"q\" type=\"search\" placeholder=\"filter text\" aria-label=\"filter text\"></div>\n")
                .append("<table id=\"items\"><thead><tr><th>Status</th><th>Item</th><th>Phase</th><th>Severity</th>")
                .append("<th>Finding and fix</th></tr></thead><tbody>\n");
        String stackId = report.stack().remediationStack();
        for (ItemResult r : report.items()) {
            h.append("<tr data-status=\"").append(r.status().id()).append("\"><td><span class=\"st st-").append(r.status().id())
                    .append("\">").append(r.status().id().replace('_', ' ')).append("</span></td><td><b>")
                    .append(esc(r.item().title())).append("</b><br><code>").append(esc(r.item().id())).append("</code> <span class=\"muted\">")
                    .append(esc(String.join(", ", r.item().seedRefs()))).append("</span></td><td>").append(r.item().phase())
                    .append("</td><td>").append(r.item().severity().id()).append("</td><td>").append(esc(r.outcome().message()));
            if (!r.outcome().evidence().isEmpty()) {
                h.append("<div class=\"ev\">");
                r.outcome().evidence().forEach(e -> h.append(evidence(e)).append("<br>"));
                h.append("</div>");
            }
            if (r.status() != Status.PASS && r.status() != Status.NOT_APPLICABLE && r.status() != Status.ATTESTED) {
                h.append("<details class=\"fix\"><summary>How to fix (").append(esc(stackId)).append(")</summary>")
                        .append(esc(r.item().remediationFor(stackId))).append("</details>");
            }
            h.append("</td></tr>\n");
        }
        h.append("</tbody></table>\n");
    }

    private static void findings(Report report, StringBuilder h) {
        if (report.findings().isEmpty()) {
            return;
        }
        h.append("<h2>Findings: ").append(report.findings().size()).append("</h2>\n<table><thead><tr><th>Severity</th><th>Rule</th>")
                .append("<th>Where</th><th>What</th></tr></thead><tbody>\n");
        for (Finding f : report.findings()) {
            h.append("<tr><td>").append(f.severity().id()).append("</td><td><code>").append(esc(f.ruleId()))
                    .append("</code></td><td>").append(evidence(f.evidence())).append("</td><td>").append(esc(f.message()))
                    .append(f.redacted() == null ? "" : " <code>" + esc(f.redacted()) + "</code>").append("</td></tr>\n");
        }
        h.append("</tbody></table>\n");
    }

    private static void notes(Report report, StringBuilder h) {
        if (report.notes().isEmpty()) {
            return;
        }
        h.append("<h2>Not read or not judged: ").append(report.notes().size()).append("</h2>\n<ul>");
        report.notes().forEach(n -> h.append("<li>").append(n.path().isEmpty() ? "" : "<code>" + esc(n.path()) + "</code> ")
                .append(esc(n.message())).append("</li>"));
        h.append("</ul>\n");
    }

    private static String evidence(Evidence e) {
        return "<code>" + esc(e.location()) + "</code>" + (e.note() == null ? "" : " " + esc(e.note()));
    }

    public static String esc(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    private static String fmt(double d) {
        return String.format(Locale.ROOT, "%.1f", d);
    }

    private static int pct(double share) {
        return (int) Math.round(share * 100);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
