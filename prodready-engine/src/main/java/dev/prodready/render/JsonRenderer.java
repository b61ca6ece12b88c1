package dev.prodready.render;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.prodready.catalogue.Effort;
import dev.prodready.check.Status;
import dev.prodready.fact.Evidence;
import dev.prodready.fact.Finding;
import dev.prodready.fact.Note;
import dev.prodready.fact.ObservatoryResult;
import dev.prodready.report.AreaSummary;
import dev.prodready.report.ItemResult;
import dev.prodready.report.PlanPhase;
import dev.prodready.report.RedFlagResult;
import dev.prodready.report.Report;
import dev.prodready.stack.StackProfile;
import dev.prodready.stack.Trait;
import dev.prodready.stack.TraitState;

import java.io.IOException;
import java.io.Writer;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** The JSON report, contract v1 of DESIGN.md: fields are only ever added, camelCase, stable order. */
public final class JsonRenderer implements Renderer {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Override
    public String format() {
        return "json";
    }

    @Override
    public void render(Report report, Writer out) throws IOException {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        MAPPER.writer(printer).writeValue(new NonClosingWriter(out), toTree(report));
        out.write("\n");
        out.flush();
    }

    public static ObjectNode toTree(Report report) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("schema", Report.SCHEMA);
        ObjectNode tool = root.putObject("tool");
        tool.put("name", "prodready");
        tool.put("version", report.toolVersion());
        ObjectNode target = root.putObject("target");
        target.put("path", report.target().path());
        putOptional(target, "commit", report.target().commit().orElse(null));
        putOptional(target, "url", report.target().url().orElse(null));
        root.put("generatedAt", DateTimeFormatter.ISO_INSTANT.format(report.generatedAt().truncatedTo(ChronoUnit.SECONDS)));
        root.set("stack", stack(report.stack()));
        root.set("summary", summary(report));
        ArrayNode items = root.putArray("items");
        report.items().forEach(r -> items.add(item(r, report.stack().remediationStack())));
        ArrayNode flags = root.putArray("redFlags");
        report.redFlags().forEach(f -> flags.add(redFlag(f)));
        ArrayNode findings = root.putArray("findings");
        report.findings().forEach(f -> findings.add(finding(f)));
        ObjectNode plan = root.putObject("plan");
        ArrayNode phases = plan.putArray("phases");
        report.plan().phases().forEach(p -> phases.add(phase(p)));
        ArrayNode notes = root.putArray("notes");
        report.notes().forEach(n -> notes.add(note(n)));
        report.observatory().ifPresent(o -> root.set("observatory", observatory(o)));
        return root;
    }

    /** MDN Observatory's verdicts for the probed URL; only present when a URL was probed. */
    private static ObjectNode observatory(ObservatoryResult o) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("algorithmVersion", o.algorithmVersion());
        if (o.score().isPresent()) {
            node.put("score", o.score().get());
        } else {
            node.putNull("score");
        }
        putOptional(node, "grade", o.grade().orElse(null));
        o.error().ifPresent(e -> node.put("error", e));
        ObjectNode tests = node.putObject("tests");
        o.tests().forEach((name, t) -> {
            ObjectNode tn = tests.putObject(name);
            tn.put("result", t.result());
            tn.put("scoreModifier", t.scoreModifier());
            tn.put("pass", t.pass());
        });
        return node;
    }

    private static ObjectNode stack(StackProfile stack) {
        ObjectNode node = MAPPER.createObjectNode();
        strings(node.putArray("languages"), stack.languages());
        strings(node.putArray("frameworks"), stack.frameworks());
        strings(node.putArray("services"), stack.services());
        node.put("remediationStack", stack.remediationStack());
        ObjectNode traits = node.putObject("traits");
        for (Trait t : Trait.values()) {
            TraitState s = stack.trait(t);
            ObjectNode tn = traits.putObject(t.id());
            tn.put("presence", s.presence().name().toLowerCase(java.util.Locale.ROOT));
            tn.put("reason", s.reason());
            evidence(tn.putArray("evidence"), s.evidence());
        }
        return node;
    }

    private static ObjectNode summary(Report report) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("score", report.summary().score());
        node.put("verifiedShare", report.summary().verifiedShare());
        node.put("attestedShare", report.summary().attestedShare());
        node.put("unknownShare", report.summary().unknownShare());
        ArrayNode areas = node.putArray("areas");
        for (AreaSummary a : report.summary().areas()) {
            ObjectNode an = areas.addObject();
            an.put("id", a.area().id());
            an.put("title", a.area().title());
            an.put("score", a.score());
            an.put("verifiedShare", a.verifiedShare());
            an.put("pass", a.count(Status.PASS));
            an.put("partial", a.count(Status.PARTIAL));
            an.put("fail", a.count(Status.FAIL));
            an.put("unknown", a.count(Status.UNKNOWN));
            an.put("notApplicable", a.count(Status.NOT_APPLICABLE));
            an.put("attested", a.count(Status.ATTESTED));
        }
        return node;
    }

    private static ObjectNode item(ItemResult r, String stackId) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("id", r.item().id());
        node.put("area", r.item().area().id());
        strings(node.putArray("seedRefs"), r.item().seedRefs());
        node.put("title", r.item().title());
        node.put("phase", r.item().phase());
        node.put("severity", r.item().severity().id());
        node.put("status", r.status().id());
        node.put("message", r.outcome().message());
        evidence(node.putArray("evidence"), r.outcome().evidence());
        node.put("remediation", r.item().remediationFor(stackId));
        ObjectNode effort = node.putObject("effortHours");
        effort.put("min", r.item().effort().min());
        effort.put("max", r.item().effort().max());
        strings(node.putArray("redFlags"), r.item().redFlags());
        return node;
    }

    private static ObjectNode redFlag(RedFlagResult f) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("seedRef", f.flag().seedRef());
        node.put("title", f.flag().title());
        node.put("raised", f.raised());
        node.put("undecided", f.undecided());
        strings(node.putArray("itemIds"), f.itemIds());
        evidence(node.putArray("evidence"), f.evidence());
        return node;
    }

    private static ObjectNode finding(Finding f) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("ruleId", f.ruleId());
        node.put("itemId", f.itemId());
        node.put("severity", f.severity().id());
        putOptional(node, "path", f.evidence().path());
        if (f.evidence().line() > 0) {
            node.put("line", f.evidence().line());
        } else {
            node.putNull("line");
        }
        putOptional(node, "commit", f.evidence().commit());
        putIfPresent(node, "url", f.evidence().url());
        node.put("message", f.message());
        putOptional(node, "redacted", f.redacted());
        putOptional(node, "fingerprint", f.fingerprint());
        return node;
    }

    private static ObjectNode phase(PlanPhase p) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("phase", p.phase());
        node.put("title", p.title());
        strings(node.putArray("itemIds"), p.itemIds());
        Effort e = p.effortHours();
        ObjectNode effort = node.putObject("effortHours");
        effort.put("min", e.min());
        effort.put("max", e.max());
        strings(node.putArray("toVerify"), p.toVerify());
        return node;
    }

    private static ObjectNode note(Note n) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("path", n.path());
        node.put("message", n.message());
        return node;
    }

    private static void evidence(ArrayNode array, List<Evidence> evidence) {
        for (Evidence e : evidence) {
            ObjectNode node = array.addObject();
            putIfPresent(node, "path", e.path());
            if (e.line() > 0) {
                node.put("line", e.line());
            }
            putIfPresent(node, "commit", e.commit());
            putIfPresent(node, "url", e.url());
            putIfPresent(node, "note", e.note());
        }
    }

    private static void putIfPresent(ObjectNode node, String field, String value) {
        if (value != null) {
            node.put(field, value);
        }
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }

    private static void putOptional(ObjectNode node, String field, String value) {
        if (value == null) {
            node.putNull(field);
        } else {
            node.put(field, value);
        }
    }
}
