package dev.prodready.report;

import java.util.List;

/**
 * Overall score and how much of it rests on evidence.
 *
 * @param verifiedShare weight share of applicable items decided by scan evidence (pass/partial/fail)
 * @param attestedShare weight share of applicable items settled by a person's attestation
 * @param unknownShare  weight share of applicable items nobody could decide yet
 */
public record Summary(int score, double verifiedShare, double attestedShare, double unknownShare,
                      List<AreaSummary> areas) {
    public Summary {
        areas = List.copyOf(areas);
    }
}
