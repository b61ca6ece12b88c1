package dev.prodready.collect.secret;

import dev.prodready.fact.Finding;
import dev.prodready.fact.Note;
import dev.prodready.fact.ScanCoverage;

import java.util.List;

/**
 * The outcome of a secret scan: findings sorted by path and line (no finding holds a whole secret), what
 * was covered, and notes on what could not be read.
 */
public record SecretScanResult(List<Finding> findings, List<ScanCoverage> coverage, List<Note> notes) {
    public SecretScanResult {
        findings = List.copyOf(findings);
        coverage = List.copyOf(coverage);
        notes = List.copyOf(notes);
    }
}
