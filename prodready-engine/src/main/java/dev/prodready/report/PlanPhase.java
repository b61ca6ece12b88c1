package dev.prodready.report;

import dev.prodready.catalogue.Effort;

import java.util.List;

/**
 * One phase of the remediation plan: the items to fix (failed or partial), in order, with their summed
 * effort, and the items to verify (unknown) that a person should settle by attestation.
 */
public record PlanPhase(int phase, String title, List<String> itemIds, Effort effortHours, List<String> toVerify) {
    public PlanPhase {
        itemIds = List.copyOf(itemIds);
        toVerify = List.copyOf(toVerify);
    }
}
