package dev.prodready.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.prodready.catalogue.Effort;
import dev.prodready.check.Status;
import dev.prodready.fact.Finding;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An earlier JSON report to compare with: a finding is new when its fingerprint was not there; an item is
 * newly failing when it fails now and did not then; a red flag is new when it was not raised then.
 */
public record Baseline(Set<String> fingerprints, Map<String, String> itemStatus, Set<String> raisedFlags, int score) {

    public static Baseline read(Path file) throws IOException {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(file.toFile());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new IOException(file + " is not a prodready JSON report (line " + line + ": "
                    + e.getOriginalMessage().lines().findFirst().orElse("") + ")", e);
        }
        if (root == null || !root.path("schema").asText().startsWith("prodready-report/")) {
            throw new IOException(file + " is not a prodready JSON report (no \"schema\": \"prodready-report/1\")");
        }
        Set<String> fingerprints = new HashSet<>();
        root.path("findings").forEach(f -> fingerprints.add(key(f.path("ruleId").asText(), f.path("fingerprint").asText(),
                f.path("path").asText(), f.path("message").asText())));
        Map<String, String> statuses = new HashMap<>();
        root.path("items").forEach(i -> statuses.put(i.path("id").asText(), i.path("status").asText()));
        Set<String> raised = new HashSet<>();
        root.path("redFlags").forEach(f -> {
            if (f.path("raised").asBoolean()) {
                raised.add(f.path("seedRef").asText());
            }
        });
        return new Baseline(fingerprints, statuses, raised, root.path("summary").path("score").asInt());
    }

    public boolean isNew(Finding f) {
        return !fingerprints.contains(key(f.ruleId(), f.fingerprint() == null ? "" : f.fingerprint(),
                f.evidence().path() == null ? "" : f.evidence().path(), f.message()));
    }

    public boolean newlyFailing(ItemResult r) {
        if (r.status() != Status.FAIL && r.status() != Status.PARTIAL) {
            return false;
        }
        String before = itemStatus.getOrDefault(r.item().id(), "");
        return !(before.equals("fail") || (before.equals("partial") && r.status() == Status.PARTIAL));
    }

    /** The report reduced to what is new: new findings, newly raised red flags, newly failing items in the plan. */
    public Report apply(Report report) {
        List<Finding> findings = report.findings().stream().filter(this::isNew).toList();
        List<RedFlagResult> flags = report.redFlags().stream()
                .map(f -> f.raised() && raisedFlags.contains(f.flag().seedRef())
                        ? new RedFlagResult(f.flag(), false, false, f.itemIds(), f.evidence()) : f)
                .toList();
        Set<String> newlyFailing = new HashSet<>();
        report.items().stream().filter(this::newlyFailing).forEach(r -> newlyFailing.add(r.item().id()));
        Map<String, ItemResult> byId = new HashMap<>();
        report.items().forEach(r -> byId.put(r.item().id(), r));
        Plan plan = new Plan(report.plan().phases().stream()
                .map(p -> {
                    List<String> ids = p.itemIds().stream().filter(newlyFailing::contains).toList();
                    Effort effort = ids.stream().map(id -> byId.get(id).item().effort()).reduce(Effort.NONE, Effort::plus);
                    return new PlanPhase(p.phase(), p.title(), ids, effort, List.of());
                })
                .toList());
        List<ItemResult> items = report.items().stream()
                .map(r -> r.status().decidedByEvidence() && !newlyFailing.contains(r.item().id())
                        && (r.status() == Status.FAIL || r.status() == Status.PARTIAL)
                        ? new ItemResult(r.item(), new dev.prodready.check.Outcome(r.status(),
                        r.outcome().message() + " (already in the baseline)", r.outcome().evidence())) : r)
                .toList();
        return new Report(report.toolVersion(), report.target(), report.generatedAt(), report.stack(), report.summary(),
                items, flags, findings, plan, report.notes(), report.observatory());
    }

    private static String key(String rule, String fingerprint, String path, String message) {
        return fingerprint.isEmpty() ? rule + "\0" + path + "\0" + message : rule + "\0" + fingerprint;
    }
}
