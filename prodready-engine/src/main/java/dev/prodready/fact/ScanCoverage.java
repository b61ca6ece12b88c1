package dev.prodready.fact;

/**
 * What an engine actually covered, so that checks can tell "scanned and found nothing" from "not scanned".
 * E.g. engine "secrets", scope "tree", units 812 ("files"); engine "secrets", scope "history", units 1290 ("commits").
 * Evidence points at the scanned root (or the git directory for history).
 */
public record ScanCoverage(String engine, String scope, long units, String unitName, Evidence evidence)
        implements Fact {
}
