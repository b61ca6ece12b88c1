package dev.prodready.catalogue;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One catalogue item: a thing a production application should have, judged by exactly one check.
 * All human text lives here (loaded from YAML), never in check code.
 *
 * @param appliesWhen a stack trait id ("payments", "pii", ...) the item needs, or "" for always
 * @param remediation fix text by stack id; "generic" is always present
 * @param settle      what evidence or answer would settle the item when the scan cannot
 * @param after       items that should be done before this one (backups before restore tests)
 */
public record Item(String id, Area area, List<String> seedRefs, String title, String rationale, int phase,
                   Severity severity, Effort effort, List<Detection> detection, String appliesWhen,
                   List<String> redFlags, Map<String, String> remediation, List<String> references,
                   String settle, List<String> after) {

    public Item(String id, Area area, List<String> seedRefs, String title, String rationale, int phase,
                Severity severity, Effort effort, List<Detection> detection, String appliesWhen,
                List<String> redFlags, Map<String, String> remediation, List<String> references, String settle) {
        this(id, area, seedRefs, title, rationale, phase, severity, effort, detection, appliesWhen, redFlags,
                remediation, references, settle, List.of());
    }

    public Item {
        after = List.copyOf(after);
        seedRefs = List.copyOf(seedRefs);
        detection = List.copyOf(detection);
        redFlags = List.copyOf(redFlags);
        remediation = Map.copyOf(remediation);
        references = List.copyOf(references);
    }

    public boolean attestable() {
        return detection.contains(Detection.ATTEST) || detection.contains(Detection.DOCS);
    }

    /** Remediation for the given stack, falling back to the generic text. */
    public String remediationFor(String stackId) {
        return Optional.ofNullable(remediation.get(stackId)).orElse(remediation.get("generic"));
    }

    /** The first sentence of the generic remediation: the one-line fix in console output. */
    public String oneLineFix() {
        String text = remediation.get("generic").strip();
        int end = text.indexOf(". ");
        return end > 0 ? text.substring(0, end + 1) : text;
    }
}
