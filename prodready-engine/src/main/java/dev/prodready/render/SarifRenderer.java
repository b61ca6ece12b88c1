package dev.prodready.render;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.prodready.catalogue.Item;
import dev.prodready.catalogue.Severity;
import dev.prodready.check.Status;
import dev.prodready.fact.Evidence;
import dev.prodready.fact.Finding;
import dev.prodready.report.ItemResult;
import dev.prodready.report.Report;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * SARIF 2.1.0 for code scanning: one rule per catalogue item and per finding rule, help text from the
 * catalogue; a result for every finding (at its file, or at its URL when it was seen only on the deployed
 * site) and for every failed or partial item that has a file to point at.
 * Fingerprints hash the rule, the file and what was found, not the line, so they survive edits above.
 */
public final class SarifRenderer implements Renderer {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Override
    public String format() {
        return "sarif";
    }

    @Override
    public void render(Report report, Writer out) throws IOException {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        root.put("version", "2.1.0");
        ObjectNode run = root.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "prodready");
        driver.put("semanticVersion", report.toolVersion());
        driver.put("informationUri", "https://github.com/prodready/prodready");
        ArrayNode rules = driver.putArray("rules");
        Map<String, Integer> ruleIndex = new LinkedHashMap<>();
        ArrayNode results = run.putArray("results");

        for (Finding f : report.findings()) {
            int index = ruleIndex.computeIfAbsent(f.ruleId(), id -> addFindingRule(rules, f, report));
            String where = f.evidence().path() != null ? f.evidence().path() : f.evidence().url();
            if (where == null) {
                continue;
            }
            ObjectNode result = result(results, f.ruleId(), index, level(f.severity()), f.message()
                    + (f.redacted() == null || f.redacted().isEmpty() ? "" : " (" + f.redacted() + ")"), f.evidence());
            result.putObject("partialFingerprints").put("prodready/v1",
                    f.fingerprint() != null ? f.fingerprint() : hash(f.ruleId() + "\0" + where + "\0" + f.message()));
        }
        for (ItemResult r : report.items()) {
            if (r.status() != Status.FAIL && r.status() != Status.PARTIAL) {
                continue;
            }
            Evidence where = r.outcome().evidence().stream().filter(SarifRenderer::isFile).findFirst().orElse(null);
            if (where == null) {
                continue;
            }
            String ruleId = "item/" + r.item().id();
            int index = ruleIndex.computeIfAbsent(ruleId, id -> addItemRule(rules, id, r.item(), report));
            ObjectNode result = result(results, ruleId, index,
                    r.status() == Status.PARTIAL ? "warning" : level(r.item().severity()),
                    r.status().id() + ": " + r.outcome().message(), where);
            result.putObject("partialFingerprints").put("prodready/v1",
                    hash(ruleId + "\0" + where.path() + "\0" + r.status().id()));
        }
        run.putObject("originalUriBaseIds").putObject("%SRCROOT%").put("uri", "file:///");
        run.putObject("properties").put("score", report.summary().score());
        MAPPER.writerWithDefaultPrettyPrinter().writeValue(new NonClosingWriter(out), root);
        out.write("\n");
        out.flush();
    }

    private static boolean isFile(Evidence e) {
        return e.path() != null && !e.path().equals(".") && !e.path().isEmpty();
    }

    private static ObjectNode result(ArrayNode results, String ruleId, int index, String level, String message,
                                     Evidence where) {
        ObjectNode result = results.addObject();
        result.put("ruleId", ruleId);
        result.put("ruleIndex", index);
        result.put("level", level);
        result.putObject("message").put("text", message);
        ObjectNode physical = result.putArray("locations").addObject().putObject("physicalLocation");
        ObjectNode artifact = physical.putObject("artifactLocation");
        if (where.path() == null) {
            // Seen only on the deployed site (a header, a served bundle): the location is the absolute URL, which
            // SARIF allows without a uriBaseId. Pinning such results to a guessed repository file instead would
            // point code scanning at a line that may hold nothing wrong; GitHub lists a result whose artifact is
            // not in the repository without a code view, which is honest for evidence that lives on the site.
            artifact.put("uri", where.url());
            return result;
        }
        artifact.put("uri", where.path());
        artifact.put("uriBaseId", "%SRCROOT%");
        physical.putObject("region").put("startLine", Math.max(1, where.line()));
        return result;
    }

    private static int addFindingRule(ArrayNode rules, Finding f, Report report) {
        ObjectNode rule = rules.addObject();
        rule.put("id", f.ruleId());
        rule.put("name", camel(f.ruleId()));
        rule.putObject("shortDescription").put("text", f.message());
        String help = report.items().stream().filter(r -> r.item().id().equals(f.itemId())).findFirst()
                .map(r -> r.item().remediationFor(report.stack().remediationStack())).orElse(f.message());
        rule.putObject("help").put("text", help);
        rule.putObject("defaultConfiguration").put("level", level(f.severity()));
        ObjectNode props = rule.putObject("properties");
        props.putArray("tags").add("security").add("prodready");
        props.put("security-severity", securitySeverity(f.severity()));
        return rules.size() - 1;
    }

    private static int addItemRule(ArrayNode rules, String ruleId, Item item, Report report) {
        ObjectNode rule = rules.addObject();
        rule.put("id", ruleId);
        rule.put("name", camel(item.id()));
        rule.putObject("shortDescription").put("text", item.title());
        rule.putObject("fullDescription").put("text", item.rationale());
        String fix = item.remediationFor(report.stack().remediationStack());
        ObjectNode help = rule.putObject("help");
        help.put("text", fix);
        help.put("markdown", "**" + item.title() + "**\n\n" + item.rationale() + "\n\n**How to fix:** " + fix
                + (item.references().isEmpty() ? "" : "\n\nReferences: " + String.join(", ", item.references())));
        rule.putObject("defaultConfiguration").put("level", level(item.severity()));
        ObjectNode props = rule.putObject("properties");
        ArrayNode tags = props.putArray("tags").add("prodready").add(item.area().id());
        item.seedRefs().forEach(s -> tags.add("seed-" + s));
        if (item.area().id().equals("security")) {
            props.put("security-severity", securitySeverity(item.severity()));
        }
        return rules.size() - 1;
    }

    private static String level(Severity s) {
        return switch (s) {
            case CRITICAL, HIGH -> "error";
            case MEDIUM -> "warning";
            case LOW, INFO -> "note";
        };
    }

    private static String securitySeverity(Severity s) {
        return switch (s) {
            case CRITICAL -> "9.5";
            case HIGH -> "8.0";
            case MEDIUM -> "5.5";
            case LOW -> "3.0";
            case INFO -> "0.0";
        };
    }

    private static String camel(String id) {
        StringBuilder b = new StringBuilder();
        boolean up = true;
        for (char c : id.toCharArray()) {
            if (Character.isLetterOrDigit(c)) {
                b.append(up ? Character.toUpperCase(c) : c);
                up = false;
            } else {
                up = true;
            }
        }
        return b.toString();
    }

    static String hash(String text) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
