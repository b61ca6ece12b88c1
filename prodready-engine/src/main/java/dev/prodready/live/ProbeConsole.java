package dev.prodready.live;

import dev.prodready.check.Status;
import dev.prodready.fact.Evidence;
import dev.prodready.fact.Facts;
import dev.prodready.fact.Finding;
import dev.prodready.fact.LatencyFact;
import dev.prodready.fact.LiveResponse;
import dev.prodready.fact.ObservatoryResult;
import dev.prodready.fact.ObservatoryTestResult;
import dev.prodready.fact.PageWeight;
import dev.prodready.fact.ProtocolSupport;
import dev.prodready.fact.TlsFact;
import dev.prodready.report.ItemResult;
import dev.prodready.report.Report;

import java.io.PrintWriter;
import java.io.Writer;
import java.util.Locale;
import java.util.Map;

/**
 * The terminal view of {@code prodready probe}: the Observatory table first (so its users find their bearings),
 * then TLS, weight and latency measurements, our findings, and the live-judged catalogue items.
 */
public final class ProbeConsole {

    private final boolean color;
    private final boolean verbose;

    public ProbeConsole(boolean color, boolean verbose) {
        this.color = color;
        this.verbose = verbose;
    }

    public void render(ProbeAudit.Result result, Writer writer) {
        PrintWriter out = new PrintWriter(writer);
        Report report = result.report();
        Facts facts = result.facts();
        out.println(bold("prodready " + report.toolVersion()) + "  probe " + report.target().url().orElse(""));
        out.println();
        report.observatory().ifPresent(o -> observatory(o, out));
        measurements(facts, out);
        findings(report, out);
        items(report, out);
        if (!report.notes().isEmpty()) {
            out.println();
            out.println(bold("Notes"));
            report.notes().forEach(n -> out.println("  " + n.message()));
        }
        out.flush();
    }

    private void observatory(ObservatoryResult o, PrintWriter out) {
        out.println(bold("MDN HTTP Observatory, algorithm " + o.algorithmVersion()));
        if (o.error().isPresent()) {
            out.println("  not graded: " + o.error().get());
            out.println();
            return;
        }
        out.printf(Locale.ROOT, "  score %d, grade %s%n", o.score().orElse(0), o.grade().orElse("?"));
        out.printf(Locale.ROOT, "  %-31s %-62s %5s  %s%n", "test", "result", "score", "pass");
        for (Map.Entry<String, ObservatoryTestResult> e : o.tests().entrySet()) {
            ObservatoryTestResult t = e.getValue();
            String modifier = t.scoreModifier() > 0 ? "+" + t.scoreModifier() : String.valueOf(t.scoreModifier());
            String pass = t.pass() ? green("yes") : red("no");
            out.printf(Locale.ROOT, "  %-31s %-62s %5s  %s%n", e.getKey(), t.result(), modifier, pass);
        }
        out.println();
    }

    private void measurements(Facts facts, PrintWriter out) {
        out.println(bold("Measured"));
        facts.all(TlsFact.class).stream().findFirst().ifPresent(t -> {
            if (t.protocol().isEmpty()) {
                out.println("  TLS: no handshake (" + t.error().orElse("no answer") + ")");
                return;
            }
            out.println("  TLS: " + t.protocol().get() + "; 1.3 " + word(t.tls13()) + ", 1.2 " + word(t.tls12())
                    + ", 1.1 " + word(t.tls11()) + ", 1.0 " + word(t.tls10()));
            out.println("  certificate: " + (t.certificateValid() ? "valid" : red("not valid"))
                    + t.daysToExpiry().map(d -> ", " + d + " days left").orElse("")
                    + t.issuer().map(i -> ", issuer " + i).orElse("")
                    + t.chainProblem().map(p -> ", " + p).orElse("")
                    + (t.hostnameMatches() ? "" : ", does not name " + t.host()));
        });
        facts.all(PageWeight.class).stream().findFirst().ifPresent(w -> out.println("  JavaScript: "
                + w.measuredScripts() + " of " + w.scripts() + " scripts measured, " + kb(w.jsTransferBytes())
                + " transferred, " + kb(w.jsDecodedBytes()) + " uncompressed; images: " + w.images()));
        for (LatencyFact l : facts.all(LatencyFact.class)) {
            out.println("  latency (" + l.target() + "): p50 " + l.p50Millis() + " ms, p95 " + l.p95Millis()
                    + " ms over " + l.samples() + " requests" + (l.failures() > 0 ? ", " + l.failures() + " failed" : ""));
        }
        int requests = facts.all(LiveResponse.class).size();
        out.println("  requests sent: " + requests);
        out.println();
    }

    private void findings(Report report, PrintWriter out) {
        out.println(bold("Findings (" + report.findings().size() + ")"));
        for (Finding f : report.findings()) {
            out.printf(Locale.ROOT, "  %-8s %s%n", severity(f), f.message());
            Evidence e = f.evidence();
            out.println("           " + e.location() + (e.note() == null ? "" : "  " + e.note()) + "  [" + f.ruleId()
                    + " -> " + f.itemId() + "]");
        }
        if (report.findings().isEmpty()) {
            out.println("  none");
        }
        out.println();
    }

    private void items(Report report, PrintWriter out) {
        out.println(bold("Checklist items the live site shows (live evidence only)"));
        for (ItemResult r : report.items()) {
            if (!verbose && r.status() == Status.UNKNOWN) {
                continue;
            }
            out.printf(Locale.ROOT, "  %-8s %-32s %s%n", status(r.status()), r.item().id(), r.outcome().message());
            if (verbose) {
                r.outcome().evidence().stream().limit(3).forEach(e -> out.println("           " + e.location()
                        + (e.note() == null ? "" : "  " + e.note())));
            }
        }
        long unknown = report.items().stream().filter(r -> r.status() == Status.UNKNOWN).count();
        if (!verbose && unknown > 0) {
            out.println("  (" + unknown + " more items need the repository or a person; --verbose lists them)");
        }
    }

    private static String word(ProtocolSupport s) {
        return switch (s) {
            case ACCEPTED -> "accepted";
            case REFUSED -> "refused";
            case UNKNOWN -> "unknown";
        };
    }

    private static String kb(long bytes) {
        return (bytes + 1023) / 1024 + " KB";
    }

    private String severity(Finding f) {
        String s = f.severity().id().toUpperCase(Locale.ROOT);
        return switch (f.severity()) {
            case CRITICAL, HIGH -> red(s);
            default -> s;
        };
    }

    private String status(Status s) {
        String id = s.id().toUpperCase(Locale.ROOT);
        return switch (s) {
            case PASS -> green(id);
            case FAIL -> red(id);
            default -> id;
        };
    }

    private String bold(String s) {
        return color ? "\u001b[1m" + s + "\u001b[0m" : s;
    }

    private String red(String s) {
        return color ? "\u001b[31m" + s + "\u001b[0m" : s;
    }

    private String green(String s) {
        return color ? "\u001b[32m" + s + "\u001b[0m" : s;
    }
}
