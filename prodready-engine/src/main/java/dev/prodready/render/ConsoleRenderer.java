package dev.prodready.render;

import dev.prodready.check.Status;
import dev.prodready.fact.Evidence;
import dev.prodready.report.AreaSummary;
import dev.prodready.report.ItemResult;
import dev.prodready.report.PlanPhase;
import dev.prodready.report.RedFlagResult;
import dev.prodready.report.Report;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The terminal report: scores with the verified share, raised red flags first, then Phase 1 gaps with
 * evidence and a one-line fix each, then the rest of the plan in one line per phase.
 */
public final class ConsoleRenderer implements Renderer {

    private static final int EVIDENCE_PER_ITEM = 3;

    private final RenderOptions options;

    public ConsoleRenderer(RenderOptions options) {
        this.options = options;
    }

    @Override
    public String format() {
        return "console";
    }

    @Override
    public void render(Report report, Writer writer) throws IOException {
        PrintWriter out = new PrintWriter(writer);
        Map<String, ItemResult> byId = report.items().stream()
                .collect(Collectors.toMap(r -> r.item().id(), Function.identity()));
        header(report, out);
        areas(report, out);
        redFlags(report, byId, out);
        phaseOne(report, byId, out);
        laterPhases(report, out);
        if (options.verbose()) {
            everything(report, out);
        }
        notes(report, out);
        out.flush();
    }

    private void header(Report report, PrintWriter out) {
        out.println(bold("prodready " + report.toolVersion()) + "  " + report.target().path()
                + report.target().commit().map(c -> " @ " + c.substring(0, Math.min(12, c.length()))).orElse(""));
        String stack = String.join(", ", concat(report.stack().frameworks(), report.stack().services()));
        if (!stack.isEmpty()) {
            out.println("stack: " + stack);
        }
        out.println();
        var s = report.summary();
        out.printf("Readiness %s/100   verified by evidence %d%%   attested %d%%   unknown %d%%%n",
                bold(String.valueOf(s.score())), pct(s.verifiedShare()), pct(s.attestedShare()), pct(s.unknownShare()));
        out.println();
    }

    private void areas(Report report, PrintWriter out) {
        for (AreaSummary a : report.summary().areas()) {
            out.printf("  %-34s %3d  %s  pass %d  partial %d  fail %d  unknown %d  n/a %d%n",
                    a.area().number() + ". " + a.area().title(), a.score(), bar(a.score()),
                    a.count(Status.PASS), a.count(Status.PARTIAL), a.count(Status.FAIL), a.count(Status.UNKNOWN),
                    a.count(Status.NOT_APPLICABLE));
        }
        out.println();
    }

    private void redFlags(Report report, Map<String, ItemResult> byId, PrintWriter out) {
        List<RedFlagResult> raised = report.raisedRedFlags();
        long undecided = report.redFlags().stream().filter(RedFlagResult::undecided).count();
        out.println(bold("Red flags raised: " + raised.size() + " of " + report.redFlags().size())
                + (undecided > 0 ? "  (" + undecided + " cannot be judged from the repository)" : ""));
        for (RedFlagResult f : raised) {
            out.println("  " + red("RED FLAG") + " " + f.flag().title() + "  [" + f.flag().seedRef() + "]");
            for (Evidence e : f.evidence().stream().limit(EVIDENCE_PER_ITEM).toList()) {
                out.println("      " + evidenceLine(e));
            }
        }
        out.println();
    }

    private void phaseOne(Report report, Map<String, ItemResult> byId, PrintWriter out) {
        PlanPhase first = report.plan().phases().get(0);
        out.println(bold("Phase 1 — " + first.title() + ": " + first.itemIds().size() + " gaps, "
                + hours(first) + " of work"));
        for (String id : first.itemIds()) {
            ItemResult r = byId.get(id);
            out.println("  " + statusTag(r.status()) + " " + r.item().id() + " — " + r.item().title());
            out.println("      " + r.outcome().message());
            for (Evidence e : r.outcome().evidence().stream().limit(EVIDENCE_PER_ITEM).toList()) {
                out.println("      " + evidenceLine(e));
            }
            out.println("      fix: " + oneLine(r.item().remediationFor(report.stack().remediationStack())));
        }
        if (!first.toVerify().isEmpty()) {
            out.println("  to verify (no evidence either way; attest once checked): " + String.join(", ", first.toVerify()));
        }
        out.println();
    }

    private void laterPhases(Report report, PrintWriter out) {
        for (PlanPhase p : report.plan().phases().subList(1, report.plan().phases().size())) {
            out.println("Phase " + p.phase() + " — " + p.title() + ": " + p.itemIds().size() + " gaps, " + hours(p)
                    + ", " + p.toVerify().size() + " to verify");
        }
        out.println();
    }

    private void everything(Report report, PrintWriter out) {
        out.println(bold("All items"));
        for (ItemResult r : report.items()) {
            out.println("  " + statusTag(r.status()) + " " + r.item().id() + " — " + r.item().title());
            out.println("      " + r.outcome().message());
            r.outcome().evidence().forEach(e -> out.println("      " + evidenceLine(e)));
        }
        out.println();
    }

    private void notes(Report report, PrintWriter out) {
        if (report.notes().isEmpty()) {
            return;
        }
        out.println("Not read or not judged (" + report.notes().size() + "):");
        report.notes().stream().limit(options.verbose() ? Integer.MAX_VALUE : 10)
                .forEach(n -> out.println("  " + (n.path().isEmpty() ? "" : n.path() + ": ") + n.message()));
        if (!options.verbose() && report.notes().size() > 10) {
            out.println("  ... " + (report.notes().size() - 10) + " more in the JSON report");
        }
        out.println();
    }

    private String evidenceLine(Evidence e) {
        return "at " + e.location() + (e.note() == null ? "" : "  " + dim(e.note()));
    }

    private String statusTag(Status status) {
        String tag = switch (status) {
            case PASS -> "PASS   ";
            case PARTIAL -> "PARTIAL";
            case FAIL -> "FAIL   ";
            case UNKNOWN -> "UNKNOWN";
            case NOT_APPLICABLE -> "N/A    ";
            case ATTESTED -> "ATTEST ";
        };
        return switch (status) {
            case FAIL -> red(tag);
            case PARTIAL -> yellow(tag);
            case PASS, ATTESTED -> green(tag);
            default -> dim(tag);
        };
    }

    private String oneLine(String text) {
        String flat = text.strip().replaceAll("\\s+", " ");
        int end = flat.indexOf(". ");
        String first = end > 0 ? flat.substring(0, end + 1) : flat;
        int max = Math.max(40, options.width() - 11);
        return first.length() <= max ? first : first.substring(0, max - 1) + "…";
    }

    private static String hours(PlanPhase p) {
        return p.effortHours().min() + "-" + p.effortHours().max() + " h";
    }

    private static String bar(int score) {
        int filled = Math.round(score / 10f);
        return "#".repeat(filled) + ".".repeat(10 - filled);
    }

    private static int pct(double share) {
        return (int) Math.round(share * 100);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }

    private String bold(String s) {
        return ansi("1", s);
    }

    private String red(String s) {
        return ansi("31", s);
    }

    private String green(String s) {
        return ansi("32", s);
    }

    private String yellow(String s) {
        return ansi("33", s);
    }

    private String dim(String s) {
        return ansi("2", s);
    }

    private String ansi(String code, String s) {
        return options.color() ? "\u001b[" + code + "m" + s + "\u001b[0m" : s;
    }
}
